"""``rejoin.dateline_alone``, through ``fix`` (``whitespace`` keeps the space at the line
end that the rule reads): a wire dateline whose kept space shows its story goes on in the
next line joins it; the same dateline over a credit line, a credit's space that is no
dateline's, and a dateline on a page whose lines are all padded stay apart."""

from __future__ import annotations

import pytest

from newsclean import api

STORY = "第十四届全国人民代表大会第三次会议今天上午在人民大会堂开幕，国务\n院总理作政府工作报告。"
JOINED = "第十四届全国人民代表大会第三次会议今天上午在人民大会堂开幕，国务院总理作政府工作报告。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"新华社北京3月5日电 \n{STORY}", f"新华社北京3月5日电 {JOINED}"),
        (f"据新华社电 \n{STORY}", f"据新华社电 {JOINED}"),
        # A narrow column: too little of the story on its first line to read as running.
        (
            "新华社北京3月5日电 \n第十四届全国人民代表\n大会第三次会议今天上\n午在人民大会堂开幕。",
            "新华社北京3月5日电 第十四届全国人民代表大会第三次会议今天上午在人民大会堂开幕。",
        ),
        # Negative: the credit line under the dateline is no story.
        (
            f"新华社北京3月5日电 \n记者 张三 李四\n{STORY}",
            f"新华社北京3月5日电\n记者 张三 李四\n{JOINED}",
        ),
        # Negative: a reporter's credit is no dateline, whatever space ends it.
        (f"本报记者 张三 \n{STORY}", f"本报记者 张三\n{JOINED}"),
        # Negative: every line padded, so the dateline's space is padding too.
        (
            f"新华社北京3月5日电 \n{STORY.replace(chr(10), ' ' + chr(10))} ",
            f"新华社北京3月5日电\n{JOINED}",
        ),
        # Negative: no space, a dateline set on a line of its own.
        (f"新华社北京3月5日电\n{STORY}", f"新华社北京3月5日电\n{JOINED}"),
    ],
)
def test_a_dateline_alone_joins_its_story_only_by_its_kept_space(text: str, expected: str) -> None:
    assert api.fix_text(text) == expected + "\n"
