"""Revoking a wrong personnel decision (appointment, planning, rating) by a decision of its own:
only once, not before the decision took effect, only while its effects are still in place,
and, when it rests on a matter of the register, only on a conclusion finding a violation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadre_desktop.domain.oversight_enums import VIOLATIONS, MatterOutcome
from cadre_desktop.i18n import N_
from cadre_desktop.rules.findings import Finding, Severity

SOURCE = "QĐ 114-QĐ/TW (11/07/2023); QĐ 377-QĐ/TW (08/10/2025)"


@dataclass(frozen=True)
class RevocationFacts:
    target: str  # what is revoked, as the officer knows it (a decision number, a title…)
    decided_on: dt.date  # when the revoked decision took effect
    effective: dt.date  # when the revocation takes effect
    already_revoked: bool
    effects_in_place: bool  # no later decision changed what the revoked one did
    matter: str | None = None  # the register number of the matter it rests on
    matter_outcome: MatterOutcome | None = None


def _f(rule_id: str, severity: Severity, msgid: str, **params: object) -> Finding:
    return Finding(rule_id, severity, msgid, SOURCE, dict(params))


def check_revocation(facts: RevocationFacts) -> list[Finding]:
    found: list[Finding] = []
    if facts.already_revoked:
        found.append(
            _f("REVOKE_ALREADY", Severity.BLOCK, N_("{target} was revoked already."),
               target=facts.target)
        )  # fmt: skip
    if facts.effective < facts.decided_on:
        found.append(
            _f(
                "REVOKE_BEFORE_DECISION",
                Severity.BLOCK,
                N_("A revocation cannot take effect before {target} did ({date})."),
                target=facts.target,
                date=facts.decided_on.strftime("%d/%m/%Y"),
            )
        )
    if not facts.effects_in_place:
        found.append(
            _f(
                "REVOKE_LATER_CHANGES",
                Severity.BLOCK,
                N_(
                    "Later decisions changed what {target} did; revoke or correct them first, "
                    "then this one."
                ),
                target=facts.target,
            )
        )
    if facts.matter is None:
        found.append(
            _f(
                "REVOKE_WITHOUT_MATTER",
                Severity.WARN,
                N_("The revocation rests on no matter of the register; its reason must say why."),
            )
        )
    elif facts.matter_outcome not in VIOLATIONS:
        found.append(
            _f(
                "REVOKE_MATTER_UNFOUNDED",
                Severity.BLOCK,
                N_("Matter {matter} was not concluded founded; it cannot ground a revocation."),
                matter=facts.matter,
            )
        )
    return found
