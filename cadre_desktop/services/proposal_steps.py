"""The dated steps of a proposal's procedure with their ballots (NĐ 170/2025 Đ33, Đ36).

A step that breaks a rule (no quorum, no surplus, a step 3 that differs from step 2 without
2/3 of the collective, a step out of order) is refused and the attempt audited. A valid step
where nobody reaches 30 % of those invited is recorded, and the procedure stops there.
"""

from __future__ import annotations

from dataclasses import dataclass

from cadre_desktop.domain.model import Ballot, Cadre, Proposal, ProposalStep
from cadre_desktop.domain.personnel import ProposalStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.rules.ballots import STEPS, StepFacts, Vote, check_procedure
from cadre_desktop.rules.findings import Report
from cadre_desktop.services.clearances import note_warnings, refuse
from cadre_desktop.services.proposal_facts import step_facts, target_of
from cadre_desktop.services.proposals import ensure_open, load, open_proposal
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.uow import UnitOfWork

STOPS = "BALLOT_NOBODY_30"


@dataclass(frozen=True)
class VoteDraft:
    candidate: str  # a cadre id, or a name for someone without a dossier here
    votes: int


@dataclass(frozen=True)
class StepDraft:
    number: int
    date: PartialDate
    invited: int
    present: int
    votes: tuple[VoteDraft, ...] = ()


@dataclass(frozen=True)
class StepOutcome:
    step_id: str
    report: Report
    stopped: bool


def _validate(uow: UnitOfWork, proposal: Proposal, d: StepDraft) -> None:
    procedure = target_of(proposal).procedure
    if not 1 <= d.number <= STEPS[procedure]:
        raise UsageError("This procedure has steps 1 to {last}.", last=STEPS[procedure])
    if d.invited < 1 or not 0 <= d.present <= d.invited:
        raise UsageError("The numbers must satisfy 0 ≤ present ≤ invited, with someone invited.")
    if any(v.votes < 0 or v.votes > d.present for v in d.votes):
        raise UsageError("A candidate's votes must be between 0 and the number present.")
    if len({v.candidate for v in d.votes}) != len(d.votes):
        raise UsageError("Each candidate may appear once in a step.")
    done = {s.number: s for s in step_facts(uow, proposal)}
    if d.number in done:
        raise UsageError("Step {step} is already recorded.", step=d.number)
    if d.number > 1 and d.number - 1 not in done:
        raise UsageError("Record step {step} first.", step=d.number - 1)
    if d.number > 1 and d.date.latest() < done[d.number - 1].on:
        raise UsageError("A step cannot be dated before the step it follows.")


def _facts(uow: UnitOfWork, proposal: Proposal, d: StepDraft) -> list[StepFacts]:
    new = StepFacts(
        d.number, d.date.latest(), d.invited, d.present,
        tuple(Vote(v.candidate, v.votes) for v in d.votes),
    )  # fmt: skip
    return [*step_facts(uow, proposal), new]


def _report(uow: UnitOfWork, proposal: Proposal, d: StepDraft) -> Report:
    _validate(uow, proposal, d)
    t = target_of(proposal)
    findings = check_procedure(
        _facts(uow, proposal, d), t.procedure, t.seats, proposal.cadre_id, parameters(uow),
        complete=False,
    )  # fmt: skip
    return Report(tuple(findings))


def check_step(store: Store, proposal_id: str, draft: StepDraft) -> Report:
    """What the rules say about the step before the officer records it."""
    with store.unit_of_work() as uow:
        return _report(uow, load(uow, proposal_id), draft)


def record_step(store: Store, proposal_id: str, draft: StepDraft) -> StepOutcome:
    ensure_open(store, proposal_id, "ballot")
    with store.unit_of_work(write=True, reason="proposal step") as uow:
        proposal = open_proposal(store, uow, proposal_id, "ballot")
        report = _report(uow, proposal, draft)
        refusing = Report(tuple(f for f in report.blocking if f.rule_id != STOPS))
        if not refusing.blocked:
            step = ProposalStep(
                proposal_id=proposal.id, number=draft.number, date=draft.date,
                invited=draft.invited, present=draft.present,
            )  # fmt: skip
            uow.session.add(step)
            uow.session.flush()
            for v in draft.votes:
                known = uow.session.get(Cadre, v.candidate)
                uow.session.add(
                    Ballot(
                        step_id=step.id,
                        candidate_id=known.id if known else None,
                        candidate_name=known.full_name if known else v.candidate,
                        votes=v.votes,
                    )
                )
            note_warnings(uow, "ballot", step.id, proposal.cadre_id, report)
            stopped = STOPS in report.ids()
            if stopped:
                proposal.status = ProposalStatus.STOPPED
            return StepOutcome(step.id, report, stopped)
        cadre_id = proposal.cadre_id
    refuse(store, "ballot", cadre_id, refusing, proposal=proposal_id, step=draft.number)
    raise AssertionError  # pragma: no cover - refuse always raises
