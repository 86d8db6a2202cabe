"""CJK mojibake: spans written in one codec and read in another, found and reversed.

ftfy repairs UTF-8 read as Latin-1 or cp1252, CJK included (``ä¸­æ–‡``); its
maintainers leave the CJK codecs out of scope. This module covers them:

=====================  ==========================  =============================
written as             read as                     looks like
=====================  ==========================  =============================
UTF-8                  GBK / GB18030               ``鍟嗘堡绉戞妧`` (商汤科技), ``鈥淗``
UTF-8                  Big5 / Big5-HKSCS           ``銝剜`` (中文)
GBK / GB18030          Latin-1 / cp1252            ``ÉÌÌÀ¿Æ¼¼`` (商汤科技)
Big5                   Latin-1 / cp1252            ``¤¤¤å`` (中文)
=====================  ==========================  =============================

and two rounds of any of them. ``锟斤拷`` (U+FFFD twice, in UTF-8, read as GBK), and
``烫烫烫`` / ``屯屯屯`` (the 0xCC and 0xCD fill bytes of uninitialised memory, read as
GBK) stand for characters that are lost; they are reported (and dropped on request),
never guessed at.

Recognition, cheapest first:

1. A prefilter over the whole text, a set intersection and one regular-expression
   search: a character that GBK or Big5 reads from a UTF-8 lead byte of a CJK
   character and the continuation byte after it (every run of two or more CJK
   characters in UTF-8 read as GBK or Big5 holds one), two Latin-1/cp1252 characters
   from 0x80-0xFF within three characters, or a filler run. Clean Chinese text seldom
   holds these (a rare name may), so a clean page costs next to nothing.
2. In a line that has a hit, spans are read strictly: their characters encoded in the
   codec that read them, the bytes decoded in the codec that wrote them, ending on a
   character boundary. Each is trimmed to the part that reads better reversed (a
   correct character beside mojibake may continue its UTF-8). Two-byte codecs try both
   pairings. A U+FFFD that a GB18030 reader left for the one byte it cannot read (0x80)
   is read as that byte, unless another byte fits as well (Python's narrower ``gbk``
   codec loses user-defined pairs the same way); a U+FFFD that ends a span is a
   character lost, and stays one U+FFFD.
3. A span is replaced only when the reversal is clearly more plausible, by the cost of
   :mod:`newsclean.plausibility` per non-ASCII character (the share of common
   characters, from the frequency tiers of GB2312, Big5, JIS and KS X 1001): the result
   must read as ordinary text, and be better by a margin that shrinks with the number
   of characters the strict reading decoded, as a long strict reading is evidence in
   itself. A span too short to stand alone (one hanzi from two Latin-1 characters, a
   lone lost character), or one that Latin words explain as well (every accented
   letter in a word of Latin letters, one of them ASCII, in one case or capitalised:
   ``âgée`` is not ``鈍閑``, ``ÁDÁM`` not ``磺簍``), is repaired only beside clear
   mojibake of the same kind. A
   reading as Latin-1 is weak evidence (almost any two Latin-1 characters are a GBK or
   Big5 character): in a line with no CJK character it must explain every non-ASCII
   character of the line and give a run of CJK characters with no Latin letter between
   them (both codecs take ASCII letters as second bytes, so accented capitals read as
   pairs leave one hanzi in each word: ``MAÇÃ, PÃO`` is not ``MAデ, P鬃``), and UTF-8
   read as Latin-1 is reversed there only where it gives CJK (two-byte UTF-8 is ftfy's,
   and what ftfy leaves stays). A line with no CJK is therefore turned away before
   any reading when one of its characters can be in no reading as GBK or Big5 (``à``
   between spaces) and none can be UTF-8: most accented Latin text is. In any line,
   accented letters inside a Latin word, or beside one and taking its ASCII letters as
   second bytes, are that word's (``Télévision`` is not ``T閘関ision``, ``décès`` not
   ``d閏鑣``); a Chinese word read as Latin-1 has no ASCII letter of its own.
4. Mojibake of mojibake: the outer round is undone over the whole line, and the line
   is kept if the inner round then repairs to something far more plausible.

Correct text does not reverse strictly into plausible text: mixed Chinese, English and
Japanese, curly quotes and fullwidth punctuation start no span (their GBK and Big5
bytes are not UTF-8 lead bytes), and a rare hanzi that does is left alone because what
it would reverse to is not more common. ``make eval-encoding`` measures both sides.

The package: :mod:`~newsclean.cjk_mojibake.fingerprints` (the codec pairs and step 1, and
the filler runs), :mod:`~newsclean.cjk_mojibake.readings` (step 2, its walks read off
:mod:`~newsclean.cjk_mojibake.runs`) and
:mod:`~newsclean.cjk_mojibake.repair` (steps 3 and 4); the pass asks
:mod:`~newsclean.cjk_mojibake.alphabets` whether a line with no CJK that the repair turns
into hanzi is rather Cyrillic or Greek in a single-byte codec. A clean page needs only the
first: the others are imported by the first line that holds a fingerprint.
"""

from __future__ import annotations

from newsclean.cjk_mojibake.fingerprints import (
    DROPPED,
    KEPT,
    report_fillers,
    suspect,
    suspect_positions,
)

__all__ = ["DROPPED", "KEPT", "report_fillers", "suspect", "suspect_positions"]
