"""Courses and the cadres sent to them: adding a course (warned when it falls at the start or
end of the year), assigning cadres (planned cadres first when assigning from the needs),
completing a course — which writes a line of each cadre's training history — or withdrawing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cadre_desktop.domain.enums import CadreStatus, TrainingKind
from cadre_desktop.domain.model import Cadre, Course, Enrollment, Training
from cadre_desktop.domain.oversight_enums import CourseStatus, EnrollmentStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.rules.findings import Report
from cadre_desktop.rules.training import EnrollmentFacts, check_enrollment, course_findings
from cadre_desktop.services.clearances import note_warnings, refuse
from cadre_desktop.services.dossier_fields import TRAINING_LEVEL_CATALOG
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.services.training_needs import SUMMARY_FIELD, level_rank, needs_in, rank_of
from cadre_desktop.storage import oversight as q
from cadre_desktop.storage.queries import load_dossier
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.text import clean


@dataclass(frozen=True)
class CourseDraft:
    name: str
    kind: TrainingKind
    institution: str
    start: PartialDate
    end: PartialDate
    level: str | None = None  # the level granted, in the catalog of the kind
    language: str | None = None
    provincial: bool = False
    place: str | None = None
    form: str | None = None
    capacity: int | None = None
    note: str | None = None


def _validate(store: Store, d: CourseDraft) -> None:
    if not (clean(d.name) and clean(d.institution)):
        raise UsageError("A course needs its name and the institution that runs it.")
    if not (d.start.is_full and d.end.is_full):
        raise UsageError("The {what} needs a full date like 12/03/2026.", what="course")
    catalog = TRAINING_LEVEL_CATALOG.get(d.kind.value)
    if d.level and (catalog is None or not store.catalogs().has(catalog, d.level)):
        raise UsageError("There is no level {code} for this kind of course.", code=d.level)
    if d.language and not store.catalogs().has("language", d.language):
        raise UsageError("There is no language {code} in the catalog.", code=d.language)
    if d.capacity is not None and d.capacity < 1:
        raise UsageError("A course needs at least one place.")


def check_course(store: Store, draft: CourseDraft) -> Report:
    """The warnings shown before the course is added (start or end of the year)."""
    with store.unit_of_work() as uow:
        params = parameters(uow)
    return Report(tuple(course_findings(draft.start.earliest(), draft.end.earliest(), params)))


def add_course(store: Store, draft: CourseDraft) -> str:
    _validate(store, draft)
    report = check_course(store, draft)
    if report.blocked:
        refuse(store, "course", None, report, course=clean(draft.name))
    with store.unit_of_work(write=True, reason="training course") as uow:
        course = Course(
            name=clean(draft.name), kind=draft.kind, level=draft.level, language=draft.language,
            provincial=draft.provincial, institution=clean(draft.institution),
            place=clean(draft.place or "") or None, form=draft.form, start=draft.start,
            end=draft.end, capacity=draft.capacity, note=clean(draft.note or "") or None,
        )  # fmt: skip
        uow.session.add(course)
        uow.session.flush()
        note_warnings(uow, "course", course.id, None, report)
        return course.id


def _course(uow: UnitOfWork, course_id: str) -> Course:
    course = q.course(uow.session, course_id)
    if course is None:
        raise UsageError("No course has the id {id}.", id=course_id)
    return course


def _overlaps(a: Course, b: Course) -> bool:
    return a.start.earliest() <= b.end.earliest() and b.start.earliest() <= a.end.earliest()


def _enrollment_report(uow: UnitOfWork, course: Course, cadre: Cadre, taken: int) -> Report:
    mine = [e for e in q.enrollments_of(uow.session, [cadre.id])
            if e.status is EnrollmentStatus.ASSIGNED and e.course_id != course.id]  # fmt: skip
    granted = rank_of(uow.catalogs, course.kind, course.level)
    held = level_rank(cadre, uow.catalogs, course.kind)
    facts = EnrollmentFacts(
        course_name=course.name, course_open=course.status is CourseStatus.PLANNED,
        capacity=course.capacity, taken=taken, cadre_working=cadre.status is CadreStatus.ACTIVE,
        holds_level=granted is not None and held is not None and held >= granted,
        overlapping=tuple(e.course.name for e in mine if _overlaps(e.course, course)),
    )  # fmt: skip
    return Report(tuple(check_enrollment(facts)))


def assign(
    store: Store, course_id: str, cadre_ids: list[str], on: PartialDate, need: str | None = None
) -> list[str]:
    """Send the cadres to the course; if the rules block any of them, nobody is sent."""
    if not cadre_ids:
        raise UsageError("Say which cadres are sent to the course.")
    report = Report()
    with store.unit_of_work(write=True, reason="training assignment") as uow:
        course = _course(uow, course_id)
        taken = q.taken_places(uow.session, course.id)
        made: list[tuple[Enrollment, Report]] = []
        for cadre_id in dict.fromkeys(cadre_ids):
            cadre = load_dossier(uow.session, cadre_id)
            if cadre is None:
                raise UsageError("No dossier has the id {id}.", id=cadre_id)
            if any(e.cadre_id == cadre_id for e in course.enrollments):
                raise UsageError("{name} is already assigned to this course.", name=cadre.full_name)
            found = _enrollment_report(uow, course, cadre, taken)
            report += found
            taken += 1
            made.append((Enrollment(cadre_id=cadre_id, need=need, assigned_on=on), found))
        if not report.blocked:
            course.enrollments.extend(e for e, _found in made)
            uow.session.flush()
            for e, found in made:
                note_warnings(uow, "enroll", e.id, e.cadre_id, found)
            return [e.id for e, _found in made]
    refuse(store, "enroll", None, report, course=course_id, cadres=list(cadre_ids))
    raise AssertionError  # pragma: no cover - refuse always raises


def assign_needs(
    store: Store, course_id: str, on: PartialDate, limit: int | None = None
) -> list[str]:
    """Assign the unassigned needs the course covers, cadres in planning first, up to its
    free places (or ``limit``)."""
    with store.unit_of_work() as uow:
        course = _course(uow, course_id)
        granted = rank_of(uow.catalogs, course.kind, course.level) or 0
        free = None if course.capacity is None else course.capacity - q.taken_places(
            uow.session, course.id
        )  # fmt: skip
        kind = course.kind
        needs = [
            n
            for n in needs_in(uow, on.earliest())
            if n.kind is kind and n.course is None and granted >= n.required
        ]
    chosen: dict[str, str] = {}
    for n in needs:
        chosen.setdefault(n.cadre_id, n.rule_id)
    room = [x for x in (free, limit) if x is not None]
    picked = list(chosen.items())[: min(room)] if room else list(chosen.items())
    if not picked:
        raise UsageError("No training need waits for this course.")
    ids: list[str] = []
    for cadre_id, rule in picked:
        ids += assign(store, course_id, [cadre_id], on, need=rule)
    return ids


def complete(
    store: Store, course_id: str, on: PartialDate, *, failed: frozenset[str] = frozenset(),
    qualification: str | None = None, scores: dict[str, str] | None = None,
) -> list[str]:  # fmt: skip
    """Close the course: each assigned cadre completes it (a line of the training history,
    and the summary level when higher) or fails it (``failed`` cadre ids)."""
    with store.unit_of_work(write=True, reason="training completed") as uow:
        course = _course(uow, course_id)
        if course.status is not CourseStatus.PLANNED:
            raise UsageError("{course} is completed or cancelled already.", course=course.name)
        if on.earliest() < course.end.earliest():
            raise UsageError("A course is completed on or after its last day.")
        written = []
        for e in course.enrollments:
            if e.status is not EnrollmentStatus.ASSIGNED:
                continue
            e.result_on = on
            if e.cadre_id in failed:
                e.status = EnrollmentStatus.FAILED
                continue
            e.status, e.qualification = (
                EnrollmentStatus.COMPLETED,
                clean(qualification or "") or None,
            )
            e.score = (scores or {}).get(e.cadre_id)
            e.training_id = _history(uow, course, e)
            written.append(e.training_id)
        course.status = CourseStatus.COMPLETED
        return written


def _history(uow: UnitOfWork, course: Course, e: Enrollment) -> str:
    cadre = load_dossier(uow.session, e.cadre_id)
    assert cadre is not None
    row = Training(
        kind=course.kind, start=course.start, end=course.end, institution=course.institution,
        major=course.name, form=course.form, qualification=e.qualification, level=course.level,
        language=course.language, score=e.score,
    )  # fmt: skip
    field = SUMMARY_FIELD.get(course.kind)
    held = rank_of(uow.catalogs, course.kind, getattr(cadre, field)) if field else None
    granted = rank_of(uow.catalogs, course.kind, course.level)
    if field and granted is not None and (held is None or granted > held):
        setattr(cadre, field, course.level)  # the CV's summary shows the new level
    cadre.trainings.append(row)
    uow.session.flush()
    return row.id


def withdraw(store: Store, enrollment_id: str, on: PartialDate, note: str | None = None) -> None:
    with store.unit_of_work(write=True, reason="training withdrawal") as uow:
        e = uow.session.get(Enrollment, enrollment_id)
        if e is None or e.status is not EnrollmentStatus.ASSIGNED:
            raise UsageError("No open assignment has the id {id}.", id=enrollment_id)
        e.status, e.result_on, e.note = EnrollmentStatus.WITHDRAWN, on, clean(note or "") or None


def list_courses(store: Store) -> list[dict[str, Any]]:
    """Every course by start date, with its places and the rules' warnings."""
    with store.unit_of_work() as uow:
        params = parameters(uow)
        rows = []
        for c in q.courses(uow.session):
            counts = {s: sum(e.status is s for e in c.enrollments) for s in EnrollmentStatus}
            warnings = course_findings(c.start.earliest(), c.end.earliest(), params)
            rows.append({
                "id": c.id, "name": c.name, "kind": c.kind.value, "level": c.level,
                "language": c.language, "provincial": c.provincial,
                "institution": c.institution, "place": c.place, "start": c.start.vn(),
                "end": c.end.vn(), "capacity": c.capacity, "status": c.status.value,
                "assigned": counts[EnrollmentStatus.ASSIGNED],
                "completed": counts[EnrollmentStatus.COMPLETED],
                "warnings": [f.as_json() for f in warnings],
            })  # fmt: skip
        return rows


def course_enrollments(store: Store, course_id: str) -> list[dict[str, Any]]:
    with store.unit_of_work() as uow:
        course = _course(uow, course_id)
        names = q.cadre_names(uow.session, [e.cadre_id for e in course.enrollments])
        return [
            {"id": e.id, "cadre": e.cadre_id, "name": names.get(e.cadre_id, ""),
             "need": e.need, "assigned_on": e.assigned_on.vn(), "status": e.status.value,
             "result_on": e.result_on.vn() if e.result_on else None,
             "qualification": e.qualification, "score": e.score}
            for e in course.enrollments
        ]  # fmt: skip
