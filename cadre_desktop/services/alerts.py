"""Alerts over the whole store (`cadre check --rules`, the alerts screen), from a list of
finders: stale conclusions of planned cadres, disciplined cadres still planned, heads at their
term limit, terms ending within 90 days, local Party secretaries (provincial: block; commune:
warn); then the yearly records' (services/yearly_alerts.py) and the oversight register's and
training plans' (services/oversight_alerts.py). A capability adds its finder to ``FINDERS``."""

from __future__ import annotations

import datetime as dt

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.model import Cadre
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import N_
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.rotation import SECRETARY_TITLES, HeldPost, post_alerts
from cadre_desktop.services import personnel_facts as pf
from cadre_desktop.services import yearly_alerts
from cadre_desktop.services.alert import Alert, Finder, Progress
from cadre_desktop.services.clearances import gate_report
from cadre_desktop.services.locality import local_findings
from cadre_desktop.services.oversight_alerts import oversight_findings
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.personnel import localities, planned_or_holding, term_ends
from cadre_desktop.storage.queries import load_dossiers

BATCH = 500  # dossiers loaded per query


def _held_since(cadre: Cadre, terms: dict[str, dt.date]) -> HeldPost | None:
    """A head's continuous run in the same title at the same unit, ending in the current post."""
    post = pf.current_post(cadre)
    if post is None or not post.title_code:
        return None
    since = post.start
    for earlier in sorted(cadre.postings, key=lambda p: p.start, reverse=True):
        same = earlier.title_code == post.title_code and earlier.unit_id == post.unit_id
        if earlier is not post and same:  # the same post at the same agency counts as one run
            since = min(since, earlier.start)
    return HeldPost(
        post.title_code, post.unit_id or post.unit_name or "", since, post.start,
        terms.get(post.id),
    )  # fmt: skip


def personnel_alerts(store: Store, today: dt.date, progress: Progress) -> list[Alert]:
    """The personnel rules' alerts, dossier by dossier; ``progress`` hears after each batch
    and may stop the run (what was found until then is returned)."""
    found: list[Alert] = []
    catalogs = store.catalogs()
    with store.unit_of_work() as uow:
        params = parameters(uow)
        # Only planned cadres, heads and secretaries can have these alerts: load just them.
        heads = {t.code for t in catalogs.items("title") if t.extra.get("is_head") == 1}
        ids = planned_or_holding(uow.session, heads | set(SECRETARY_TITLES))
        terms = term_ends(uow.session)
        places = localities(uow.session)
        for start in range(0, len(ids), BATCH):
            for cadre in load_dossiers(uow.session, ids[start : start + BATCH]):
                found += [
                    Alert(cadre.id, cadre.full_name, finding)
                    for finding in _cadre_alerts(cadre, catalogs, params, today, terms)
                ]
                found += [
                    Alert(cadre.id, cadre.full_name, finding)
                    for finding in _local(cadre, catalogs, params, today, places)
                ]
            uow.session.expunge_all()  # memory stays one batch, whatever the store's size
            if not progress(min(start + BATCH, len(ids)), len(ids)):
                break
    return found


def _local(
    cadre: Cadre, catalogs: Catalogs, params: ParameterSet, today: dt.date,
    places: dict[str, str],
) -> list[Finding]:  # fmt: skip
    post = pf.current_post(cadre)
    if post is None:
        return []
    return local_findings(cadre, post.title_code, post.unit_id, places, catalogs, params, today)


def _cadre_alerts(
    cadre: Cadre, catalogs: Catalogs, params: ParameterSet, today: dt.date,
    terms: dict[str, dt.date],
) -> list[Finding]:  # fmt: skip
    out: list[Finding] = []
    active = [e for e in cadre.planning_entries if e.end is None]
    for entry in active:
        out += list(gate_report(cadre, catalogs, entry.title_code).blocking)
        if any(d.start.earliest() >= entry.start.earliest() for d in cadre.disciplines):
            out.append(
                Finding(
                    "PLANNING_DISCIPLINED",
                    Severity.BLOCK,
                    N_("Disciplined after being planned for {title}: remove from the planning."),
                    "QĐ 377-QĐ/TW Đ29",
                    {"title": entry.title_code},
                )
            )
    held = _held_since(cadre, terms)
    title = catalogs.get("title", held.title_code) if held else None
    if held and title is not None and title.extra.get("is_head") == 1:
        out += post_alerts(held, today, params)
    unique: dict[tuple[str, str], Finding] = {}
    for f in out:
        unique.setdefault((f.rule_id, f.sentence()), f)
    return list(unique.values())


FINDERS: tuple[Finder, ...] = (
    personnel_alerts,
    yearly_alerts.rating_findings,
    yearly_alerts.declaration_findings,
    oversight_findings,
)


def alerts(store: Store, today: dt.date, progress: Progress | None = None) -> list[Alert]:
    """Every finder's alerts on ``today``, in the order of ``FINDERS``; ``progress`` hears
    as they go and may stop the run (what was found until then is returned)."""
    stopped = False

    def heard(done: int, total: int) -> bool:
        nonlocal stopped
        stopped = stopped or (progress is not None and not progress(done, total))
        return not stopped

    found: list[Alert] = []
    for finder in FINDERS:
        found += finder(store, today, heard)
        if stopped:
            break
    return found


__all__ = ["Alert", "PartialDate", "alerts"]
