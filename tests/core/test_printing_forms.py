"""The declaration, evaluation and proposal forms from plain data: every section title read back
exactly (NFC), names and dates, embedded fonts, dotted blanks, and pages that grow without loss."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from typing import Any

import pytest
from pypdf import PdfReader

from cadre_desktop.printing import declaration, evaluation, proposal
from cadre_desktop.printing.declaration_data import (
    AssetLine,
    ChangeLine,
    DeclarationData,
    PersonLines,
)
from cadre_desktop.printing.evaluation_data import CheckLine, EvaluationData, ReviewLines
from cadre_desktop.printing.forms import render_record, render_records
from cadre_desktop.printing.headings import PartyHeading
from cadre_desktop.printing.page import Cancelled, PrintContext
from cadre_desktop.printing.proposal_data import BallotLine, FindingLine, ProposalData, StepLines

CONTEXT = PrintContext("Ban Tổ chức Tỉnh ủy Hòa Sơn", dt.date(2026, 1, 5), "x", "Người kê khai ký")
NAME = "Nguyễn Thị Ánh Tuyết"
NFD = unicodedata.normalize("NFD", NAME)  # the printer must compose it


def decoration(line: str) -> bool:
    """The page number, the footer and the per-page signature line: not the form's text."""
    line = line.strip()
    return line.isdigit() or "— in ngày" in line or line.startswith(("Trang ", "Người kê khai ký"))


