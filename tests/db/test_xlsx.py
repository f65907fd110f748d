"""Excel import and export on real stores: round trip, Vietnamese forms, malformed sheets,
choices, duplicates, cancel, the political-standard gate, and formula-like text."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from cadre_desktop.domain.model import AuditEntry, Cadre
from cadre_desktop.errors import InvalidInput, RefusedError
from cadre_desktop.services import browse, stores, xlsx_export, xlsx_import
from cadre_desktop.services.browse import CadreFilter
from cadre_desktop.services.search import search_cadres
from cadre_desktop.services.stores import init_store
from cadre_desktop.services.xlsx_columns import COLUMNS
from cadre_desktop.storage.queries import load_dossier
from tests.conftest import PASSPHRASE
from tests.dossiers import add_cadre
from tests.targets_store import build

HEAD = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Dân tộc", "Lý luận chính trị"]


def sheet(path: Path, rows: list[list[Any]], head: list[str] = HEAD) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(head)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def state(store: Any) -> tuple[int, int]:
    """How many dossiers, and the audit chain's length: nothing written leaves both alike."""
    with store.unit_of_work() as uow:
        cadres = uow.session.execute(select(func.count()).select_from(Cadre)).scalar_one()
        return int(cadres), uow.audit.head_seq()


def all_columns() -> list[str]:
    return [c.key for c in COLUMNS if c.exported]


def test_round_trip_export_import_changes_nothing(store: Any, tmp_path: Path) -> None:
    build(store)
    add_cadre(store, given="Tám")
    target = tmp_path / "list.xlsx"
    assert xlsx_export.export_list(store, CadreFilter(), target, all_columns()) == 6
    with store.unit_of_work() as uow:  # each exported dossier is in the access log
        exported = uow.session.scalars(
            select(AuditEntry.cadre_id).where(AuditEntry.action == "export")
        ).all()
    assert len(set(exported)) == 6 and stores.check(store).ok
    listed = [row.full_name for row in browse.page(store, CadreFilter(), 0, 10)]
    sheet_names = [
        r[1]
        for r in openpyxl.load_workbook(target).worksheets[0].iter_rows(min_row=2, values_only=True)
    ]
    assert sheet_names == listed  # the list's own order
    before = state(store)
    plan = xlsx_import.plan_import(store, target)
    assert plan.ok and plan.count("unchanged") == 6, plan.as_json()
    result = xlsx_import.import_xlsx(store, target)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 6)
    assert state(store) == before

    other, _key = init_store(
        tmp_path / "other.cadre", unit_name="Tỉnh ủy Thử Nghiệm", unit_code="TU",
        officer="Hà", passphrase=PASSPHRASE,
    )  # fmt: skip
    try:
        assert xlsx_import.import_xlsx(other, target).created == 6
        again = xlsx_import.import_xlsx(other, target)  # the same file again changes nothing
        assert (again.created, again.updated, again.unchanged) == (0, 0, 6)
        copy = tmp_path / "copy.xlsx"
        xlsx_export.export_list(other, CadreFilter(), copy, all_columns())
        first = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
        second = list(openpyxl.load_workbook(copy).worksheets[0].iter_rows(values_only=True))
        assert sorted(first[1:]) == sorted(second[1:])
        assert stores.check(other).ok  # structure, foreign keys and the audit chain
    finally:
        other.close()


def test_exported_cells_are_real_dates_and_numbers(store: Any, tmp_path: Path) -> None:
    build(store)
    target = tmp_path / "list.xlsx"
    xlsx_export.export_list(store, CadreFilter(), target, ["full_name", "birth_date", "post_since"])
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(min_row=2))
    an = next(r for r in rows if r[1].value == "Nguyễn Văn An")
    assert an[0].value == 1 and an[0].data_type == "n"
    assert an[2].value == dt.datetime(1970, 2, 1) and an[2].number_format == "dd/mm/yyyy"
    assert an[3].value == dt.datetime(2010, 1, 1) and an[3].number_format == "mm/yyyy"


def test_formula_like_text_is_neutralised(store: Any, tmp_path: Path) -> None:
    cadre_id = add_cadre(store, given="Tám")
    texts = ['=HYPERLINK("http://x")', "+84 xã Đông", "-1", "@SUM(A1)"]
    with store.unit_of_work(write=True) as uow:
        cadre = load_dossier(uow.session, cadre_id)
        cadre.home_town, cadre.birth_place, cadre.current_address, cadre.permanent_address = texts
    target = tmp_path / "list.xlsx"
    xlsx_export.export_list(store, CadreFilter(), target, all_columns())
    xml = zipfile.ZipFile(target).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    cells = openpyxl.load_workbook(target).worksheets[0][2]
    found = {c.value: c for c in cells if isinstance(c.value, str) and c.value in texts}
    assert set(found) == set(texts)
    assert all(c.data_type == "s" and c.quotePrefix for c in found.values())
    assert xlsx_import.plan_import(store, target).count("unchanged") == 1  # read back as text


