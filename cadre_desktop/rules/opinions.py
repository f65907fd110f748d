"""The secret-ballot opinions a proposal for the leader of a provincial department needs from
the units the province names (Nghị quyết của Tỉnh ủy; DOMAIN.md decision 3: the district
level is gone, so commune-level Party committees and provincial departments by default),
each given at a quorate meeting on stated criteria."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from cadre_desktop.i18n import N_
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.rules.params import ParameterSet


@dataclass(frozen=True)
class OpinionFact:
    """A named unit's secret-ballot opinion on a department leader (DOMAIN.md decision 3)."""

    group: str
    unit: str
    invited: int
    present: int
    criteria: str


def _f(rule_id: str, severity: Severity, msgid: str, source: str, **params: object) -> Finding:
    return Finding(rule_id, severity, msgid, source, dict(params))


def unit_opinions(
    on: dt.date, opinions: Sequence[OpinionFact], groups: Sequence[str], params: ParameterSet
) -> list[Finding]:
    """Each named group has given its opinion, at a quorate meeting, on stated criteria."""
    source = "Nghị quyết của Tỉnh ủy; DOMAIN.md decision 3"
    found: list[Finding] = []
    given = {o.group for o in opinions}
    if missing := [g for g in groups if g not in given]:
        found.append(
            _f(
                "APPOINT_UNIT_OPINIONS",
                Severity.BLOCK,
                N_("A department leader needs the secret-ballot opinions of: {groups}."),
                source,
                groups=", ".join(missing),
            )
        )
    quorum = params.get("meeting.quorum", on)
    for o in opinions:
        if not o.criteria.strip():
            found.append(
                _f(
                    "APPOINT_UNIT_OPINION_CRITERIA",
                    Severity.BLOCK,
                    N_("The opinion of {unit} does not say which criteria were asked."),
                    source,
                    unit=o.unit,
                )
            )
        if o.invited <= 0 or Fraction(o.present, o.invited) < quorum.value:
            found.append(
                _f(
                    "MEETING_QUORUM",
                    Severity.BLOCK,
                    N_("{unit}: {present} of {invited} present; at least {share} must attend."),
                    quorum.legal_basis,
                    unit=o.unit,
                    present=o.present,
                    invited=o.invited,
                    share=quorum.text,
                )
            )
    return found
