"""Revoking a wrong appointment, planning or rating by a decision of its own. The revocation
undoes the decision's effects in the dossier and deletes nothing: a revoked appointment's
work-history line ends on the revocation's date and the previous post is current again; a
revoked planning entry ends; a revoked rating is replaced by a draft revision until the
period is re-rated. Every change is audited with the revocation's decision."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cadre_desktop.domain.evaluation import live
from cadre_desktop.domain.model import Cadre, Evaluation, Matter, MatterEvent, Posting, Revocation
from cadre_desktop.domain.oversight_enums import RevocationTarget
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import EvaluationStatus
from cadre_desktop.errors import UsageError
from cadre_desktop.rules.findings import Report
from cadre_desktop.rules.revocation import RevocationFacts, check_revocation
from cadre_desktop.services.clearances import dossier, note_warnings, refuse
from cadre_desktop.services.decision_targets import DecisionTarget, find_target
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import oversight as q
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.text import clean


@dataclass(frozen=True)
class RevocationDraft:
    number: str
    date: PartialDate  # the signing date
    signer: str
    body: str
    reason: str
    effective: PartialDate | None = None  # defaults to the signing date
    matter_id: str | None = None  # the matter of the register it rests on


def _previous_post(cadre: Cadre, new: Posting) -> Posting | None:
    """The main post the appointment ended: it ended on the day the new one began."""
    ended = [
        p for p in cadre.postings
        if p is not new and not p.concurrent and p.end is not None and p.end == new.start
    ]  # fmt: skip
    return max(ended, key=lambda p: p.start, default=None)


def _in_place(cadre: Cadre, target: DecisionTarget) -> bool:
    row = target.row
    if target.kind is RevocationTarget.APPOINTMENT:
        post = next((p for p in cadre.postings if p.id == row.posting_id), None)
        return post is not None and post.end is None
    if target.kind is RevocationTarget.PLANNING:
        return bool(row.end is None)
    standing = live(
        [e for e in cadre.evaluations if (e.year, e.quarter) == (row.year, row.quarter)]
    )
    return bool(standing and standing[0] is row and row.status is EvaluationStatus.FINAL)


def _report(uow: UnitOfWork, target: DecisionTarget, d: RevocationDraft) -> Report:
    cadre = dossier(uow, target.cadre_id)
    matter = uow.session.get(Matter, d.matter_id) if d.matter_id else None
    if d.matter_id and matter is None:
        raise UsageError("No matter of the register has the id {id}.", id=d.matter_id)
    facts = RevocationFacts(
        target=target.label, decided_on=target.decided_on,
        effective=(d.effective or d.date).earliest(),
        already_revoked=q.revocation_of(uow.session, target.kind.value, target.row.id) is not None,
        effects_in_place=_in_place(cadre, target),
        matter=matter.number if matter else None, matter_outcome=matter.outcome if matter else None,
    )  # fmt: skip
    return Report(tuple(check_revocation(facts)))


def _check_draft(d: RevocationDraft) -> None:
    if not (clean(d.number) and clean(d.signer) and clean(d.body)):
        raise UsageError("A revocation cites its own decision: number, signer and issuing body.")
    if not clean(d.reason):
        raise UsageError("Say why the decision is revoked.")
    if not (d.effective or d.date).is_full:
        raise UsageError("The {what} needs a full date like 12/03/2026.", what="revocation")


def check(store: Store, target_id: str, draft: RevocationDraft) -> Report:
    """What the rules say about the revocation (shown before the officer confirms)."""
    with store.unit_of_work() as uow:
        return _report(uow, find_target(uow, target_id), draft)


def revoke(store: Store, target_id: str, draft: RevocationDraft) -> str:
    """Record the revocation and undo the decision's effects, or refuse (audited)."""
    _check_draft(draft)
    with store.unit_of_work(write=True, reason=f"revocation: {clean(draft.reason)}") as uow:
        target = find_target(uow, target_id)
        report = _report(uow, target, draft)
        if not report.blocked:
            revocation_id = _apply(uow, target, draft)
            note_warnings(uow, "revoke", revocation_id, target.cadre_id, report)
            return revocation_id
        cadre_id = target.cadre_id
    refuse(store, "revoke", cadre_id, report, target=target_id)
    raise AssertionError  # pragma: no cover - refuse always raises


def _apply(uow: UnitOfWork, target: DecisionTarget, d: RevocationDraft) -> str:
    cadre = dossier(uow, target.cadre_id)
    effective = d.effective or d.date
    why = f"Revoked by {clean(d.number)}: {clean(d.reason)}"
    effects: dict[str, Any] = {}
    row = target.row
    if target.kind is RevocationTarget.APPOINTMENT:
        post = next(p for p in cadre.postings if p.id == row.posting_id)
        previous = _previous_post(cadre, post)
        post.end = effective
        effects["ended_posting"] = post.id
        if previous is not None:
            previous.end = None  # the appointment ended it; the revocation undoes that
            effects["restored_posting"] = previous.id
    elif target.kind is RevocationTarget.PLANNING:
        row.end, row.removal_reason, row.removal_decision = effective, why, clean(d.number)
        effects["ended_planning"] = row.id
    else:
        draft = Evaluation(
            year=row.year, quarter=row.quarter, revision=row.revision + 1, amends_id=row.id,
            rating=None, status=EvaluationStatus.DRAFT, rerating_reason=why, leader=row.leader,
            comparable_group=row.comparable_group, outstanding_unit=row.outstanding_unit,
        )  # fmt: skip
        cadre.evaluations.append(draft)
        uow.session.flush()
        effects["draft_rating"] = draft.id
    revocation = Revocation(
        cadre_id=cadre.id, target_kind=target.kind.value, target_id=row.id,
        matter_id=d.matter_id, effective=effective, reason=clean(d.reason), effects=effects,
        decision_number=clean(d.number), decision_date=d.date, decision_signer=clean(d.signer),
        decision_body=clean(d.body),
    )  # fmt: skip
    uow.session.add(revocation)
    uow.session.flush()
    uow.audit.append(
        "revoke", target.kind.value, row.id, cadre.id,
        {"revocation": revocation.id, "decision": clean(d.number), **effects}, why,
    )  # fmt: skip
    if d.matter_id:
        matter = uow.session.get(Matter, d.matter_id)
        assert matter is not None
        matter.events.append(
            MatterEvent(
                seq=len(matter.events),
                day=d.date,
                action="revoked",
                status=matter.status,
                note=why,
                actor=uow.audit.actor,
            )
        )
    return revocation.id


def revocations_for(store: Store, cadre_id: str) -> list[dict[str, Any]]:
    """A cadre's revocations, oldest first, with what each changed back."""
    with store.unit_of_work() as uow:
        return [
            {
                "id": r.id, "kind": r.target_kind, "target": r.target_id,
                "number": r.decision_number,
                "date": r.decision_date.vn() if r.decision_date else None,
                "effective": r.effective.vn(), "reason": r.reason, "matter": r.matter_id,
                "effects": dict(r.effects or {}),
            }
            for r in q.revocations(uow.session, cadre_id)
        ]  # fmt: skip
