"""The asset page's services: a new form from the dossier or the previous declaration, a draft
saved again in place (never a completed one), and the judgement of a form before saving."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cadre_desktop.domain.enums import FamilySide
from cadre_desktop.domain.model import AuditEntry, FamilyMember
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import RefusedError
from cadre_desktop.services.declaration_drafts import (
    new_declaration_form,
    preview_declaration,
    save_declaration,
)
from cadre_desktop.services.declarations import complete_declaration, open_declaration
from tests.db.test_declarations import HOUSE, RECEIVED, declaration, savings
from tests.dossiers import add_cadre


def _family(store, cadre_id: str) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work(write=True) as uow:
        for relation, name, born in (
            ("vo", "Trần Thị Hoa", 1978),
            ("con_trai", "Nguyễn Minh Khôi", 2010),  # 15 in 2025: a minor child
            ("con_gai", "Nguyễn Thu Hà", 2001),  # an adult: not on the declaration
        ):
            uow.session.add(
                FamilyMember(
                    cadre_id=cadre_id,
                    side=FamilySide.OWN,
                    relation=relation,
                    full_name=name,
                    birth_year=PartialDate(born),
                )
            )


def test_a_first_form_takes_the_declarant_spouse_and_minor_children_from_the_dossier(
    store,
) -> None:
    cadre = add_cadre(store)
    _family(store, cadre)
    form = new_declaration_form(store, cadre, "first", dt.date(2025, 3, 1))
    assert [(p["role"], p["full_name"]) for p in form["people"]] == [
        ("declarant", "Nguyễn Văn Đức"),
        ("spouse", "Trần Thị Hoa"),
        ("child", "Nguyễn Minh Khôi"),
    ]
    assert form["people"][0]["birth_date"] == "02/03/1975" and form["items"] == []


def test_a_later_form_copies_the_previous_declaration_and_the_copy_is_audited(store) -> None:
    cadre = add_cadre(store)
    first = save_declaration(store, declaration(cadre, 2024, [HOUSE, savings(100_000_000)]))
    complete_declaration(store, first.declaration_id, **RECEIVED)
    form = new_declaration_form(store, cadre, "annual", dt.date(2025, 12, 1))
    assert [i["value_vnd"] for i in form["items"]] == [2_000_000_000, 100_000_000]
    with store.unit_of_work() as uow:
        opened = uow.session.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.action == "open")
        ).all()
    assert first.declaration_id in opened


def test_a_draft_is_saved_again_in_place_but_a_completed_one_is_refused(store) -> None:
    cadre = add_cadre(store)
    draft = save_declaration(store, declaration(cadre, 2024, [HOUSE]))
    again = save_declaration(
        store, declaration(cadre, 2024, [HOUSE, savings(60_000_000)]), draft.declaration_id
    )
    assert again.declaration_id == draft.declaration_id
    assert [i["value_vnd"] for i in open_declaration(store, draft.declaration_id)["items"]] == [
        2_000_000_000,
        60_000_000,
    ]
    complete_declaration(store, draft.declaration_id, **RECEIVED)
    with pytest.raises(RefusedError) as refused:
        save_declaration(store, declaration(cadre, 2024, [HOUSE]), draft.declaration_id)
    assert refused.value.rule_ids == ["DECLARATION_COMPLETED"]


def test_a_form_is_judged_before_saving_at_the_300_million_boundary(store) -> None:
    cadre = add_cadre(store)
    first = save_declaration(store, declaration(cadre, 2024, [savings(100_000_000)]))
    complete_declaration(store, first.declaration_id, **RECEIVED)
    for grown, blocked in ((399_999_999, False), (400_000_000, True)):
        change = {"category": "5", "direction": "increase", "value_vnd": grown - 100_000_000}
        form = declaration(cadre, 2025, [savings(grown)], changes=[change])
        preview = preview_declaration(store, form)
        assert preview.table is not None and preview.table.total_increase == grown - 100_000_000
        assert ("DECLARATION_UNEXPLAINED_INCREASE" in preview.report.ids()) is blocked
    bad = preview_declaration(store, declaration(cadre, 2025, [savings(1.5)]))  # type: ignore[arg-type]
    assert bad.problems and bad.table is None
