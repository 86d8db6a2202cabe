"""newsclean: repair and split OCR'd and PDF-extracted newspaper pages.

>>> from newsclean import fix_text
>>> fix_text("工作组， 制定")
'工作组，制定\\n'
"""

from __future__ import annotations

from newsclean.api import clean, fix_text, split
from newsclean.model import Document
from newsclean.options import Options

__version__ = "0.1.0"
__all__ = ["Document", "Options", "__version__", "clean", "fix_text", "split"]
