"""unstructured's text-cleaner cases (``tests/peers/unstructured/``) through ``fix``.

unstructured's cleaners are a toolbox of string edits a user picks for a pipeline;
``fix`` repairs defects and must leave clean text alone. So each of its tests is either
in scope (the same repair: quotes lost to a codec, no-break spaces, print ligatures,
broken paragraphs, UTF-8 read as Latin-1), where ``fix`` must give unstructured's
answer, or out of scope (:data:`OUT_OF_SCOPE`, with the reason), where ``fix`` must
leave the text as it is: a cleaner's edit there is a choice, and for ``fix`` it would
be harm. The few cases where ``fix`` differs on purpose are :data:`DIFFERS`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsclean import api

PEER = Path(__file__).parent / "peers" / "unstructured"

#: Tests whose edit ``fix`` does not make, and why.
OUT_OF_SCOPE = {
    "clean_non_ascii_chars": "deletes every non-ASCII character: all of Chinese, and "
    "every accented letter",
    "clean_bullets": "list markers are content: a list keeps its bullets and its lines",
    "clean_ordered_bullets": "section and list numbers are content",
    "clean_dashes": "hyphens and dashes are content (Risk-factors is a word)",
    "clean_trailing_punctuation": "deletes the text's own punctuation",
    "remove_punctuation": "deletes the text's own punctuation",
    "clean_prefix": "a user's own pattern, which fix has no option for",
    "clean_postfix": "a user's own pattern, which fix has no option for",
    "replace_mime_encodings": "quoted-printable is an e-mail transfer encoding, decoded "
    "before text reaches a cleaner of pages",
    "replace_mime_encodings_works_with_different_encodings": "quoted-printable (see above)",
    "replace_mime_encodings_works_with_right_to_left_encodings": "quoted-printable (see above)",
    "group_broken_paragraphs_non_default_settings": "a user's own paragraph separator",
    "group_bullet_paragraph_with_e_bullets": "guesses that OCR read a bullet as 'e'",
    "clean": "the combined cleaners above (dashes, bullets, lower case, trailing punctuation)",
}

#: Of ``clean_ligatures``, only print ligatures (U+FB00-FB06) are in scope: æ, œ are
#: letters (``cœur`` is correct French) and ʪ ʦ ȹ letters of phonetic alphabets.
PRINT_LIGATURES = frozenset("\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06")

#: Cases where ``fix`` gives another answer on purpose: case → (fix's answer, reason).
DIFFERS = {
    # Out of scope, but fix repairs a defect in them: its answer is not the input.
    "clean_non_ascii_chars[0]": (
        "\u02c6This text contains non-ascii characters!\u02c6",
        "a C1 control in Latin text is the cp1252 character it was (0x88 is ˆ)",
    ),
    "clean_non_ascii_chars[1]": ("“A lovely quote!”", "cp1252 quotes read as Latin-1"),
    "clean_non_ascii_chars[3]": (
        "Item\u00a01A",
        "a no-break space the writer set between two words is kept (unstructured drops it)",
    ),
    "clean_non_ascii_chars[4]": ("Our dog's bowl.", "HTML entities are unescaped"),
    "group_bullet_paragraph_with_e_bullets[0]": (
        "e The big red fox is walking down the lane.\n\ne At the end of the lane the fox met "
        "a friendly bear.",
        "each item's lines are rejoined; what stands first in the line is kept",
    ),
    "group_broken_paragraphs_non_default_settings[0]": (
        "The big red fox\n\nis walking down the lane.\n\nAt the end of the lane\n\nthe fox "
        "met a friendly bear.",
        "a run of blank lines is one paragraph break; a blank line after a line that is not "
        "running text (a heading, as often as not) is not bridged",
    ),
    # In scope, answered otherwise.
    "clean_ligatures[7]": (
        "The craſtsman worked with dedication.",
        "U+FB05 is the ligature of long s and t: its letters are ſt (as ftfy writes it; the "
        "long s is kept as printed), not ft",
    ),
    "clean_extra_whitespace[1]": (
        "Item\u00a01A",
        "a no-break space the writer set between two words is kept (it binds the label "
        "to its number); one beside a space, an edge or CJK becomes a space",
    ),
    "clean_extra_whitespace[0]": (
        "RISK\n\nFACTORS",
        "a blank line between two lines that end no sentence and join no sentence is a "
        "paragraph break (two headings), kept",
    ),
    "clean_extra_whitespace[3]": (
        "Risk   factors",
        "a wide gap between two words may be a form's or a table's two cells: only "
        "lines of three words or more are read as justified",
    ),
}


@cache
def _cases() -> list[tuple[str, dict[str, Any]]]:
    data = json.loads((PEER / "test_core_cases.json").read_text(encoding="utf-8"))
    seen: defaultdict[str, int] = defaultdict(int)
    cases = []
    for case in data["cases"]:
        name = case["test"].removeprefix("test_")
        cases.append((f"{name}[{seen[name]}]", case))
        seen[name] += 1
    return cases


def _in_scope(name: str, case: dict[str, Any]) -> bool:
    test = case["test"].removeprefix("test_")
    if test == "clean_ligatures":
        return any(ch in PRINT_LIGATURES for ch in case["text"])
    return test not in OUT_OF_SCOPE


def _expected(name: str, case: dict[str, Any]) -> str:
    if name in DIFFERS:
        return DIFFERS[name][0]
    if not _in_scope(name, case):
        return str(case["text"]).strip()
    expected = case["expected"]
    if isinstance(expected, list):
        # unstructured returns a bulleted paragraph list; fix sets blank lines between.
        return "\n\n".join(paragraph.strip() for paragraph in expected)
    return str(expected)


def _params() -> list[Any]:
    return [
        pytest.param(
            name,
            case,
            id=name,
        )
        for name, case in _cases()
    ]


def test_every_test_is_accounted_for() -> None:
    tests = {case["test"].removeprefix("test_") for _, case in _cases()}
    assert len(_cases()) == 85
    assert set(OUT_OF_SCOPE) < tests
    names = {name for name, _ in _cases()}
    assert set(DIFFERS) <= names


def test_the_scope_is_pinned() -> None:
    """17 cases are repairs fix makes; 13 of them fix answers as unstructured does
    (the 4 others are in :data:`DIFFERS`). A change of scope is a decision."""
    in_scope = [name for name, case in _cases() if _in_scope(name, case)]
    assert len(in_scope) == 17
    assert len([name for name in in_scope if name not in DIFFERS]) == 13


@pytest.mark.parametrize(("name", "case"), _params())
def test_case(name: str, case: dict[str, Any]) -> None:
    assert api.fix_text(case["text"]) == _expected(name, case) + "\n"
