"""A photo caption closed by the bare credit of whoever released its picture
(``page.release_credits``): the credit after a sentence's end, the line's last words."""

from __future__ import annotations

import pytest

from newsclean.page import credits
from newsclean.page.describe import caption_credit
from newsclean.page.release_credits import closes_with_release_credit


@pytest.mark.parametrize(
    ("text", "closes", "caption"),
    [
        ("现场画面。新华社发", True, True),
        ("现场画面。新华社发\n", True, True),
        ("運動員在比賽中。新華社發", True, True),
        ("图为救援现场。中新社发 李明 摄", True, True),
        ("现场画面。新华社发（记者 王强 摄）", True, True),
        ("比赛现场。受访者供图", True, True),
        ("市民在花市选购年花。视觉中国供图", True, True),
        # A story's last paragraph so closed is too long for a caption; it still ends
        # its paragraph.
        (
            "据介绍，"
            + "今年以来全市共接待游客超过三千万人次，同比增长百分之十五，" * 4
            + "游客满意度持续提升。新华社发",
            True,
            False,
        ),
        # Running text names the agency: the word goes on, or follows no sentence's end.
        ("据新华社发", False, False),
        ("国家统计局和新华社发", False, False),
        ("新华社发布消息称，会议取得成功。", False, False),
        ("新华社发表评论员文章。", False, False),
        ("当天，新华社发出通稿。", False, False),
        ("新华社发", False, False),
        ("会议结束。新华社发布会将在明天举行", False, False),
        ("企业供图书馆使用。", False, False),
    ],
)
def test_a_release_credit_closes_a_caption(text: str, closes: bool, caption: bool) -> None:
    assert closes_with_release_credit(text) is closes
    assert credits.is_caption(text) is caption
    # rejoin reads the credit as one that ends the line's paragraph.
    assert caption_credit(text) is closes