def test_vietnamese_forms_are_read(store: Any, tmp_path: Path) -> None:
    nfd = "Tra\u0302\u0300n Thi\u0323 Ngo\u0323c Ha\u0300"  # "Trần Thị Ngọc Hà" decomposed
    rows = [
        [1, nfd, "ngày 5 tháng 3 năm 1980", "nữ", "", "kinh", "cao cap"],
        [2, "Lê Văn Hùng", "12/1975", "Nam", "", "Tay", "Trung cấp"],
        [3, "Phạm Minh Tú", 1968, "NAM", "", "Kinh", ""],
        [4, "Đỗ Thu", dt.datetime(1990, 7, 9), "Nu", "", "Mường", "so cap"],
        [5, "Vũ An", "09.07.1991", "Nữ", "", "Kinh", ""],
    ]
    path = sheet(tmp_path / "s.xlsx", rows)
    result = xlsx_import.import_xlsx(store, path)
    assert result.created == 5
    with store.unit_of_work() as uow:
        found = {c.given_name: c for c in uow.session.scalars(select(Cadre))}
    with store.unit_of_work() as uow:  # the bulk path indexed them for search
        assert [hit.id for hit in search_cadres(uow, "tran thi ngoc ha", None)] == [found["Hà"].id]
    ha = found["Hà"]
    assert (ha.family_name, ha.middle_name) == ("Trần", "Thị Ngọc")  # stored NFC
    assert ha.birth_date.iso() == "1980-03-05" and ha.ethnicity == "01"
    assert ha.political_theory == "cao_cap" and ha.sex.value == "F"
    assert found["Hùng"].birth_date.iso() == "1975-12" and found["Hùng"].ethnicity == "02"
    assert found["Tú"].birth_date.iso() == "1968"
    assert found["Thu"].birth_date.iso() == "1990-07-09"
    assert found["An"].birth_date.iso() == "1991-07-09"


def test_malformed_sheets_name_each_cell_and_write_nothing(store: Any, tmp_path: Path) -> None:
    before = state(store)
    rows = [
        [1, "Trần Văn Một", "01/01/1980", "Nam", "", "Kinh", ""],
        [None] * 7,  # an empty row is skipped, the numbering keeps to the sheet's
        [3, "Trần Văn Ba", "31/02/1980", "Nam", "", "Kinh", ""],
        [4, "Trần Văn Bốn", "không rõ", "Nam", "", "Kinh", ""],
        [5, '=CONCAT("a","b")', "01/01/1980", "Nam", "", "Kinh", ""],
        [6, "Trần Văn Sáu", "01/01/1981", "Nam", "12345", "Kinh", ""],
        [7, "Trần Văn Bảy", "01/01/1982", "Nam", "", "Không có", ""],
    ]
    path = sheet(tmp_path / "bad.xlsx", rows)
    plan = xlsx_import.plan_import(store, path)
    sentences = [e.sentence() for e in plan.errors]
    assert 'Dòng 4, cột "Ngày sinh": "31/02/1980" không phải là ngày' in sentences
    assert any(s.startswith('Dòng 5, cột "Ngày sinh": "không rõ"') for s in sentences)
    assert any(s.startswith('Dòng 6, cột "Họ và tên"') for s in sentences)  # a formula
    assert any(s.startswith('Dòng 7, cột "Số CCCD": "12345"') for s in sentences)
    assert any(s.startswith('Dòng 8, cột "Dân tộc": "Không có"') for s in sentences)
    with pytest.raises(InvalidInput):
        xlsx_import.import_xlsx(store, path)
    assert state(store) == before

    merged = tmp_path / "merged.xlsx"
    book = openpyxl.load_workbook(
        sheet(merged, [[1, "Trần Văn Một", "1980", "Nam", "", "Kinh", ""]])
    )
    book.active.merge_cells("C1:D1")
    book.save(merged)
    plan = xlsx_import.plan_import(store, merged)
    assert any("C1:D1" in e.sentence() for e in plan.errors)
    with pytest.raises(InvalidInput):
        xlsx_import.import_xlsx(store, merged)
    assert state(store) == before


