"""Declarations in a real store: drafts, completion past the rules, exact money, privacy."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from cadre_desktop.domain.model import AuditEntry
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import InvalidInput, RefusedError
from cadre_desktop.services.declarations import (
    add_declaration,
    compare_with_previous,
    complete_declaration,
    list_declarations,
    missing_declarations,
    open_declaration,
)
from cadre_desktop.services.search import search_cadres
from tests.dossiers import add_cadre

BIG = 9_007_199_254_740_993  # above 2**53: a float would lose it
RECEIVED = {"received_by": "Ủy ban Kiểm tra Tỉnh ủy", "received_on": PartialDate(2025, 12, 20)}


def declaration(cadre: str, year: int, items: list[dict[str, Any]], **more: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "cadre": cadre,
        "kind": "annual",
        "year": year,
        "declared_on": f"15/12/{year}",
        "people": [{"role": "declarant", "full_name": "Nguyễn Văn Đức"}],
        "items": items,
    }
    data.update(more)
    return data


HOUSE = {"category": "2.1", "ref": "nha-1", "description": "Nhà ở", "value_vnd": 2_000_000_000}


def savings(amount: int | str) -> dict[str, Any]:
    return {"category": "5", "description": "Tiền gửi", "value_vnd": amount}


def test_second_declaration_needs_section_three_and_explains_a_300_million_increase(store) -> None:
    cadre = add_cadre(store)
    first = add_declaration(store, declaration(cadre, 2024, [HOUSE, savings(100_000_000)]))
    complete_declaration(store, first.declaration_id, **RECEIVED)
    grown = [HOUSE, savings("400.000.000")]
    missing = add_declaration(store, declaration(cadre, 2025, grown))
    assert "DECLARATION_SECTION_III_MISSING" in missing.report.ids()
    change = {"category": "5", "direction": "increase", "value_vnd": 300_000_000}
    unexplained = add_declaration(store, declaration(cadre, 2025, grown, changes=[change]))
    with pytest.raises(RefusedError) as refused:
        complete_declaration(store, unexplained.declaration_id, **RECEIVED)
    assert refused.value.rule_ids == ["DECLARATION_UNEXPLAINED_INCREASE"]
    explained = {**change, "explanation": "Tiền lương và thưởng tích lũy"}
    ok = add_declaration(store, declaration(cadre, 2025, grown, changes=[explained]))
    done = complete_declaration(store, ok.declaration_id, **RECEIVED)
    assert done.table is not None and done.table.total_increase == 300_000_000
    _report, table = compare_with_previous(store, ok.declaration_id)
    assert table is not None
    assert [(r.category, r.delta) for r in table.changed] == [("5", 300_000_000)]


def test_amounts_survive_exactly_and_floats_are_refused(store) -> None:
    cadre = add_cadre(store)
    foreign = {
        "category": "5",
        "description": "Tiền USD",
        "currency": "USD",
        "foreign_amount": "12345.67",
        "value_vnd": BIG,
    }
    saved = add_declaration(store, declaration(cadre, 2025, [foreign]))
    shown = open_declaration(store, saved.declaration_id)
    assert shown["items"][0]["value_vnd"] == BIG
    assert shown["items"][0]["foreign_amount"] == "12345.67"
    again = add_declaration(store, {**shown, "cadre": cadre})
    assert open_declaration(store, again.declaration_id)["items"] == shown["items"]
    with pytest.raises(InvalidInput):
        add_declaration(store, declaration(cadre, 2025, [savings(1.5e8)]))


def test_every_opening_is_audited_and_lists_and_search_show_no_figures(store) -> None:
    cadre = add_cadre(store)
    saved = add_declaration(store, declaration(cadre, 2025, [savings(777_777_777)]))
    open_declaration(store, saved.declaration_id)
    with store.unit_of_work() as uow:
        opened = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "open", AuditEntry.entity == "asset_declaration"
            )
        ).all()
        hits = search_cadres(uow, "Đức", None)
    assert [e.entity_id for e in opened] == [saved.declaration_id]
    assert "777777777" not in repr([h.as_json() for h in hits])
    assert "777777777" not in repr(list_declarations(store, cadre))


def test_completed_declaration_is_never_edited(store) -> None:
    cadre = add_cadre(store)
    saved = add_declaration(store, declaration(cadre, 2025, [HOUSE]))
    complete_declaration(store, saved.declaration_id, **RECEIVED)
    with pytest.raises(RefusedError):
        complete_declaration(store, saved.declaration_id, **RECEIVED)


def test_who_has_not_declared_by_30_december(store) -> None:
    declared = add_cadre(store)
    late = add_cadre(store, given="Lan", id_number="001075999999")
    saved = add_declaration(store, declaration(declared, 2025, [HOUSE]))
    complete_declaration(store, saved.declaration_id, **RECEIVED)
    before = missing_declarations(store, 2025, today=dt.date(2025, 12, 30))
    assert [(m.cadre_id, m.overdue) for m in before] == [(late, False)]
    after = missing_declarations(store, 2025, today=dt.date(2025, 12, 31))
    assert [(m.cadre_id, m.overdue) for m in after] == [(late, True)]
