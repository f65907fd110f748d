"""The training plans' tables: needs (planned cadres first), courses, a course's assignments."""

from __future__ import annotations

from typing import Any

from cadre_desktop.domain.enums import TrainingKind
from cadre_desktop.domain.oversight_enums import CourseStatus, EnrollmentStatus
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.training_needs import NeedRow
from ui.labels import enum_label
from ui.oversight_labels import label, need_label
from ui.table_models.rows_table_model import RowsTableModel

Row = dict[str, Any]


def _need_cells(r: NeedRow) -> tuple[str, ...]:
    n = r.need
    planned = _("Planned for {title} (group {group})").format(title=r.title, group=n.group)
    return (
        n.name, need_label(n.rule_id),
        planned if n.title_code else (_("In planning") if n.planned else _("Head")),
        n.due.strftime("%d/%m/%Y"), n.course.name if n.course else "",
    )  # fmt: skip


class NeedTableModel(RowsTableModel[NeedRow]):
    def __init__(self) -> None:
        super().__init__(
            (N_("Cadre"), N_("Needs"), N_("Why"), N_("Due"), N_("Assigned course")),
            _need_cells, lambda r: f"{r.need.cadre_id}:{r.need.rule_id}",
            lambda r: "late" if r.overdue else ("muted" if r.need.course else None),
        )  # fmt: skip


def _course_cells(c: Row) -> tuple[str, ...]:
    places = f"{c['assigned'] + c['completed']}/{c['capacity'] or '∞'}"
    warnings = "; ".join(w["message"] for w in c["warnings"])
    return (
        c["name"], enum_label(TrainingKind(c["kind"])), c["start"], c["end"],
        c["institution"], places, label(CourseStatus, c["status"]), warnings,
    )  # fmt: skip


class CourseTableModel(RowsTableModel[Row]):
    def __init__(self) -> None:
        super().__init__(
            (N_("Course"), N_("Kind"), N_("From"), N_("To"), N_("Institution"), N_("Places"),
             N_("Status"), N_("Warnings")),
            _course_cells, lambda c: str(c["id"]),
            lambda c: "soon" if c["warnings"] else ("muted" if c["status"] != "planned" else None),
        )  # fmt: skip


class EnrollmentTableModel(RowsTableModel[Row]):
    def __init__(self) -> None:
        super().__init__(
            (N_("Cadre"), N_("Training need"), N_("Assigned on"), N_("Status"), N_("Result on"),
             N_("Degree or certificate")),
            lambda e: (e["name"], need_label(e["need"]) if e["need"] else "", e["assigned_on"],
                       label(EnrollmentStatus, e["status"]), e["result_on"] or "",
                       e["qualification"] or ""),
            lambda e: str(e["id"]),
        )  # fmt: skip