def test_ten_thousand_rows_with_a_few_bad_ones_write_nothing(store: Any, tmp_path: Path) -> None:
    rows: list[list[Any]] = []
    for n in range(1, 10_001):
        birth = "30/02/1985" if n in (17, 5000, 9999) else f"{n % 28 + 1:02d}/{n % 12 + 1:02d}/1985"
        rows.append([n, f"Nguyễn Văn Số {n}", birth, "Nam", "", "Kinh", ""])
    path = sheet(tmp_path / "big.xlsx", rows)
    before = state(store)
    plan = xlsx_import.plan_import(store, path)
    assert [e.row for e in plan.errors] == [18, 5001, 10000]
    assert plan.count("create") == 9997
    with pytest.raises(InvalidInput):
        xlsx_import.import_xlsx(store, path)
    assert state(store) == before


def test_an_ambiguous_value_waits_for_a_choice(store: Any, tmp_path: Path) -> None:
    head = [*HEAD, "Tôn giáo"]
    path = sheet(
        tmp_path / "s.xlsx", [[1, "Hồ Văn Lộc", "1970", "Nam", "", "Kinh", "", "Phat"]], head
    )
    plan = xlsx_import.plan_import(store, path)
    (choice,) = plan.ambiguities
    assert {code for code, _label in choice.candidates} == {"01", "03"}
    with pytest.raises(InvalidInput):
        xlsx_import.import_xlsx(store, path)
    chosen = {("religion", "phat"): "03"}
    assert xlsx_import.import_xlsx(store, path, choices=chosen).created == 1
    with store.unit_of_work() as uow:
        assert uow.session.scalars(select(Cadre.religion)).one() == "03"


def test_duplicates_by_cccd_or_name_and_birth(store: Any, tmp_path: Path) -> None:
    stored = add_cadre(store, given="Tám")  # Nguyễn Văn Tám, 02/03/1975, 001075123456
    rows = [
        [1, "Nguyễn Văn Tám", "02/03/1975", "Nam", "", "Kinh", "Cao cấp"],  # the stored one
        [2, "Lý Thị Mai", "1980", "Nữ", "001180000001", "Kinh", ""],
        [3, "Lý Thị Mai B", "1981", "Nữ", "001180000001", "Kinh", ""],  # the same CCCD again
        [4, "Đào Văn Nam", "1982", "Nam", "", "Kinh", ""],
        [5, "Đào Văn Nam", "1982", "Nam", "", "Kinh", ""],  # the same name and birth again
    ]
    plan = xlsx_import.plan_import(store, sheet(tmp_path / "s.xlsx", rows))
    assert [(e.row, e.column) for e in plan.errors] == [(4, "Số CCCD"), (6, "Họ và tên")]
    updated = [r for r in plan.rows if r.action == "update"]
    assert [r.cadre_id for r in updated] == [stored]


def test_cancel_leaves_nothing(store: Any, tmp_path: Path) -> None:
    rows = [[n, f"Bùi Văn Số {n}", "1985", "Nam", "", "Kinh", ""] for n in range(1, 301)]
    path = sheet(tmp_path / "s.xlsx", rows)
    before = state(store)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < total * 3 // 4  # stop while writing

    with pytest.raises(xlsx_import.ImportCancelled):
        xlsx_import.import_xlsx(store, path, progress=progress)
    assert seen and state(store) == before


def test_the_political_standard_gate_stays(store: Any, tmp_path: Path) -> None:
    build(store)  # Cường is planned without any conclusion on his political standard
    head = ["Họ và tên", "Ngày sinh", "Điện thoại"]
    path = sheet(tmp_path / "s.xlsx", [["Nguyễn Văn Cường", "15/06/1975", "0912345678"]], head)
    before = state(store)
    with pytest.raises(RefusedError) as refused:
        xlsx_import.import_xlsx(store, path)
    assert "POLITICAL_STANDARD_MISSING" in refused.value.rule_ids
    count, _seq = state(store)
    assert count == before[0]  # the refusal itself is audited, the dossier is not changed


def test_the_template_has_every_column_and_the_catalogs(store: Any, tmp_path: Path) -> None:
    target = xlsx_export.write_template(store, tmp_path / "mau.xlsx")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Danh sách cán bộ", "Hướng dẫn", "Danh mục"]
    header = [c.value for c in book.worksheets[0][1]]
    assert header == ["STT", *(c.header for c in COLUMNS)]
    kinh = [r for r in book["Danh mục"].iter_rows(values_only=True) if r[2] == "Kinh"]
    assert kinh == [("Dân tộc", "01", "Kinh")]
