"""Rotation (NĐ 170/2025 Đ43, 48; QĐ 65-QĐ/TW) and the alerts on terms and local secretaries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import N_
from cadre_desktop.rules.dates import add_months, whole_months
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.retirement import months_to_retirement


@dataclass(frozen=True)
class RotationFacts:
    start: dt.date
    planned_end: dt.date
    birth_date: PartialDate
    sex: Sex


def check_rotation(facts: RotationFacts, params: ParameterSet) -> list[Finding]:
    found: list[Finding] = []
    service = params.get("rotation.min_months_service_left", facts.start)
    left = months_to_retirement(facts.birth_date, facts.sex, params, facts.start)
    if left < service.as_int:
        found.append(
            Finding(
                "ROTATION_SERVICE_LEFT",
                Severity.BLOCK,
                N_("Only {left} months of service left; rotation needs {need}."),
                service.legal_basis,
                {"left": left, "need": service.as_int},
            )
        )
    duration = params.get("rotation.min_duration_months", facts.start)
    months = whole_months(facts.start, facts.planned_end)
    if months < duration.as_int:
        found.append(
            Finding(
                "ROTATION_TOO_SHORT",
                Severity.BLOCK,
                N_("A rotation lasts at least {need} months; this one lasts {months}."),
                duration.legal_basis,
                {"need": duration.as_int, "months": months},
            )
        )
    return found


@dataclass(frozen=True)
class HeldPost:
    """A head's continuous time in one post at one agency, and the start of the current term."""

    title_code: str
    unit: str
    since: PartialDate
    term_start: PartialDate
    term_end: dt.date | None = None  # from the appointment decision, when one is recorded


def post_alerts(post: HeldPost, today: dt.date, params: ParameterSet) -> list[Finding]:
    found: list[Finding] = []
    term = params.whole("term.months", today)
    # earliest(): the longest the cadre may have held the post
    held = whole_months(post.since.earliest(), today)
    max_terms = params.get("term_limit.max_terms", today)
    max_months = params.get("term_limit.max_months", today)
    if held >= max_months.as_int or held >= max_terms.as_int * term:
        found.append(
            Finding(
                "TERM_LIMIT_REACHED",
                Severity.WARN,
                N_("{months} months as {title} at {unit}: rotate to another place."),
                max_months.legal_basis,
                {"months": held, "title": post.title_code, "unit": post.unit},
            )
        )
    end = post.term_end or add_months(post.term_start.earliest(), term)
    alert = params.whole("term.alert_days", today)
    if today <= end <= today + dt.timedelta(days=alert):
        found.append(
            Finding(
                "TERM_ENDING",
                Severity.WARN,
                N_("The term as {title} ends on {end}: reappoint, extend or end it."),
                params.get("term.alert_days", today).legal_basis,
                {"title": post.title_code, "end": end.strftime("%d/%m/%Y")},
            )
        )
    return found


SECRETARY_TITLES = ("bi_thu_tinh_uy", "bi_thu_dang_uy_xa")  # where "not a local" is asked


def local_secretary_alert(title_code: str, is_local: bool) -> list[Finding]:
    """Chỉ thị 45-CT/TW: a provincial secretary must not be local; communes: strive for it."""
    if not is_local:
        return []
    if title_code == "bi_thu_tinh_uy":
        return [
            Finding(
                "LOCAL_PROVINCIAL_SECRETARY",
                Severity.BLOCK,
                N_("The provincial Party secretary must not be a local person."),
                "Chỉ thị 45-CT/TW (14/04/2025)",
            )
        ]
    if title_code == "bi_thu_dang_uy_xa":
        return [
            Finding(
                "LOCAL_COMMUNE_SECRETARY",
                Severity.WARN,
                N_("The commune Party secretary is a local person; the target is a non-local."),
                "Chỉ thị 45-CT/TW (14/04/2025)",
            )
        ]
    return []
