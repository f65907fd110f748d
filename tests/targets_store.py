"""A small store where every figure of the 2021-2025 targets is known by hand.

Units: TU (the store's root) > UB.SNV (Sở Nội vụ), HU.X (a district committee abolished on
30/06/2025), XA.Y (a commune committee from 01/07/2025). Cadres, on 31/12/2024:

- An (A): Giám đốc Sở Nội vụ since 01/2010 (beyond two terms), born 1970, man, rated good
  and commitment signed for 2024, English bậc 3 since 2022, senior specialist, advanced theory.
- Bình (B): Phó Giám đốc Sở Nội vụ since 03/2022, born 05/1988 (36), woman, rated excellent,
  no commitment, English bậc 2 since 2023 (not communicative).
- Cường (C): Bí thư Huyện ủy X 10/2020 – 30/06/2025, then Bí thư Đảng ủy xã Y; home town P01,
  the locality of both committees (a local person); rated "completed"; planned for Giám đốc
  Sở since 02/2024; advanced theory, state management "chuyên viên"; trained only in 2015.
- Dũng (D): chuyên viên at TU, no rating for 2024, moved by rotation in 05/2023.
- Em (E): Ủy viên Ban Thường vụ Tỉnh ủy since 10/2020 after Chủ tịch UBND huyện 2015-2020,
  born 1968, rated good with commitment signed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from cadre_desktop.domain.enums import Rating, Sex, TrainingKind, UnitKind, UnitLevel
from cadre_desktop.domain.model import (
    Cadre,
    Evaluation,
    PlanningEntry,
    Posting,
    Rotation,
    Training,
    Unit,
    UnitLocality,
)
from cadre_desktop.domain.personnel import PlanningGroup, RotationStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import EvaluationStatus

D = PartialDate.parse_iso


def _unit(uow: Any, code: str, name: str, level: UnitLevel, parent: Unit, **dates: Any) -> Unit:
    unit = Unit(
        code=code, name=name, kind=UnitKind.PARTY, level=level, parent_id=parent.id, **dates
    )
    uow.session.add(unit)
    uow.session.flush()
    return unit


def _rated(cadre: Cadre, year: int, rating: Rating | None, commitment: bool) -> None:
    cadre.evaluations.append(
        Evaluation(
            year=year,
            rating=rating,
            status=EvaluationStatus.FINAL,
            commitment_signed=commitment,
        )
    )


def build(store: Any) -> dict[str, str]:
    """Make the units and the five cadres; returns their ids by first letter."""
    import datetime as dt

    with store.unit_of_work(write=True) as uow:
        root = uow.session.scalars(select(Unit).where(Unit.code == "TU")).one()
        snv = _unit(uow, "UB.SNV", "Sở Nội vụ", UnitLevel.PROVINCE, root)
        hux = _unit(
            uow, "HU.X", "Huyện ủy X", UnitLevel.DISTRICT, root, valid_to=dt.date(2025, 6, 30)
        )
        xay = _unit(
            uow, "XA.Y", "Đảng ủy xã Y", UnitLevel.COMMUNE, root, valid_from=dt.date(2025, 7, 1)
        )
        uow.session.add(UnitLocality(unit_id=hux.id, admin_unit="P01"))
        uow.session.add(UnitLocality(unit_id=xay.id, admin_unit="P01"))

        def cadre(letter: str, given: str, sex: Sex, born: str, **fields: Any) -> Cadre:
            person = Cadre(
                managing_unit_id=root.id, family_name="Nguyễn", middle_name="Văn",
                given_name=given, sex=sex, birth_date=D(born), ethnicity="01", **fields,
            )  # fmt: skip
            uow.session.add(person)
            return person

        a = cadre("A", "An", Sex.MALE, "1970-02-01", political_theory="cao_cap",
                  state_management="chuyen_vien_cao_cap")  # fmt: skip
        a.postings.append(Posting(start=D("2010-01"), unit_id=snv.id, title_code="giam_doc_so"))
        a.trainings.append(
            Training(kind=TrainingKind.LANGUAGE, start=D("2022-03"), end=D("2022-09"),
                     institution="Trung tâm Ngoại ngữ", language="en", level="bac_3")
        )  # fmt: skip
        _rated(a, 2024, Rating.GOOD, True)

        b = cadre("B", "Bình", Sex.FEMALE, "1988-05-01", political_theory="trung_cap")
        b.postings.append(Posting(start=D("2022-03"), unit_id=snv.id, title_code="pho_giam_doc_so"))
        b.trainings.append(
            Training(kind=TrainingKind.LANGUAGE, start=D("2023-02"), end=D("2023-06"),
                     institution="Trung tâm Ngoại ngữ", language="en", level="bac_2")
        )  # fmt: skip
        _rated(b, 2024, Rating.EXCELLENT, False)

        c = cadre("C", "Cường", Sex.MALE, "1975-06-15", political_theory="cao_cap",
                  state_management="chuyen_vien", home_town_unit="P01")  # fmt: skip
        c.postings.append(
            Posting(start=D("2020-10"), end=D("2025-06-30"), unit_id=hux.id,
                    title_code="bi_thu_huyen_uy")
        )  # fmt: skip
        c.postings.append(
            Posting(start=D("2025-07-01"), unit_id=xay.id, title_code="bi_thu_dang_uy_xa")
        )
        c.trainings.append(
            Training(kind=TrainingKind.POLITICAL_THEORY, start=D("2014-09"), end=D("2015-06"),
                     institution="Học viện Chính trị khu vực I", level="cao_cap")
        )  # fmt: skip
        c.planning_entries.append(
            PlanningEntry(term_code="2025-2030", title_code="giam_doc_so",
                          group=PlanningGroup.ONE, start=D("2024-02-01"))
        )  # fmt: skip
        _rated(c, 2024, Rating.COMPLETED, False)

        d = cadre("D", "Dũng", Sex.MALE, "1985-01-01")
        d.postings.append(Posting(start=D("2015-01"), unit_id=root.id, title_code="chuyen_vien"))

        e = cadre("E", "Em", Sex.MALE, "1968-09-09")
        e.postings.append(
            Posting(start=D("2015-10"), end=D("2020-09"), unit_id=hux.id,
                    title_code="chu_tich_ubnd_huyen")
        )  # fmt: skip
        e.postings.append(
            Posting(start=D("2020-10"), unit_id=root.id, title_code="uy_vien_btv_tinh_uy")
        )
        _rated(e, 2024, Rating.GOOD, True)
        uow.session.flush()
        uow.session.add(
            Rotation(cadre_id=d.id, unit_id=hux.id, title_code="chuyen_vien", start=D("2023-05-01"),
                     planned_end=D("2026-05-01"), status=RotationStatus.MOVED)
        )  # fmt: skip
        return {"A": a.id, "B": b.id, "C": c.id, "D": d.id, "E": e.id}
