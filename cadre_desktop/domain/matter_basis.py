"""When an oversight matter makes a political-standard conclusion stale.

A conclusion rests on the cadre's political history, family relations, relatives abroad,
foreign links and political views (QĐ 367-QĐ/TW; HD 45 §III.2 asks to check complaint and
inspection results too). A matter *touches its grounds* when it is about one of those. Such
a matter makes a conclusion that predates it stale:

- while it is open (received, assigned, verifying), when it was received after the conclusion;
- once concluded founded (a violation), when it was concluded after the conclusion.

A matter found unfounded, not accepted or transferred no longer holds an older conclusion
back: nothing new changed the grounds (QĐ 727/QĐ-BNV: "không có thay đổi thì không phải kết
luận lại"). As for the other facts, a date counts as "after" only when its earliest day is
later than the conclusion's latest day.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from cadre_desktop.domain.basis import Change, FactKind, StaleReason
from cadre_desktop.domain.oversight_enums import POLITICAL_GROUNDS, Ground
from cadre_desktop.domain.values import PartialDate


class MatterLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def number(self) -> str: ...
    @property
    def received_on(self) -> PartialDate: ...
    @property
    def concluded_on(self) -> PartialDate | None: ...
    @property
    def ground_set(self) -> frozenset[Ground]: ...
    @property
    def is_open(self) -> bool: ...
    @property
    def violation(self) -> bool: ...


def touches_grounds(matter: MatterLike) -> bool:
    return bool(matter.ground_set & POLITICAL_GROUNDS)


def _after(day: PartialDate | None, concluded: PartialDate) -> bool:
    return day is not None and day.earliest() > concluded.latest()


def matter_stale_reasons(
    concluded: PartialDate, matters: Iterable[MatterLike]
) -> list[StaleReason]:
    """The matters that a conclusion of ``concluded`` does not cover (empty when none)."""
    reasons = []
    for matter in matters:
        if not touches_grounds(matter):
            continue
        if matter.is_open and _after(matter.received_on, concluded):
            reasons.append(
                StaleReason(Change.OPEN_MATTER, FactKind.MATTER, matter.id, matter.number)
            )
        elif matter.violation and _after(matter.concluded_on, concluded):
            reasons.append(StaleReason(Change.VIOLATION, FactKind.MATTER, matter.id, matter.number))
    return reasons
