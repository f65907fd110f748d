"""Conditions for appointment, reappointment and nomination (QĐ 377-QĐ/TW Đ34; HD 45 §III.1;
NĐ 170/2025 Đ29, 35, 36; predecessors QĐ 80-QĐ/TW and NĐ 138/2020), over plain facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import N_
from cadre_desktop.rules.dates import add_months, whole_months
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.rules.opinions import OpinionFact, unit_opinions
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.retirement import months_to_retirement

# NĐ 170/2025 Đ35: the ten components of an appointment dossier.
COMPONENTS = (
    "submission",  # tờ trình
    "minutes",  # biên bản các bước
    "cv",  # sơ yếu lý lịch có xác nhận
    "self_review",  # bản tự kiểm điểm 3 năm
    "evaluation",  # nhận xét, đánh giá của tập thể lãnh đạo
    "party_cell_opinion",  # ý kiến chi bộ nơi cư trú
    "political_conclusion",  # kết luận tiêu chuẩn chính trị
    "asset_declaration",  # bản kê khai tài sản, thu nhập
    "health_certificate",  # giấy chứng nhận sức khỏe
    "diplomas",  # bản sao văn bằng, chứng chỉ
)

WAIT_KIND = {"khien_trach": "reprimand", "canh_cao": "warning", "cach_chuc": "removal"}


@dataclass(frozen=True)
class DisciplineFact:
    form: str  # catalog code, e.g. party_canh_cao
    start: PartialDate
    end: PartialDate | None


@dataclass(frozen=True)
class AppointFacts:
    kind: str  # appoint | reappoint | nominate
    on: dt.date  # the expected decision date
    title_code: str
    title_rank: int | None
    current_title_code: str | None
    current_post_start: PartialDate | None
    planned_ranks: tuple[int, ...]  # ranks of the titles the cadre is planned for now
    special_case: bool
    birth_date: PartialDate
    sex: Sex
    rating_years: frozenset[int]
    asset_declaration: PartialDate | None
    disciplines: tuple[DisciplineFact, ...]
    components: frozenset[str]
    photo_date: PartialDate | None
    health_date: PartialDate | None
    department_leader: bool
    opinions: tuple[OpinionFact, ...] = ()
    opinion_groups: tuple[str, ...] = ()  # the groups of units the province names on ``on``


def _f(rule_id: str, severity: Severity, msgid: str, source: str, **params: object) -> Finding:
    return Finding(rule_id, severity, msgid, source, dict(params))


def wait_kind(form: str) -> str:
    """Reprimand, warning or removal; any heavier or unknown form waits as long as removal."""
    for suffix, kind in WAIT_KIND.items():
        if form.endswith(suffix):
            return kind
    return "removal"


def check_appointment(facts: AppointFacts, params: ParameterSet) -> list[Finding]:
    on, found = facts.on, []
    first = facts.kind != "reappoint"
    if first and (
        facts.title_rank is None or not any(r <= facts.title_rank for r in facts.planned_ranks)
    ):
        found.append(
            _f(
                "APPOINT_NOT_PLANNED",
                Severity.BLOCK,
                N_("The cadre is not in the planning for this title or an equal or higher one."),
                "QĐ 377-QĐ/TW Đ34; NĐ 170/2025/NĐ-CP Đ29.2",
            )
        )
    if first:
        found += _time_in_post(facts, params)
    found += _age(facts, params)
    years = params.get("appoint.rating_years", on)
    wanted = {on.year - i for i in range(1, years.as_int + 1)}
    if missing := sorted(wanted - facts.rating_years):
        found.append(
            _f(
                "APPOINT_RATINGS_MISSING",
                Severity.BLOCK,
                N_("The ratings of {years} are missing; the last {count} years are needed."),
                years.legal_basis,
                years=", ".join(map(str, missing)),
                count=years.as_int,
            )
        )
    days = params.get("appoint.asset_declaration_min_days", on)
    declared = facts.asset_declaration
    # latest(): a declaration known only to the month counts from its last possible day
    if declared is None or (on - declared.latest()).days < days.as_int:
        found.append(
            _f(
                "APPOINT_ASSET_DECLARATION",
                Severity.BLOCK,
                N_("The asset declaration must be made at least {days} days before the date."),
                days.legal_basis,
                days=days.as_int,
            )
        )
    found += _discipline(facts, params)
    found += _dossier(facts, params)
    if facts.department_leader:
        found += unit_opinions(facts.on, facts.opinions, facts.opinion_groups, params)
    if facts.current_title_code == "pho_truong_phong" and facts.title_code == "pho_giam_doc_so":
        found.append(
            _f(
                "APPOINT_OUTSTANDING",
                Severity.WARN,
                N_(
                    "A deputy division head proposed as deputy director "
                    "must be clearly outstanding."
                ),
                "Nghị quyết của Tỉnh ủy",
            )
        )
    return found


def _time_in_post(facts: AppointFacts, params: ParameterSet) -> list[Finding]:
    need = params.get("appoint.min_months_in_post", facts.on)
    # latest(): a start known only to the month counts from its last day (never more time)
    held = (
        whole_months(facts.current_post_start.latest(), facts.on) if facts.current_post_start else 0
    )
    if held >= need.as_int:
        return []
    severity = Severity.WARN if facts.special_case else Severity.BLOCK
    return [
        _f(
            "APPOINT_TIME_IN_POST",
            severity,
            N_("{held} months in the current post; {need} are needed (or a special case)."),
            need.legal_basis,
            held=held,
            need=need.as_int,
        )
    ]


def _age(facts: AppointFacts, params: ParameterSet) -> list[Finding]:
    on = facts.on
    left = months_to_retirement(facts.birth_date, facts.sex, params, on)
    if facts.kind == "reappoint":
        ext = params.get("term.extension_months_left", on)
        if left < ext.as_int:
            return [
                _f(
                    "REAPPOINT_EXTENSION",
                    Severity.WARN,
                    N_("Under {need} months to retirement: extend the term to retirement."),
                    ext.legal_basis,
                    need=ext.as_int,
                )
            ]
        return []
    full = params.get("appoint.min_months_to_retirement", on)
    if left >= full.as_int:
        return []
    special = params.get("appoint.special_min_months_to_retirement", on)
    if facts.special_case and left >= special.as_int:
        return [
            _f(
                "APPOINT_AGE",
                Severity.WARN,
                N_("{left} months to retirement: allowed only as a justified special case."),
                special.legal_basis,
                left=left,
            )
        ]
    return [
        _f(
            "APPOINT_AGE",
            Severity.BLOCK,
            N_("Only {left} months to retirement; a full term needs {need}."),
            full.legal_basis,
            left=left,
            need=full.as_int,
        )
    ]


def _discipline(facts: AppointFacts, params: ParameterSet) -> list[Finding]:
    on, found = facts.on, []
    for d in facts.disciplines:
        if d.start.earliest() > on:
            continue
        if d.end is None or d.end.latest() >= on:
            found.append(
                _f(
                    "APPOINT_DISCIPLINE_PERIOD",
                    Severity.BLOCK,
                    N_("The cadre is within a discipline period ({form})."),
                    "NĐ 170/2025/NĐ-CP Đ29.7",
                    form=d.form,
                )
            )
            continue
        wait = params.get(f"discipline.wait_months.{wait_kind(d.form)}", on)
        # latest(): an imprecise decision date never shortens the waiting time
        if on < add_months(d.start.latest(), wait.as_int):
            found.append(
                _f(
                    "APPOINT_DISCIPLINE_WAIT",
                    Severity.BLOCK,
                    N_("After {form}, {months} months must pass before a higher post."),
                    wait.legal_basis,
                    form=d.form,
                    months=wait.as_int,
                )
            )
    return found


def _dossier(facts: AppointFacts, params: ParameterSet) -> list[Finding]:
    on, found = facts.on, []
    if missing := [c for c in COMPONENTS if c not in facts.components]:
        found.append(
            _f(
                "APPOINT_DOSSIER_INCOMPLETE",
                Severity.BLOCK,
                N_("The proposal dossier lacks: {missing}."),
                "NĐ 170/2025/NĐ-CP Đ35",
                missing=", ".join(missing),
            )
        )
    limit = params.get("appoint.document_max_months", on)
    for name, day in (("photo", facts.photo_date), ("health_certificate", facts.health_date)):
        # earliest(): a document dated only to the month is taken as old as it can be
        if day is None or add_months(day.earliest(), limit.as_int) < on:
            found.append(
                _f(
                    "APPOINT_DOCUMENT_TOO_OLD",
                    Severity.BLOCK,
                    N_("The {document} must be dated within {months} months of the date."),
                    limit.legal_basis,
                    document=name,
                    months=limit.as_int,
                )
            )
    return found
