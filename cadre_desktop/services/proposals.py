"""Appointment, reappointment and nomination proposals: the rule report shown before the
officer confirms (``check_*``), the actions that re-check and refuse (``propose`` …), the
proposal dossier of NĐ 170/2025 Đ35 and the named units' opinions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadre_desktop.domain.model import Proposal, UnitOpinion
from cadre_desktop.domain.personnel import ProposalKind, ProposalSource, ProposalStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import N_
from cadre_desktop.rules.appointment import COMPONENTS
from cadre_desktop.rules.findings import Finding, Report, Severity
from cadre_desktop.services.clearances import dossier, note_warnings, refuse
from cadre_desktop.services.proposal_facts import (
    Target,
    full_report,
    person_blocks,
    start_report,
    target_of,
)
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import personnel as q
from cadre_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ProposalDraft:
    cadre_id: str
    kind: ProposalKind
    source: ProposalSource
    title_code: str
    expected_date: PartialDate
    unit_code: str | None = None
    seats: int = 1
    special_case: str | None = None
    department_leader: bool = False


@dataclass(frozen=True)
class OpinionDraft:
    group: str
    unit_name: str
    date: PartialDate
    invited: int
    present: int
    agree: int
    criteria: str


def _unit_id(uow: UnitOfWork, code: str | None) -> str | None:
    if code is None:
        return None
    unit = q.unit_by_code(uow.session, code)
    if unit is None:
        raise UsageError("There is no unit with the code {code}.", code=code)
    return unit.id


def _target(uow: UnitOfWork, store: Store, d: ProposalDraft) -> Target:
    if not store.catalogs().has("title", d.title_code):
        raise UsageError("There is no title {code} in the catalog.", code=d.title_code)
    if d.seats < 1:
        raise UsageError("A title needs at least one seat.")
    procedure = "reappoint" if d.kind is ProposalKind.REAPPOINT else d.source.value
    return Target(
        d.cadre_id, d.kind, procedure, d.title_code, _unit_id(uow, d.unit_code), d.seats,
        d.special_case, d.department_leader,
    )  # fmt: skip


def check_proposal(store: Store, draft: ProposalDraft) -> Report:
    """Everything the rules say about the proposal on its expected date (for the screen)."""
    with store.unit_of_work() as uow:
        cadre = dossier(uow, draft.cadre_id)
        t = _target(uow, store, draft)
        report = full_report(uow, cadre, t, None, draft.expected_date.latest(), complete=False)
        return start_report(report)


def propose(store: Store, draft: ProposalDraft) -> str:
    """Start the procedure; refused (and audited) while a condition on the person blocks."""
    with store.unit_of_work(write=True, reason="personnel proposal") as uow:
        cadre = dossier(uow, draft.cadre_id)
        t = _target(uow, store, draft)
        on = draft.expected_date.latest()
        report = full_report(uow, cadre, t, None, on, complete=False)
        blocks = person_blocks(report)
        if not blocks.blocked:
            proposal = Proposal(
                cadre_id=cadre.id, kind=draft.kind, source=draft.source,
                title_code=draft.title_code, unit_id=t.unit_id, seats=draft.seats,
                expected_date=draft.expected_date, status=ProposalStatus.OPEN, components={},
                special_case=draft.special_case, department_leader=draft.department_leader,
            )  # fmt: skip
            uow.session.add(proposal)
            uow.session.flush()
            note_warnings(uow, draft.kind.value, proposal.id, cadre.id, start_report(report))
            return proposal.id
    refuse(store, draft.kind.value, draft.cadre_id, blocks, title=draft.title_code)
    raise AssertionError  # pragma: no cover - refuse always raises


def load(uow: UnitOfWork, proposal_id: str) -> Proposal:
    proposal = uow.session.get(Proposal, proposal_id)
    if proposal is None:
        raise UsageError("No proposal has the id {id}.", id=proposal_id)
    return proposal


def stopped_finding() -> Finding:
    return Finding(
        "PROPOSAL_CLOSED",
        Severity.BLOCK,
        N_("The procedure of this proposal has stopped or was decided; start a new proposal."),
        "NĐ 170/2025/NĐ-CP Đ33",
    )


def ensure_open(store: Store, proposal_id: str, action: str) -> None:
    """Refuse (and audit) any further step of a procedure that stopped or was decided."""
    with store.unit_of_work() as uow:
        proposal = load(uow, proposal_id)
        status, cadre_id = proposal.status, proposal.cadre_id
    if status is not ProposalStatus.OPEN:
        refuse(store, action, cadre_id, Report((stopped_finding(),)), proposal=proposal_id)


def open_proposal(store: Store, uow: UnitOfWork, proposal_id: str, action: str) -> Proposal:
    """The proposal inside a writing unit of work, once ``ensure_open`` let it through."""
    proposal = load(uow, proposal_id)
    if proposal.status is not ProposalStatus.OPEN:  # closed meanwhile by another officer
        raise UsageError("The proposal was closed meanwhile; nothing was changed.")
    return proposal


def set_dossier(
    store: Store, proposal_id: str, *, present: dict[str, PartialDate | None] | None = None,
    missing: tuple[str, ...] = (), photo: PartialDate | None = None,
    health: PartialDate | None = None, special_case: str | None = None,
) -> None:  # fmt: skip
    """Mark components of the NĐ 170 Đ35 dossier present (with their date) or missing."""
    unknown = [c for c in [*(present or {}), *missing] if c not in COMPONENTS]
    if unknown:
        raise UsageError(
            "{name} is not a dossier component; use one of: {names}.",
            name=unknown[0], names=", ".join(COMPONENTS),
        )  # fmt: skip
    ensure_open(store, proposal_id, "dossier")
    with store.unit_of_work(write=True, reason="proposal dossier") as uow:
        proposal = open_proposal(store, uow, proposal_id, "dossier")
        components = dict(proposal.components or {})
        for name, day in (present or {}).items():
            components[name] = day.iso() if day else ""
        for name in missing:
            components.pop(name, None)
        proposal.components = components
        if photo is not None:
            proposal.photo_date = photo
        if health is not None:
            proposal.health_certificate_date = health
        if special_case is not None:
            proposal.special_case = special_case or None


def check_opinion(draft: OpinionDraft) -> None:
    """Refuse an opinion whose numbers cannot be (the CLI and the dialog ask)."""
    if not (0 <= draft.agree <= draft.present <= draft.invited) or draft.invited < 1:
        raise UsageError("The numbers must satisfy 0 ≤ in favour ≤ present ≤ invited.")
    if not draft.unit_name.strip():
        raise UsageError("Name the unit that gave the opinion.")


def add_opinion(store: Store, proposal_id: str, draft: OpinionDraft) -> str:
    """Record a named unit's secret-ballot opinion with the criteria it was asked about."""
    check_opinion(draft)
    ensure_open(store, proposal_id, "opinion")
    with store.unit_of_work(write=True, reason="unit opinion") as uow:
        proposal = open_proposal(store, uow, proposal_id, "opinion")
        opinion = UnitOpinion(proposal_id=proposal.id, **draft.__dict__)
        uow.session.add(opinion)
        uow.session.flush()
        return opinion.id


def proposal_report(store: Store, proposal_id: str, on: dt.date | None = None) -> Report:
    """The full report of a stored proposal, as the decision would judge it on ``on``."""
    with store.unit_of_work() as uow:
        proposal = load(uow, proposal_id)
        cadre = dossier(uow, proposal.cadre_id)
        day = on or proposal.expected_date.latest()
        return full_report(uow, cadre, target_of(proposal), proposal, day, complete=True)
