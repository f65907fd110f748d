"""The planning of a term as the planning screen shows it: each title with its seats, its
candidates (each with what the rules say about them today), the removed ones with their
decisions, and the 2/3 and structure figures against the targets in force."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from fractions import Fraction

from cadre_desktop.domain.model import PlannedTitle, PlanningEntry
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.rules.findings import Finding, Report
from cadre_desktop.rules.params import MissingParameter, ParameterSet
from cadre_desktop.rules.planning import PlannedPerson, title_report
from cadre_desktop.services import personnel_facts as pf
from cadre_desktop.services.planning import PlanDraft, rule_report, term_of
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import personnel as q
from cadre_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class TermRow:
    code: str
    start_year: int
    end_year: int
    reference_date: PartialDate
    approving_level: str
    titles: int  # how many titles the term plans


@dataclass(frozen=True)
class Candidate:
    entry_id: str
    cadre_id: str
    name: str
    group: str  # "1" or "2"
    since: PartialDate
    decision_number: str | None
    decision_body: str | None
    training_plan: str | None
    current_title: str | None
    standard: str  # the dossier's derived political standard
    holds_lower: bool
    report: Report = field(default_factory=Report)  # the rules on keeping it, today
    removed_on: PartialDate | None = None
    removal_reason: str | None = None
    removal_decision: str | None = None


@dataclass(frozen=True)
class Figure:
    """One structure figure of a title: how many of those planned, and the target if any."""

    key: str  # lower_post, women, under_40, under_42, ethnic_minority, science
    count: int
    total: int
    target: Fraction | None = None
    target_text: str = ""
    legal_basis: str = ""

    @property
    def met(self) -> bool | None:
        if self.target is None or not self.total:
            return None
        return Fraction(self.count, self.total) >= self.target


@dataclass(frozen=True)
class TitleBoard:
    title_code: str
    seats: int
    limit: int  # how many may be planned for the title
    committee: bool
    candidates: list[Candidate]
    removed: list[Candidate]
    figures: list[Figure]
    findings: list[Finding] = field(default_factory=list)

    @property
    def figure(self) -> dict[str, int]:
        return {f.key: f.count for f in self.figures}


# Each figure and the parameter that sets its target (none: shown without a target).
TARGETS = {
    "lower_post": "planning.lower_post_share",
    "women": "planning.target.women",
    "under_40": None,
    "under_42": "planning.target.young",
    "ethnic_minority": None,
    "science": "planning.target.science",
}


def terms(store: Store) -> list[TermRow]:
    with store.unit_of_work() as uow:
        return [
            TermRow(
                t.code,
                t.start_year,
                t.end_year,
                t.reference_date,
                t.approving_level,
                len(q.titles_of_term(uow.session, t.id)),
            )
            for t in q.terms(uow.session)
        ]


def _candidate(entry: PlanningEntry, lower: frozenset[str], report: Report) -> Candidate:
    cadre = entry.cadre
    post = pf.current_post(cadre)
    return Candidate(
        entry.id, cadre.id, cadre.full_name, entry.group.value, entry.start,
        entry.decision_number, entry.decision_body, entry.training_plan,
        post.title_code if post else None, cadre.political_standard.value,
        bool(post and post.title_code in lower), report, entry.end, entry.removal_reason,
        entry.removal_decision,
    )  # fmt: skip


def _limit(store: Store, params: ParameterSet, title: PlannedTitle, on: dt.date) -> int:
    if pf.is_committee(store.catalogs(), title.title_code):
        return math.ceil(params.value("planning.committee_max_ratio", on) * title.seats)
    return params.whole("planning.max_per_seat", on) * title.seats


def _figures(counts: dict[str, int], total: int, params: ParameterSet, on: dt.date) -> list[Figure]:
    figures = []
    for key, target_key in TARGETS.items():
        target = None
        if target_key is not None:
            try:
                target = params.get(target_key, on)
            except MissingParameter:  # no target in force on that day
                target = None
        if target is None:
            figures.append(Figure(key, counts[key], total))
        else:
            figures.append(
                Figure(key, counts[key], total, target.value, target.text, target.legal_basis)
            )
    return figures


def _title(
    uow: UnitOfWork, store: Store, term_code: str, title: PlannedTitle, on: dt.date,
    params: ParameterSet, with_reports: bool,
) -> TitleBoard:  # fmt: skip
    catalogs = store.catalogs()
    lower = pf.directly_lower(catalogs, title.title_code)
    active, removed, people = [], [], []
    for entry in q.entries_of_title(uow.session, term_code, title.title_code):
        if entry.end is not None:
            removed.append(_candidate(entry, lower, Report()))
            continue
        report = Report()
        if with_reports:
            draft = PlanDraft(
                entry.cadre_id, term_code, title.title_code, entry.group, PartialDate.of(on),
                training_plan=entry.training_plan,
            )  # fmt: skip
            report = rule_report(uow, store, entry.cadre, draft)
        candidate = _candidate(entry, lower, report)
        active.append(candidate)
        people.append(
            PlannedPerson(
                holds_directly_lower=candidate.holds_lower, sex=entry.cadre.sex,
                birth_date=entry.cadre.birth_date, ethnic_minority=pf.ethnic_minority(entry.cadre),
                science=False,  # no dossier field says so yet
            )
        )  # fmt: skip
    summary = title_report(title.title_code, title.seats, people, on, params)
    return TitleBoard(
        title.title_code, title.seats, _limit(store, params, title, on),
        pf.is_committee(catalogs, title.title_code), active, removed,
        _figures(summary.figures, len(people), params, on), list(summary.findings),
    )  # fmt: skip


def board(
    store: Store, term_code: str, on: dt.date, *, with_reports: bool = True
) -> list[TitleBoard]:
    """Every title of the term as on ``on``; ``with_reports`` judges each candidate too."""
    with store.unit_of_work() as uow:
        term = term_of(uow, term_code)
        params = parameters(uow)
        return [
            _title(uow, store, term.code, title, on, params, with_reports)
            for title in q.titles_of_term(uow.session, term.id)
        ]
