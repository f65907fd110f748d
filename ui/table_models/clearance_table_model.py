"""A cadre's political-standard conclusions, newest first, the one in force marked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from ui import colours
from ui.labels import VERIFIED_LABELS, enum_label
from ui.table_models.record_table_model import Column, RecordTableModel

Row = dict[str, Any]


def in_force_text(row: Row) -> str:
    if not row["in_force"]:
        return _("Replaced")
    if row["stale"]:
        return _("Stale: conclude again")
    return _("In force")


def _standing_colour(row: Row) -> str | None:
    if not row["in_force"]:
        return colours.MUTED
    if row["stale"] or row["result"] in ("does_not_meet", "pending"):
        return colours.BLOCK
    return colours.GOOD


def result_text(row: Row, title_name: Callable[[str | None], str]) -> str:
    text = enum_label(row["result"])
    if row.get("ceiling"):
        text += " — " + _("up to {post}").format(post=title_name(row["ceiling"]))
    return text


class ClearanceTableModel(RecordTableModel[Row]):
    def __init__(self, title_name: Callable[[str | None], str]) -> None:
        super().__init__(
            [
                Column(N_("Number"), lambda r: str(r["number"])),
                Column(N_("Date"), lambda r: str(r["date"])),
                Column(N_("Issuing body"), lambda r: str(r["body"])),
                Column(N_("Purpose"), lambda r: enum_label(r["purpose"])),
                Column(N_("Result"), lambda r: result_text(r, title_name)),
                Column(N_("Standing"), in_force_text, colour=_standing_colour),
                Column(
                    N_("Verified"),
                    lambda r: "; ".join(_(VERIFIED_LABELS[v]) for v in r["verified"]),
                ),
            ]
        )
