"""What the evaluation page writes about a record: its period and re-rating number, the list's
columns, the status line, and the decision with its complaints."""

from __future__ import annotations

from typing import Any

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.yearly_enums import EvaluationStatus
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from ui.table_models.record_list_table_model import Column
from ui.yearly_labels import yearly_label


def period_text(record: dict[str, Any]) -> str:
    form = record["form"]
    quarter = form["quarter"]
    return str(form["year"]) if quarter is None else f"Q{quarter}/{form['year']}"


def revision_text(record: dict[str, Any]) -> str:
    if not record["revision"]:
        return ""
    return _("re-rating {n}").format(n=record["revision"])


COLUMNS = (
    Column(N_("Period"), period_text),
    Column(N_("Rating"), lambda r: yearly_label(Rating, r["form"]["rating"])),
    Column(N_("Status"), lambda r: yearly_label(EvaluationStatus, r["status"])),
    Column(N_("Re-rating"), revision_text),
    Column(N_("Rated by"), lambda r: r["rated_by"] or ""),
    Column(N_("Rating date"), lambda r: r["rated_on"] or ""),
)


def status_text(record: dict[str, Any] | None) -> str:
    if record is None:
        return _("New evaluation (not saved)")
    if record["status"] == EvaluationStatus.DRAFT:
        return _("Draft (not final)")
    if not record["standing"]:
        return _("Final, replaced by a re-rating (read-only)")
    return _("Final (read-only; correct it by a re-rating)")


def decision_text(record: dict[str, Any] | None) -> str:
    """Who rated and when, when it was made known, the re-rating's reason, the complaints."""
    if record is None:
        return ""
    lines = []
    if record["status"] == EvaluationStatus.FINAL:
        lines.append(
            _("Rated by {by} on {on}.").format(by=record["rated_by"], on=record["rated_on"])
        )
        lines.append(
            _("Made known on {on}.").format(on=record["disclosed_on"])
            if record["disclosed_on"]
            else _("Not yet recorded as made known.")
        )
    if record["decision_number"]:
        lines.append(_("Decision {number}.").format(number=record["decision_number"]))
    if record["rerating_reason"]:
        lines.append(_("Re-rating: {reason}").format(reason=record["rerating_reason"]))
    for complaint in record["complaints"]:
        lines.append(
            _("Complaint of {on}: {content}").format(
                on=complaint["lodged_on"], content=complaint["content"]
            )
            + (f" — {complaint['resolution']}" if complaint["resolution"] else "")
        )
    return "\n".join(lines)
