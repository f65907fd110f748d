"""The vendored Liberation Serif 2 family (Times metrics, full Vietnamese), registered once."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cadre_desktop.paths import resources_dir

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


@cache
def register_fonts() -> None:
    """Register the four faces and the family, so that <b> and <i> in paragraphs work."""
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    for bold, italic, face in (
        (0, 0, SERIF),
        (1, 0, SERIF_BOLD),
        (0, 1, SERIF_ITALIC),
        (1, 1, SERIF_BOLD_ITALIC),
    ):
        addMapping(SERIF, bold, italic, face)
