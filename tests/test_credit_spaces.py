"""``credit_spaces.trim_line_ends`` takes off trailing spaces and nothing else, keeps a
credit's space at a line end only alone after a CJK character, and is idempotent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.passes.credit_spaces import trim_line_ends


@settings(max_examples=500, derandomize=True)
@given(st.text(alphabet="新华社记者王强摄本报讯。，a1 \t\n", max_size=40))
def test_trim_takes_off_line_end_spaces_only(text: str) -> None:
    out, taken = trim_line_ends(text)
    lines, kept = text.split("\n"), out.split("\n")
    assert [line.rstrip(" \t") for line in kept] == [line.rstrip(" \t") for line in lines]
    assert taken == (
        0 if out == text else sum(line != new for line, new in zip(lines, kept, strict=True))
    )
    for line in kept:
        if line.endswith((" ", "\t")):
            assert line[-2:] in {f"{ch} " for ch in "新华社记者王强摄本报讯"}
    assert trim_line_ends(out) == (out, 0)


def test_a_credit_space_is_kept_and_padding_is_not() -> None:
    assert trim_line_ends("新华社记者 \n王强 摄") == ("新华社记者 \n王强 摄", 0)
    assert trim_line_ends("新华社记者 \n王强 摄 ") == ("新华社记者\n王强 摄", 2)


def test_a_dateline_alone_keeps_its_space_over_a_narrow_first_line() -> None:
    # Too little of the story on the next line for split_credit: the dateline is read
    # by where it ends.
    kept = "新华社北京3月5日电 \n第十四届全国人民代表"
    assert trim_line_ends(kept) == (kept, 0)
    assert trim_line_ends("据新华社电 \n国务院总理今天主持") == (
        "据新华社电 \n国务院总理今天主持",
        0,
    )
    # Negative: a space after the story's first words, past the dateline, is padding.
    assert trim_line_ends("新华社北京3月5日电 第十四届 \n全国人民代表") == (
        "新华社北京3月5日电 第十四届\n全国人民代表",
        1,
    )
