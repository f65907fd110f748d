"""The oversight register's use cases: record a matter, move it along its flow (assign,
verify, conclude), extend its deadline, note a step, and close it — with a discipline recorded
in the dossier when the conclusion found a violation (which takes the cadre out of the
planning at once). Every step asks the rules first; a refused step is audited and writes
nothing else."""

from __future__ import annotations

from dataclasses import dataclass

from cadre_desktop.domain.model import Cadre, Discipline, Matter, MatterEvent
from cadre_desktop.domain.oversight_enums import (
    Ground,
    MatterKind,
    MatterOutcome,
    MatterStatus,
    Sensitivity,
)
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.rules import oversight as rules
from cadre_desktop.rules.findings import Report
from cadre_desktop.services.clearances import note_warnings, refuse
from cadre_desktop.services.decision_targets import find_target
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import oversight as q
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.text import clean

# A denunciation or a report of position-buying names a person at risk: restricted by default.
NORMAL = Sensitivity.NORMAL
DEFAULT_SENSITIVITY = {
    MatterKind.DENUNCIATION: Sensitivity.RESTRICTED,
    MatterKind.POSITION_BUYING: Sensitivity.RESTRICTED,
}


@dataclass(frozen=True)
class MatterDraft:
    kind: MatterKind
    source: str
    received_on: PartialDate
    summary: str
    cadre_id: str | None = None
    subject_name: str | None = None
    target_id: str | None = None  # the decision it is against (decision_targets.py)
    content: str | None = None
    grounds: frozenset[Ground] = frozenset()
    sensitivity: Sensitivity | None = None
    complainant: str | None = None
    anonymous: bool = False
    number: str | None = None  # the register number; the next free "n/year" when empty
    due_on: PartialDate | None = None  # the deadline; by the kind's rule when empty


@dataclass(frozen=True)
class StepDraft:
    to: MatterStatus
    on: PartialDate
    handling_body: str | None = None
    handler: str | None = None
    outcome: MatterOutcome | None = None
    conclusion: str | None = None
    conclusion_number: str | None = None
    conclusion_body: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class DisciplineDraft:
    form: str  # a code of the discipline_form catalog
    start: PartialDate
    decision_number: str
    end: PartialDate | None = None
    decision_body: str | None = None
    decision_signer: str | None = None
    violation: str | None = None


def _full(day: PartialDate, what: str) -> PartialDate:
    if not day.is_full:
        raise UsageError("The {what} needs a full date like 12/03/2026.", what=what)
    return day


def _number(uow: UnitOfWork, wanted: str | None, year: int) -> str:
    if wanted:
        if q.number_taken(uow.session, wanted):
            raise UsageError("The register number {number} is taken.", number=wanted)
        return wanted
    used = [int(n.split("/")[0]) for n in q.numbers_of_year(uow.session, year)
            if n.split("/")[0].isdigit()]  # fmt: skip
    return f"{max(used, default=0) + 1}/{year}"


def add_matter(store: Store, draft: MatterDraft) -> str:
    """Enter a matter in the register (with its receipt as the first event)."""
    received = _full(draft.received_on, "date of receipt")
    summary = clean(draft.summary)
    if not summary:
        raise UsageError("Write what the matter is about in a short summary.")
    with store.unit_of_work(write=True, reason="oversight register") as uow:
        cadre_id, target_kind = draft.cadre_id, None
        if draft.target_id:
            target = find_target(uow, draft.target_id)
            target_kind = target.kind.value
            if cadre_id and cadre_id != target.cadre_id:
                raise UsageError("The decision concerns another cadre than the one given.")
            cadre_id = target.cadre_id
        cadre = uow.session.get(Cadre, cadre_id) if cadre_id else None
        if cadre_id and cadre is None:
            raise UsageError("No dossier has the id {id}.", id=cadre_id)
        subject = clean(draft.subject_name or "") or (cadre.full_name if cadre else "")
        if not subject:
            raise UsageError("Say whom or which decision the matter concerns.")
        day = received.earliest()
        due = draft.due_on or PartialDate.of(rules.default_due(draft.kind, day, parameters(uow)))
        matter = Matter(
            number=_number(uow, clean(draft.number or ""), day.year), kind=draft.kind,
            source=clean(draft.source), complainant=clean(draft.complainant or "") or None,
            anonymous=draft.anonymous, received_on=received, subject_name=subject,
            target_kind=target_kind, target_id=draft.target_id, summary=summary,
            content=clean(draft.content or "") or None,
            grounds=";".join(sorted(g.value for g in draft.grounds)),
            sensitivity=draft.sensitivity or DEFAULT_SENSITIVITY.get(draft.kind, NORMAL),
            due_on=_full(due, "deadline"), status=MatterStatus.RECEIVED,
        )  # fmt: skip
        if cadre is not None:
            cadre.matters.append(matter)
        else:
            uow.session.add(matter)
        _event(store, matter, received, "received", None)
        uow.session.flush()
        return matter.id


