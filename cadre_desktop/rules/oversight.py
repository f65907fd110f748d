"""Rules of the oversight register over plain facts: the status flow (received → assigned →
verifying → concluded → closed), deadlines and their extensions, overdue alerts, the open
matter shown wherever its cadre is planned, proposed or rated, and discipline only after a
founded conclusion. Deadlines come from the parameters in force on the day of receipt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadre_desktop.domain.oversight_enums import (
    EARLY_ENDINGS,
    FLOW,
    OPEN_STATUSES,
    VIOLATIONS,
    MatterKind,
    MatterOutcome,
    MatterStatus,
)
from cadre_desktop.i18n import N_
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.rules.params import ParameterSet

REGISTER = "QĐ 296-QĐ/TW (30/05/2025); HD 45-HD/BTCTW §III.2"
POWER_CONTROL = "QĐ 114-QĐ/TW (11/07/2023)"


@dataclass(frozen=True)
class MatterFacts:
    number: str
    kind: MatterKind
    status: MatterStatus
    received_on: dt.date
    due_on: dt.date
    assigned_on: dt.date | None = None
    extensions: int = 0
    outcome: MatterOutcome | None = None
    last_event_on: dt.date | None = None  # the day of the latest step recorded


@dataclass(frozen=True)
class StatusChange:
    to: MatterStatus
    on: dt.date
    handling_body: str | None = None
    outcome: MatterOutcome | None = None
    conclusion: str | None = None


def _f(rule_id: str, severity: Severity, msgid: str, source: str, **params: object) -> Finding:
    return Finding(rule_id, severity, msgid, source, dict(params))


def handle_days(kind: MatterKind, received: dt.date, params: ParameterSet) -> int:
    return params.whole(f"oversight.handle_days.{kind.value}", received)


def default_due(kind: MatterKind, received: dt.date, params: ParameterSet) -> dt.date:
    """The deadline of handling a matter received on ``received``, by its kind."""
    return received + dt.timedelta(days=handle_days(kind, received, params))


def _allowed(facts: MatterFacts, change: StatusChange) -> bool:
    at = FLOW.index(facts.status)
    if at + 1 < len(FLOW) and change.to is FLOW[at + 1]:
        return True
    early = facts.status in OPEN_STATUSES and change.to is MatterStatus.CLOSED
    return early and change.outcome in EARLY_ENDINGS


def check_change(facts: MatterFacts, change: StatusChange, params: ParameterSet) -> list[Finding]:
    """What the rules say about moving a matter to ``change.to`` on ``change.on``."""
    found: list[Finding] = []
    if not _allowed(facts, change):
        found.append(
            _f(
                "MATTER_STATUS_FLOW",
                Severity.BLOCK,
                N_(
                    "Matter {number} is {status}; it can only go on to the next step "
                    "(received, assigned, verifying, concluded, closed), or be closed early "
                    "as not accepted or transferred."
                ),
                REGISTER,
                number=facts.number,
                status=facts.status.value,
            )
        )
    earliest = max(facts.received_on, facts.last_event_on or facts.received_on)
    if change.on < earliest:
        found.append(
            _f(
                "MATTER_DATE_ORDER",
                Severity.BLOCK,
                N_("A step of matter {number} cannot be dated before {date}."),
                REGISTER,
                number=facts.number,
                date=earliest.strftime("%d/%m/%Y"),
            )
        )
    if change.to is MatterStatus.ASSIGNED:
        found += _assigning(facts, change, params)
    if change.to is MatterStatus.CONCLUDED:
        found += _concluding(facts, change)
    return found


def _assigning(facts: MatterFacts, change: StatusChange, params: ParameterSet) -> list[Finding]:
    found: list[Finding] = []
    if not (change.handling_body or "").strip():
        found.append(
            _f(
                "MATTER_HANDLER_MISSING",
                Severity.BLOCK,
                N_("Say which body handles matter {number} when it is assigned."),
                REGISTER,
                number=facts.number,
            )
        )
    days = params.get("oversight.assign_days", facts.received_on)
    if (change.on - facts.received_on).days > days.as_int:
        found.append(
            _f(
                "MATTER_ASSIGNED_LATE",
                Severity.WARN,
                N_("Matter {number} is assigned more than {days} days after it was received."),
                days.legal_basis,
                number=facts.number,
                days=days.as_int,
            )
        )
    return found


def _concluding(facts: MatterFacts, change: StatusChange) -> list[Finding]:
    found: list[Finding] = []
    found_what = change.outcome is not None and change.outcome not in EARLY_ENDINGS
    if not found_what or not (change.conclusion or "").strip():
        found.append(
            _f(
                "MATTER_CONCLUSION_MISSING",
                Severity.BLOCK,
                N_(
                    "A conclusion of matter {number} says whether it is founded, partly "
                    "founded or unfounded, and what was concluded."
                ),
                REGISTER,
                number=facts.number,
            )
        )
    if change.on > facts.due_on:
        found.append(
            _f(
                "MATTER_CONCLUDED_LATE",
                Severity.WARN,
                N_("Matter {number} is concluded after its deadline of {date}."),
                REGISTER,
                number=facts.number,
                date=facts.due_on.strftime("%d/%m/%Y"),
            )
        )
    return found


def check_extension(facts: MatterFacts, new_due: dt.date, params: ParameterSet) -> list[Finding]:
    """An extension of the deadline: at most so many times, each at most so many days."""
    found: list[Finding] = []
    kind = facts.kind.value
    most = params.get(f"oversight.max_extensions.{kind}", facts.received_on)
    if facts.extensions + 1 > most.as_int:
        found.append(
            _f(
                "MATTER_EXTENSION_LIMIT",
                Severity.BLOCK,
                N_("The deadline of matter {number} may be extended at most {count} time(s)."),
                most.legal_basis,
                number=facts.number,
                count=most.as_int,
            )
        )
    days = params.get(f"oversight.extension_days.{kind}", facts.received_on)
    if (new_due - facts.due_on).days > days.as_int or new_due <= facts.due_on:
        found.append(
            _f(
                "MATTER_EXTENSION_TOO_LONG",
                Severity.BLOCK,
                N_("An extension of matter {number} adds between 1 and {days} days."),
                days.legal_basis,
                number=facts.number,
                days=days.as_int,
            )
        )
    return found


def deadline_alerts(facts: MatterFacts, today: dt.date, params: ParameterSet) -> list[Finding]:
    """Overdue and nearly due open matters, and matters waiting to be assigned."""
    if facts.status not in OPEN_STATUSES:
        return []
    found: list[Finding] = []
    due = facts.due_on.strftime("%d/%m/%Y")
    soon = params.get("oversight.due_soon_days", facts.received_on)
    if today > facts.due_on:
        found.append(
            _f(
                "MATTER_OVERDUE",
                Severity.WARN,
                N_("Matter {number} is overdue: its deadline was {date}."),
                REGISTER,
                number=facts.number,
                date=due,
            )
        )
    elif (facts.due_on - today).days <= soon.as_int:
        found.append(
            _f(
                "MATTER_DUE_SOON",
                Severity.WARN,
                N_("Matter {number} is due on {date}."),
                soon.legal_basis,
                number=facts.number,
                date=due,
            )
        )
    assign = params.get("oversight.assign_days", facts.received_on)
    waiting = (today - facts.received_on).days > assign.as_int
    if facts.status is MatterStatus.RECEIVED and waiting:
        found.append(
            _f(
                "MATTER_NOT_ASSIGNED",
                Severity.WARN,
                N_("Matter {number} has waited more than {days} days for a handling body."),
                assign.legal_basis,
                number=facts.number,
                days=assign.as_int,
            )
        )
    return found


def open_matter(number: str, kind: MatterKind, received: dt.date) -> Finding:
    """Shown wherever the cadre is planned, proposed or rated while a matter is open."""
    return _f(
        "MATTER_OPEN",
        Severity.WARN,
        N_(
            "Matter {number} ({kind}) received on {date} about this cadre is still open; "
            "see the oversight register before deciding."
        ),
        REGISTER,
        number=number,
        kind=kind.value,
        date=received.strftime("%d/%m/%Y"),
    )


def check_discipline(
    number: str, status: MatterStatus, outcome: MatterOutcome | None
) -> list[Finding]:
    """A discipline recorded from a matter rests on its conclusion finding a violation."""
    if status is MatterStatus.CONCLUDED and outcome in VIOLATIONS:
        return []
    return [
        _f(
            "MATTER_DISCIPLINE_WITHOUT_VIOLATION",
            Severity.BLOCK,
            N_("Matter {number} has no conclusion finding a violation; no discipline follows it."),
            "QĐ 296-QĐ/TW (30/05/2025) chương III",
            number=number,
        )
    ]
