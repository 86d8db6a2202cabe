"""Which single-byte codec a text in a non-Latin alphabet was written in.

Defect: Hebrew in cp1255 comes back from a detector as cp1251 (``סעיף 1 כל בני האדם``
as ``стйу 1 лм брй дагн``), or, with its vowel points, as Mac Roman; every letter is
changed, and no later pass can tell. Hebrew letters cost more than Cyrillic ones on the
plausibility scale, which ranks characters, not words.

Recognition: a reading is text when its words are words of one script. The reading
the detector picked is checked: Cyrillic and Greek words must be speakable (the rules
of :func:`newsclean.cjk_mojibake.alphabets.speakable`, and Greek's final sigma: ``ς``
ends a word, ``σ`` never does); a Latin reading must have most of its characters
beyond ASCII in place (:func:`newsclean.latin_codecs.out_of_place`). When it is not
text, the single-byte codecs of the other alphabets are read in turn (:data:`CODECS`),
and the first whose words are all of its script, speakable where that is judged, is
taken. Hebrew and Arabic words are judged by their script alone: their letters' bytes
read in a Cyrillic or Greek codec are what fails, not the other way round.

A Latin reading that passes as text may still be an alphabet's bytes: KOI8-R puts its
small letters at 0xC0-0xDF and its capitals above, where cp1252 has capitals and Mac
Roman signs, so a short Russian line (``Температура 23°C``) reads as ``ôÅÍÐÅÒÁÔÕÒÁ``
or ``Ù≈Õ–≈“¡‘’“¡``: a few characters out of place, or more signs than letters,
which the share that makes a reading not text allows. Such a reading (any character
out of place, signs outnumbering letters, or no letter at all) gives way to an
alphabet's reading whose every word beyond ASCII is of its script, of
:data:`MIN_LETTERS` or more: a Latin text's words mix ASCII letters with the bytes
above (``café``, ``Straße``), which no other alphabet reads as its words.

A word whose characters beyond ASCII are signs set where text sets them (``23°C``,
``© 1987``: :func:`newsclean.plausibility.reading_cost` prices them at nothing) says
nothing of the script and is left out of these judgements.
"""

from __future__ import annotations

import codecs
import re

#: The single-byte codecs of non-Latin alphabets, and their script. Hebrew first: its
#: codec leaves bytes undefined, so another alphabet's text seldom reads as its words,
#: while a Hebrew text's letters (0xE0-0xFA) read in cp1251 are small Cyrillic letters,
#: words now and then. Arabic after Cyrillic: KOI8-R's small letters (0xC0-0xDF) are
#: cp1256's Arabic letters, so lower-case Russian reads as Arabic words (``через реку``),
#: while Arabic's commonest letters (``ل م ن ه و ي``, 0xE1-0xED) are capitals in the
#: Cyrillic codecs, among small ones inside a word, which no Cyrillic word is.
CODECS = (
    ("cp1255", "hebrew"),
    ("cp1251", "cyrillic"),
    ("koi8_r", "cyrillic"),
    ("cp866", "cyrillic"),
    ("cp1256", "arabic"),
    ("cp1253", "greek"),
)
#: Code point blocks of the scripts.
_BLOCKS = {
    "cyrillic": (0x400, 0x52F),
    "greek": (0x370, 0x3FF),
    "hebrew": (0x590, 0x5FF),
    "arabic": (0x600, 0x6FF),
}
#: A Latin reading is not text when more than this share of its characters beyond
#: ASCII are out of place.
MAX_OUT_OF_PLACE_SHARE = 0.5
#: The letters a reading in another alphabet needs to be taken instead of the pick.
MIN_LETTERS = 8
_WORD = re.compile(r"\S+")
#: Marks that prose sets around a word.
_EDGE = "\"'()[]{}<>«»„“”‘’‚.,;:!?…–—-/*"


def _script(ch: str) -> str | None:
    o = ord(ch)
    for script, (low, high) in _BLOCKS.items():
        if low <= o <= high:
            return script
    return None


def _majority_script(text: str) -> str | None:
    """The script of most of ``text``'s letters and marks beyond ASCII; ``"latin"`` for
    Latin ones; None when it has none."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch >= "\x80" and (ch.isalpha() or "\u0590" <= ch <= "\u06ff"):
            script = _script(ch) or ("latin" if ord(ch) < 0x300 else "other")
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _script_words(text: str, script: str) -> bool:
    """Is every word of ``text`` above ASCII made of ``script`` alone (its letters,
    marks and signs), a letter among them?"""
    words = [token.strip(_EDGE) for token in text.split()]
    words = [word for word in words if word and not word.isascii()]
    return bool(words) and all(
        any(ch.isalpha() for ch in word)
        and all(_script(ch) == script for ch in word if not ch.isdigit())
        for word in words
    )


def _final_sigma(text: str) -> bool:
    """Do the lower-case Greek words of ``text`` end in ``ς`` and nowhere else?"""
    for token in text.split():
        word = token.strip(_EDGE)
        if "ς" in word[:-1] or word.endswith("σ"):
            return False
    return True


def _without_placed_signs(text: str) -> str:
    """``text`` with each word whose characters beyond ASCII are signs alone, each in
    its place (``23°C``), made a space."""
    from newsclean.plausibility import reading_cost

    def blank(match: re.Match[str]) -> str:
        word = match.group()
        if word.isascii() or any(ch >= "\x80" and ch.isalpha() for ch in word):
            return word
        return " " if reading_cost(word) == 0 else word

    return _WORD.sub(blank, text)


def reads_as_text(text: str) -> bool:
    """Are ``text``'s words beyond ASCII words of one script? See the module docstring."""
    from newsclean.cjk_mojibake.alphabets import speakable
    from newsclean.latin_codecs import out_of_place

    text = _without_placed_signs(text)
    script = _majority_script(text)
    if script in ("cyrillic", "greek"):
        return speakable(text, script) and (script != "greek" or _final_sigma(text))
    if script in ("hebrew", "arabic"):
        return _script_words(text, script)
    if script == "latin":
        high = sum(ch >= "\x80" for ch in text)
        return out_of_place(text) <= MAX_OUT_OF_PLACE_SHARE * high
    return True


def best_reading(sample: bytes, picked: str, final: bool) -> str:
    """``picked``, or, when its reading of ``sample`` is not text, the first codec of
    :data:`CODECS` whose reading is."""

    def read(codec: str) -> str | None:
        try:
            return codecs.getincrementaldecoder(codec)().decode(sample, final=final)
        except UnicodeDecodeError:
            return None

    text = read(picked)
    if text is None or (reads_as_text(text) and not latin_in_doubt(text)):
        return picked
    for codec, script in CODECS:
        reading = None if codec == picked else read(codec)
        if (
            reading is not None
            and _majority_script(reading) == script
            and sum(ch.isalpha() and _script(ch) == script for ch in reading) >= MIN_LETTERS
            and reads_as_text(reading)
        ):
            return codec
    return picked


def latin_in_doubt(text: str) -> bool:
    """Is ``text`` a reading with no letter beyond ASCII, or a Latin one with a
    character out of place or more signs than letters there? Latin text's characters
    beyond ASCII are mostly letters, each in its alphabet."""
    from newsclean.latin_codecs import out_of_place

    script = _majority_script(text)
    if script is None:
        return True
    return script == "latin" and (out_of_place(text) > 0 or _signs_outnumber_letters(text))


def _signs_outnumber_letters(text: str) -> bool:
    high = [ch for ch in text if ch >= "\x80"]
    return 2 * sum(ch.isalpha() for ch in high) < len(high)