def _event(store: Store, matter: Matter, on: PartialDate, action: str, note: str | None) -> None:
    matter.events.append(
        MatterEvent(
            seq=len(matter.events),
            day=on,
            action=action,
            status=matter.status,
            note=clean(note or "") or None,
            actor=store.officer,
        )
    )


def load(uow: UnitOfWork, matter_id: str) -> Matter:
    matter = q.matter(uow.session, matter_id)
    if matter is None:
        raise UsageError("No matter of the register has the id {id}.", id=matter_id)
    return matter


def facts_of(matter: Matter) -> rules.MatterFacts:
    last = max((e.day for e in matter.events), default=None)
    return rules.MatterFacts(
        number=matter.number, kind=matter.kind, status=matter.status,
        received_on=matter.received_on.earliest(), due_on=matter.due_on.earliest(),
        assigned_on=matter.assigned_on.earliest() if matter.assigned_on else None,
        extensions=matter.extensions, outcome=matter.outcome,
        last_event_on=last.earliest() if last else None,
    )  # fmt: skip


def _change(step: StepDraft) -> rules.StatusChange:
    return rules.StatusChange(step.to, step.on.earliest(), step.handling_body, step.outcome,
                              step.conclusion)  # fmt: skip


def check_step(store: Store, matter_id: str, step: StepDraft) -> Report:
    """What the rules say about the step (shown before the officer confirms)."""
    with store.unit_of_work() as uow:
        matter = load(uow, matter_id)
        return Report(tuple(rules.check_change(facts_of(matter), _change(step), parameters(uow))))


def advance(store: Store, matter_id: str, step: StepDraft) -> Report:
    """Move the matter to the next status of its flow (closing: see ``close``)."""
    if step.to is MatterStatus.CLOSED:
        return close(store, matter_id, step)
    _full(step.on, "date of the step")
    with store.unit_of_work(write=True, reason=f"matter {step.to.value}") as uow:
        matter = load(uow, matter_id)
        report = Report(tuple(rules.check_change(facts_of(matter), _change(step), parameters(uow))))
        if not report.blocked:
            _apply(matter, step)
            _event(store, matter, step.on, step.to.value, step.note)
            uow.session.flush()
            note_warnings(uow, f"matter_{step.to.value}", matter.id, matter.cadre_id, report)
            return report
        cadre_id = matter.cadre_id
    refuse(store, f"matter_{step.to.value}", cadre_id, report, matter=matter_id)
    raise AssertionError  # pragma: no cover - refuse always raises


def _apply(matter: Matter, step: StepDraft) -> None:
    matter.status = step.to
    if step.to is MatterStatus.ASSIGNED:
        matter.handling_body = clean(step.handling_body or "")
        matter.handler = clean(step.handler or "") or None
        matter.assigned_on = step.on
    elif step.to is MatterStatus.CONCLUDED:
        matter.outcome = step.outcome
        matter.concluded_on = step.on
        matter.conclusion = clean(step.conclusion or "")
        matter.conclusion_number = clean(step.conclusion_number or "") or None
        matter.conclusion_body = clean(step.conclusion_body or "") or matter.handling_body


