"""The evaluation as a form or a JSON file gives it, checked field by field.

    {"cadre": "<id>", "year": 2025, "quarter": null, "leader": true,
     "comparable_group": "Giám đốc sở", "results": "...", "commitment_signed": true,
     "score_general": "28", "score_tasks": "63.5", "tasks_total": 12, "tasks_done": 12,
     "tasks_exceeding": 4, "tasks_late": 0, "shortcomings_previous": 2,
     "shortcomings_remedied": 2, "self_rating": "good", "proposed_rating": "good",
     "rating": "good", "checks": [{"item": "1.1", "state": "none", "remark": "..."}],
     "reviews": [{"venue": "party_cell", "body": "Chi bộ ...", "held_on": "10/12/2025"}]}

Scores and percentages are exact decimals written as text ("89.5"), never floats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.yearly_enums import CheckState, ReviewVenue
from cadre_desktop.i18n import N_
from cadre_desktop.rules.rating_procedure import unknown_items
from cadre_desktop.services.yearly_input import Reader

FACT_FIELDS = (
    "leader",
    "score_general",
    "score_tasks",
    "tasks_total",
    "tasks_done",
    "tasks_exceeding",
    "tasks_late",
    "shortcomings_previous",
    "shortcomings_remedied",
    "unit_tasks_percent",
    "units_not_completed_percent",
    "low_confidence_percent",
    "unit_targets_failed",
    "disciplined",
    "degradation_concluded",
    "corruption_in_scope",
)
_COUNTS = (
    "tasks_total",
    "tasks_done",
    "tasks_exceeding",
    "tasks_late",
    "shortcomings_previous",
    "shortcomings_remedied",
)
_DECIMALS = (
    "score_general",
    "score_tasks",
    "unit_tasks_percent",
    "units_not_completed_percent",
    "low_confidence_percent",
)
_FLAGS = (
    "leader",
    "outstanding_unit",
    "unit_targets_failed",
    "disciplined",
    "degradation_concluded",
    "corruption_in_scope",
)
_TEXTS = {
    "comparable_group": 120,
    "results": None,
    "appraisal_body": 200,
    "appraisal": None,
    "emulation_title": 60,
    "note": None,
}
_RATINGS = ("rating", "self_rating", "proposed_rating")


@dataclass
class EvaluationDraft:
    cadre_id: str
    year: int
    quarter: int | None
    fields: dict[str, Any] = field(default_factory=dict)
    checks: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)


def read_evaluation(data: Any) -> EvaluationDraft:
    reader = Reader()
    where = N_("evaluation")
    if not isinstance(data, dict):
        reader.fail(where, N_("must be an object"))
        reader.done()
    cadre_id = reader.text(data, "cadre", where, required=True)
    year = reader.whole(data, "year", where, required=True, low=1945, high=2100)
    quarter = reader.whole(data, "quarter", where, low=1, high=4)
    fields: dict[str, Any] = {}
    for name in _COUNTS:
        fields[name] = reader.whole(data, name, where)
    for name in _DECIMALS:
        fields[name] = reader.decimal(data, name, where)
    for name in _FLAGS:
        fields[name] = bool(reader.flag(data, name, where))
    for name, length in _TEXTS.items():
        fields[name] = reader.text(data, name, where, max_length=length)
    for name in _RATINGS:
        fields[name] = reader.choice(data, name, where, Rating)
    fields["commitment_signed"] = reader.flag(data, "commitment_signed", where)
    total = fields["tasks_total"]
    for part in ("tasks_done", "tasks_exceeding", "tasks_late"):
        if total is not None and fields[part] is not None and fields[part] > total:
            reader.fail(f"{where}.{part}", N_("is more than the tasks assigned"))
    checks: list[dict[str, Any]] = []
    for index, row in enumerate(reader.rows(data, "checks", where), start=1):
        here = f"checks[{index}]"
        item = reader.text(row, "item", here, required=True)
        state = reader.choice(row, "state", here, CheckState, required=True)
        if item and unknown_items([item]):
            reader.fail(
                here, N_('"{item}" is not one of the 27 manifestations (1.1 … 3.9)'), item=item
            )
        if item in {c["item"] for c in checks}:
            reader.fail(here, N_('"{item}" appears twice'), item=item)
        checks.append({"item": item, "state": state, "remark": reader.text(row, "remark", here)})
    reviews: list[dict[str, Any]] = []
    for index, row in enumerate(reader.rows(data, "reviews", where), start=1):
        here = f"reviews[{index}]"
        reviews.append(
            {
                "venue": reader.choice(row, "venue", here, ReviewVenue, required=True),
                "body": reader.text(row, "body", here, max_length=300),
                "held_on": reader.day(row, "held_on", here),
                "remarks": reader.text(row, "remarks", here),
                "proposed_rating": reader.choice(row, "proposed_rating", here, Rating),
            }
        )
    reader.done()
    assert cadre_id is not None and year is not None
    return EvaluationDraft(cadre_id, year, quarter, fields, checks, reviews)
