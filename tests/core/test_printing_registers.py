"""Party registers: the HD 36 heading, the table, the signature."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from cadre_desktop.printing.forms import render_register
from cadre_desktop.printing.headings import PartyHeading
from cadre_desktop.printing.page import PrintContext
from cadre_desktop.printing.registers import RegisterData, RegisterPart


def test_register_has_the_party_heading_and_every_row() -> None:
    rows = [[str(i), f"Trần Văn Đông {i}", "Quy hoạch"] for i in range(1, 120)]
    data = RegisterData(
        heading=PartyHeading(
            "Ban Tổ chức Tỉnh ủy Hòa Sơn", place="Hòa Sơn", date=dt.date(2025, 2, 20)
        ),
        kind="Danh sách",
        subject="cán bộ quy hoạch",
        columns=["TT", "Họ và tên", "Mục đích"],
        fractions=(1, 4, 2),
        parts=[RegisterPart("Giám đốc Sở", rows, ["Cơ cấu — nữ: 0"])],
    )
    pdf = render_register(data, PrintContext("Ban Tổ chức", dt.date(2025, 2, 20)))
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    flat = " ".join(text.split())  # a long body name may wrap onto two lines
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "BAN TỔ CHỨC TỈNH ỦY HÒA SƠN" in flat
    assert "Số ......-....../TU" in text
    assert "Hòa Sơn, ngày 20 tháng 02 năm 2025" in text
    assert "DANH SÁCH" in text and "Giám đốc Sở" in text
    assert len(reader.pages) >= 3
    for i in range(1, 120):
        assert f"Trần Văn Đông {i} Quy hoạch" in flat, i
