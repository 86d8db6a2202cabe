"""Attacks on the three harms users hit, with the clean corpus's own words
(``tests/clean``): Greek and Cyrillic read as CJK mojibake, navigation-like lines inside
a paragraph, and the noise rule.

* Greek and Cyrillic text, correct, comes back from ``fix`` as it went in, as text or as
  UTF-8 bytes, however short (two Cyrillic letters are one GBK character's bytes in
  cp1251). Its bytes in a legacy codec (cp1251, KOI8-R, cp866, ISO 8859-5, cp1253, ISO
  8859-7) read as Latin-1, and its UTF-8 read as Latin-1 or cp1252, are mojibake of an
  alphabet: ``fix`` may repair them or leave them, but never reads them as CJK. With
  words all of an even number of letters (which pair up into GBK) that holds from
  ``MIN_LETTERS`` letters on, in cp1251, KOI8-R and cp1253.
* A line of a paragraph that says what a navigation link says (``Home``, ``Next``,
  ``返回首页``), between two halves of a sentence, is the sentence's: ``fix`` keeps it
  in the text, and ``split`` in the article.
* A line of a clean text whose letters and digits make half of it or more is never
  scan debris, whatever marks are around them.

Deterministic (derandomize).
"""

from __future__ import annotations

import re
from functools import cache

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsclean import api
from newsclean.chardata import HAS_CJK
from newsclean.cjk_mojibake.alphabets import MIN_LETTERS
from newsclean.emit import render_text
from tools.harm_audit import CORPUS

#: Clean documents in Greek, Russian, Ukrainian, Bulgarian and Serbian.
ALPHABET_DOCUMENTS = (
    "scripts/el.txt",
    "scripts/el-news.txt",
    "scripts/ru.txt",
    "scripts/ru-news.txt",
    "scripts/uk.txt",
    "scripts/uk-news.txt",
    "scripts/bg.txt",
    "scripts/sr.txt",
    "special/cyrillic-short.txt",
    "special/greek-capitals.txt",
)
#: Legacy codecs of each alphabet.
CODECS = {
    "greek": ("cp1253", "iso8859_7"),
    "cyrillic": ("cp1251", "koi8_r", "cp866", "iso8859_5"),
}
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@cache
def _words(alphabet: str) -> tuple[str, ...]:
    """The corpus's words of one alphabet that each of its legacy codecs can write."""
    found: set[str] = set()
    for name in ALPHABET_DOCUMENTS:
        for word in _WORD.findall((CORPUS / name).read_text(encoding="utf-8")):
            if (_GREEK.search(word) is not None) == (alphabet == "greek") and _writable(
                word, alphabet
            ):
                found.add(word)
    return tuple(sorted(found))


def _writable(word: str, alphabet: str) -> bool:
    try:
        for codec in CODECS[alphabet]:
            word.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


#: A legacy codec's word read as Latin-1 is as likely GBK's or Big5's two characters
#: (``Όλοι`` in cp1253 is ``¼ëïé``, GBK's ``茧镩``): a line of three words is not, when
#: a word of an odd number of letters leaves a byte no pair explains.
MIN_MOJIBAKE_WORDS = 3
#: Words all of an even number of letters read as whole pairs (``Ёлка Ёлка`` as
#: ``刺罻 刺罻``); read in the alphabet's own codec they are its words, and from this
#: many letters on that reading wins even over common hanzi (KOI8-R's lowercase,
#: cp1253's capitals). A shorter line is one Chinese word's bytes as well.
MIN_EVEN_LETTERS = MIN_LETTERS
#: The codecs whose letters pair up into common hanzi, or into any.
EVEN_CODECS = {"greek": ("cp1253",), "cyrillic": ("cp1251", "koi8_r")}


@st.composite
def alphabet_lines(draw: st.DrawFn, min_words: int = 1) -> str:
    """One to six words of one alphabet, with the marks prose sets between them."""
    alphabet = draw(st.sampled_from(sorted(CODECS)))
    words = draw(st.lists(st.sampled_from(_words(alphabet)), min_size=min_words, max_size=6))
    marks = draw(st.lists(st.sampled_from(["", "", ",", "."]), min_size=len(words)))
    text = " ".join(w + m for w, m in zip(words, marks, strict=False))
    return text[0].upper() + text[1:]


def _codecs(text: str) -> tuple[str, ...]:
    return CODECS["greek" if _GREEK.search(text) else "cyrillic"]


@settings(derandomize=True, max_examples=150, deadline=None)
@given(alphabet_lines())
def test_greek_and_cyrillic_come_back_as_they_went_in(line: str) -> None:
    assert api.fix_text(line).strip() == line
    assert render_text(api.clean(line.encode("utf-8"))).strip() == line


