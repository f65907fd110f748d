"""The services behind the window, on a real store: browsing, editing drafts, attachments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.model import Cadre
from cadre_desktop.services import browse, dossier_edit
from cadre_desktop.services.attachments import attachment_bytes, attachment_from_file, save_copy
from cadre_desktop.services.dossier_fields import fields_of
from cadre_desktop.services.field_text import TypedValueError, read_typed, shown_text
from tests.dossiers import add_cadre


def spec(key: str):
    return next(s for s in fields_of(Cadre) if s.json_key == key)


def test_typed_dates_money_and_decimals_read_and_show_back() -> None:
    assert read_typed(spec("birth_date"), "02/03/1975") == "1975-03-02"
    assert read_typed(spec("birth_date"), "03/1975") == "1975-03"
    assert read_typed(spec("birth_date"), " 1975 ") == "1975"
    with pytest.raises(TypedValueError) as impossible:
        read_typed(spec("birth_date"), "31/02/1975")
    assert impossible.value.msgid == "is not a date that exists"
    with pytest.raises(TypedValueError):
        read_typed(spec("birth_date"), "hôm qua")
    assert read_typed(spec("income_salary_vnd"), "120.000.000") == 120_000_000
    assert shown_text(spec("income_salary_vnd"), 120_000_000) == "120.000.000"
    assert read_typed(spec("housing_area_m2"), "85,5") == "85.5"
    assert shown_text(spec("birth_date"), "1975-03-02") == "02/03/1975"


def test_a_new_dossier_is_checked_field_by_field_and_saved_whole(store) -> None:
    draft = dossier_edit.new_dossier(store, "TU")
    context = dossier_edit.edit_context(store)
    report = dossier_edit.check(draft, context)
    required = {m.key for m in report.messages}
    assert {"family_name", "given_name", "sex", "birth_date", "ethnicity"} <= required
    draft.values.update(
        family_name="Lê",
        middle_name="Thị",
        given_name="Mai",
        sex="F",
        birth_date="1980-07-09",
        ethnicity="01",
        id_number="12345",
    )
    report = dossier_edit.check(draft, context)
    assert [(m.collection, m.key) for m in report.messages] == [(None, "id_number")]
    with pytest.raises(dossier_edit.DraftRefused) as refused:
        dossier_edit.save(store, draft)
    assert "CCCD" in refused.value.report.sentences()[0]
    assert browse.count(store, browse.CadreFilter()) == 0  # nothing written
    draft.values["id_number"] = "001180123456"
    draft.rows["postings"].append(
        dossier_edit.EditableRow({"start": "2020-01", "end": "2019", "title_name": "Chuyên viên"})
    )
    report = dossier_edit.check(draft, context)
    assert [(m.collection, m.row, m.key) for m in report.messages] == [("postings", 0, "end")]
    draft.rows["postings"][0].values["end"] = None
    dossier_edit.save(store, draft)
    again = dossier_edit.open_for_edit(store, draft.id)
    assert again.values["given_name"] == "Mai"
    assert again.rows["postings"][0].values["title_name"] == "Chuyên viên"


def test_the_list_filters_sorts_and_counts_per_unit(store) -> None:
    add_cadre(store, family="Nguyễn", middle="Văn", given="Đức")
    add_cadre(
        store,
        family="Trần",
        middle="Thị",
        given="An",
        sex=Sex.FEMALE,
        birth_date=__import__("cadre_desktop.domain.values", fromlist=["PartialDate"]).PartialDate(
            1990, 1, 1
        ),
        id_number="001190123456",
    )
    everyone = browse.CadreFilter()
    assert [r.full_name for r in browse.page(store, everyone, 0, 10)] == [
        "Trần Thị An",
        "Nguyễn Văn Đức",
    ]
    assert browse.count(store, browse.CadreFilter(text="duc")) == 1
    assert browse.count(store, browse.CadreFilter(text="Đức")) == 1
    assert browse.count(store, browse.CadreFilter(sex=Sex.FEMALE)) == 1
    young = browse.with_age_range(everyone, None, 40, dt.date(2026, 1, 1))
    assert [r.full_name for r in browse.page(store, young, 0, 10)] == ["Trần Thị An"]
    by_birth = browse.CadreFilter(sort="birth_date", descending=True)
    assert browse.page(store, by_birth, 0, 1)[0].full_name == "Trần Thị An"
    (root,) = browse.unit_tree(store)
    assert root.total == 2


def test_an_attachment_is_stored_on_save_and_copied_only_on_request(store, tmp_path: Path) -> None:
    cadre_id = add_cadre(store)
    scan = tmp_path / "quyết định.pdf"
    scan.write_bytes(b"%PDF-1.4 test")
    draft = dossier_edit.open_for_edit(store, cadre_id)
    draft.rows["attachments"].append(attachment_from_file(scan))
    dossier_edit.save(store, draft)
    stored = dossier_edit.open_for_edit(store, cadre_id).rows["attachments"][0]
    assert stored.content is None
    assert attachment_bytes(store, stored) == b"%PDF-1.4 test"
    target = tmp_path / "copy.pdf"
    save_copy(store, stored, cadre_id, target)
    assert target.read_bytes() == b"%PDF-1.4 test"
