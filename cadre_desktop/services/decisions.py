"""The signed decision that ends a proposal: re-checked by every rule on its date, then, in
one transaction, the decision, the work history (the new post effective-dated, the previous
one ended) and the term (5 years; to retirement when less is left; extension under 2 years)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadre_desktop.domain.enums import PostingKind
from cadre_desktop.domain.model import Cadre, Decision, Posting, Proposal
from cadre_desktop.domain.personnel import ProposalKind, ProposalStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.rules.dates import add_months
from cadre_desktop.rules.findings import Report
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.retirement import months_to_retirement, retirement_day
from cadre_desktop.services import personnel_facts as pf
from cadre_desktop.services.clearances import dossier, note_warnings, refuse
from cadre_desktop.services.proposal_facts import full_report, target_of
from cadre_desktop.services.proposals import ensure_open, load, open_proposal
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.uow import UnitOfWork

POSTING_KIND = {
    "party": PostingKind.PARTY,
    "committee": PostingKind.COMMITTEE,
    "front": PostingKind.FRONT,
    "mass": PostingKind.MASS,
}


@dataclass(frozen=True)
class DecisionDraft:
    number: str
    date: PartialDate  # the signing date: the rules in force on it judge the decision
    signer: str
    body: str
    effective: PartialDate | None = None  # defaults to the signing date


@dataclass(frozen=True)
class Term:
    kind: str  # appoint | reappoint | extend | nominate
    end: dt.date | None


def term_of(cadre: Cadre, kind: ProposalKind, start: dt.date, params: ParameterSet) -> Term:
    """NĐ 170/2025 Đ28, 36: 5 years; to retirement if less is left; extension under 2 years."""
    if kind is ProposalKind.NOMINATE:
        return Term("nominate", None)
    months = params.whole("term.months", start)
    full_end = add_months(start, months)
    retire = retirement_day(cadre.birth_date, cadre.sex, params, start)
    left = months_to_retirement(cadre.birth_date, cadre.sex, params, start)
    if kind is ProposalKind.REAPPOINT and left < params.whole("term.extension_months_left", start):
        return Term("extend", retire)
    return Term(kind.value, min(full_end, retire))


def place(
    cadre: Cadre, title_code: str, unit_id: str | None, start: PartialDate, d: DecisionDraft,
    catalogs_kind: str | None,
) -> Posting:  # fmt: skip
    """End the current main post and open the new one, citing the decision."""
    previous = pf.current_post(cadre)
    if previous is not None:
        if previous.start.earliest() > start.earliest():
            raise UsageError("The decision takes effect before the current post began.")
        previous.end = start
    posting = Posting(
        start=start, title_code=title_code, unit_id=unit_id,
        kind=POSTING_KIND.get(catalogs_kind or "", PostingKind.STATE),
        decision_number=d.number, decision_date=d.date, decision_signer=d.signer,
        decision_body=d.body,
    )  # fmt: skip
    cadre.postings.append(posting)
    return posting


def _report(uow: UnitOfWork, proposal: Proposal, d: DecisionDraft) -> Report:
    cadre = dossier(uow, proposal.cadre_id)
    return full_report(uow, cadre, target_of(proposal), proposal, d.date.latest(), complete=True)


def check_decision(store: Store, proposal_id: str, draft: DecisionDraft) -> Report:
    """Everything the rules say about deciding the proposal on the draft's date."""
    with store.unit_of_work() as uow:
        return _report(uow, load(uow, proposal_id), draft)


def decide(store: Store, proposal_id: str, draft: DecisionDraft) -> str:
    """Record the decision and its effects, or refuse (audited) when a rule blocks."""
    ensure_open(store, proposal_id, "decide")
    with store.unit_of_work(write=True, reason="personnel decision") as uow:
        proposal = open_proposal(store, uow, proposal_id, "decide")
        report = _report(uow, proposal, draft)
        if not report.blocked:
            decision_id = _apply(uow, proposal, draft)
            note_warnings(
                uow, f"decide_{proposal.kind.value}", decision_id, proposal.cadre_id, report
            )
            return decision_id
        cadre_id, kind = proposal.cadre_id, proposal.kind.value
    refuse(store, f"decide_{kind}", cadre_id, report, proposal=proposal_id)
    raise AssertionError  # pragma: no cover - refuse always raises


def _apply(uow: UnitOfWork, proposal: Proposal, d: DecisionDraft) -> str:
    cadre = dossier(uow, proposal.cadre_id)
    effective = d.effective or d.date
    term = term_of(cadre, proposal.kind, effective.earliest(), parameters(uow))
    posting_id = None
    if proposal.kind is ProposalKind.APPOINT:
        title = uow.catalogs.get("title", proposal.title_code)
        kind = str(title.extra.get("kind")) if title else None
        posting = place(cadre, proposal.title_code, proposal.unit_id, effective, d, kind)
        uow.session.flush()
        posting_id = posting.id
    elif proposal.kind is ProposalKind.REAPPOINT:  # the same post, renewed
        current = pf.current_post(cadre)
        posting_id = current.id if current else None
    decision = Decision(
        kind=term.kind, cadre_id=cadre.id, proposal_id=proposal.id, effective=effective,
        title_code=proposal.title_code, unit_id=proposal.unit_id,
        term_end=PartialDate.of(term.end) if term.end else None, posting_id=posting_id,
        decision_number=d.number, decision_date=d.date, decision_signer=d.signer,
        decision_body=d.body,
    )  # fmt: skip
    uow.session.add(decision)
    proposal.status = ProposalStatus.DECIDED
    uow.session.flush()
    return decision.id
