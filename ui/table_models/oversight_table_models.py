"""The register's tables: matters (sensitive summaries withheld), a matter's steps and scans."""

from __future__ import annotations

from typing import Any

from cadre_desktop.domain.oversight_enums import MatterKind, MatterOutcome, MatterStatus
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.matter_queries import MatterRow
from ui.oversight_labels import label
from ui.table_models.rows_table_model import RowsTableModel

Row = dict[str, Any]


def _matter_cells(m: MatterRow) -> tuple[str, ...]:
    status = label(MatterStatus, m.status)
    if m.outcome:
        status += f" ({label(MatterOutcome, m.outcome)})"
    return (
        m.number, m.received_on.strftime("%d/%m/%Y"), label(MatterKind, m.kind), m.subject,
        m.summary if m.summary is not None else _("(restricted)"), m.handling_body or "",
        m.due_on.strftime("%d/%m/%Y"), status,
    )  # fmt: skip


def _matter_attention(m: MatterRow) -> str | None:
    if m.overdue:
        return "late"
    if m.due_soon:
        return "soon"
    return "muted" if m.status in (MatterStatus.CONCLUDED, MatterStatus.CLOSED) else None


class MatterTableModel(RowsTableModel[MatterRow]):
    def __init__(self) -> None:
        super().__init__(
            (N_("Number"), N_("Received on"), N_("Kind"), N_("Concerns"), N_("Summary"),
             N_("Handling body"), N_("Deadline"), N_("Status")),
            _matter_cells, lambda m: m.id, _matter_attention,
        )  # fmt: skip


class MatterEventTableModel(RowsTableModel[Row]):
    def __init__(self) -> None:
        super().__init__(
            (N_("Date"), N_("Step"), N_("Status"), N_("Note"), N_("Recorded by")),
            lambda e: (e["date"], _(e["action"].capitalize()), label(MatterStatus, e["status"]),
                       e["note"] or "", e["by"]),
            lambda e: f"{e['date']}-{e['action']}",
        )  # fmt: skip


class ScanTableModel(RowsTableModel[Row]):
    def __init__(self) -> None:
        super().__init__(
            (N_("Scan title"), N_("File name"), N_("Document date"), N_("Size")),
            lambda s: (s["title"], s["filename"], s["date"] or "", f"{s['size'] // 1024 + 1} KB"),
            lambda s: str(s["id"]),
        )


# Step names shown in a matter's history (the actions MatterEvent records).
STEP_NAMES = (N_("Received"), N_("Assigned"), N_("Verifying"), N_("Concluded"), N_("Closed"),
              N_("Extended"), N_("Note"), N_("Revoked"))  # fmt: skip
