"""The yearly (or quarterly) evaluation of a cadre: self-review, score sheet, reviews, rating.

One ``Evaluation`` row is one rating of a period (the per-year table of the MoHA CV, item
35.1). A finalised row is never edited: a correction is a re-rating, a new row that amends
the old one (``amends_id``, next ``revision``), and both are kept (DESIGN.md §3;
QĐ 366-QĐ/TW Điều 15; HD 43-HD/BTCTW Mẫu 03).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, event, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column, object_session, relationship

from cadre_desktop.domain.base import Base, DecisionRef, Ordered, Synced, label
from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.history import CadreChild, enum_type
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import CheckState, EvaluationStatus, ReviewVenue
from cadre_desktop.errors import RefusedError


class Evaluation(CadreChild, DecisionRef, Base):
    """The evaluation and rating of a year (or a quarter) for one cadre."""

    __tablename__ = "evaluation"
    __collection__ = "evaluations"
    __table_args__ = (UniqueConstraint("cadre_id", "year", "quarter", "revision"),)

    year: Mapped[int] = mapped_column(Integer, info=label("Year", format="year"))
    quarter: Mapped[int | None] = mapped_column(Integer, info=label("Quarter", format="quarter"))
    # The competent level's rating; empty while the evaluation is a draft without one.
    rating: Mapped[Rating | None] = mapped_column(enum_type(Rating), info=label("Rating"))
    emulation_title: Mapped[str | None] = mapped_column(
        String(60), info=label("Emulation title", catalog="award_form")
    )
    note: Mapped[str | None] = mapped_column(Text, info=label("Note"))

    status: Mapped[EvaluationStatus] = mapped_column(
        enum_type(EvaluationStatus), default=EvaluationStatus.FINAL, info=label("Status")
    )
    revision: Mapped[int] = mapped_column(Integer, default=0, info=label("Re-rating number"))
    amends_id: Mapped[str | None] = mapped_column(
        ForeignKey("evaluation.id"), index=True, info=label("Amends rating")
    )
    rerating_reason: Mapped[str | None] = mapped_column(Text, info=label("Reason for re-rating"))

    # Who is rated, and against whom (the quota compares like with like).
    leader: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Holds a leadership post")
    )
    comparable_group: Mapped[str | None] = mapped_column(
        String(120), info=label("Comparable group")
    )
    outstanding_unit: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Unit marked outstanding by the competent level")
    )

    # Step 1: the self-review (Mẫu 2A/2B) and the yearly commitment.
    results: Mapped[str | None] = mapped_column(
        Text, info=label("Results against assigned tasks, with concrete products")
    )
    commitment_signed: Mapped[bool | None] = mapped_column(
        Boolean, info=label("Yearly commitment on ethics and lifestyle signed")
    )
    self_rating: Mapped[Rating | None] = mapped_column(
        enum_type(Rating), info=label("Self-assessed rating")
    )

    # The score sheet: 30 general + 70 task results (QĐ 366-QĐ/TW, Phụ lục 3/4).
    score_general: Mapped[Decimal | None] = mapped_column(
        info=label("Score: general criteria", format="score")
    )
    score_tasks: Mapped[Decimal | None] = mapped_column(
        info=label("Score: task results", format="score")
    )

    # Facts behind the hard conditions of each level (QĐ 366-QĐ/TW Điều 11).
    tasks_total: Mapped[int | None] = mapped_column(Integer, info=label("Tasks assigned"))
    tasks_done: Mapped[int | None] = mapped_column(Integer, info=label("Tasks completed"))
    tasks_exceeding: Mapped[int | None] = mapped_column(
        Integer, info=label("Tasks exceeding requirements")
    )
    tasks_late: Mapped[int | None] = mapped_column(Integer, info=label("Tasks behind schedule"))
    shortcomings_previous: Mapped[int | None] = mapped_column(
        Integer, info=label("Shortcomings found last year")
    )
    shortcomings_remedied: Mapped[int | None] = mapped_column(
        Integer, info=label("Shortcomings remedied")
    )
    unit_tasks_percent: Mapped[Decimal | None] = mapped_column(
        info=label("Planned tasks completed by the units led (%)", format="percent")
    )
    unit_targets_failed: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Basic socio-economic targets failed")
    )
    units_not_completed_percent: Mapped[Decimal | None] = mapped_column(
        info=label("Units in charge rated not completed (%)", format="percent")
    )
    low_confidence_percent: Mapped[Decimal | None] = mapped_column(
        info=label("Low-confidence votes (%)", format="percent")
    )
    disciplined: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Disciplined (reprimand or higher) in the year")
    )
    degradation_concluded: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Concluded to show degradation")
    )
    corruption_in_scope: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Corruption or waste disciplined in direct scope")
    )

    # Step 2: the advisory body's appraisal; step 3: the competent level's decision.
    appraisal_body: Mapped[str | None] = mapped_column(String(200), info=label("Advisory body"))
    appraisal: Mapped[str | None] = mapped_column(Text, info=label("Advisory appraisal"))
    proposed_rating: Mapped[Rating | None] = mapped_column(
        enum_type(Rating), info=label("Rating proposed by the advisory body")
    )
    rated_by: Mapped[str | None] = mapped_column(String(200), info=label("Rated by"))
    rated_on: Mapped[PartialDate | None] = mapped_column(info=label("Rating date"))
    disclosed_on: Mapped[PartialDate | None] = mapped_column(
        info=label("Date the result was made known")
    )

    checks: Mapped[list[EvaluationCheck]] = relationship(
        back_populates="evaluation", cascade="all, delete-orphan", order_by="EvaluationCheck.seq"
    )
    reviews: Mapped[list[EvaluationReview]] = relationship(
        back_populates="evaluation", cascade="all, delete-orphan", order_by="EvaluationReview.seq"
    )
    complaints: Mapped[list[RatingComplaint]] = relationship(
        back_populates="evaluation", cascade="all, delete-orphan", order_by="RatingComplaint.seq"
    )

    @property
    def score(self) -> Decimal | None:
        if self.score_general is None or self.score_tasks is None:
            return None
        return self.score_general + self.score_tasks

    @property
    def is_final(self) -> bool:
        return self.status is EvaluationStatus.FINAL


class _EvaluationPart(Synced, Ordered):
    evaluation_id: Mapped[str] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True, info={"derived": True}
    )


class EvaluationCheck(_EvaluationPart, Base):
    """One line of the self-check against the 27 manifestations."""

    __tablename__ = "evaluation_check"
    __table_args__ = (UniqueConstraint("evaluation_id", "item"),)

    item: Mapped[str] = mapped_column(
        String(8), info=label("Manifestation", catalog="manifestations_27")
    )
    state: Mapped[CheckState] = mapped_column(enum_type(CheckState), info=label("Self-check"))
    remark: Mapped[str | None] = mapped_column(Text, info=label("Remark"))

    evaluation: Mapped[Evaluation] = relationship(back_populates="checks")


class EvaluationReview(_EvaluationPart, Base):
    """The review meeting in one of the places a leader is reviewed."""

    __tablename__ = "evaluation_review"

    venue: Mapped[ReviewVenue] = mapped_column(enum_type(ReviewVenue), info=label("Reviewed at"))
    body: Mapped[str | None] = mapped_column(String(300), info=label("Party cell or collective"))
    held_on: Mapped[PartialDate | None] = mapped_column(info=label("Meeting date"))
    remarks: Mapped[str | None] = mapped_column(Text, info=label("Remarks of the meeting"))
    proposed_rating: Mapped[Rating | None] = mapped_column(
        enum_type(Rating), info=label("Rating proposed by the meeting")
    )

    evaluation: Mapped[Evaluation] = relationship(back_populates="reviews")


class RatingComplaint(_EvaluationPart, Base):
    """A complaint about a rating and how it was settled (may come after finalising)."""

    __tablename__ = "rating_complaint"

    lodged_on: Mapped[PartialDate] = mapped_column(info=label("Lodged on"))
    content: Mapped[str] = mapped_column(Text, info=label("Complaint"))
    resolution: Mapped[str | None] = mapped_column(Text, info=label("Resolution"))
    resolved_on: Mapped[PartialDate | None] = mapped_column(info=label("Resolved on"))

    evaluation: Mapped[Evaluation] = relationship(back_populates="complaints")


# -- a finalised rating is never edited, whatever path tries (services, import, bundles) ----

_FINALISED = "A finalised rating cannot be changed; record a re-rating with its reason instead."
_QUIET = frozenset({"origin", "counter", "version", "seq"})


def was_final(evaluation: Evaluation) -> bool:
    """True when the stored row (before this flush) is a finalised rating."""
    state = inspect(evaluation)
    if not state.persistent:
        return False
    history = state.attrs.status.history
    stored = (history.deleted or history.unchanged or [None])[0]
    return bool(stored == EvaluationStatus.FINAL)


def _changed_columns(target: Any) -> list[str]:
    state = inspect(target)
    return [
        attr.key
        for attr in state.mapper.column_attrs
        if attr.key not in _QUIET and state.attrs[attr.key].history.has_changes()
    ]


@event.listens_for(Evaluation, "before_update")
def _refuse_editing_final(_mapper: Any, _connection: Any, target: Evaluation) -> None:
    if was_final(target) and _changed_columns(target):
        raise RefusedError(_FINALISED, rule_ids=["RATING_FINALISED"])


@event.listens_for(Evaluation, "before_delete")
def _refuse_deleting_final(_mapper: Any, _connection: Any, target: Evaluation) -> None:
    session = object_session(target)
    dossier_goes = session is not None and target.cadre in session.deleted
    if was_final(target) and not dossier_goes:
        raise RefusedError(_FINALISED, rule_ids=["RATING_FINALISED"])


def _guard_part(target: EvaluationCheck | EvaluationReview, deleting: bool = False) -> None:
    evaluation = target.evaluation
    if evaluation is None or not was_final(evaluation):
        return
    session: Session | None = object_session(evaluation)
    if deleting and session is not None and evaluation in session.deleted:
        return
    raise RefusedError(_FINALISED, rule_ids=["RATING_FINALISED"])


def _guard_changed_part(target: EvaluationCheck | EvaluationReview) -> None:
    if _changed_columns(target):
        _guard_part(target)


for _part in (EvaluationCheck, EvaluationReview):
    event.listen(_part, "before_insert", lambda _m, _c, t: _guard_part(t))
    event.listen(_part, "before_update", lambda _m, _c, t: _guard_changed_part(t))
    event.listen(_part, "before_delete", lambda _m, _c, t: _guard_part(t, deleting=True))


# The rows an evaluation holds, as its dossier file and its loaders name them.
EVALUATION_PARTS = ("checks", "reviews", "complaints")


def live(evaluations: list[Evaluation]) -> list[Evaluation]:
    """The rating standing for each period: the latest revision (a re-rating replaces)."""
    latest: dict[tuple[int, int | None], Evaluation] = {}
    for evaluation in evaluations:
        key = (evaluation.year, evaluation.quarter)
        if key not in latest or evaluation.revision > latest[key].revision:
            latest[key] = evaluation
    return sorted(latest.values(), key=lambda e: (e.year, e.quarter or 0))