def text_of(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    lines = [
        line
        for page in reader.pages
        for line in unicodedata.normalize("NFC", page.extract_text()).splitlines()
        if not decoration(line)
    ]
    return reader, " ".join(" ".join(lines).split())


def fonts_embedded(reader: PdfReader) -> bool:
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            font = fonts[key].get_object()
            if "LiberationSerif" not in str(font["/BaseFont"]):
                return False
            if "/FontFile2" not in font["/FontDescriptor"].get_object():
                return False
    return True


def declaration_sample(kind: str = "annual", items: int = 2) -> DeclarationData:
    return DeclarationData(
        kind=kind,
        declared_on=dt.date(2025, 12, 15),
        declarant=PersonLines(NFD, "05/07/1972", "Giám đốc Sở Nội vụ", "Sở Nội vụ"),
        items=[
            AssetLine("2.1", f"Nhà ở riêng lẻ số {i}", "sở hữu chung", "96,5 m2",
                      f"{i}.000.000.000 đồng")
            for i in range(1, items + 1)
        ] + [AssetLine("5", "Tiền gửi tiết kiệm", None, None, "450.000.000 đồng")],
        income={"declarant": "320.000.000 đồng"},
        changes=[
            ChangeLine("5", "Tiền (tiền Việt Nam, ngoại tệ)", "+", "350.000.000",
                       "Tiền lương, thưởng tích lũy"),
            ChangeLine("9", "Tổng thu nhập giữa hai lần kê khai", None, "320.000.000", None),
        ],
    )  # fmt: skip


def test_declaration_prints_the_annex_layout() -> None:
    reader, text = text_of(render_record("assets", declaration_sample(), CONTEXT))
    assert NAME in text and "05/07/1972" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "BẢN KÊ KHAI TÀI SẢN, THU NHẬP HẰNG NĂM" in text
    for title in (declaration.SECTION_I, declaration.SECTION_II, declaration.SECTION_III):
        assert title in text, title
    assert "Mẫu Phụ lục I, Nghị định số 130/2020/NĐ-CP" in text
    assert "2.1.2. Nhà thứ hai (sở hữu chung):" in text
    assert "Tiền lương, thưởng tích lũy" in text and "350.000.000" in text
    pages = [p.extract_text() for p in reader.pages]
    assert all("Người kê khai ký" in p for p in pages)  # the declarant signs every page
    assert "NGƯỜI KÊ KHAI TÀI SẢN" in text and "NGƯỜI NHẬN BẢN KÊ KHAI" in text
    assert "....." in text and "None" not in text
    assert fonts_embedded(reader)


def test_declaration_section_three_by_kind() -> None:
    _r, first = text_of(
        render_record(
            "assets",
            DeclarationData(
                kind="first",
                declarant=PersonLines(NAME),
                changes_note="(Kê khai lần đầu không phải kê khai mục này.)",
            ),
            CONTEXT,
        )
    )
    assert "BẢN KÊ KHAI TÀI SẢN, THU NHẬP LẦN ĐẦU" in first
    assert "Kê khai lần đầu không phải kê khai mục này." in first
    assert "Kê khai lần đầu không phải kê khai tổng thu nhập" in first
    still = DeclarationData(kind="annual", declarant=PersonLines(NAME), no_change=True)
    _r, same = text_of(render_record("assets", still, CONTEXT))
    assert f"{declaration.SECTION_III}: Không có biến động" in same
    extra = DeclarationData(kind="supplementary", declarant=PersonLines(NAME),
                            items=[AssetLine("7.1", "Ô tô", value="900.000.000 đồng")])  # fmt: skip
    _r, more = text_of(render_record("assets", extra, CONTEXT))
    assert "BẢN KÊ KHAI TÀI SẢN, THU NHẬP BỔ SUNG" in more and "Phụ lục II" in more
    assert "Ô tô" in more and "1. Quyền sử dụng thực tế đối với đất" not in more


def test_a_declaration_with_many_assets_flows_without_loss() -> None:
    short, _ = text_of(render_record("assets", declaration_sample(items=2), CONTEXT))
    reader, text = text_of(render_record("assets", declaration_sample(items=60), CONTEXT))
    assert len(reader.pages) > len(short.pages) + 3
    assert all(f"Nhà ở riêng lẻ số {i}" in text for i in range(1, 61))
    assert "Trang 2" in reader.pages[1].extract_text()


def checks(official: bool) -> list[CheckLine]:
    return [
        CheckLine(f"{g}.{i}", g, f"Nội dung chính thức {g}.{i}" if official else None,
                  "remedied" if (g, i) == (2, 6) else "none")
        for g in (1, 2, 3) for i in range(1, 10)
    ]  # fmt: skip


def evaluation_sample(official: bool = False, results: str = "Hoàn thành 12 nhiệm vụ") -> Any:
    return EvaluationData(
        heading=PartyHeading("Chi bộ Sở Nội vụ", numbered=False),
        period="năm 2025",
        leader=True,
        fields={"full_name": NFD, "birth_date": "05/07/1972", "results": results,
                "rating": "Hoàn thành tốt nhiệm vụ", "self_rating": "Hoàn thành tốt nhiệm vụ"},
        checks=checks(official),
        scores=("29", "51", "80"),
        reviews=[ReviewLines("Chi bộ nơi sinh hoạt", "Chi bộ Sở Nội vụ", "10/12/2025",
                             "Gương mẫu, đoàn kết")],
        final=True,
    )  # fmt: skip


def test_evaluation_prints_checklist_comments_and_rating() -> None:
    reader, text = text_of(render_record("evaluation", evaluation_sample(), CONTEXT))
    assert NAME in text and "05/07/1972" in text
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "CHI BỘ SỞ NỘI VỤ" in text
    assert "BẢN KIỂM ĐIỂM CÁ NHÂN" in text and "Năm 2025" in text
    for title in (evaluation.SECTION_I, evaluation.SECTION_II, evaluation.SECTION_III,
                  evaluation.SECTION_IV, evaluation.SECTION_V, evaluation.SECTION_VI,
                  evaluation.SECTION_VII):  # fmt: skip
        assert title in text, title
    assert all(f"{g}.{i}" in text for g in (1, 2, 3) for i in range(1, 10))
    assert "Gương mẫu, đoàn kết" in text and "Mức xếp loại: Hoàn thành tốt nhiệm vụ" in text
    assert "Số ...." not in text  # a personal paper carries no registry number
    assert fonts_embedded(reader)


def test_the_checklist_never_passes_short_labels_off_as_the_resolution() -> None:
    _r, numbers = text_of(render_record("evaluation", evaluation_sample(official=False), CONTEXT))
    assert "chưa được nạp vào chương trình" in numbers
    assert "TT Không có Có Đã khắc phục Ghi chú" in numbers  # numbers only, no wording column
    assert "Nội dung chính thức" not in numbers
    _r, wording = text_of(render_record("evaluation", evaluation_sample(official=True), CONTEXT))
    assert "TT Biểu hiện Không có" in wording
    assert "Nội dung chính thức 3.9" in wording and "chưa được nạp" not in wording


def test_a_long_self_review_paginates_without_loss() -> None:
    long = " ".join(f"Nhiệm vụ số {i} đã hoàn thành." for i in range(400))
    short, _ = text_of(render_record("evaluation", evaluation_sample(), CONTEXT))
    reader, text = text_of(render_record("evaluation", evaluation_sample(results=long), CONTEXT))
    assert len(reader.pages) > len(short.pages)
    assert all(f"Nhiệm vụ số {i} đã hoàn thành." in text for i in range(400))


def proposal_sample(candidates: int = 2) -> ProposalData:
    ballots = [BallotLine(f"Ứng viên số {i}", str(9 - i), "…") for i in range(candidates)]
    surplus = f"{candidates} người được giới thiệu cho 1 vị trí, số dư {candidates - 1}"
    return ProposalData(
        heading=PartyHeading("Ban Tổ chức Tỉnh ủy Hòa Sơn", kind="BC"),
        subject="tóm tắt hồ sơ, quy trình nhân sự đề nghị bổ nhiệm Giám đốc Sở",
        person=[("Họ và tên", NFD), ("Ngày sinh", "02/03/1975"), ("Quê quán", None)],
        post=[("Chức vụ đề nghị", "Giám đốc Sở")],
        steps=[StepLines(1, "Lần 1", "01/02/2026", "9", "9", "9 (100%)"),
               StepLines(2, "Mở rộng", "02/02/2026", "9", "9", "9 (100%)", ballots, surplus),
               StepLines(3, "Lần 2", recorded=False)],
        components=[("Tờ trình đề nghị", "Có")],
        findings=[FindingLine("Không đạt", "Thiếu bản kê khai.", "NĐ 170/2025/NĐ-CP Đ35")],
    )  # fmt: skip


def test_proposal_prints_steps_ballots_surplus_and_rule_report() -> None:
    reader, text = text_of(render_record("proposal", proposal_sample(), CONTEXT))
    assert NAME in text and "02/03/1975" in text
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "Số ......-BC/TU" in text and "BÁO CÁO" in text
    for title in (proposal.SECTION_I, proposal.SECTION_II, proposal.SECTION_III,
                  proposal.SECTION_IV, proposal.SECTION_V, proposal.SECTION_VI):  # fmt: skip
        assert title in text, title
    assert "Số dư: 2 người được giới thiệu cho 1 vị trí, số dư 1" in text
    assert "Bước 3. Lần 2 Chưa thực hiện." in text
    assert "Thiếu bản kê khai." in text and "Quê quán: ....." in text
    assert fonts_embedded(reader)


def test_many_candidates_repeat_the_ballot_header_on_the_next_page() -> None:
    reader, text = text_of(render_record("proposal", proposal_sample(candidates=70), CONTEXT))
    assert len(reader.pages) >= 3
    assert all(f"Ứng viên số {i} " in text for i in range(70))
    assert text.count("Người được giới thiệu") >= 2


def test_records_in_one_file_each_start_a_page_and_cancel_leaves_nothing() -> None:
    one, _ = text_of(render_record("proposal", proposal_sample(), CONTEXT))
    both, text = text_of(render_records("proposal", [proposal_sample()] * 2, CONTEXT))
    assert len(both.pages) == 2 * len(one.pages) and text.count(NAME) == 2
    with pytest.raises(Cancelled):
        render_records("proposal", [proposal_sample()] * 3, CONTEXT, lambda f: f < 0.5)
