"""Who needs what training by when, from the rules in force and the planning lists: planned
cadres first; and the progress figures the targets dashboard reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.enums import TrainingKind
from cadre_desktop.domain.model import Cadre, Course, Enrollment
from cadre_desktop.domain.oversight_enums import EnrollmentStatus
from cadre_desktop.rules.training import CadreTraining, Need, OpenCourse, PlannedFact, overdue_need
from cadre_desktop.rules.training import training_needs as need_rules
from cadre_desktop.services import personnel_facts as pf
from cadre_desktop.services.dossier_fields import TRAINING_LEVEL_CATALOG
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import oversight as q
from cadre_desktop.storage.queries import load_dossiers
from cadre_desktop.storage.uow import UnitOfWork

# Heads whom the senior-specialist target covers: the provincial heads the Standing Committee
# (or above) manages, not division heads nor commune posts (the resolution's 100 % target).
HEAD_LEVELS = frozenset({"province"})

SUMMARY_FIELD = {
    TrainingKind.POLITICAL_THEORY: "political_theory",
    TrainingKind.STATE_MANAGEMENT: "state_management",
    TrainingKind.IT: "it_level",
}


def rank_of(catalogs: Catalogs, kind: TrainingKind, code: str | None) -> int | None:
    catalog = TRAINING_LEVEL_CATALOG.get(kind.value)
    item = catalogs.get(catalog, code) if catalog and code else None
    rank = item.extra.get("rank") if item else None
    return int(rank) if rank is not None else None


def level_rank(cadre: Cadre, catalogs: Catalogs, kind: TrainingKind) -> int | None:
    """The highest level of ``kind`` in the summary field or the training history."""
    codes = [t.level for t in cadre.trainings if t.kind is kind]
    if kind in SUMMARY_FIELD:
        codes.append(getattr(cadre, SUMMARY_FIELD[kind]))
    return max((r for c in codes if (r := rank_of(catalogs, kind, c)) is not None), default=None)


def is_head_title(extra: Mapping[str, Any]) -> bool:
    return extra.get("is_head") == 1 and extra.get("level") in HEAD_LEVELS


def open_course(catalogs: Catalogs, course: Course) -> OpenCourse:
    return OpenCourse(
        course.id, course.name, course.kind, rank_of(catalogs, course.kind, course.level)
    )


def cadre_facts(cadre: Cadre, catalogs: Catalogs, enrollments: list[Enrollment]) -> CadreTraining:
    post = pf.current_post(cadre)
    title = catalogs.get("title", post.title_code) if post and post.title_code else None
    head = post is not None and title is not None and is_head_title(title.extra)
    planned = tuple(
        PlannedFact(e.title_code, e.group.value, e.start.earliest())
        for e in cadre.planning_entries if e.end is None
    )  # fmt: skip
    courses = tuple(
        open_course(catalogs, e.course) for e in enrollments
        if e.status is EnrollmentStatus.ASSIGNED
    )  # fmt: skip
    return CadreTraining(
        cadre.id, cadre.full_name, planned, post.start.earliest() if head and post else None,
        level_rank(cadre, catalogs, TrainingKind.POLITICAL_THEORY),
        level_rank(cadre, catalogs, TrainingKind.STATE_MANAGEMENT),
        level_rank(cadre, catalogs, TrainingKind.LANGUAGE),
        level_rank(cadre, catalogs, TrainingKind.IT), courses,
    )  # fmt: skip


def iter_facts(uow: UnitOfWork) -> Iterator[CadreTraining]:
    """The facts of every cadre in planning or holding a head's post, in name order."""
    catalogs = uow.catalogs
    heads = [i.code for i in catalogs.items("title") if is_head_title(i.extra)]
    ids = q.planned_or_heads(uow.session, heads)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        enrolled: dict[str, list[Enrollment]] = {}
        for e in q.enrollments_of(uow.session, chunk):
            enrolled.setdefault(e.cadre_id, []).append(e)
        by_id = {c.id: c for c in load_dossiers(uow.session, chunk)}
        for cadre_id in chunk:
            yield cadre_facts(by_id[cadre_id], catalogs, enrolled.get(cadre_id, []))


@dataclass(frozen=True)
class NeedRow:
    need: Need
    overdue: bool
    message: str
    title: str | None = None  # the planned title's name

    def as_json(self) -> dict[str, Any]:
        n = self.need
        return {
            "rule": n.rule_id, "cadre": n.cadre_id, "name": n.name, "kind": n.kind.value,
            "required_rank": n.required, "due": n.due.strftime("%d/%m/%Y"),
            "planned": n.planned, "title": n.title_code, "title_name": self.title,
            "group": n.group,
            "course": n.course.course_id if n.course else None,
            "course_name": n.course.name if n.course else None, "overdue": self.overdue,
            "message": self.message, "source": n.source,
        }  # fmt: skip


def needs_in(uow: UnitOfWork, on: dt.date) -> list[Need]:
    return need_rules(iter_facts(uow), on, parameters(uow))


def training_needs(store: Store, on: dt.date | None = None) -> list[NeedRow]:
    """Every training need on ``on``: cadres in planning first, then by due date."""
    day = on or dt.date.today()
    catalogs = store.catalogs()
    with store.unit_of_work() as uow:
        found = needs_in(uow, day)
    rows = []
    for n in found:
        title = catalogs.label("title", n.title_code)
        finding = n.finding()
        message = replace(finding, params={**finding.params, "title": title or ""}).sentence()
        rows.append(NeedRow(n, overdue_need(n, day) is not None, message, title))
    return rows


def training_progress(store: Store, on: dt.date | None = None) -> dict[str, dict[str, int]]:
    """For the targets dashboard: of each group, how many meet the level, are assigned to a
    course, or still need it (planned cadres for political theory, language and IT; heads for
    the senior-specialist programme)."""
    day = on or dt.date.today()
    figures = {rule: {"total": 0, "met": 0, "assigned": 0, "open": 0} for rule in (
        "TRAINING_NEED_THEORY", "TRAINING_NEED_LANGUAGE", "TRAINING_NEED_IT",
        "TRAINING_NEED_SENIOR_SPECIALIST")}  # fmt: skip
    with store.unit_of_work() as uow:
        params = parameters(uow)
        for facts in iter_facts(uow):
            needs = {n.rule_id: n for n in need_rules([facts], day, params)}
            groups = ["TRAINING_NEED_THEORY", "TRAINING_NEED_LANGUAGE", "TRAINING_NEED_IT"]
            in_scope = (groups if facts.planned else []) + (
                ["TRAINING_NEED_SENIOR_SPECIALIST"] if facts.head_since else []
            )
            for rule in in_scope:
                row = figures[rule]
                row["total"] += 1
                need = needs.get(rule)
                key = "met" if need is None else ("assigned" if need.course else "open")
                row[key] += 1
    return figures
