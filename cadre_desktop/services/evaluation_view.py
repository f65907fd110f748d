"""A cadre's evaluations as the evaluation page shows them: every revision of every period,
in the shape ``evaluation_input`` reads back, with the decision, status and complaints."""

from __future__ import annotations

from typing import Any

from cadre_desktop.domain.evaluation import Evaluation, live
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import ReviewVenue
from cadre_desktop.services.evaluation_input import FACT_FIELDS
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import yearly

_TEXTS = ("comparable_group", "results", "appraisal_body", "appraisal", "emulation_title", "note")
_RATINGS = ("rating", "self_rating", "proposed_rating")
_DECISION = ("rated_by", "decision_number", "decision_signer", "rerating_reason")


def _plain(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.vn()
    if hasattr(value, "value"):
        return value.value  # enumerations
    if value is not None and not isinstance(value, bool | int | str):
        return str(value)  # Decimal, exactly
    return value


def evaluation_as_form(evaluation: Evaluation) -> dict[str, Any]:
    names = (*FACT_FIELDS, "outstanding_unit", "commitment_signed", *_TEXTS, *_RATINGS)
    form: dict[str, Any] = {
        "cadre": evaluation.cadre_id,
        "year": evaluation.year,
        "quarter": evaluation.quarter,
        **{name: _plain(getattr(evaluation, name)) for name in names},
        "checks": [
            {"item": c.item, "state": c.state.value, "remark": c.remark} for c in evaluation.checks
        ],
        "reviews": [
            {
                "venue": r.venue.value,
                "body": r.body,
                "held_on": _plain(r.held_on),
                "remarks": r.remarks,
                "proposed_rating": _plain(r.proposed_rating),
            }
            for r in evaluation.reviews
        ],
    }
    return form


def evaluation_record(evaluation: Evaluation, standing: bool) -> dict[str, Any]:
    """The form and what surrounds it: identity, status, the decision and the complaints."""
    return {
        "id": evaluation.id,
        "status": evaluation.status.value,
        "revision": evaluation.revision,
        "amends": evaluation.amends_id,
        "standing": standing,
        "rated_on": _plain(evaluation.rated_on),
        "disclosed_on": _plain(evaluation.disclosed_on),
        **{name: getattr(evaluation, name) for name in _DECISION},
        "form": evaluation_as_form(evaluation),
        "complaints": [
            {
                "lodged_on": _plain(c.lodged_on),
                "content": c.content,
                "resolution": c.resolution,
                "resolved_on": _plain(c.resolved_on),
            }
            for c in evaluation.complaints
        ],
    }


def evaluations_of(store: Store, cadre_id: str) -> list[dict[str, Any]]:
    """Every revision, newest period first, then newest revision first."""
    with store.unit_of_work() as uow:
        rows = yearly.evaluations_of_cadre(uow.session, cadre_id)
        standing = {e.id for e in live(rows)}
        records = [evaluation_record(e, e.id in standing) for e in rows]
    return sorted(
        records,
        key=lambda r: (-r["form"]["year"], -(r["form"]["quarter"] or 0), -r["revision"]),
    )


def blank_form(
    cadre_id: str, year: int, quarter: int | None, latest: dict[str, Any] | None
) -> dict[str, Any]:
    """A new period's form: who is rated as in the latest one; a leader's two review places."""
    latest = latest or {}
    leader = bool(latest.get("leader", True))
    venues = (ReviewVenue.PARTY_CELL, ReviewVenue.LEADERSHIP_COLLECTIVE) if leader else ()
    return {
        "cadre": cadre_id,
        "year": year,
        "quarter": quarter,
        "leader": leader,
        "comparable_group": latest.get("comparable_group"),
        "checks": [],
        "reviews": [{"venue": v.value} for v in venues],
    }


def comparable_groups(store: Store) -> list[str]:
    """The comparable groups used so far, for the form's completion."""
    with store.unit_of_work() as uow:
        return yearly.comparable_groups(uow.session)
