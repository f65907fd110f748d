# ruff: noqa: E501
"""Rotation plans and moves, the alerts of `cadre check --rules`, and the rule that a disciplined
cadre leaves the planning at once, by every path (service, dossier edit, import-json)."""

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from cadre_desktop.domain.enums import UnitKind, UnitLevel
from cadre_desktop.domain.model import AuditEntry, Discipline, Posting, Unit
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import RefusedError
from cadre_desktop.services import alerts, decisions, dossiers, locality, planning, rotations
from cadre_desktop.storage.queries import load_dossier
from tests.dossiers import add_cadre, root_unit
from tests.personnel import ready_cadre

SIGNED = decisions.DecisionDraft("9/QĐ-TU", PartialDate(2026, 4, 1), "Bí thư Tỉnh ủy", "Tỉnh ủy")


def _rules(store, today: dt.date, cadre_id: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (a.finding.rule_id, a.finding.severity.value)
        for a in alerts.alerts(store, today)
        if a.cadre_id == cadre_id
    ]


def _unit(store, code: str, level: UnitLevel = UnitLevel.COMMUNE) -> str:  # type: ignore[no-untyped-def]
    with store.unit_of_work(write=True) as uow:
        unit = Unit(code=code, name=f"Đảng ủy {code}", kind=UnitKind.PARTY, level=level,
                    parent_id=root_unit(uow).id)  # fmt: skip
        uow.session.add(unit)
        uow.session.flush()
        return unit.id


def _hold(store, cadre_id: str, title: str, unit_id: str, since: PartialDate) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work(write=True) as uow:
        cadre = load_dossier(uow.session, cadre_id)
        cadre.postings[0].end = since
        cadre.postings.append(Posting(start=since, title_code=title, unit_id=unit_id))


@pytest.mark.parametrize(
    ("birth", "blocked"), [(PartialDate(1975, 3, 2), False), (PartialDate(1964, 1, 1), True)]
)
def test_rotation_needs_ten_years_of_service_left(store, birth, blocked) -> None:  # type: ignore[no-untyped-def]
    cadre_id = ready_cadre(store, birth=birth, plan=False)
    draft = rotations.RotationDraft(
        cadre_id, "pho_giam_doc_so", None, PartialDate(2026, 4, 1), PartialDate(2029, 4, 1)
    )
    assert ("ROTATION_SERVICE_LEFT" in rotations.check_plan(store, draft).ids()) is blocked


def test_a_rotation_lasts_thirty_six_months_and_the_move_updates_the_history(store) -> None:
    cadre_id = ready_cadre(store, plan=False)
    short = rotations.RotationDraft(
        cadre_id, "pho_giam_doc_so", None, PartialDate(2026, 4, 1), PartialDate(2029, 3, 31)
    )
    with pytest.raises(RefusedError) as refused:
        rotations.plan(store, short)
    assert refused.value.rule_ids == ["ROTATION_TOO_SHORT"]
    exact = rotations.RotationDraft(
        cadre_id, "pho_giam_doc_so", None, PartialDate(2026, 4, 1), PartialDate(2029, 4, 1)
    )
    rotation_id = rotations.plan(store, exact)
    rotations.move(store, rotation_id, SIGNED)
    [row] = rotations.list_rotations(store, cadre_id)
    assert row["status"] == "moved" and row["decision"] == "9/QĐ-TU"
    with store.unit_of_work() as uow:
        cadre = load_dossier(uow.session, cadre_id)
        assert [p.start for p in cadre.postings if p.end is None] == [PartialDate(2026, 4, 1)]


def test_terms_ending_within_ninety_days_and_the_term_limit(store) -> None:
    cadre_id = add_cadre(store)
    unit_id = _unit(store, "SO.X", UnitLevel.PROVINCE)
    _hold(store, cadre_id, "giam_doc_so", unit_id, PartialDate(2021, 6, 1))
    end = dt.date(2026, 6, 1)  # five years after
    assert ("TERM_ENDING", "warn") in _rules(store, end - dt.timedelta(days=90), cadre_id)
    assert ("TERM_ENDING", "warn") not in _rules(store, end - dt.timedelta(days=91), cadre_id)
    assert ("TERM_LIMIT_REACHED", "warn") not in _rules(store, dt.date(2029, 5, 31), cadre_id)
    assert ("TERM_LIMIT_REACHED", "warn") in _rules(store, dt.date(2029, 6, 1), cadre_id)  # 8 years


def test_local_party_secretaries(store) -> None:
    provincial = add_cadre(store, home_town_unit="P02")  # Hà Giang, merged into Tuyên Quang
    commune = add_cadre(store, given="An", birth_place_unit="P01")
    outsider = add_cadre(store, given="Bình", home_town_unit="P04")
    with store.unit_of_work() as uow:
        tu = root_unit(uow)
    locality.set_locality(store, "TU", "P08.2025")
    xa = _unit(store, "DU.X01")
    locality.set_locality(store, "DU.X01", "P01")
    _hold(store, provincial, "bi_thu_tinh_uy", tu.id, PartialDate(2025, 10, 1))
    _hold(store, commune, "bi_thu_dang_uy_xa", xa, PartialDate(2025, 10, 1))
    _hold(store, outsider, "bi_thu_dang_uy_xa", xa, PartialDate(2025, 10, 1))
    today = dt.date(2026, 3, 1)
    assert ("LOCAL_PROVINCIAL_SECRETARY", "block") in _rules(store, today, provincial)
    assert ("LOCAL_COMMUNE_SECRETARY", "warn") in _rules(store, today, commune)
    assert not any(r.startswith("LOCAL") for r, _ in _rules(store, today, outsider))


def test_a_discipline_takes_the_cadre_out_of_the_planning_in_the_same_transaction(store) -> None:
    cadre_id = ready_cadre(store)
    with store.unit_of_work(write=True) as uow:
        cadre = load_dossier(uow.session, cadre_id)
        cadre.disciplines.append(Discipline(start=PartialDate(2026, 3, 1), end=PartialDate(2027, 3, 1),
                                            form="party_khien_trach", decision_number="3-QĐ/UBKT"))  # fmt: skip
    with store.unit_of_work() as uow:
        [entry] = load_dossier(uow.session, cadre_id).planning_entries
        assert entry.end == PartialDate(2026, 3, 1) and entry.removal_decision == "3-QĐ/UBKT"
        assert entry.removal_reason and entry.removal_reason.startswith("Disciplined")
        audited = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_id == entry.id, AuditEntry.action == "update"
            )
        ).all()
        assert [a.changes["end"][1] for a in audited] == ["2026-03-01"]  # the store's own audit
    assert planning.planning_list(store, "2025-2030", dt.date(2026, 3, 2))[0]["planned"] == []


def test_import_json_cannot_keep_a_disciplined_cadre_in_the_planning(store, tmp_path: Path) -> None:
    cadre_id = ready_cadre(store)
    path = tmp_path / "hs.json"
    dossiers.export_json(store, [cadre_id], path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["dossiers"][0]["disciplines"] = [
        {
            "id": str(uuid.uuid4()),
            "start": "2026-03-01",
            "end": "2027-03-01",
            "form": "party_canh_cao",
        }
    ]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    dossiers.import_json(store, path)
    with store.unit_of_work() as uow:
        [entry] = load_dossier(uow.session, cadre_id).planning_entries
        assert entry.end is not None
