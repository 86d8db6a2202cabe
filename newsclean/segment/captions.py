"""Photo captions kept out of the place rules' reach.

A photo is set under its story's headline or inside its columns, with its caption
under it (``Rescue workers at the site. (AP)``, ``图为现场。（资料图片）``). Read as body,
a caption under a headline was taken for the headline's deck, and one between two
paragraphs for a title (``latin-title-between-paragraphs``): the story's headline was
left with no body, an orphan, while the caption headed the story's text as another
article.

A caption is told by its form alone (``page.credits.is_caption``). The form rule gives
it the role ``caption``, which no place rule reads as a heading; once they have run,
it is body again, so the assembler sets it as a caption block in the story it is read
in, as it did before. A block that the furniture marked as a caption keeps the role the
place rules gave it.
"""

from __future__ import annotations

from newsclean.model import CAPTION as CAPTION_BLOCK
from newsclean.segment.model import Unit


def photo_captions_in_body(units: list[Unit]) -> None:
    """The captions told by their form go back to the body they were read in."""
    for unit in units:
        if unit.role == "caption" and unit.hint != CAPTION_BLOCK and unit.caption:
            unit.role = "body"
