"""Whether a cadre is a "local person" for a post (Chỉ thị 45-CT/TW, 14/04/2025; DOMAIN.md
decision 3): home town or birthplace in the post's locality, or a long residence there.

Places are compared as *current* administrative units (after the 2025 mergers): the service
maps each recorded unit through the succession table and hands over the chain of units that
contain it (commune, province). The store has no dated residence history, so a long
residence is a permanent residence in the locality together with years of work in its
agencies of at least the provincial parameter (the only dated evidence a dossier holds).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadre_desktop.i18n import N_
from cadre_desktop.rules.params import ParameterSet


@dataclass(frozen=True)
class PlaceFacts:
    locality: str  # the current administrative unit the post serves
    home_town: frozenset[str]  # current units containing the home town (commune, province)
    birth_place: frozenset[str]
    residence: frozenset[str]
    months_worked_there: int


def local_reasons(facts: PlaceFacts, params: ParameterSet, on: dt.date) -> list[str]:
    """Why the cadre counts as local (English msgids); empty when not local."""
    reasons = []
    if facts.locality in facts.home_town:
        reasons.append(N_("home town"))
    if facts.locality in facts.birth_place:
        reasons.append(N_("birthplace"))
    years = params.whole("local.long_residence_years", on)
    if facts.locality in facts.residence and facts.months_worked_there >= 12 * years:
        reasons.append(N_("long residence"))
    return reasons
