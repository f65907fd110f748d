"""The conditions of the indicator library, judged for every cadre of a population at once.

Each returns, per cadre, whether the condition holds and a note saying why (what a cadre is
missing, or the fact that counts), kept as a msgid with its arguments until it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import N_, gettext
from cadre_desktop.rules.dates import whole_months
from cadre_desktop.rules.locality import local_reasons
from cadre_desktop.rules.rating import LEVEL_NAMES, LEVELS
from cadre_desktop.services.locality import place_facts
from cadre_desktop.services.target_facts import Facts, Line
from cadre_desktop.services.target_library import expand_titles


class Outcome(NamedTuple):
    """Whether a cadre meets the condition, and the note saying why (a msgid and arguments).

    A tuple, not a dataclass: the dashboard makes one per cadre per indicator."""

    met: bool
    msgid: str = ""
    args: dict[str, Any] = {}  # noqa: RUF012 - never mutated; NamedTuple defaults are shared


def note_text(msgid: str, args: dict[str, Any]) -> str:
    if not msgid:
        return ""
    shown = {
        key: ", ".join(gettext(v) for v in value) if isinstance(value, list) else value
        for key, value in args.items()
    }
    if "rating" in shown:
        shown["rating"] = gettext(str(shown["rating"]))
    return gettext(msgid).format(**shown)


Holders = dict[str, list[Line]]
Judge = Callable[[Facts, list[str], dict[str, Any], Holders], dict[str, Outcome]]


def _any(facts: Facts, ids: list[str], params: dict[str, Any], _h: Holders) -> dict[str, Outcome]:
    counted = Outcome(True)
    return dict.fromkeys(ids, counted)


def _rated(facts: Facts, ids: list[str], params: dict[str, Any], _h: Holders) -> dict[str, Outcome]:
    lowest = Rating(params.get("rating", "good"))
    good = {r.value for r in LEVELS[: LEVELS.index(lowest) + 1]}
    unrated = Outcome(False, N_("no final rating for {year}"), {"year": facts.year})
    rated = {
        r.value: Outcome(
            r.value in good,
            N_("rated '{rating}' for {year}"),
            {"rating": LEVEL_NAMES[r], "year": facts.year},
        )
        for r in LEVELS
    }  # one outcome per level, shared by every cadre rated so
    out = {}
    for i in ids:
        yearly = facts.yearly.get(i)
        if yearly is None or not yearly.final or yearly.rating is None:
            out[i] = unrated
        else:
            out[i] = rated[yearly.rating]
    return out


def _commitment(
    facts: Facts, ids: list[str], params: dict[str, Any], _h: Holders
) -> dict[str, Outcome]:
    args = {"year": facts.year}
    signed = Outcome(True, N_("commitment signed for {year}"), args)
    unsigned = Outcome(False, N_("no yearly commitment signed for {year}"), args)
    out = {}
    for i in ids:
        yearly = facts.yearly.get(i)
        out[i] = signed if yearly is not None and yearly.commitment else unsigned
    return out


def _trained(
    facts: Facts, ids: list[str], params: dict[str, Any], _h: Holders
) -> dict[str, Outcome]:
    trained = facts.trained_since(params.get("kinds") or None)
    args = {"year": facts.since.year}
    yes = Outcome(True, N_("trained since {year}"), args)
    no = Outcome(False, N_("no training or refresher course since {year}"), args)
    return {i: yes if i in trained else no for i in ids}


def _language(
    facts: Facts, ids: list[str], params: dict[str, Any], _h: Holders
) -> dict[str, Outcome]:
    excluded = set(params.get("exclude_languages") or ())
    rows = facts.trainings(("language",), ids)
    out = {}
    for i in ids:
        best: tuple[bool, str] | None = None
        for row in rows.get(i, []):
            if row.language in excluded or not row.level:
                continue
            item = facts.catalogs.get("foreign_language_level", row.level)
            able = item is not None and item.extra.get("communicative") == 1
            language = facts.catalogs.label("language", row.language) or ""
            text = f"{language} {item.label if item else row.level}"
            if best is None or (able and not best[0]):
                best = (able, text.strip())
        if best is None:
            out[i] = Outcome(False, N_("no foreign-language certificate"))
        elif best[0]:
            out[i] = Outcome(True, N_("certificate: {level}"), {"level": best[1]})
        else:
            out[i] = Outcome(False, N_("below a communicative level: {level}"), {"level": best[1]})
    return out


def age_on(facts: Facts, cadre_id: str) -> int:
    """Age in whole years on the reference date, from the earliest the birth date can mean
    (a partial date never makes a cadre younger than they may be)."""
    born = PartialDate.parse_iso(facts.people[cadre_id].birth).earliest()
    return whole_months(born, facts.on) // 12


def _younger(
    facts: Facts, ids: list[str], params: dict[str, Any], _h: Holders
) -> dict[str, Outcome]:
    limit = int(params["age"])
    return {
        i: Outcome(age_on(facts, i) < limit, N_("aged {age}"), {"age": age_on(facts, i)})
        for i in ids
    }


def _woman(facts: Facts, ids: list[str], params: dict[str, Any], _h: Holders) -> dict[str, Outcome]:
    woman, man = Outcome(True, N_("woman")), Outcome(False, N_("man"))
    return {i: woman if facts.people[i].sex == "F" else man for i in ids}


def _rotated(
    facts: Facts, ids: list[str], params: dict[str, Any], _h: Holders
) -> dict[str, Outcome]:
    stayed = Outcome(False, N_("not rotated since {year}"), {"year": facts.since.year})
    out = dict.fromkeys(ids, stayed)
    for i, moves in facts.rotations.items():
        if i not in out:
            continue
        latest = max(moves, key=lambda r: r.start)
        title = facts.catalogs.label("title", latest.title_code)
        when = PartialDate.parse_iso(latest.start).vn()
        out[i] = Outcome(True, N_("rotated as {title} on {date}"), {"title": title, "date": when})
    return out


def _has_held(
    facts: Facts, ids: list[str], params: dict[str, Any], _h: Holders
) -> dict[str, Outcome]:
    titles = expand_titles(params["held_titles"])
    held = facts.titles_held(titles, ids)
    out = {}
    for i in ids:
        lines = held.get(i)
        if lines:
            first = min(lines, key=lambda r: r.start)
            title = facts.catalogs.label("title", first.title_code)
            out[i] = Outcome(True, N_("held {title}"), {"title": title})
        else:
            out[i] = Outcome(False, N_("has not held such a post"))
    return out


def _ranked(catalog: str, field_name: str, kind: str) -> Judge:
    def judge(
        facts: Facts, ids: list[str], params: dict[str, Any], _h: Holders
    ) -> dict[str, Outcome]:
        need = int(params["rank"])
        rows = facts.trainings((kind,), ids)
        out = {}
        for i in ids:
            codes = [getattr(facts.people[i], field_name)] + [r.level for r in rows.get(i, [])]
            ranked = []
            for code in codes:
                item = facts.catalogs.get(catalog, code) if code else None
                if item is not None and isinstance(item.extra.get("rank"), int):
                    ranked.append((int(item.extra["rank"]), item.label))
            if not ranked:
                out[i] = Outcome(False, N_("no such qualification recorded"))
                continue
            rank, name = max(ranked)
            out[i] = Outcome(rank >= need, N_("level: {level}"), {"level": name})
        return out

    return judge


def _beyond_terms(
    facts: Facts, ids: list[str], params: dict[str, Any], holders: Holders
) -> dict[str, Outcome]:
    term = facts.params.whole("term.months", facts.on)
    limit = int(params.get("terms", 2)) * term
    history = facts.postings(ids)
    out = {}
    for i in ids:
        line = max(holders.get(i, []), key=lambda line: line.start, default=None)
        if line is None:
            out[i] = Outcome(False)
            continue
        since = line.start
        for row in history.get(i, []):  # the same post at the same agency is one run
            if row.title_code == line.title_code and row.unit_id == line.unit_id:
                since = min(since, PartialDate.parse_iso(row.start))
        months = whole_months(since.earliest(), facts.on)
        title = facts.catalogs.label("title", line.title_code)
        args = {"months": months, "title": title}
        out[i] = Outcome(months > limit, N_("{months} months as {title} at the same agency"), args)
    return out


def _not_local(
    facts: Facts, ids: list[str], params: dict[str, Any], holders: Holders
) -> dict[str, Outcome]:
    dossiers = facts.dossiers(ids)
    out = {}
    for i in ids:
        line = max(holders.get(i, []), key=lambda line: line.start, default=None)
        locality = facts.localities.get(line.unit_id or "") if line else None
        if line is None or locality is None or i not in dossiers:
            out[i] = Outcome(False, N_("the locality of the post's unit is not recorded"))
            continue
        place = place_facts(dossiers[i], locality, facts.localities, facts.catalogs, facts.on)
        reasons = local_reasons(place, facts.params, facts.on)
        if reasons:
            out[i] = Outcome(False, N_("a local person ({reasons})"), {"reasons": reasons})
        else:
            out[i] = Outcome(True, N_("not a local person"))
    return out


def _with_courses(kind: str, judge: Judge) -> Judge:
    """Who misses a qualification but is assigned to a course for it: the note says which,
    so the dashboard shows the training plans' progress (issue 9) behind the number."""

    def judged(
        facts: Facts, ids: list[str], params: dict[str, Any], h: Holders
    ) -> dict[str, Outcome]:
        out = judge(facts, ids, params, h)
        missing = [i for i in ids if not out[i].met]
        if not missing:
            return out
        for cadre_id, courses in facts.enrolled((kind,), missing).items():
            course = min(courses, key=lambda c: c.start)
            note = (
                gettext(out[cadre_id].msgid).format(**out[cadre_id].args)
                if out[cadre_id].msgid
                else ""
            )
            args = {
                "note": note,
                "course": course.name,
                "until": PartialDate.parse_iso(course.end).vn(),
            }
            out[cadre_id] = Outcome(False, N_("{note}; assigned to {course} (until {until})"), args)
        return out

    return judged


JUDGES: dict[str, Judge] = {
    "any": _any,
    "rated_at_least": _rated,
    "commitment_signed": _commitment,
    "trained_since": _trained,
    "foreign_language": _with_courses("language", _language),
    "younger_than": _younger,
    "woman": _woman,
    "rotated_since": _rotated,
    "has_held": _has_held,
    "theory_at_least": _with_courses(
        "political_theory", _ranked("political_theory_level", "theory", "political_theory")
    ),
    "state_management_at_least": _with_courses(
        "state_management",
        _ranked("state_management_level", "state_management", "state_management"),
    ),
    "beyond_terms": _beyond_terms,
    "not_local": _not_local,
}
