"""Printing declarations, evaluations and proposals from a real store: what the form shows,
which record a batch picks, cancelling, and an audit entry for every form printed."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cadre_desktop.domain.control import AuditEntry
from cadre_desktop.domain.reference import CatalogEntry
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.services import print_batch, print_records
from cadre_desktop.services.browse import CadreFilter
from cadre_desktop.services.declarations import add_declaration, complete_declaration
from cadre_desktop.services.evaluations import Decision, finalise_evaluation, record_evaluation
from cadre_desktop.services.print_batch import BatchChoice
from cadre_desktop.services.proposals import propose
from tests.dossiers import add_cadre
from tests.personnel import complete_dossier, draft, ready_cadre, winning_steps

RECEIVED = {"received_by": "Ủy ban Kiểm tra Tỉnh ủy", "received_on": PartialDate(2025, 12, 20)}
HOUSE = {"category": "2.1", "ref": "nha", "description": "Nhà ở riêng lẻ, số 5 phố Hàng Đào",
         "quantity": "96.5", "quantity_unit": "m2", "value_vnd": 2_000_000_000}  # fmt: skip


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def printed(store: Any, entity: str) -> list[AuditEntry]:
    with store.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "print", AuditEntry.entity == entity)
        )
        return list(rows)


def savings(amount: int, **more: Any) -> dict[str, Any]:
    return {"category": "5", "description": "Tiền gửi tiết kiệm", "value_vnd": amount, **more}


def declare(store: Any, cadre: str, year: int, items: list[dict[str, Any]], **more: Any) -> str:
    data = {"cadre": cadre, "kind": "annual", "year": year, "declared_on": f"15/12/{year}",
            "people": [{"role": "declarant", "full_name": "Trần Thị Ơn"},
                       {"role": "spouse", "full_name": "Lê Văn Hưng", "position": "Kỹ sư"}],
            "items": items, **more}  # fmt: skip
    return add_declaration(store, data).declaration_id


def test_a_second_declaration_prints_its_change_table_and_the_origin(store: Any) -> None:
    cadre = add_cadre(store, "Trần", "Thị", "Ơn")
    first = declare(store, cadre, 2024, [HOUSE, savings(100_000_000)])
    complete_declaration(store, first, **RECEIVED)
    change = {"category": "5", "direction": "increase", "value_vnd": 300_000_000,
              "explanation": "Tiền lương và thưởng tích lũy"}  # fmt: skip
    second = declare(store, cadre, 2025, [HOUSE, savings(400_000_000)], changes=[change])
    text = text_of(print_records.print_declaration(store, second, dt.date(2026, 1, 5)).pdf)
    assert "TRẦN THỊ ƠN" not in text and "Trần Thị Ơn" in text  # the name as written
    assert "02/03/1975" in text and "001075123456" in text
    assert "Lê Văn Hưng" in text and "Kỹ sư" in text
    assert "BẢN KÊ KHAI TÀI SẢN, THU NHẬP HẰNG NĂM" in text
    assert "Diện tích sử dụng: 96,5 m2" in text and "2.000.000.000 đồng" in text
    assert "III. BIẾN ĐỘNG TÀI SẢN, THU NHẬP; GIẢI TRÌNH NGUỒN GỐC CỦA TÀI SẢN" in text
    assert "+ 300.000.000 Tiền lương và thưởng tích lũy" in text  # the computed row
    assert "Không có biến động" not in text and "None" not in text
    entries = printed(store, "asset_declaration")
    assert [(e.entity_id, e.cadre_id) for e in entries] == [(second, cadre)]


def test_first_and_unchanged_declarations_say_so(store: Any) -> None:
    cadre = add_cadre(store)
    first = declare(store, cadre, 2024, [HOUSE], kind="first", post_taken_on="10/12/2024")
    text = text_of(print_records.print_declaration(store, first).pdf)
    assert "LẦN ĐẦU" in text and "Kê khai lần đầu không phải kê khai mục này." in text
    complete_declaration(store, first, **RECEIVED)
    same = declare(store, cadre, 2025, [HOUSE], no_change=True)
    assert "GIẢI TRÌNH NGUỒN GỐC CỦA TÀI SẢN, THU NHẬP TĂNG THÊM: Không có biến động" in text_of(
        print_records.print_declaration(store, same).pdf
    )
    with pytest.raises(UsageError):
        print_records.print_declaration(store, "no-such-declaration")


CHECKS = [{"item": f"{g}.{i}", "state": "present" if (g, i) == (2, 3) else "none"}
          for g in (1, 2, 3) for i in range(1, 10)]  # fmt: skip


REVIEW = {"venue": "party_cell", "body": "Chi bộ Sở Nội vụ", "held_on": "10/12/2025",
          "remarks": "Đoàn kết, gương mẫu", "proposed_rating": "good"}  # fmt: skip
SIGNED = Decision("Ban Thường vụ Tỉnh ủy", PartialDate(2025, 12, 20), number="9-QĐ/TU")


def rate(store: Any, cadre: str, year: int = 2025, **more: Any) -> str:
    data = {"cadre": cadre, "year": year, "leader": True, "commitment_signed": True,
            "results": "Hoàn thành đề án chuyển đổi số", "score_general": "28",
            "score_tasks": "50", "tasks_total": 10, "tasks_done": 10, "tasks_late": 0,
            "self_rating": "good", "rating": "good", "checks": CHECKS, "reviews": [REVIEW],
            **more}  # fmt: skip
    outcome = record_evaluation(store, data)
    assert outcome.evaluation_id is not None
    return outcome.evaluation_id


def test_evaluation_prints_numbers_until_the_official_wording_is_loaded(store: Any) -> None:
    cadre = add_cadre(store, "Đặng", "Thị", "Ửng")
    evaluation = rate(store, cadre)
    finalise_evaluation(store, evaluation, SIGNED)
    text = text_of(print_records.print_evaluation(store, evaluation).pdf)
    assert "Đặng Thị Ửng" in text and "02/03/1975" in text and "CHI BỘ SỞ NỘI VỤ" in text
    assert "Đoàn kết, gương mẫu" in text and "Mức xếp loại: Hoàn thành tốt nhiệm vụ" in text
    assert "Tổng cộng 100 78" in text and "9-QĐ/TU" in text
    assert "chưa được nạp vào chương trình" in text
    unofficial = store.catalogs().get("manifestations_27", "1.1").label
    assert unofficial not in text  # the app's short label is never printed as the wording
    assert "Tập thể lãnh đạo nơi công tác" in text  # the second place keeps its lines
    with store.unit_of_work(write=True) as uow:
        for entry in uow.session.scalars(
            select(CatalogEntry).where(CatalogEntry.catalog == "manifestations_27")
        ):
            entry.label = f"Văn bản chính thức của biểu hiện {entry.code}"
            entry.extra = {**entry.extra, "official": 1}
    store.forget_catalogs()
    loaded = text_of(print_records.print_evaluation(store, evaluation).pdf)
    assert "Văn bản chính thức của biểu hiện 3.9" in loaded and "chưa được nạp" not in loaded
    assert len(printed(store, "evaluation")) == 2


def test_proposal_summary_shows_ballots_surplus_and_the_rule_report(store: Any) -> None:
    cadre = ready_cadre(store)
    proposal = propose(store, draft(cadre))
    complete_dossier(store, proposal)
    winning_steps(store, proposal, cadre)
    text = text_of(print_records.print_proposal(store, proposal).pdf)
    assert "Nguyễn Văn Đức" in text and "02/03/1975" in text
    assert "BÁO CÁO" in text and "bổ nhiệm" in text
    assert "Bước 2. Hội nghị tập thể lãnh đạo mở rộng" in text
    assert "Nguyễn Văn Đức 7 77,8% Được giới thiệu (trên 50%)" in text
    assert "Trần Văn Hải 2 22,2%" in text
    assert "Số dư: 2 người được giới thiệu cho 1 vị trí, số dư 1" in text
    assert "Kết luận tiêu chuẩn chính trị: Đủ tiêu chuẩn chính trị (số 5-KL/BTVTU" in text
    assert "VI. ĐỐI CHIẾU VỚI CÁC QUY ĐỊNH" in text
    assert [e.cadre_id for e in printed(store, "proposal")] == [cadre]


def test_the_report_is_vietnamese_whatever_the_screen_language(store: Any) -> None:
    from cadre_desktop.i18n import set_language

    cadre = ready_cadre(store)
    proposal = propose(store, draft(cadre))  # no steps, no dossier yet: findings to report
    set_language("en")
    try:
        text = text_of(print_records.print_proposal(store, proposal).pdf)
    finally:
        set_language("vi")
    assert "Không đạt" in text and "Steps" not in text and "lacks" not in text


def test_a_batch_picks_each_cadres_record_and_leaves_out_who_has_none(store: Any) -> None:
    with_two = add_cadre(store, given="An")
    older = declare(store, with_two, 2024, [HOUSE])
    complete_declaration(store, older, **RECEIVED)
    newer = declare(store, with_two, 2025, [HOUSE], no_change=True)
    none = add_cadre(store, given="Bình", id_number="001075999999")
    ids = [with_two, none]
    assert print_batch.chosen_records(store, "assets", ids) == [newer]
    assert print_batch.chosen_records(store, "assets", ids, 2024) == [older]
    assert print_batch.chosen_records(store, "evaluation", ids) == []
    yearly = rate(store, none, 2025)
    assert print_batch.chosen_records(store, "evaluation", ids, 2025) == [yearly]
    choice = BatchChoice("assets", year=2025)
    items = print_batch.batch_items(store, choice, ids)
    [one] = list(print_batch.iter_batch(store, choice, items))
    assert one.suggested_name == "assets-nguyen-van-an-2025.pdf"
    with pytest.raises(UsageError):
        print_batch.batch_items(store, BatchChoice("payroll"), ids)


def test_one_file_batch_cancelled_leaves_nothing_and_finished_holds_all(
    store: Any, tmp_path: Path
) -> None:
    ids = [add_cadre(store, given=g) for g in ("An", "Bình", "Chi")]
    items = [rate(store, c) for c in ids]
    choice = BatchChoice("evaluation")
    assert print_batch.batch_together(store, choice, items, progress=lambda d, t: d < 2) is None
    laid = print_batch.batch_together(store, choice, items, progress=lambda d, t: d < 5)
    assert laid is None  # cancelled while the pages were being laid out
    seen: list[tuple[int, int]] = []
    together = print_batch.batch_together(
        store, choice, items, progress=lambda d, t: seen.append((d, t)) or True
    )
    assert together is not None and seen[-1] == (6, 6)
    text = text_of(together.pdf)
    assert all(f"Nguyễn Văn {g}" in text for g in ("An", "Bình", "Chi"))
    folder = tmp_path / "in"
    folder.mkdir()
    written = print_batch.save_each(
        print_batch.iter_batch(store, choice, items), 3, folder, lambda d, t: d < 2
    )
    assert written == 2 and len(list(folder.iterdir())) == 2  # whole files only


def test_the_filtered_list_gives_the_ids_in_list_order(store: Any) -> None:
    ids = {g: add_cadre(store, given=g, id_number=f"00107500000{i}")
           for i, g in enumerate(("Bình", "An", "Chi"))}  # fmt: skip
    listed = print_batch.filtered_ids(store, CadreFilter())
    assert listed == [ids["An"], ids["Bình"], ids["Chi"]]
    assert print_batch.filtered_ids(store, CadreFilter(text="chi")) == [ids["Chi"]]


def test_an_address_does_not_repeat_the_unit_already_typed(store: Any) -> None:
    from cadre_desktop.services.print_cv import address

    catalogs = store.catalogs()
    day = dt.date(2026, 1, 1)
    province = next(i for i in catalogs.items("admin_unit", day) if i.code.startswith("P"))
    typed = f"Số 5 đường Lê Lợi, {province.label.lower()}"
    assert address(catalogs, typed, province.code, day) == typed
    assert address(catalogs, "Số 5", province.code, day) == f"Số 5, {province.label}"
