"""How the Exchange screen names a dossier's outcome, a unit's trust, a file size and a moment."""

from __future__ import annotations

import datetime as dt

from cadre_desktop.i18n import N_, gettext

OUTCOMES = {
    "created": N_("New"),
    "updated": N_("Updated"),
    "unchanged": N_("Unchanged"),
    "conflict": N_("In conflict"),
    "deleted": N_("Deleted"),
    "out_of_scope": N_("Outside the sender's scope"),
}
# The order the preview's counts are read in: what the officer must look at first.
OUTCOME_ORDER = ("out_of_scope", "conflict", "created", "updated", "deleted", "unchanged")
ATTENTION = {"out_of_scope": "late", "conflict": "soon", "unchanged": "muted"}

TRUST = {
    "direct": N_("By its fingerprint"),
    "certified": N_("Certified by {unit}"),
}


def outcome_label(kind: str) -> str:
    return gettext(OUTCOMES.get(kind, kind))


def trust_label(how: str, voucher: str | None) -> str:
    return gettext(TRUST.get(how, how)).format(unit=voucher or "?")


def size_text(size: int) -> str:
    """Bytes as an officer reads them: "840 B", "12,5 KB", "3,2 MB" (Vietnamese decimal comma)."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".replace(".", ",") + f" {unit}"
    return f"{size} B"


def moment_text(value: dt.datetime | str | None) -> str:
    """A stored moment (UTC) as local day and time, "01/12/2026 22:21"; "" when unknown."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if value is None:
        return ""
    if value.tzinfo is None:  # the store keeps UTC without a zone
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone().strftime("%d/%m/%Y %H:%M")
