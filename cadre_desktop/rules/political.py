"""The political-standard gate: no planning, appointment, nomination or rotation without a
valid conclusion of the competent Party committee (QĐ 367-QĐ/TW; HD 45 §III.2; NĐ 170 Đ35.7),
nor while the dossier is marked incomplete or untruthful (HD 45 §VI.1). No override exists."""

from __future__ import annotations

from dataclasses import dataclass

from cadre_desktop.domain.basis import StaleReason
from cadre_desktop.domain.enums import ClearanceResult, DossierStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import N_
from cadre_desktop.rules.findings import Finding, Severity

SOURCE = "QĐ 367-QĐ/TW (04/09/2025); HD 45-HD/BTCTW §III.2; NĐ 170/2025/NĐ-CP Đ35.7"
DOSSIER_SOURCE = "HD 45-HD/BTCTW §VI.1"


@dataclass(frozen=True)
class Conclusion:
    number: str
    date: PartialDate
    result: ClearanceResult
    ceiling_code: str | None = None
    ceiling_rank: int | None = None
    stale: tuple[StaleReason, ...] = ()


@dataclass(frozen=True)
class GateFacts:
    conclusion: Conclusion | None
    dossier_status: DossierStatus
    target_code: str
    target_rank: int | None  # 1 = the highest post; None when the post has no rank


def _block(rule_id: str, msgid: str, source: str = SOURCE, **params: object) -> Finding:
    return Finding(rule_id, Severity.BLOCK, msgid, source, dict(params))


def political_gate(facts: GateFacts) -> list[Finding]:
    found: list[Finding] = []
    if facts.dossier_status == DossierStatus.INCOMPLETE:
        found.append(
            _block(
                "DOSSIER_INCOMPLETE",
                N_("The dossier is marked incomplete; complete it before any personnel step."),
                DOSSIER_SOURCE,
            )
        )
    elif facts.dossier_status == DossierStatus.UNTRUTHFUL:
        found.append(
            _block(
                "DOSSIER_UNTRUTHFUL",
                N_("The dossier is marked untruthful; correct it before any personnel step."),
                DOSSIER_SOURCE,
            )
        )
    c = facts.conclusion
    if c is None:
        found.append(
            _block(
                "POLITICAL_STANDARD_MISSING",
                N_("There is no conclusion on political standards; record one first."),
            )
        )
        return found
    where = {"number": c.number, "date": c.date.vn()}
    if c.result == ClearanceResult.DOES_NOT_MEET:
        found.append(
            _block(
                "POLITICAL_STANDARD_NEGATIVE",
                N_("Conclusion {number} of {date} says the cadre does not meet the standard."),
                **where,
            )
        )
    elif c.result == ClearanceResult.PENDING:
        found.append(
            _block(
                "POLITICAL_STANDARD_PENDING",
                N_("Conclusion {number} of {date} is still pending verification."),
                **where,
            )
        )
    else:
        if c.stale:
            found.append(
                _block(
                    "POLITICAL_STANDARD_STALE",
                    N_(
                        "Conclusion {number} of {date} no longer covers the dossier "
                        "({changes}); a new conclusion is needed."
                    ),
                    changes=", ".join(r.as_text() for r in c.stale),
                    **where,
                )
            )
        if c.result == ClearanceResult.MEETS_WITH_CEILING and not _within_ceiling(c, facts):
            found.append(
                _block(
                    "POLITICAL_STANDARD_CEILING",
                    N_(
                        "Conclusion {number} of {date} allows posts up to {ceiling} only; "
                        "{post} is higher."
                    ),
                    ceiling=c.ceiling_code or "?",
                    post=facts.target_code,
                    **where,
                )
            )
    return found


def _within_ceiling(c: Conclusion, facts: GateFacts) -> bool:
    """Rank 1 is the highest post: the target may not rank above (be smaller than) the ceiling."""
    if c.ceiling_rank is None or facts.target_rank is None:
        return False  # a ceiling that cannot be compared does not let anything through
    return facts.target_rank >= c.ceiling_rank
