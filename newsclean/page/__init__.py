"""One described page: every line described once, for every stage to read.

``Page.from_text(text)`` splits a page into its non-blank lines and describes each one
(``describe``): origin, indentation and width in cells, a set of ``Flag`` facts and one
``Form``. Thresholds are in ``TUNING`` (``Tuning``), word lists in ``data/``.
"""

from newsclean.page.describe import describe
from newsclean.page.flags import Flag
from newsclean.page.forms import FURNITURE, HEADER, Form
from newsclean.page.model import Line, Page, Paragraph
from newsclean.page.tuning import TUNING, Tuning

__all__ = [
    "FURNITURE",
    "HEADER",
    "TUNING",
    "Flag",
    "Form",
    "Line",
    "Page",
    "Paragraph",
    "Tuning",
    "describe",
]
