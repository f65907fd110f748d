"""Planning (quy hoạch): terms, titles with seats, entries with their decisions, the rule
report shown before the officer confirms (``check_plan``) and the action that re-checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cadre_desktop.domain.model import Cadre, PlannedTitle, PlanningEntry, PlanningTerm
from cadre_desktop.domain.personnel import PlanningGroup
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.rules.findings import Report
from cadre_desktop.rules.planning import PlanFacts
from cadre_desktop.rules.planning import check_plan as plan_rules
from cadre_desktop.services import personnel_facts as pf
from cadre_desktop.services.clearances import (
    dossier,
    gate_report,
    note_warnings,
    refuse,
    title_rank,
)
from cadre_desktop.services.matter_facts import matter_report
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import personnel as q
from cadre_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class PlanDraft:
    cadre_id: str
    term_code: str
    title_code: str
    group: PlanningGroup
    on: PartialDate  # the approving decision's date
    decision_number: str | None = None
    decision_body: str | None = None
    training_plan: str | None = None


def add_term(
    store: Store, code: str, start_year: int, end_year: int, reference: PartialDate, level: str
) -> str:
    with store.unit_of_work(write=True, reason="planning term") as uow:
        if q.term_by_code(uow.session, code):
            raise UsageError("The planning term {code} already exists.", code=code)
        term = PlanningTerm(
            code=code, start_year=start_year, end_year=end_year,
            reference_date=reference, approving_level=level,
        )  # fmt: skip
        uow.session.add(term)
        uow.session.flush()
        return term.id


def set_title(store: Store, term_code: str, title_code: str, seats: int) -> None:
    if not store.catalogs().has("title", title_code):
        raise UsageError("There is no title {code} in the catalog.", code=title_code)
    if seats < 1:
        raise UsageError("A title needs at least one seat.")
    with store.unit_of_work(write=True, reason="planned title") as uow:
        term = term_of(uow, term_code)
        row = q.planned_title(uow.session, term.id, title_code)
        if row is None:
            uow.session.add(PlannedTitle(term_id=term.id, title_code=title_code, seats=seats))
        else:
            row.seats = seats


def term_of(uow: UnitOfWork, code: str) -> PlanningTerm:
    term = q.term_by_code(uow.session, code)
    if term is None:
        raise UsageError("There is no planning term {code}.", code=code)
    return term


def rule_report(uow: UnitOfWork, store: Store, cadre: Cadre, draft: PlanDraft) -> Report:
    """Every finding on planning ``cadre`` as ``draft`` says (the gate first)."""
    catalogs = store.catalogs()
    term = term_of(uow, draft.term_code)
    title = q.planned_title(uow.session, term.id, draft.title_code)
    if title is None:
        raise UsageError(
            "The title {title} is not planned in term {term}; add it with its seats first.",
            title=draft.title_code, term=draft.term_code,
        )  # fmt: skip
    on = draft.on.latest()  # the decision is in force from its last possible day at the latest
    params = parameters(uow)
    post = pf.current_post(cadre)
    mine = [e for e in cadre.planning_entries if e.end is None and e.term_code == term.code]
    others = q.active_entries(uow.session, term.code, draft.title_code)
    facts = PlanFacts(
        on=on,
        reference_date=term.reference_date.earliest(),
        title_code=draft.title_code,
        title_rank=title_rank(catalogs, draft.title_code),
        committee=pf.is_committee(catalogs, draft.title_code),
        seats=title.seats,
        group=draft.group.value,
        current_title_code=post.title_code if post else None,
        current_title_rank=title_rank(catalogs, post.title_code if post else None),
        directly_lower=pf.directly_lower(catalogs, draft.title_code),
        birth_date=cadre.birth_date,
        sex=cadre.sex,
        theory_rank=pf.theory_rank(cadre, catalogs),
        has_training_plan=bool(draft.training_plan),
        discipline_in_force=pf.discipline_in_force(cadre, on),
        others_planned_for_title=len([e for e in others if e.cadre_id != cadre.id]),
        other_titles_same_level=len(
            [e for e in mine if e.title_code != draft.title_code
             and not pf.is_committee(catalogs, e.title_code)]
        ),
    )  # fmt: skip
    report = gate_report(cadre, catalogs, draft.title_code) + Report(
        tuple(plan_rules(facts, params))
    )
    return report + matter_report(uow, cadre.id)


def check_plan(store: Store, draft: PlanDraft) -> Report:
    """The report a screen shows before the officer confirms the planning entry."""
    with store.unit_of_work() as uow:
        return rule_report(uow, store, dossier(uow, draft.cadre_id), draft)


def plan(store: Store, draft: PlanDraft) -> str:
    """Re-check and add the entry; a blocked one is refused and the attempt audited."""
    with store.unit_of_work(write=True, reason="planning") as uow:
        cadre = dossier(uow, draft.cadre_id)
        report = rule_report(uow, store, cadre, draft)
        if not report.blocked:
            entry = PlanningEntry(
                term_code=draft.term_code, title_code=draft.title_code, group=draft.group,
                start=draft.on, decision_number=draft.decision_number,
                decision_date=draft.on, decision_body=draft.decision_body,
                training_plan=draft.training_plan,
            )  # fmt: skip
            cadre.planning_entries.append(entry)
            uow.session.flush()
            note_warnings(uow, "plan", entry.id, cadre.id, report)
            return entry.id
    refuse(store, "plan", draft.cadre_id, report, title=draft.title_code, term=draft.term_code)
    raise AssertionError  # pragma: no cover - refuse always raises


def remove_entry(
    store: Store, entry_id: str, on: PartialDate, reason: str, decision: str | None
) -> None:
    """Take a cadre out of the planning (annual review, discipline, …) by a decision."""
    with store.unit_of_work(write=True, reason=reason) as uow:
        entry = uow.session.get(PlanningEntry, entry_id)
        if entry is None or entry.end is not None:
            raise UsageError("No active planning entry has the id {id}.", id=entry_id)
        entry.end, entry.removal_reason, entry.removal_decision = on, reason, decision


def gate_imported(uow: UnitOfWork, store: Store, cadre_ids: set[str]) -> Report:
    """The gate for dossiers an import brought with active planning entries."""
    report = Report()
    for cadre_id in sorted(cadre_ids):
        cadre = dossier(uow, cadre_id)
        for entry in cadre.planning_entries:
            if entry.end is None:
                report += gate_report(cadre, store.catalogs(), entry.title_code)
    return report


def planning_list(store: Store, term_code: str, on: dt.date) -> list[dict[str, Any]]:
    """Per title: seats, the people planned, the 2/3 report and the structure figures."""
    from cadre_desktop.services.planning_board import board  # it builds on this module

    return [
        {
            "title": t.title_code,
            "seats": t.seats,
            "planned": [
                {
                    "entry": c.entry_id,
                    "cadre": c.cadre_id,
                    "name": c.name,
                    "group": c.group,
                    "since": c.since.vn(),
                }
                for c in t.candidates
            ],
            "figures": t.figure,
            "findings": [f.as_json() for f in t.findings],
        }
        for t in board(store, term_code, on, with_reports=False)
    ]


class GateRefused(Exception):
    """An import carried a planning entry the gate refuses; raised inside the transaction."""

    def __init__(self, report: Report, cadre_ids: list[str]) -> None:
        super().__init__("refused by the political-standard gate")
        self.report = report
        self.cadre_ids = cadre_ids


def enforce_import_gate(uow: UnitOfWork, store: Store, cadre_ids: set[str]) -> None:
    """Called by import-json before it commits: rolls the whole import back when blocked."""
    uow.session.flush()
    report = gate_imported(uow, store, cadre_ids)
    if report.blocked:
        raise GateRefused(Report(report.blocking), sorted(cadre_ids))


def refuse_import(store: Store, refused: GateRefused, source: str) -> None:
    refuse(store, "import", None, refused.report, file=source, cadres=refused.cadre_ids)
