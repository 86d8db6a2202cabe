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
