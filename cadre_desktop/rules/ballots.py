"""Meetings and ballots of the appointment procedure (NĐ 170/2025 Đ33; before 01/07/2025
NĐ 138/2020): quorum, >50 % to be chosen, ≥30 % to go forward, nobody ≥30 % stops it, a step 3
that differs from step 2 needs 2/3 of the collective; shares are of those invited. The
province adds a surplus of candidates at every step that collects opinions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from cadre_desktop.i18n import N_
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.rules.params import ParameterSet

# The procedures: a local source's 5 steps and an external source's 3 (NĐ 170 Đ33); a
# reappointment or extension is one secret ballot of the leadership collective (Đ36-37).
STEPS = {"local": 5, "external": 3, "reappoint": 1}
VOTING_STEPS = {"local": (2, 3, 5), "external": (2,), "reappoint": (1,)}
# the steps that collect opinions, where the surplus rule applies
OPINION_STEPS = {"local": (2, 3, 4), "external": (), "reappoint": ()}


@dataclass(frozen=True)
class Vote:
    candidate: str  # a stable key (cadre id or name)
    votes: int


@dataclass(frozen=True)
class StepFacts:
    number: int
    on: dt.date
    invited: int
    present: int
    votes: tuple[Vote, ...]


def _f(rule_id: str, severity: Severity, msgid: str, source: str, **params: object) -> Finding:
    return Finding(rule_id, severity, msgid, source, dict(params))


def chosen(step: StepFacts, params: ParameterSet) -> str | None:
    """The candidate with strictly more than the choose share of those invited, if any."""
    share = params.value("ballot.choose_share", step.on)
    top = max(step.votes, key=lambda v: v.votes, default=None)
    if top is not None and step.invited and Fraction(top.votes, step.invited) > share:
        return top.candidate
    return None


def carried(step: StepFacts, params: ParameterSet) -> list[str]:
    share = params.value("ballot.carry_share", step.on)
    return [
        v.candidate for v in step.votes if step.invited and Fraction(v.votes, step.invited) >= share
    ]


def check_step(step: StepFacts, source: str, seats: int, params: ParameterSet) -> list[Finding]:
    found: list[Finding] = []
    quorum = params.get("meeting.quorum", step.on)
    if step.invited <= 0 or Fraction(step.present, step.invited) < quorum.value:
        found.append(
            _f(
                "MEETING_QUORUM",
                Severity.BLOCK,
                N_("Step {step}: {present} of {invited} present; at least {share} must attend."),
                quorum.legal_basis,
                step=step.number,
                present=step.present,
                invited=step.invited,
                share=quorum.text,
            )
        )
    if step.number in VOTING_STEPS[source] and step.votes and not carried(step, params):
        rule = params.get("ballot.carry_share", step.on)
        found.append(
            _f(
                "BALLOT_NOBODY_30",
                Severity.BLOCK,
                N_("Step {step}: nobody reached {share} of those invited; the procedure stops."),
                rule.legal_basis,
                step=step.number,
                share=rule.text,
            )
        )
    surplus = params.get("ballot.surplus_required", step.on)
    if surplus.as_int and step.number in OPINION_STEPS[source] and len(step.votes) <= seats:
        found.append(
            _f(
                "BALLOT_NO_SURPLUS",
                Severity.BLOCK,
                N_("Step {step} must have more candidates than seats ({seats})."),
                surplus.legal_basis,
                step=step.number,
                seats=seats,
            )
        )
    return found


def check_procedure(
    steps: Sequence[StepFacts], source: str, seats: int, candidate: str, params: ParameterSet,
    *, complete: bool,
) -> list[Finding]:  # fmt: skip
    """Every step's findings; with ``complete``, also that all steps exist and the candidate won."""
    by_number = {s.number: s for s in steps}
    found = [
        f
        for s in sorted(steps, key=lambda s: s.number)
        for f in check_step(s, source, seats, params)
    ]
    if source == "local" and 2 in by_number and 3 in by_number:
        second, third = chosen(by_number[2], params), chosen(by_number[3], params)
        # step 2's result is its chosen name, or else the names it carried forward
        result = [second] if second is not None else carried(by_number[2], params)
        if third is not None and third not in result:
            step3 = by_number[3]
            need = params.get("ballot.step3_differs_share", step3.on)
            votes = next(v.votes for v in step3.votes if v.candidate == third)
            if Fraction(votes, step3.invited) < need.value:
                found.append(
                    _f(
                        "BALLOT_STEP3_DIFFERS",
                        Severity.BLOCK,
                        N_(
                            "Step 3 chose differently from step 2 "
                            "without {share} of the collective."
                        ),
                        need.legal_basis,
                        share=need.text,
                    )
                )
    if not complete:
        return found
    total = STEPS[source]
    if missing := [n for n in range(1, total + 1) if n not in by_number]:
        found.append(
            _f(
                "PROPOSAL_STEPS_MISSING",
                Severity.BLOCK,
                N_("Steps {steps} of the procedure are not recorded."),
                "NĐ 170/2025/NĐ-CP Đ33",
                steps=", ".join(map(str, missing)),
            )
        )
        return found
    final = by_number[max(VOTING_STEPS[source])]
    if chosen(final, params) != candidate:
        rule = params.get("ballot.choose_share", final.on)
        found.append(
            _f(
                "BALLOT_NOT_CHOSEN",
                Severity.BLOCK,
                N_("The candidate did not get more than {share} of those invited at step {step}."),
                rule.legal_basis,
                share=rule.text,
                step=final.number,
            )
        )
    return found
