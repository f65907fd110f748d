"""The plain facts and the full rule report of a personnel proposal on a given day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadre_desktop.domain.evaluation import live
from cadre_desktop.domain.model import Cadre, Proposal
from cadre_desktop.domain.personnel import ProposalKind
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import DeclarationKind, DeclarationStatus, EvaluationStatus
from cadre_desktop.rules.appointment import AppointFacts, check_appointment
from cadre_desktop.rules.ballots import StepFacts, Vote, check_procedure
from cadre_desktop.rules.findings import Report, Severity
from cadre_desktop.rules.opinions import OpinionFact
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.services import personnel_facts as pf
from cadre_desktop.services.clearances import gate_report, title_rank
from cadre_desktop.services.locality import local_findings
from cadre_desktop.services.matter_facts import matter_report
from cadre_desktop.services.rule_params import opinion_groups, parameters
from cadre_desktop.storage import personnel as q
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.storage.yearly import declarations_of

# The conditions on the person, checked when a procedure starts; the dossier, the
# opinions and the ballots are gathered during the procedure and checked at the decision.
PERSON_RULES = frozenset(
    {
        "DOSSIER_INCOMPLETE",
        "DOSSIER_UNTRUTHFUL",
        "POLITICAL_STANDARD_MISSING",
        "POLITICAL_STANDARD_NEGATIVE",
        "POLITICAL_STANDARD_PENDING",
        "POLITICAL_STANDARD_STALE",
        "POLITICAL_STANDARD_CEILING",
        "APPOINT_NOT_PLANNED",
        "APPOINT_TIME_IN_POST",
        "APPOINT_AGE",
        "APPOINT_RATINGS_MISSING",
        "APPOINT_DISCIPLINE_PERIOD",
        "APPOINT_DISCIPLINE_WAIT",
        "LOCAL_PROVINCIAL_SECRETARY",
    }
)


@dataclass(frozen=True)
class Target:
    """What a proposal asks for, whether stored yet or still a draft."""

    cadre_id: str
    kind: ProposalKind
    procedure: str  # local | external | reappoint
    title_code: str
    unit_id: str | None
    seats: int
    special_case: str | None
    department_leader: bool


def target_of(p: Proposal) -> Target:
    procedure = "reappoint" if p.kind is ProposalKind.REAPPOINT else p.source.value
    return Target(
        p.cadre_id, p.kind, procedure, p.title_code, p.unit_id, p.seats, p.special_case,
        p.department_leader,
    )  # fmt: skip


def final_rating_years(cadre: Cadre) -> frozenset[int]:
    """Years with a final yearly rating standing (drafts, quarters and revoked ratings, which
    a draft revision replaces until the year is re-rated, do not count)."""
    return frozenset(
        e.year
        for e in live(list(cadre.evaluations))
        if e.quarter is None and e.status is EvaluationStatus.FINAL and e.rating is not None
    )


def declaration_date(uow: UnitOfWork, cadre_id: str, on: dt.date) -> PartialDate | None:
    """The latest completed declaration that can serve the procedure: one made for personnel
    work, or any declaration of the same year; the latest one not after ``on``."""
    usable = [
        d.declared_on
        for d in declarations_of(uow.session, cadre_id)
        if d.status is DeclarationStatus.COMPLETED
        and d.declared_on.earliest() <= on
        and (d.kind is DeclarationKind.PERSONNEL or d.declared_on.earliest().year == on.year)
    ]
    return max(usable, default=None, key=lambda d: d.latest())


def _components(
    p: Proposal | None,
) -> tuple[frozenset[str], PartialDate | None, PartialDate | None]:
    if p is None:
        return frozenset(), None, None
    return frozenset(p.components or {}), p.photo_date, p.health_certificate_date


def appoint_facts(
    uow: UnitOfWork, cadre: Cadre, t: Target, proposal: Proposal | None, on: dt.date
) -> AppointFacts:
    catalogs = uow.catalogs
    post = pf.current_post(cadre)
    planned = tuple(
        rank
        for e in cadre.planning_entries
        if e.end is None and (rank := title_rank(catalogs, e.title_code)) is not None
    )
    opinions = (
        tuple(
            OpinionFact(o.group, o.unit_name, o.invited, o.present, o.criteria)
            for o in q.proposal_opinions(uow.session, proposal.id)
        )
        if proposal is not None
        else ()
    )
    components, photo, health = _components(proposal)
    return AppointFacts(
        kind=t.kind.value, on=on, title_code=t.title_code,
        title_rank=title_rank(catalogs, t.title_code),
        current_title_code=post.title_code if post else None,
        current_post_start=post.start if post else None,
        planned_ranks=planned, special_case=bool(t.special_case and t.special_case.strip()),
        birth_date=cadre.birth_date, sex=cadre.sex, rating_years=final_rating_years(cadre),
        asset_declaration=declaration_date(uow, cadre.id, on),
        disciplines=pf.disciplines(cadre), components=components, photo_date=photo,
        health_date=health, department_leader=t.department_leader, opinions=opinions,
        opinion_groups=tuple(g.group for g in opinion_groups(on)),
    )  # fmt: skip


def step_facts(uow: UnitOfWork, proposal: Proposal) -> list[StepFacts]:
    return [
        StepFacts(
            s.number,
            s.date.latest(),
            s.invited,
            s.present,
            tuple(
                Vote(b.candidate_id or b.candidate_name, b.votes)
                for b in q.step_ballots(uow.session, s.id)
            ),
        )
        for s in q.proposal_steps(uow.session, proposal.id)
    ]


def full_report(
    uow: UnitOfWork, cadre: Cadre, t: Target, proposal: Proposal | None, on: dt.date,
    *, complete: bool,
) -> Report:  # fmt: skip
    """Gate, conditions, dossier, opinions, locality and (with a proposal) its ballots."""
    params: ParameterSet = parameters(uow)
    catalogs = uow.catalogs
    report = gate_report(cadre, catalogs, t.title_code)
    report += Report(tuple(check_appointment(appoint_facts(uow, cadre, t, proposal, on), params)))
    localities = q.localities(uow.session)
    report += Report(
        tuple(local_findings(cadre, t.title_code, t.unit_id, localities, catalogs, params, on))
    )
    report += matter_report(uow, cadre.id)
    if proposal is not None:
        steps = step_facts(uow, proposal)
        report += Report(
            tuple(check_procedure(steps, t.procedure, t.seats, cadre.id, params, complete=complete))
        )
    return report


def person_blocks(report: Report) -> Report:
    """Only the blocking findings about the person (what refuses starting a procedure)."""
    return Report(tuple(f for f in report.blocking if f.rule_id in PERSON_RULES))


def start_report(report: Report) -> Report:
    """What the screen shows before a procedure starts: the warnings and the blocks about the
    person; the dossier, opinions and ballots are not gathered yet, so they are left out."""
    return Report(
        tuple(f for f in report if f.severity is Severity.WARN or f.rule_id in PERSON_RULES)
    )