def close(
    store: Store, matter_id: str, step: StepDraft, discipline: DisciplineDraft | None = None
) -> Report:
    """End the matter: after its conclusion, or early as not accepted or transferred; with a
    discipline recorded in the dossier when the conclusion found a violation."""
    _full(step.on, "date of closing")
    closing = StepDraft(MatterStatus.CLOSED, step.on, outcome=step.outcome, note=step.note)
    with store.unit_of_work(write=True, reason="matter closed") as uow:
        matter = load(uow, matter_id)
        report = Report(
            tuple(rules.check_change(facts_of(matter), _change(closing), parameters(uow)))
        )
        if discipline is not None:
            if matter.cadre is None:
                raise UsageError("Matter {number} concerns no dossier; no discipline can be "
                                 "recorded from it.", number=matter.number)  # fmt: skip
            if not uow.catalogs.has("discipline_form", discipline.form):
                raise UsageError("There is no form of discipline {code}.", code=discipline.form)
            report += Report(tuple(rules.check_discipline(matter.number, matter.status,
                                                          matter.outcome)))  # fmt: skip
        if not report.blocked:
            if matter.status is not MatterStatus.CONCLUDED:  # an early ending
                matter.outcome = step.outcome
            matter.status, matter.closed_on = MatterStatus.CLOSED, step.on
            if discipline is not None and matter.cadre is not None:
                matter.discipline_id = _discipline(uow, matter, discipline)
            _event(store, matter, step.on, "closed", step.note)
            uow.session.flush()
            note_warnings(uow, "matter_closed", matter.id, matter.cadre_id, report)
            return report
        cadre_id = matter.cadre_id
    refuse(store, "matter_closed", cadre_id, report, matter=matter_id)
    raise AssertionError  # pragma: no cover - refuse always raises


def _discipline(uow: UnitOfWork, matter: Matter, d: DisciplineDraft) -> str:
    """The discipline joins the dossier; domain/planning_guard.py ends the open planning
    entries it reaches in this same transaction (QĐ 377-QĐ/TW Đ29)."""
    assert matter.cadre is not None
    row = Discipline(
        start=d.start, end=d.end, form=d.form,
        violation=clean(d.violation or "") or matter.summary[:500],
        decision_number=clean(d.decision_number), decision_date=d.start,
        decision_body=clean(d.decision_body or "") or matter.conclusion_body,
        decision_signer=clean(d.decision_signer or "") or None,
    )  # fmt: skip
    matter.cadre.disciplines.append(row)
    uow.session.flush()
    return row.id


def extend(
    store: Store, matter_id: str, new_due: PartialDate, on: PartialDate, note: str
) -> Report:
    """Extend the deadline of an open matter, within the times and days the rules allow."""
    _full(new_due, "new deadline")
    if not clean(note):
        raise UsageError("Say why the deadline is extended.")
    with store.unit_of_work(write=True, reason="matter deadline extended") as uow:
        matter = load(uow, matter_id)
        if not matter.is_open:
            raise UsageError("Matter {number} is no longer open.", number=matter.number)
        facts = facts_of(matter)
        report = Report(tuple(rules.check_extension(facts, new_due.earliest(), parameters(uow))))
        if not report.blocked:
            matter.due_on, matter.extensions = new_due, matter.extensions + 1
            _event(store, matter, on, "extended", note)
            uow.session.flush()
            return report
        cadre_id = matter.cadre_id
    refuse(store, "matter_extended", cadre_id, report, matter=matter_id)
    raise AssertionError  # pragma: no cover - refuse always raises


def add_note(store: Store, matter_id: str, on: PartialDate, note: str) -> None:
    if not clean(note):
        raise UsageError("Write the note.")
    with store.unit_of_work(write=True, reason="matter note") as uow:
        matter = load(uow, matter_id)
        _event(store, matter, on, "note", note)
