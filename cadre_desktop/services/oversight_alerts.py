"""The oversight register's and the training plans' alerts in `cadre check --rules` (and the
alerts screen): overdue, nearly due and unassigned matters, open matters about planned
cadres, training needs past their due date, and upcoming courses at the start or end of a year."""

from __future__ import annotations

import datetime as dt

from cadre_desktop.rules import oversight as rules
from cadre_desktop.rules.findings import Finding
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.training import course_findings, overdue_need
from cadre_desktop.services.alert import Alert, Progress
from cadre_desktop.services.matters import facts_of
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.services.training_needs import needs_in
from cadre_desktop.storage import oversight as q
from cadre_desktop.storage.uow import UnitOfWork

Found = tuple[str | None, str, Finding]  # cadre id (None: a course, a matter about no dossier)


def oversight_findings(store: Store, today: dt.date, _progress: Progress) -> list[Alert]:
    """The finder of services/alerts.py (quick: it reads the register and the few cadres in
    planning or holding a provincial head's post)."""
    with store.unit_of_work() as uow:
        return [Alert(*found) for found in oversight_alerts(uow, today, parameters(uow))]


def oversight_alerts(uow: UnitOfWork, today: dt.date, params: ParameterSet) -> list[Found]:
    found: list[Found] = []
    planned = {
        cadre_id
        for m in q.open_matters(uow.session)
        if (cadre_id := m.cadre_id) and m.cadre is not None
        and any(e.end is None for e in m.cadre.planning_entries)
    }  # fmt: skip
    for m in q.open_matters(uow.session):
        who, name = m.cadre_id, m.subject_name or m.number
        found += [(who, name, f) for f in rules.deadline_alerts(facts_of(m), today, params)]
        if m.cadre_id in planned:
            found.append((who, name, rules.open_matter(m.number, m.kind, m.received_on.earliest())))
    for need in needs_in(uow, today):
        if (late := overdue_need(need, today)) is not None:
            found.append((need.cadre_id, need.name, late))
    for course in q.courses(uow.session):
        if course.status.value == "planned" and course.end.earliest() >= today:
            warnings = course_findings(course.start.earliest(), course.end.earliest(), params)
            found += [(None, course.name, f) for f in warnings]
    return found
