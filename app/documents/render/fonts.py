"""Liberation Sans (SIL OFL, metric-compatible with Arial, the usual font of naskah dinas),
shipped in ``resources/fonts`` so every office PC renders the same letters.

Registered once as the family ``LiberationSans`` so ``<b>`` and ``<i>`` in Paragraph markup
pick the bold and italic faces.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource

FONT_DIR = resource("fonts")

FAMILY = "LiberationSans"
REGULAR = "LiberationSans"
BOLD = "LiberationSans-Bold"
ITALIC = "LiberationSans-Italic"
BOLD_ITALIC = "LiberationSans-BoldItalic"

_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}

_registered = False


def register_fonts() -> None:
    """Register the four faces and the family (idempotent, cheap after the first call)."""
    global _registered
    if _registered:
        return
    for name, filename in _FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    _registered = True
