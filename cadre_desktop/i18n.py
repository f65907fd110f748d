"""Translations (gettext .po catalogs read with Babel) and Vietnamese formatting of dates and money.

English msgids live in the code; ``resources/translations/<lang>.po`` translates them.
Vietnamese is the default language.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel.dates import format_date as _babel_date
from babel.messages.pofile import read_po
from babel.numbers import format_currency

LANGUAGES = ("vi", "en")
_current = "vi"


def set_language(language: str) -> None:
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _current = language


def language() -> str:
    return _current


@cache
def catalog(language: str) -> dict[str, str]:
    """msgid → translation for ``language`` (empty for English, whose msgids are the text)."""
    if language == "en":
        return {}
    from cadre_desktop.paths import resources_dir

    path = resources_dir() / "translations" / f"{language}.po"
    with path.open("rb") as handle:
        po = read_po(handle)
    return {
        str(message.id): str(message.string)
        for message in po
        if message.id and isinstance(message.string, str) and message.string
    }


def gettext(msgid: str) -> str:
    return catalog(_current).get(msgid, msgid)


_ = gettext


def N_(msgid: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    """Mark a string for extraction without translating it now."""
    return msgid


def format_date(value: dt.date) -> str:
    """dd/mm/yyyy, as every Vietnamese form writes dates."""
    return _babel_date(value, "dd/MM/yyyy", locale=_current if _current != "en" else "en_GB")


def format_money(amount_vnd: int) -> str:
    """Integer đồng with Vietnamese grouping: 1.234.567 ₫."""
    return str(format_currency(amount_vnd, "VND", locale="vi_VN"))
