"""Recording, finalising and re-rating evaluations; every path asks the rating rules first.

A draft may be recorded and changed freely; finalising checks the level against the score
and hard conditions and the comparable group's quota; a finalised rating is corrected only
by a re-rating (a new record amending it, with its reason). See ``evaluation_input`` for the
JSON accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.evaluation import (
    Evaluation,
    EvaluationCheck,
    EvaluationReview,
    RatingComplaint,
    live,
)
from cadre_desktop.domain.model import Cadre
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import EvaluationStatus
from cadre_desktop.errors import RefusedError, UsageError
from cadre_desktop.rules.findings import Report
from cadre_desktop.rules.rating import RatingFacts, RatingRules, check_rating, period_end
from cadre_desktop.rules.rating_procedure import ProcedureFacts, check_procedure
from cadre_desktop.rules.yearly_params import yearly_parameters
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.evaluation_input import FACT_FIELDS, EvaluationDraft, read_evaluation
from cadre_desktop.services.matter_facts import matter_report
from cadre_desktop.services.rating_quota import quota_finding
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import yearly
from cadre_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class EvaluationOutcome:
    """What a use case did (or, in a preview, would do) and what the rules said."""

    evaluation_id: str | None
    report: Report
    changes: Changes


def rules_for(evaluation: Evaluation | EvaluationDraft) -> RatingRules:
    return RatingRules.on(yearly_parameters(), period_end(evaluation.year, evaluation.quarter))


def facts_of(source: Evaluation | EvaluationDraft) -> RatingFacts:
    if isinstance(source, EvaluationDraft):
        values: dict[str, Any] = {name: source.fields.get(name) for name in FACT_FIELDS}
    else:
        values = {name: getattr(source, name) for name in FACT_FIELDS}
    return RatingFacts(**values)


def judge(draft: EvaluationDraft) -> Report:
    """Everything the rules say about an evaluation before it is saved or finalised."""
    rules = rules_for(draft)
    facts = facts_of(draft)
    rating = draft.fields.get("rating")
    report = check_rating(facts, rating, rules) if rating else Report()
    procedure = ProcedureFacts(
        leader=bool(draft.fields.get("leader")),
        venues=frozenset(r["venue"] for r in draft.reviews),
        checks={c["item"]: c["state"] for c in draft.checks},
        commitment_signed=draft.fields.get("commitment_signed"),
    )
    return report + check_procedure(procedure, rules)


def _refuse(report: Report) -> None:
    if report.blocked:
        first = report.blocking[0]
        raise RefusedError("Refused: {reason}", rule_ids=report.ids(), reason=first.sentence())


def record_evaluation(
    store: Store, data: dict[str, Any], *, dry_run: bool = False
) -> EvaluationOutcome:
    """Save (or, with ``dry_run``, only judge) a draft evaluation from form or JSON data."""
    draft = read_evaluation(data)
    report = judge(draft)
    _refuse(report)
    with store.unit_of_work(write=not dry_run, reason="record evaluation") as uow:
        cadre = uow.session.get(Cadre, draft.cadre_id)
        if cadre is None:
            raise UsageError("No dossier has the id {id}.", id=draft.cadre_id)
        revisions = yearly.period_evaluations(uow.session, cadre.id, draft.year, draft.quarter)
        current = revisions[-1] if revisions else None
        if current is not None and current.is_final:
            raise RefusedError(
                "The rating of {period} is finalised; record a re-rating with its reason instead.",
                rule_ids=["RATING_FINALISED"],
                period=_period(draft.year, draft.quarter),
            )
        if dry_run:
            return EvaluationOutcome(current.id if current else None, report, Changes())
        if current is None:
            current = Evaluation(status=EvaluationStatus.DRAFT, revision=0)
            cadre.evaluations.append(current)
        _fill(current, draft)
        uow.session.flush()
        return EvaluationOutcome(current.id, report, Changes(cadres=frozenset([cadre.id])))


def _period(year: int, quarter: int | None) -> str:
    return str(year) if quarter is None else f"Q{quarter}/{year}"


def _fill(evaluation: Evaluation, draft: EvaluationDraft) -> None:
    evaluation.year, evaluation.quarter = draft.year, draft.quarter
    for name, value in draft.fields.items():
        if getattr(evaluation, name) != value:
            setattr(evaluation, name, value)
    # Update lines in place: a delete-then-insert of the same item would break its uniqueness.
    existing = {c.item: c for c in evaluation.checks}
    lines = []
    for values in draft.checks:
        line = existing.get(values["item"]) or EvaluationCheck(item=values["item"])
        line.state, line.remark = values["state"], values["remark"]
        lines.append(line)
    evaluation.checks = lines
    evaluation.reviews = [EvaluationReview(**r) for r in draft.reviews]
    # The form's order, kept in the dossier file.
    for seq, line in enumerate(evaluation.checks):
        line.seq = seq
    for seq, review in enumerate(evaluation.reviews):
        review.seq = seq


@dataclass(frozen=True)
class Decision:
    """Who rated, when, and the signed decision (number, date, signer) if there is one."""

    rated_by: str
    rated_on: PartialDate
    disclosed_on: PartialDate | None = None
    number: str | None = None
    signer: str | None = None


def finalise_evaluation(store: Store, evaluation_id: str, decision: Decision) -> EvaluationOutcome:
    """The competent level's rating becomes final, unless a rule blocks it."""
    with store.unit_of_work(write=True, reason="finalise rating") as uow:
        evaluation = _load(uow, evaluation_id)
        report = _judge_final(uow, evaluation, evaluation.rating)
        _refuse(report)
        _decide(evaluation, decision)
        evaluation.status = EvaluationStatus.FINAL
        uow.session.flush()
        return EvaluationOutcome(
            evaluation.id, report, Changes(cadres=frozenset([evaluation.cadre_id]))
        )


