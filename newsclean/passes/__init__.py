"""The registry: every pass, in the order it runs.

The order matters and is reviewed like code: text must be decoded before anything
reads it; front matter and markup go before character repairs so that tags are not
"repaired"; mojibake is reversed before anything else judges characters; ligatures and the long s
become letters before any pass reads words; furniture is
taken out before rejoin, so that a masthead is never glued to a paragraph (and before
justified, so that a stack of one-word furniture lines is gone before it looks for torn
lines); column
pieces OCR read out of place are put back before rejoin joins lines into paragraphs; conversion
comes last, after every repair.
"""

from __future__ import annotations

from newsclean.passes import (
    columns,
    convert,
    decode,
    frontmatter,
    furniture,
    glyphs,
    justified,
    markup,
    mojibake,
    punctuation,
    rejoin,
    reorder,
    replacement,
    whitespace,
)
from newsclean.pipeline import Pass

PASSES: tuple[Pass, ...] = tuple(
    Pass(module.NAME, module.DESCRIPTION, module.apply, required=module is decode)
    for module in (
        decode,
        frontmatter,
        markup,
        columns,
        mojibake,
        replacement,
        whitespace,
        glyphs,
        punctuation,
        furniture,
        justified,
        reorder,
        rejoin,
        convert,
    )
)
