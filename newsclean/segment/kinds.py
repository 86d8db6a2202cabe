"""What kind of item an article is: ``news``, ``advertisement`` or ``notice``, from how
each is set (an ad's label or hotline, a notice's title form; Latin forms in ``latin``)."""

from __future__ import annotations

from newsclean import regex
from newsclean.chardata import HAS_CJK
from newsclean.latin import article_kind
from newsclean.page import lexicon
from newsclean.page.boxes import notice_heading
from newsclean.segment.model import Article

#: Classified advertising and official notices in Chinese papers announce themselves:
#: their words are a lexicon of ``newsclean.page`` (``data/kinds.zh.txt``).
_ZH = {name: lexicon.alternation(entries) for name, entries in lexicon.sections("kinds.zh").items()}
_CJK_AD = regex.compile(
    f"^{_ZH['advert_labels']}|{_ZH['hotline_subjects']}{_ZH['hotline_words']}|{_ZH['advert_phrases']}"
)
CJK_NOTICE = regex.compile(f"{_ZH['notice_title_ends']}$|^{_ZH['notice_titles']}$")


def article_kind_of(article: Article) -> str:
    """``news``, ``advertisement`` or ``notice``, from how each is set: an ad's label or
    hotline, a notice's title form (``…公告``, ``遗失声明``); Latin forms in ``latin``;
    under another heading of a small ad or notice (``page.boxes``), an advertisement."""
    texts = [b["text"] for b in article.blocks]
    head = " ".join(p for p in (article.kicker, article.headline) if p)
    if _cjk_advert(head) or any(_cjk_advert(t) for t in texts[:3]):
        return "advertisement"
    if CJK_NOTICE.search(article.headline or ""):
        return "notice"
    kind = article_kind(article.headline, texts)
    if kind == "news" and notice_heading(article.headline or ""):
        # A small ad's or notice's heading (``HELP WANTED``, ``旺铺招租``): a paid item.
        return "advertisement"
    return kind


def _cjk_advert(text: str) -> bool:
    """An ad's label, hotline or phrase in ``text``. Every word of the lexicon holds CJK
    letters, so a text without them (a Latin story's) is not searched for each."""
    return HAS_CJK.search(text) is not None and _CJK_AD.search(text) is not None
