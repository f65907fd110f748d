"""The CV layouts from plain data: text read back exactly, fonts embedded, pagination."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pytest
from pypdf import PdfReader

from cadre_desktop.printing.cv_data import CvData, FamilyRow, PostingRow, TrainingRow
from cadre_desktop.printing.forms import CV_LAYOUTS, render_cv, render_cvs
from cadre_desktop.printing.page import PrintContext

CONTEXT = PrintContext("Ban Tổ chức Tỉnh ủy", dt.date(2025, 11, 3), "CV")
# Decomposed on purpose: the printer must NFC it (ReportLab cannot place combining marks).
NAME_NFD = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết")


def sample(postings: int = 3) -> CvData:
    return CvData(
        fields={
            "full_name": NAME_NFD,
            "sex": "Nữ",
            "birth_date": "05/07/1972",
            "birth_day": "05",
            "birth_month": "07",
            "birth_year": "1972",
            "home_town": "Xã Tiên Lữ, tỉnh Hưng Yên",
            "religion": "Không",
        },
        postings=[
            PostingRow(f"{1 + i % 12:02d}/{1990 + i}", None, f"Chức vụ số {i}", "Sở Nội vụ")
            for i in range(postings)
        ],
        trainings=[TrainingRow("professional", "09/1990", "06/1994", "Đại học Luật Hà Nội")],
        family=[FamilyRow("own", "Bố đẻ", "Nguyễn Văn Đức", "1945", None)],
    )


def read(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, unicodedata.normalize("NFC", text)


SECTIONS = {
    "tctw98": ["ĐÀO TẠO, BỒI DƯỠNG", "TÓM TẮT QUÁ TRÌNH CÔNG TÁC", "ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN",
               "QUAN HỆ VỚI NƯỚC NGOÀI", "QUAN HỆ GIA ĐÌNH", "HOÀN CẢNH KINH TẾ GIA ĐÌNH",
               "DIỄN BIẾN QUÁ TRÌNH LƯƠNG", "Mẫu 2C-TCTW-98"],
    "bnv2008": ["Mẫu 2C-BNV/2008", "TÓM TẮT QUÁ TRÌNH CÔNG TÁC", "ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN",
                "QUAN HỆ GIA ĐÌNH", "DIỄN BIẾN QUÁ TRÌNH LƯƠNG", "NHẬN XÉT, ĐÁNH GIÁ"],
    "bnv-current": ["QUÁ TRÌNH ĐÀO TẠO, BỒI DƯỠNG", "TÓM TẮT QUÁ TRÌNH CÔNG TÁC",
                    "KHEN THƯỞNG, KỶ LUẬT", "QUAN HỆ GIA ĐÌNH", "HOÀN CẢNH KINH TẾ GIA ĐÌNH",
                    "Mã số định danh"],
}  # fmt: skip


@pytest.mark.parametrize("layout", list(CV_LAYOUTS))
def test_each_layout_prints_name_date_and_every_section(layout: str) -> None:
    _reader, text = read(render_cv(sample(), CONTEXT, layout))
    assert "NGUYỄN THỊ ÁNH TUYẾT" in text
    assert "1972" in text and "05" in text
    assert "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC" in text
    for title in SECTIONS[layout]:
        assert title in text, title
    assert "Tôi xin cam đoan những lời khai trên đây là đúng sự thật" in text
    assert "None" not in text
    assert "....." in text  # missing fields are dotted blanks


def test_the_current_layout_claims_no_circular_number() -> None:
    _reader, text = read(render_cv(sample(), CONTEXT, "bnv-current"))
    assert "06/2023" not in text and "Mẫu" not in text


def test_fonts_are_the_embedded_serif() -> None:
    reader, _text = read(render_cv(sample(), CONTEXT, "tctw98"))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = [fonts[key].get_object()["/BaseFont"] for key in fonts]
    assert names and all("LiberationSerif" in str(n) for n in names)
    for key in fonts:
        descriptor = fonts[key].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor


def test_a_long_work_history_flows_onto_more_pages_without_loss() -> None:
    short, _ = read(render_cv(sample(3), CONTEXT, "tctw98"))
    reader, text = read(render_cv(sample(150), CONTEXT, "tctw98"))
    assert len(reader.pages) > len(short.pages) + 2
    for i in range(150):
        assert f"Chức vụ số {i}," in text, i
    # the table header repeats on the continuation pages
    assert text.count("Chức danh, chức vụ, đơn vị công tác") >= 3
    assert "Trang 2" in text  # page numbers


def test_footer_shows_the_unit_and_print_date() -> None:
    _reader, text = read(render_cv(sample(), CONTEXT, "tctw98"))
    assert "Ban Tổ chức Tỉnh ủy — in ngày 03/11/2025" in text


def test_a_photo_prints_inside_the_frame() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (400, 600), (200, 30, 30)).save(buffer, "JPEG")
    data = CvData(fields=sample().fields, photo=buffer.getvalue())
    reader, text = read(render_cv(data, CONTEXT, "tctw98"))
    assert "Ảnh màu" not in text
    assert reader.pages[0].images


def test_batch_of_cvs_in_one_file_starts_each_on_a_new_page() -> None:
    one, _ = read(render_cv(sample(), CONTEXT, "tctw98"))
    both, text = read(render_cvs([sample(), sample()], CONTEXT, "tctw98"))
    assert len(both.pages) == 2 * len(one.pages)
    assert text.count("NGUYỄN THỊ ÁNH TUYẾT") == 2
