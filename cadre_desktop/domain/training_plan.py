"""Training plans (đào tạo, bồi dưỡng): courses with their dates and places, and the cadres
assigned to them. A completed enrollment writes a line of the cadre's training history."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadre_desktop.domain.base import Base, Synced, label
from cadre_desktop.domain.enums import TrainingKind
from cadre_desktop.domain.history import enum_type
from cadre_desktop.domain.oversight_enums import CourseStatus, EnrollmentStatus
from cadre_desktop.domain.values import PartialDate


class Course(Synced, Base):
    """A course: political theory, the senior-specialist programme, state management, defence
    and security, a language, IT, or one of the province's own."""

    __tablename__ = "course"

    name: Mapped[str] = mapped_column(String(300), info=label("Course"))
    kind: Mapped[TrainingKind] = mapped_column(enum_type(TrainingKind), info=label("Kind"))
    # The level the course grants, in the catalog of its kind (political_theory_level,
    # state_management_level, foreign_language_level, it_level).
    level: Mapped[str | None] = mapped_column(String(30), info=label("Level granted"))
    language: Mapped[str | None] = mapped_column(
        String(30), info=label("Language", catalog="language")
    )
    provincial: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("The province's own course")
    )
    institution: Mapped[str] = mapped_column(String(300), info=label("Institution"))
    place: Mapped[str | None] = mapped_column(String(300), info=label("Place"))
    form: Mapped[str | None] = mapped_column(
        String(30), info=label("Form of training", catalog="training_form")
    )
    start: Mapped[PartialDate] = mapped_column(info=label("From"))
    end: Mapped[PartialDate] = mapped_column(info=label("To"))
    capacity: Mapped[int | None] = mapped_column(Integer, info=label("Places"))
    status: Mapped[CourseStatus] = mapped_column(
        enum_type(CourseStatus), default=CourseStatus.PLANNED, info=label("Status")
    )
    note: Mapped[str | None] = mapped_column(Text, info=label("Note"))

    enrollments: Mapped[list[Enrollment]] = relationship(
        back_populates="course", cascade="all, delete-orphan", order_by="Enrollment.assigned_on"
    )


class Enrollment(Synced, Base):
    """A cadre assigned to a course, and how it ended."""

    __tablename__ = "enrollment"
    __table_args__ = (UniqueConstraint("course_id", "cadre_id"),)

    course_id: Mapped[str] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"), index=True)
    cadre_id: Mapped[str] = mapped_column(ForeignKey("cadre.id"), index=True)
    need: Mapped[str | None] = mapped_column(String(40), info=label("Training need"))
    assigned_on: Mapped[PartialDate] = mapped_column(info=label("Assigned on"))
    status: Mapped[EnrollmentStatus] = mapped_column(
        enum_type(EnrollmentStatus), default=EnrollmentStatus.ASSIGNED, info=label("Status")
    )
    result_on: Mapped[PartialDate | None] = mapped_column(info=label("Result on"))
    qualification: Mapped[str | None] = mapped_column(
        String(200), info=label("Degree or certificate")
    )
    score: Mapped[str | None] = mapped_column(String(20), info=label("Score"))
    # The training-history line written on completion (a dossier row: no foreign key).
    training_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str | None] = mapped_column(Text, info=label("Note"))

    course: Mapped[Course] = relationship(back_populates="enrollments")
