"""Text as the printer needs it: NFC (ReportLab does not position combining marks), escaped."""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

DOT = "."


def nfc_text(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def markup(value: str) -> str:
    """A value as paragraph markup: NFC and XML-escaped (names may hold '&' or '<')."""
    return escape(nfc_text(value)).replace("\n", "<br/>")


def dots(count: int) -> str:
    """The dotted blank the paper form leaves for a missing entry."""
    return DOT * count


def filled(value: str | None, blank: int = 20) -> str:
    """A value as markup, or the dotted blank when it is missing: never "None"."""
    if value is None or not str(value).strip():
        return dots(blank)
    return markup(str(value))