def _load(uow: UnitOfWork, evaluation_id: str) -> Evaluation:
    evaluation = yearly.evaluation(uow.session, evaluation_id)
    if evaluation is None:
        raise UsageError("No evaluation has the id {id}.", id=evaluation_id)
    if evaluation.is_final:
        raise RefusedError(
            "The rating of {period} is finalised; record a re-rating with its reason instead.",
            rule_ids=["RATING_FINALISED"],
            period=_period(evaluation.year, evaluation.quarter),
        )
    return evaluation


def _judge_final(
    uow: UnitOfWork, evaluation: Evaluation, rating: Rating | None, *, regroup: bool = False
) -> Report:
    if rating is None:
        raise RefusedError(
            "The competent level's rating is missing; record it before finalising.",
            rule_ids=["RATING_MISSING"],
        )
    rules = rules_for(evaluation)
    report = check_rating(facts_of(evaluation), rating, rules) + matter_report(
        uow, evaluation.cadre_id
    )
    # Finalising cannot change the group's counts (drafts count already) except by
    # confirming an excellent; a re-rating changes them either way.
    if rating is Rating.EXCELLENT or regroup:
        report += quota_finding(uow, evaluation, rating)
    return report


def _decide(evaluation: Evaluation, decision: Decision) -> None:
    evaluation.rated_by = decision.rated_by
    evaluation.rated_on = decision.rated_on
    evaluation.disclosed_on = decision.disclosed_on
    evaluation.decision_number = decision.number
    evaluation.decision_date = decision.rated_on if decision.number else None
    evaluation.decision_signer = decision.signer
    evaluation.decision_body = decision.rated_by if decision.number else None


_NOT_COPIED = {
    "id",
    "origin",
    "counter",
    "version",
    "seq",
    "cadre_id",
    "revision",
    "amends_id",
    "rating",
    "status",
    "rerating_reason",
    "rated_by",
    "rated_on",
    "disclosed_on",
    "decision_number",
    "decision_date",
    "decision_signer",
    "decision_body",
}


def rerate(
    store: Store,
    evaluation_id: str,
    rating: Rating,
    reason: str,
    decision: Decision,
    facts: dict[str, Any] | None = None,
) -> EvaluationOutcome:
    """A re-rating decision: a new final record amending the standing one; both are kept."""
    if not reason.strip():
        raise UsageError("Give the reason for the re-rating.")
    with store.unit_of_work(write=True, reason=f"re-rating: {reason}") as uow:
        old = yearly.evaluation(uow.session, evaluation_id)
        if old is None:
            raise UsageError("No evaluation has the id {id}.", id=evaluation_id)
        standing = live(
            yearly.period_evaluations(uow.session, old.cadre_id, old.year, old.quarter)
        )[0]
        if standing.id != old.id or not old.is_final:
            raise RefusedError(
                "Only the standing, finalised rating of a period can be re-rated.",
                rule_ids=["RATING_NOT_STANDING"],
            )
        new = Evaluation(
            **{a: getattr(old, a) for a in _columns(Evaluation) if a not in _NOT_COPIED},
            cadre_id=old.cadre_id,
            revision=old.revision + 1,
            amends_id=old.id,
            rating=rating,
            rerating_reason=reason.strip(),
            status=EvaluationStatus.DRAFT,
        )
        new.checks = [
            EvaluationCheck(item=c.item, state=c.state, remark=c.remark, seq=c.seq)
            for c in old.checks
        ]
        new.reviews = [
            EvaluationReview(
                **{
                    a: getattr(r, a)
                    for a in ("venue", "body", "held_on", "remarks", "proposed_rating", "seq")
                }
            )
            for r in old.reviews
        ]
        # The re-rating may rest on facts found later (a violation, a corrected score).
        for name, value in (facts or {}).items():
            if name not in FACT_FIELDS:
                raise UsageError("{name} is not a fact of the score sheet.", name=name)
            setattr(new, name, value)
        report = _judge_final(uow, new, rating, regroup=True)
        _refuse(report)
        _decide(new, decision)
        new.status = EvaluationStatus.FINAL
        old.cadre.evaluations.append(new)
        uow.session.flush()
        return EvaluationOutcome(new.id, report, Changes(cadres=frozenset([old.cadre_id])))


def _columns(cls: type[Any]) -> list[str]:
    return [c.key for c in cls.__mapper__.column_attrs]


def add_complaint(
    store: Store,
    evaluation_id: str,
    *,
    lodged_on: PartialDate,
    content: str,
    resolution: str | None = None,
    resolved_on: PartialDate | None = None,
) -> Changes:
    """A complaint about a rating is recorded beside it; the rating itself does not change."""
    if not content.strip():
        raise UsageError("Write what the complaint says.")
    with store.unit_of_work(write=True, reason="rating complaint") as uow:
        evaluation = yearly.evaluation(uow.session, evaluation_id)
        if evaluation is None:
            raise UsageError("No evaluation has the id {id}.", id=evaluation_id)
        evaluation.complaints.append(
            RatingComplaint(
                lodged_on=lodged_on,
                content=content.strip(),
                resolution=resolution,
                resolved_on=resolved_on,
                seq=len(evaluation.complaints),
            )
        )
        uow.session.flush()
        return Changes(cadres=frozenset([evaluation.cadre_id]))
