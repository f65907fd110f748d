"""The rule parameters in force: the shipped records, overlaid by an administrator's edits."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from cadre_desktop.domain.model import RuleParameter
from cadre_desktop.errors import UsageError
from cadre_desktop.paths import resources_dir
from cadre_desktop.rules.params import Layer, Parameter, ParameterSet, parse_value
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.personnel import rule_parameter_rows
from cadre_desktop.storage.uow import UnitOfWork

# The files whose records ``parameters`` puts in force (and an administrator may edit); the
# rating and declaration folders are read by rules/yearly_params.py.
PERSONNEL_FILES = ("parameters.csv", "oversight/parameters.csv", "training/parameters.csv")


@cache
def shipped_parameters() -> tuple[Parameter, ...]:
    rows: list[Parameter] = []
    for name in PERSONNEL_FILES:
        path = resources_dir() / "rules" / name
        with path.open(encoding="utf-8", newline="") as handle:
            rows += [Parameter.from_row(row) for row in csv.DictReader(handle)]
    return tuple(rows)


@cache
def parameter_files() -> tuple[tuple[str, tuple[Parameter, ...]], ...]:
    """Every shipped parameter file (personnel rules, then each sub-folder's), by its path."""
    base = resources_dir() / "rules"
    files = [base / "parameters.csv", *sorted(base.glob("*/parameters.csv"))]
    result = []
    for path in files:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = tuple(Parameter.from_row(row) for row in csv.DictReader(handle))
        result.append((path.relative_to(base.parent).as_posix(), rows))
    return tuple(result)


@dataclass(frozen=True)
class OpinionGroup:
    group: str
    label: str
    legal_basis: str
    valid_from: dt.date | None
    valid_to: dt.date | None

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@cache
def _opinion_groups() -> tuple[OpinionGroup, ...]:
    path = resources_dir() / "rules" / "opinion_groups.csv"

    def day(text: str) -> dt.date | None:
        return dt.date.fromisoformat(text) if text.strip() else None

    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            OpinionGroup(
                row["group"],
                row["label"],
                row["legal_basis"],
                day(row["valid_from"]),
                day(row["valid_to"]),
            )
            for row in csv.DictReader(handle)
        )


def every_opinion_group() -> tuple[OpinionGroup, ...]:
    """Every group ever named, also those no longer in force (to show older opinions)."""
    return _opinion_groups()


def opinion_groups(on: dt.date) -> tuple[OpinionGroup, ...]:
    """The groups of units whose opinions a department leader's proposal needs on ``on``."""
    return tuple(g for g in _opinion_groups() if g.valid_on(on))


def _from_row(row: RuleParameter) -> Parameter:
    return Parameter(
        id=row.id,
        key=row.key,
        value=parse_value(row.value),
        layer=Layer(row.layer),
        legal_basis=row.legal_basis,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        editable=row.editable,
        confidence=row.confidence,
        note=row.note or "",
    )


def parameters(uow: UnitOfWork) -> ParameterSet:
    """Shipped records, each replaced by the store's edited version with the same id."""
    result = ParameterSet(shipped_parameters())
    for row in rule_parameter_rows(uow.session):
        result = result.replaced(_from_row(row))
    return result


def check_edit(uow: UnitOfWork, parameter_id: str, value: str) -> tuple[Parameter, Fraction]:
    """The record an edit would change and its new value; refuses what cannot be edited."""
    try:
        number = parse_value(value)
    except (ValueError, ZeroDivisionError) as exc:
        raise UsageError("{value} is not a number or a ratio like 2/3.", value=value) from exc
    current = {p.id: p for p in parameters(uow).all()}.get(parameter_id)
    if current is None:
        raise UsageError("There is no rule parameter {id}.", id=parameter_id)
    if not current.editable:
        raise UsageError(
            "The rule parameter {id} follows a central regulation and cannot be edited.",
            id=parameter_id,
        )
    return current, number


def check_parameter(store: Store, parameter_id: str, value: str) -> Parameter:
    """What the rules screen asks before an administrator confirms an edit."""
    with store.unit_of_work() as uow:
        return check_edit(uow, parameter_id, value)[0]


def set_parameter(
    store: Store, parameter_id: str, value: str, *, valid_from: dt.date | None = None,
    reason: str,
) -> Parameter:  # fmt: skip
    """An administrator edits an editable (provincial) record; audited with its reason."""
    if not reason.strip():
        raise UsageError("Say why the parameter is changed.")
    with store.unit_of_work(write=True, reason=reason) as uow:
        current, number = check_edit(uow, parameter_id, value)
        row = uow.session.get(RuleParameter, parameter_id) or RuleParameter(id=parameter_id)
        row.key, row.value, row.layer = current.key, str(number), current.layer.value
        row.legal_basis, row.editable, row.confidence = (
            current.legal_basis,
            True,
            current.confidence,
        )
        row.valid_from = valid_from or current.valid_from
        row.valid_to, row.note = current.valid_to, current.note
        uow.session.merge(row)
        uow.audit.append(
            "edit_rule",
            "rule_parameter",
            parameter_id,
            changes={"value": [current.text, str(number)]},
            reason=reason,
        )
        return _from_row(row)
