"""Rotation plans and moves: who goes where, for how long, and by which decision."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cadre_desktop.i18n import N_
from ui import colours
from ui.labels import enum_label
from ui.table_models.record_table_model import Column, RecordTableModel, text_of

Row = dict[str, Any]


class RotationTableModel(RecordTableModel[Row]):
    def __init__(self, title_name: Callable[[str | None], str]) -> None:
        super().__init__(
            [
                Column(N_("Full name"), lambda r: str(r["name"])),
                Column(N_("Post"), lambda r: title_name(r["title"])),
                Column(N_("Unit"), lambda r: text_of(r.get("unit_name"))),
                Column(N_("From"), lambda r: str(r["from"])),
                Column(N_("Planned until"), lambda r: str(r["until"])),
                Column(
                    N_("Status"),
                    lambda r: enum_label(r["status"]),
                    colour=lambda r: colours.GOOD if r["status"] == "moved" else None,
                ),
                Column(
                    N_("Decision"),
                    lambda r: " ".join(
                        x for x in (text_of(r["decision"]), text_of(r.get("decision_date"))) if x
                    ),
                ),
            ]
        )
