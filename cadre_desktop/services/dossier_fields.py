"""The dossier's fields as the JSON format, its schema and its validator see them.

They are read off the SQLAlchemy models (column types and ``info``), so the model is the
one place a field is described.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, Boolean, Enum, Integer, String, Text, inspect

from cadre_desktop.domain.base import DecimalText, PartialDateType
from cadre_desktop.domain.model import (
    Allowance,
    Attachment,
    Award,
    Clearance,
    Discipline,
    Evaluation,
    EvaluationCheck,
    EvaluationReview,
    FamilyMember,
    HistoryFact,
    Membership,
    PlanningEntry,
    Posting,
    RatingComplaint,
    SalaryStep,
    Training,
)
from cadre_desktop.i18n import N_

COLLECTION_CLASSES: dict[str, type[Any]] = {
    "postings": Posting,
    "salary_steps": SalaryStep,
    "allowances": Allowance,
    "trainings": Training,
    "memberships": Membership,
    "awards": Award,
    "disciplines": Discipline,
    "history_facts": HistoryFact,
    "family": FamilyMember,
    "evaluations": Evaluation,
    "clearances": Clearance,
    "attachments": Attachment,
    "planning_entries": PlanningEntry,
}

# Rows kept inside a collection's row, by the row's class: an evaluation's self-check lines,
# reviews and complaints travel inside the evaluation.
NESTED: dict[type[Any], dict[str, type[Any]]] = {
    Evaluation: {
        "checks": EvaluationCheck,
        "reviews": EvaluationReview,
        "complaints": RatingComplaint,
    },
}

COLLECTION_TITLES = {
    "postings": N_("Work history"),
    "salary_steps": N_("Salary history"),
    "allowances": N_("Allowances"),
    "trainings": N_("Training"),
    "memberships": N_("Socio-political organisations"),
    "awards": N_("Awards"),
    "disciplines": N_("Discipline"),
    "history_facts": N_("Personal history"),
    "family": N_("Family relations"),
    "evaluations": N_("Yearly ratings"),
    "clearances": N_("Political-standard conclusions"),
    "attachments": N_("Attachments"),
    "planning_entries": N_("Planning"),
}

# Which catalog a training row's level belongs to, by the kind of training.
TRAINING_LEVEL_CATALOG = {
    "professional": "education_level",
    "political_theory": "political_theory_level",
    "state_management": "state_management_level",
    "it": "it_level",
    "language": "foreign_language_level",
}


@dataclass(frozen=True)
class FieldSpec:
    attr: str
    json_key: str
    kind: str  # str | int | bool | date | decimal | enum | unit
    required: bool
    label: str
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    catalog: str | None = None
    format: str | None = None
    default: Any = None  # what an absent value means for a column that cannot be empty


_SPECS: dict[type[Any], tuple[FieldSpec, ...]] = {}


def fields_of(cls: type[Any]) -> tuple[FieldSpec, ...]:
    """The exported, officer-visible fields of a mapped class, in declaration order."""
    if cls not in _SPECS:
        _SPECS[cls] = _read_fields(cls)
    return _SPECS[cls]


def _read_fields(cls: type[Any]) -> tuple[FieldSpec, ...]:
    specs: list[FieldSpec] = []
    for attr in inspect(cls).column_attrs:
        column = attr.columns[0]
        info = column.info
        if info.get("derived") or info.get("sync") or attr.key == "id":
            continue
        ctype = column.type
        kind, max_length = "str", None
        choices: tuple[str, ...] = ()
        if isinstance(ctype, PartialDateType):
            kind = "date"
        elif isinstance(ctype, DecimalText):
            kind = "decimal"
        elif isinstance(ctype, Enum):
            kind, choices = "enum", tuple(ctype.enums)
        elif isinstance(ctype, Boolean):
            kind = "bool"
        elif isinstance(ctype, Integer | BigInteger):
            kind = "int"
        elif isinstance(ctype, String) and not isinstance(ctype, Text):
            max_length = ctype.length
        json_key = attr.key
        if info.get("ref") == "unit":
            kind, json_key = "unit", attr.key.removesuffix("_id")
        has_default = column.default is not None
        default: Any = None
        if column.default is not None and not column.nullable and column.default.is_scalar:
            default = getattr(column.default, "arg", None)
        specs.append(
            FieldSpec(
                attr=attr.key,
                json_key=json_key,
                kind=kind,
                required=not column.nullable and not has_default,
                label=str(info.get("label", attr.key)),
                max_length=max_length,
                choices=choices,
                catalog=info.get("catalog"),
                format=info.get("format"),
                default=getattr(default, "value", default),  # enum members as their value
            )
        )
    return tuple(specs)
