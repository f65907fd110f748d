"""The review and rating of a period as the printed form's data: the self-review with the
27-item self-check, the collectives' comments, the appraisal and the competent level's rating.

A manifestation prints the resolution's wording only when it is official: the version an
administrator loaded (services/manifestations.py) in force at the end of the period, or a
catalog entry marked official; the shipped short labels are unofficial and never printed
(DOMAIN.md decision 5).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cadre_desktop.domain.evaluation import Evaluation
from cadre_desktop.domain.model import Cadre
from cadre_desktop.domain.yearly_enums import ReviewVenue
from cadre_desktop.errors import UsageError
from cadre_desktop.printing.evaluation_data import CheckLine, EvaluationData, ReviewLines
from cadre_desktop.printing.headings import PartyHeading
from cadre_desktop.rules.rating import period_end
from cadre_desktop.services.manifestations import Wording, wording_on
from cadre_desktop.services.print_cv import RATING_TEXT, number, vn
from cadre_desktop.services.print_gather import Gathered, Place
from cadre_desktop.storage import yearly
from cadre_desktop.storage.uow import UnitOfWork

VENUE_TEXT = {
    ReviewVenue.PARTY_CELL: "Chi bộ nơi sinh hoạt",
    ReviewVenue.LEADERSHIP_COLLECTIVE: "Tập thể lãnh đạo nơi công tác",
    ReviewVenue.OTHER: "Nơi giữ chức vụ kiêm nhiệm",
}
QUARTERS = ("I", "II", "III", "IV")
SCORE_SHEET_FROM = dt.date(2025, 8, 30)  # QĐ 366-QĐ/TW: the 100-point sheet from its signing


def period_text(year: int, quarter: int | None) -> str:
    return f"năm {year}" if quarter is None else f"quý {QUARTERS[quarter - 1]} năm {year}"


def check_lines(evaluation: Evaluation, wording: Wording) -> list[CheckLine]:
    """The 27 lines in the resolution's order, each with the self-check when recorded."""
    recorded = {c.item: c for c in evaluation.checks}
    lines = []
    for item in wording.items:
        check = recorded.get(item.code)
        lines.append(
            CheckLine(
                code=item.code,
                group=item.group,
                official_text=item.text if item.official else None,
                state=check.state.value if check else None,
                remark=check.remark if check else None,
            )
        )
    return lines


def _score(value: Decimal | None) -> str | None:
    if value is None:
        return None
    return number(value)


def _tasks(e: Evaluation) -> str | None:
    parts = [
        f"{label} {value}"
        for label, value in (
            ("được giao", e.tasks_total),
            ("hoàn thành", e.tasks_done),
            ("vượt yêu cầu", e.tasks_exceeding),
            ("chậm tiến độ", e.tasks_late),
        )
        if value is not None
    ]
    return "; ".join(parts) or None


def _unit_tasks(e: Evaluation) -> str | None:
    parts = []
    if e.unit_tasks_percent is not None:
        parts.append(f"hoàn thành {_score(e.unit_tasks_percent)}% nhiệm vụ kế hoạch")
    if e.unit_targets_failed:
        parts.append("không đạt các chỉ tiêu kinh tế - xã hội cơ bản")
    if e.units_not_completed_percent is not None:
        parts.append(
            f"{_score(e.units_not_completed_percent)}% đơn vị phụ trách không hoàn thành nhiệm vụ"
        )
    return "; ".join(parts) or None


def _shortcomings(e: Evaluation) -> str | None:
    if e.shortcomings_previous is None:
        return None
    done = e.shortcomings_remedied if e.shortcomings_remedied is not None else "…"
    return f"đã được chỉ ra {e.shortcomings_previous}; đã khắc phục {done}"


