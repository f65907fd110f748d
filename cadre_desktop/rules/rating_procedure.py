"""Procedure of the review (QĐ 366-QĐ/TW Điều 6-7): both places for leaders, the 27-item
self-check, and the yearly commitment on ethics and lifestyle (the resolution's target)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cadre_desktop.domain.yearly_enums import CheckState, ReviewVenue
from cadre_desktop.i18n import N_
from cadre_desktop.rules.findings import Finding, Report, Severity
from cadre_desktop.rules.rating import RatingRules

GROUPS = 3
ITEMS_PER_GROUP = 9
MANIFESTATION_CODES = tuple(
    f"{g}.{i}" for g in range(1, GROUPS + 1) for i in range(1, ITEMS_PER_GROUP + 1)
)


@dataclass(frozen=True)
class ProcedureFacts:
    leader: bool
    venues: frozenset[ReviewVenue]
    checks: dict[str, CheckState]
    commitment_signed: bool | None


def check_procedure(facts: ProcedureFacts, rules: RatingRules) -> Report:
    findings: list[Finding] = []
    if facts.leader and rules.scored:
        both = {ReviewVenue.PARTY_CELL, ReviewVenue.LEADERSHIP_COLLECTIVE}
        if not both <= facts.venues:
            findings.append(
                Finding(
                    "RATING_REVIEW_VENUES",
                    Severity.WARN,
                    N_(
                        "A leader is reviewed in two places: the Party cell and the "
                        "leadership collective; record both reviews."
                    ),
                    "QĐ 366-QĐ/TW (30/08/2025) Đ7",
                )
            )
        missing = [code for code in MANIFESTATION_CODES if code not in facts.checks]
        if missing:
            findings.append(
                Finding(
                    "RATING_SELF_CHECK_INCOMPLETE",
                    Severity.WARN,
                    N_("The self-check against the 27 manifestations lacks {count} item(s)."),
                    "QĐ 366-QĐ/TW (30/08/2025) Đ6; NQ 04-NQ/TW",
                    {"count": len(missing)},
                )
            )
    present = sorted(code for code, state in facts.checks.items() if state is CheckState.PRESENT)
    if present:
        findings.append(
            Finding(
                "RATING_MANIFESTATION_PRESENT",
                Severity.WARN,
                N_("The self-check admits manifestation(s) {items}; say how they are remedied."),
                "NQ 04-NQ/TW (30/10/2016)",
                {"items": ", ".join(present)},
            )
        )
    if facts.commitment_signed is not True:
        findings.append(
            Finding(
                "RATING_COMMITMENT_NOT_SIGNED",
                Severity.WARN,
                N_("The yearly commitment on ethics and lifestyle is not recorded as signed."),
                "provincial resolution 2021-2025 (100% sign the yearly commitment)",
            )
        )
    return Report(tuple(findings))


def unknown_items(codes: Iterable[str]) -> list[str]:
    return [code for code in codes if code not in MANIFESTATION_CODES]
