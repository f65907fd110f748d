"""Finding cadres: the list every screen and `cadre search` start from."""

from __future__ import annotations

from typing import NamedTuple

from cadre_desktop.domain.enums import PoliticalStandard, Sex
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.storage.queries import cadre_list
from cadre_desktop.storage.uow import UnitOfWork


class CadreHit(NamedTuple):
    """One line of a cadre list (a tuple: lists of thousands are built while typing)."""

    id: str
    full_name: str
    birth_date: PartialDate
    gender: Sex
    unit: str | None
    position: str | None
    political_standard: PoliticalStandard

    def as_json(self) -> dict[str, str | None]:
        return {
            "id": self.id,
            "full_name": self.full_name,
            "birth_date": self.birth_date.iso(),
            "gender": self.gender.value,
            "unit": self.unit,
            "position": self.position,
            "political_standard": self.political_standard.value,
        }


def search_cadres(
    uow: UnitOfWork, query: str | None = None, limit: int | None = None
) -> list[CadreHit]:
    """Every match (or the first ``limit``) in Vietnamese name order; diacritics ignored."""
    return [
        CadreHit(
            row.id,
            " ".join(p for p in (row.family_name, row.middle_name, row.given_name) if p),
            PartialDate.parse_iso(row.birth_date),
            Sex(row.sex),
            row.unit,
            row.current_position,
            PoliticalStandard(row.political_standard),
        )
        for row in cadre_list(uow.session, query, limit)
    ]