def _reviews(e: Evaluation) -> list[ReviewLines]:
    lines = [
        ReviewLines(
            VENUE_TEXT[r.venue],
            r.body,
            vn(r.held_on),
            r.remarks,
            RATING_TEXT.get(r.proposed_rating.value) if r.proposed_rating else None,
        )
        for r in e.reviews
    ]
    # The places the cadre must be reviewed keep their lines for the comment by hand.
    required = [ReviewVenue.PARTY_CELL] + ([ReviewVenue.LEADERSHIP_COLLECTIVE] if e.leader else [])
    held = {r.venue for r in e.reviews}
    lines += [ReviewLines(VENUE_TEXT[v]) for v in required if v not in held]
    return lines


def _rating_text(value: object) -> str | None:
    return RATING_TEXT.get(getattr(value, "value", "")) if value is not None else None


def _complaints(e: Evaluation) -> list[str]:
    out = []
    for c in e.complaints:
        text = f"Khiếu nại ngày {c.lodged_on.vn()}: {c.content}"
        if c.resolution:
            when = f" ({c.resolved_on.vn()})" if c.resolved_on else ""
            text += f" — Kết quả giải quyết{when}: {c.resolution}"
        out.append(text)
    return out


def evaluation_data(
    uow: UnitOfWork, e: Evaluation, cadre: Cadre, units: dict[str, str], unit_name: str
) -> EvaluationData:
    """The plain data of one evaluation, as the printer needs it."""
    cell_body = next((r.body for r in e.reviews if r.venue is ReviewVenue.PARTY_CELL), None)
    decision = None
    if e.decision_number:
        decision = e.decision_number + (f" ngày {e.decision_date.vn()}" if e.decision_date else "")
    rerating = None
    if e.revision:
        rerating = (
            f"Đánh giá, xếp loại lại (lần {e.revision}), thay cho kết quả đã thông báo trước đó; "
            f"lý do: {e.rerating_reason or '…'}."
        )
    scored = e.score is not None or period_end(e.year, e.quarter) >= SCORE_SHEET_FROM
    signed = e.commitment_signed
    commitment = None if signed is None else ("Đã ký" if signed else "Chưa ký")
    return EvaluationData(
        heading=PartyHeading(
            issuing_body=cell_body or unit_name,
            higher_body=unit_name if cell_body and cell_body != unit_name else None,
            numbered=False,
        ),
        period=period_text(e.year, e.quarter),
        leader=e.leader,
        fields={
            "full_name": cadre.full_name,
            "birth_date": cadre.birth_date.vn(),
            "position": cadre.current_position,
            "unit": units.get(cadre.current_unit_id or "") or units.get(cadre.managing_unit_id),
            "party_cell": cell_body,
            "results": e.results,
            "tasks": _tasks(e),
            "unit_tasks": _unit_tasks(e),
            "shortcomings": _shortcomings(e),
            "commitment": commitment,
            "self_rating": _rating_text(e.self_rating),
            "appraisal_body": e.appraisal_body,
            "appraisal": e.appraisal,
            "proposed_rating": _rating_text(e.proposed_rating),
            "rating": _rating_text(e.rating),
            "rated_by": e.rated_by,
            "rated_on": vn(e.rated_on),
            "decision": decision,
            "signer": e.decision_signer,
            "disclosed_on": vn(e.disclosed_on),
            "rerating": rerating,
        },
        checks=check_lines(e, wording_on(uow.session, uow.catalogs, period_end(e.year, e.quarter))),
        scores=(_score(e.score_general), _score(e.score_tasks), _score(e.score))
        if scored
        else None,
        reviews=_reviews(e),
        complaints=_complaints(e),
        final=e.is_final,
    )


def gather_evaluation(uow: UnitOfWork, evaluation_id: str, place: Place) -> Gathered:
    """One evaluation's form data (inside the caller's unit of work, which audits it)."""
    evaluation = yearly.evaluation(uow.session, evaluation_id)
    if evaluation is None:
        raise UsageError("No evaluation has the id {id}.", id=evaluation_id)
    cadre = evaluation.cadre
    data = evaluation_data(uow, evaluation, cadre, place.units, place.unit_name)
    suffix = f"-{evaluation.year}" + (f"-q{evaluation.quarter}" if evaluation.quarter else "")
    return Gathered("evaluation", data, cadre.id, cadre.full_name, suffix)
