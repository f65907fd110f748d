"""Training rules over plain facts: who needs what by when (planned cadres lacking the title's
political-theory level, heads lacking the senior-specialist programme, planned cadres without
the foreign-language or IT level), cadres in planning first; courses not at the start or end of
the year; assigning a cadre to a course. Thresholds and windows are versioned parameters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from cadre_desktop.domain.enums import TrainingKind
from cadre_desktop.i18n import N_
from cadre_desktop.rules.dates import add_months
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.rules.params import ParameterSet

PLANNING_SOURCE = "QĐ 377-QĐ/TW Đ25.1, Đ28; HD 45-HD/BTCTW"
RESOLUTION = "Nghị quyết của Tỉnh ủy (đào tạo, bồi dưỡng cán bộ, mục II.2.3)"


@dataclass(frozen=True)
class PlannedFact:
    title_code: str
    group: str  # "1" or "2"
    start: dt.date


@dataclass(frozen=True)
class OpenCourse:
    """A course the cadre is assigned to and has not finished."""

    course_id: str
    name: str
    kind: TrainingKind
    rank: int | None  # the rank of the level the course grants


@dataclass(frozen=True)
class CadreTraining:
    cadre_id: str
    name: str
    planned: tuple[PlannedFact, ...]
    head_since: dt.date | None  # the start of the current post when it is a head's
    theory_rank: int | None
    state_rank: int | None
    language_rank: int | None
    it_rank: int | None
    courses: tuple[OpenCourse, ...] = ()


@dataclass(frozen=True)
class Need:
    rule_id: str
    cadre_id: str
    name: str
    kind: TrainingKind
    required: int  # the rank needed in the catalog of ``kind``
    due: dt.date
    planned: bool
    source: str
    title_code: str | None = None
    group: str | None = None
    course: OpenCourse | None = None  # the assigned course that will cover the need

    def finding(self) -> Finding:
        return Finding(self.rule_id, Severity.WARN, NEED_TEXT[self.rule_id], self.source,
                       {"title": self.title_code or "", "group": self.group or "",
                        "date": self.due.strftime("%d/%m/%Y")})  # fmt: skip


NEED_TEXT = {
    "TRAINING_NEED_THEORY": N_(
        "Planned for {title} (group {group}) without the political-theory level it needs; "
        "to be trained by {date}."
    ),
    "TRAINING_NEED_SENIOR_SPECIALIST": N_(
        "A head without the senior-specialist programme; to be trained by {date}."
    ),
    "TRAINING_NEED_LANGUAGE": N_(
        "In planning without the foreign-language level needed; to be trained by {date}."
    ),
    "TRAINING_NEED_IT": N_("In planning without the IT level needed; to be trained by {date}."),
}


def _covering(courses: tuple[OpenCourse, ...], kind: TrainingKind, rank: int) -> OpenCourse | None:
    return next((c for c in courses if c.kind is kind and (c.rank or 0) >= rank), None)


def _theory_due(entry: PlannedFact, on: dt.date, params: ParameterSet) -> dt.date:
    group = "group1" if entry.group == "1" else "group2"
    return add_months(entry.start, params.whole(f"training.due_months.theory_{group}", on))


def _needs_of(c: CadreTraining, on: dt.date, params: ParameterSet) -> list[Need]:
    have = {
        TrainingKind.POLITICAL_THEORY: c.theory_rank,
        TrainingKind.STATE_MANAGEMENT: c.state_rank,
        TrainingKind.LANGUAGE: c.language_rank,
        TrainingKind.IT: c.it_rank,
    }
    # (rule, kind, parameter of the rank needed, due date, source, planning entry)
    wanted: list[tuple[str, TrainingKind, str, dt.date, str, PlannedFact | None]] = []
    if c.planned:
        first = min(c.planned, key=lambda e: _theory_due(e, on, params))
        since = min(e.start for e in c.planned)
        language = add_months(since, params.whole("training.due_months.language", on))
        it = add_months(since, params.whole("training.due_months.it", on))
        wanted += [
            ("TRAINING_NEED_THEORY", TrainingKind.POLITICAL_THEORY,
             "planning.required_theory_rank", _theory_due(first, on, params), PLANNING_SOURCE,
             first),
            ("TRAINING_NEED_LANGUAGE", TrainingKind.LANGUAGE, "training.required_language_rank",
             language, RESOLUTION, None),
            ("TRAINING_NEED_IT", TrainingKind.IT, "training.required_it_rank", it, RESOLUTION,
             None),
        ]  # fmt: skip
    if c.head_since is not None:
        months = params.whole("training.due_months.senior_specialist", on)
        wanted.append(
            ("TRAINING_NEED_SENIOR_SPECIALIST", TrainingKind.STATE_MANAGEMENT,
             "training.required_state_management_rank.head", add_months(c.head_since, months),
             RESOLUTION, None)
        )  # fmt: skip
    found = []
    for rule, kind, key, due, source, entry in wanted:
        rank = params.whole(key, on)
        if (have[kind] or 0) >= rank:
            continue
        found.append(
            Need(rule, c.cadre_id, c.name, kind, rank, due, bool(c.planned), source,
                 entry.title_code if entry else None, entry.group if entry else None,
                 _covering(c.courses, kind, rank))
        )  # fmt: skip
    return found


def training_needs(
    cadres: Iterable[CadreTraining], on: dt.date, params: ParameterSet
) -> list[Need]:
    """Every need, cadres in planning first, then by due date (ties keep the given order)."""
    found = [n for c in cadres for n in _needs_of(c, on, params)]
    return sorted(found, key=lambda n: (not n.planned, n.due))


def overdue_need(need: Need, today: dt.date) -> Finding | None:
    """An alert for a need past its due date that no assigned course covers."""
    if need.due >= today or need.course is not None:
        return None
    return Finding(
        "TRAINING_NEED_OVERDUE",
        Severity.WARN,
        N_("The training due by {date} is neither done nor assigned to a course ({need})."),
        need.source,
        {"date": need.due.strftime("%d/%m/%Y"), "need": need.rule_id},
    )


def _in_window(day: dt.date, first: dt.date, last: dt.date) -> bool:
    return first <= day <= last


def course_findings(start: dt.date, end: dt.date, params: ParameterSet) -> list[Finding]:
    """A course starting or ending in the first or last days of a year warns; the resolution
    asks not to schedule courses then. The windows are provincial parameters."""
    found: list[Finding] = []
    if end < start:
        found.append(
            Finding("COURSE_DATES", Severity.BLOCK, N_("A course cannot end before it starts."),
                    RESOLUTION)
        )  # fmt: skip
        return found
    head = params.get("training.year_start_window_days", start)
    tail = params.get("training.year_end_window_days", start)
    days = (start, end)
    if any(_in_window(d, dt.date(d.year, 1, 1), dt.date(d.year, 1, head.as_int)) for d in days):
        found.append(
            Finding(
                "COURSE_YEAR_START",
                Severity.WARN,
                N_("The course starts or ends in the first {days} days of January; courses "
                   "are not scheduled at the start of the year."),
                head.legal_basis,
                {"days": head.as_int},
            )
        )  # fmt: skip
    ends = [dt.date(d.year, 12, 31) - dt.timedelta(days=tail.as_int - 1) for d in days]
    if any(
        _in_window(d, first, dt.date(d.year, 12, 31)) for d, first in zip(days, ends, strict=True)
    ):
        found.append(
            Finding(
                "COURSE_YEAR_END",
                Severity.WARN,
                N_("The course starts or ends in the last {days} days of December; courses "
                   "are not scheduled at the end of the year."),
                tail.legal_basis,
                {"days": tail.as_int},
            )
        )  # fmt: skip
    return found


@dataclass(frozen=True)
class EnrollmentFacts:
    course_name: str
    course_open: bool
    capacity: int | None
    taken: int  # places taken by others (assigned or completed)
    cadre_working: bool
    holds_level: bool
    overlapping: tuple[str, ...] = ()  # other courses of the cadre at the same time


def _rule(rule_id: str, severity: Severity, msgid: str, **params: object) -> Finding:
    return Finding(rule_id, severity, msgid, RESOLUTION, dict(params))


def check_enrollment(f: EnrollmentFacts) -> list[Finding]:
    found: list[Finding] = []
    course = f.course_name
    if not f.course_open:
        msg = N_("{course} is completed or cancelled; choose another course.")
        found.append(_rule("COURSE_CLOSED", Severity.BLOCK, msg, course=course))
    if f.capacity is not None and f.taken >= f.capacity:
        msg = N_("{course} has {places} place(s), all taken.")
        found.append(_rule("COURSE_FULL", Severity.BLOCK, msg, course=course, places=f.capacity))
    if not f.cadre_working:
        msg = N_("Only working cadres are sent to courses.")
        found.append(_rule("ENROLL_INACTIVE", Severity.BLOCK, msg))
    if f.holds_level:
        msg = N_("The cadre already holds the level {course} grants.")
        found.append(_rule("ENROLL_HAS_LEVEL", Severity.WARN, msg, course=course))
    for other in f.overlapping:
        msg = N_("The cadre is assigned to {course} at the same time.")
        found.append(_rule("ENROLL_OVERLAP", Severity.WARN, msg, course=other))
    return found
