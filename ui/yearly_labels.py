"""How the yearly records' enumerations are named on screen.

They are looked up by enumeration, not by bare value: "spouse" is a declaration's holder here
and a side of the family elsewhere, "completed" a rating and a declaration's status.
"""

from __future__ import annotations

from enum import StrEnum

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.yearly_enums import (
    ChangeDirection,
    CheckState,
    DeclarationKind,
    DeclarationStatus,
    EvaluationStatus,
    Holder,
    ReviewVenue,
)
from cadre_desktop.i18n import N_, gettext

LABELS: dict[type[StrEnum], dict[str, str]] = {
    Rating: {
        Rating.EXCELLENT: N_("Completed tasks excellently"),
        Rating.GOOD: N_("Completed tasks well"),
        Rating.COMPLETED: N_("Completed tasks"),
        Rating.NOT_COMPLETED: N_("Did not complete tasks"),
    },
    CheckState: {
        CheckState.NONE: N_("None"),
        CheckState.PRESENT: N_("Present"),
        CheckState.REMEDIED: N_("Remedied"),
    },
    ReviewVenue: {
        ReviewVenue.PARTY_CELL: N_("Party cell"),
        ReviewVenue.LEADERSHIP_COLLECTIVE: N_("Leadership collective"),
        ReviewVenue.OTHER: N_("Another post held"),
    },
    EvaluationStatus: {
        EvaluationStatus.DRAFT: N_("Draft"),
        EvaluationStatus.FINAL: N_("Final"),
    },
    DeclarationKind: {
        DeclarationKind.FIRST: N_("First"),
        DeclarationKind.ANNUAL: N_("Annual"),
        DeclarationKind.SUPPLEMENTARY: N_("Supplementary"),
        DeclarationKind.PERSONNEL: N_("For personnel work"),
    },
    DeclarationStatus: {
        DeclarationStatus.DRAFT: N_("Draft"),
        DeclarationStatus.COMPLETED: N_("Received as complete"),
    },
    Holder: {
        Holder.DECLARANT: N_("Declarant"),
        Holder.SPOUSE: N_("Spouse"),
        Holder.CHILD: N_("Minor child"),
        Holder.JOINT: N_("Joint"),
    },
    ChangeDirection: {
        ChangeDirection.INCREASE: N_("Increase (+)"),
        ChangeDirection.DECREASE: N_("Decrease (−)"),
    },
}
_BY_CHOICES = {tuple(member.value for member in kind): kind for kind in LABELS}


def yearly_label(kind: type[StrEnum], value: str | None) -> str:
    if value is None:
        return ""
    return gettext(LABELS[kind].get(value, value))


def enum_of(choices: tuple[str, ...]) -> type[StrEnum] | None:
    """The yearly enumeration whose values a column's choices are, if any."""
    return _BY_CHOICES.get(tuple(choices))
