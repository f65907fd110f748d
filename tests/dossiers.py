"""Building real dossiers in a real store for the tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from cadre_desktop.domain.enums import (
    ClearancePurpose,
    ClearanceResult,
    FamilySide,
    Sex,
    TrainingKind,
)
from cadre_desktop.domain.model import Cadre, Clearance, FamilyMember, Posting, Training, Unit
from cadre_desktop.domain.values import PartialDate


def root_unit(uow: Any) -> Unit:
    return uow.session.scalars(select(Unit).where(Unit.code == "TU")).one()


def add_cadre(
    store: Any,
    family: str = "Nguyễn",
    middle: str | None = "Văn",
    given: str = "Đức",
    **fields: Any,
) -> str:
    """Save one dossier through the ordinary (audited) path and return its id."""
    with store.unit_of_work(write=True) as uow:
        unit = root_unit(uow)
        cadre = Cadre(
            managing_unit_id=unit.id,
            family_name=family,
            middle_name=middle,
            given_name=given,
            sex=fields.pop("sex", Sex.MALE),
            birth_date=fields.pop("birth_date", PartialDate(1975, 3, 2)),
            ethnicity=fields.pop("ethnicity", "01"),
            id_number=fields.pop("id_number", "001075123456"),
            **fields,
        )
        cadre.postings.append(
            Posting(start=PartialDate(2020, 1), unit_id=unit.id, title_name="Phó Trưởng ban")
        )
        cadre.trainings.append(
            Training(
                kind=TrainingKind.POLITICAL_THEORY,
                institution="Học viện Chính trị khu vực I",
                level="cao_cap",
            )
        )
        cadre.family.append(
            FamilyMember(
                side=FamilySide.OWN,
                relation="bo_de",
                full_name="Nguyễn Văn Bình",
                birth_year=PartialDate(1948),
            )
        )
        cadre.clearances.append(
            Clearance(
                number="12-KL/BTVTU",
                date=PartialDate(2024, 5, 10),
                body="Ban Thường vụ Tỉnh ủy",
                purpose=ClearancePurpose.PLANNING,
                result=ClearanceResult.MEETS,
            )
        )
        uow.session.add(cadre)
        uow.session.flush()
        return cadre.id