@settings(derandomize=True, max_examples=150, deadline=None)
@given(alphabet_lines(MIN_MOJIBAKE_WORDS), st.data())
def test_alphabet_mojibake_is_never_read_as_cjk(line: str, data: st.DataObject) -> None:
    assume(any(len(word) % 2 for word in _WORD.findall(line)))
    codec = data.draw(st.sampled_from(_codecs(line)))
    wrong = data.draw(st.sampled_from(["latin-1", "cp1252"]))
    for raw in (line.encode(codec), line.encode("utf-8")):
        try:
            mojibake = raw.decode(wrong)
        except UnicodeDecodeError:
            continue
        assert HAS_CJK.search(api.fix_text(mojibake)) is None


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.sampled_from(sorted(CODECS)), st.data())
def test_even_words_of_an_alphabet_are_never_read_as_cjk(
    alphabet: str, data: st.DataObject
) -> None:
    words = [w for w in _words(alphabet) if len(w) % 2 == 0]
    line = " ".join(data.draw(st.lists(st.sampled_from(words), min_size=1, max_size=6)))
    line = data.draw(st.sampled_from([line, line.upper(), line[0].upper() + line[1:]]))
    assume(len(line.replace(" ", "")) >= MIN_EVEN_LETTERS)
    codec = data.draw(st.sampled_from(EVEN_CODECS[alphabet]))
    wrong = data.draw(st.sampled_from(["latin-1", "cp1252"]))
    try:
        mojibake = line.encode(codec).decode(wrong)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return
    assert HAS_CJK.search(api.fix_text(mojibake)) is None


#: What navigation links say, in the corpus's languages: words a sentence uses too.
NAVIGATION = (
    "Home",
    "Next",
    "Previous",
    "Share",
    "Print",
    "Comments",
    "Read more",
    "Back to top",
    "Subscribe",
    "Startseite",
    "Weiter",
    "Accueil",
    "Suivant",
    "返回首页",
    "下一页",
    "分享到",
)


#: Sentences broken around a line of their own (``{}``), as a narrow column breaks them.
_LATIN_FRAMES = (
    "The museum's new website, which opened on\n{}\nday, lists every room, and the "
    "council said it was pleased.",
    "Visitors who press the button marked\n{}\non the screen in the hall, the museum "
    "said, can see the old town.",
    "The sign by the door read:\n\n{}\n\nand nothing more was said about it.",
)
_CJK_FRAMES = (
    "记者从市政府获悉，新的公交线路开通后，乘客在站台的屏幕上点击\n{}\n就能查到下一班车的时间。",
    "他说，网页底部写着\n\n{}\n\n几个字，读者一看就懂。",
)


@settings(derandomize=True, max_examples=60, deadline=None)
@given(st.sampled_from(NAVIGATION), st.integers(0, 2))
def test_a_navigation_like_line_inside_a_sentence_stays_in_it(nav: str, frame: int) -> None:
    frames = _CJK_FRAMES if HAS_CJK.search(nav) else _LATIN_FRAMES
    text = frames[frame % len(frames)].format(nav)
    doc = api.clean(text)
    assert nav in render_text(doc)
    assert not any(nav in f.text for f in doc.furniture)
    result = api.split(text)
    assert any(nav in (article["text"] or "") for article in result["articles"])


#: Marks a clean text sets around a word on a line of its own.
_BEFORE = ("", "* ", "— ", "(", "[", "« ", "“", "#", "@", "+", "~", "|")
_AFTER = ("", ")", "]", " »", "”", "!", "?", ":", ".")


@settings(derandomize=True, max_examples=100, deadline=None)
@given(
    st.sampled_from(_BEFORE),
    st.sampled_from(("OK", "No", "IV", "12", "½", "да", "ναι", "好", "42%", "Q&A")),
    st.sampled_from(_AFTER),
)
def test_a_line_mostly_a_word_is_not_debris(before: str, word: str, after: str) -> None:
    """Debris is specks: a line whose letters and digits make half of it or more is
    text (the noise rule takes less than half, and no word of three)."""
    line = f"{before}{word}{after}"
    visible = [ch for ch in line if not ch.isspace()]
    assume(2 * sum(ch.isalnum() for ch in visible) >= len(visible))
    text = f"The council met on Monday.\n\n{line}\n\nThe vote was taken on Tuesday."
    doc = api.clean(text)
    assert not any(word in f.text for f in doc.furniture)
    assert word in render_text(doc)
