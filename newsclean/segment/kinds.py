"""What kind of item an article is: ``news``, ``advertisement`` or ``notice``, from how
each is set (an ad's label or hotline, a notice's title form; Latin forms in ``latin``)."""

from __future__ import annotations

from newsclean import regex
from newsclean.latin import article_kind
from newsclean.segment.model import Article

#: Classified advertising and official notices in Chinese papers announce themselves.
_CJK_AD = regex.compile(
    "^(?:广告|廣告)|(?:广告|廣告|招商|订购|訂購|咨询|諮詢)(?:热线|熱線|电话|電話)|欢迎垂询|歡迎垂詢"
)
CJK_NOTICE = regex.compile(
    "(?:公告|通告|启事|啟事|遗失声明|遺失聲明|拍卖公告|拍賣公告|更正声明)$|^(?:公告|通告|声明|聲明)$"
)


def article_kind_of(article: Article) -> str:
    """``news``, ``advertisement`` or ``notice``, from how each is set: an ad's label or
    hotline, a notice's title form (``…公告``, ``遗失声明``); Latin forms in ``latin``."""
    texts = [b["text"] for b in article.blocks]
    head = " ".join(p for p in (article.kicker, article.headline) if p)
    if _CJK_AD.search(head) or any(_CJK_AD.search(t) for t in texts[:3]):
        return "advertisement"
    if CJK_NOTICE.search(article.headline or ""):
        return "notice"
    return article_kind(article.headline, texts)
