"""The asset and income declaration (NĐ 130/2020/NĐ-CP Phụ lục I; Phụ lục II when supplementary).

Items and their order follow the form; the declarant "may not rename or reorder" them (Mục B,
note 1). A first declaration leaves section III and the income out, as the notes say. The
supplementary layout (Phụ lục II) keeps the same three sections and lists only the assets that
changed — its exact headings are [R] (not found in a stored copy): check them with the office.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cadre_desktop.printing import styles
from cadre_desktop.printing.blocks import (
    GRID,
    cell,
    field_line,
    section,
    signatures,
    table_section,
)
from cadre_desktop.printing.declaration_data import AssetLine, DeclarationData, PersonLines
from cadre_desktop.printing.declaration_items import GROUPS, INCOME, NUMBERED, SUBITEMS
from cadre_desktop.printing.headings import date_line, national_motto
from cadre_desktop.printing.page import FRAME_WIDTH
from cadre_desktop.printing.text import dots, markup

KIND_TITLE = {
    "first": "LẦN ĐẦU",
    "annual": "HẰNG NĂM",
    "personnel": "PHỤC VỤ CÔNG TÁC CÁN BỘ",
    "supplementary": "BỔ SUNG",
}
SECTION_I = "I. THÔNG TIN CHUNG"
SECTION_II = "II. THÔNG TIN MÔ TẢ VỀ TÀI SẢN"
SECTION_III = (
    "III. BIẾN ĐỘNG TÀI SẢN, THU NHẬP; GIẢI TRÌNH NGUỒN GỐC CỦA TÀI SẢN, THU NHẬP TĂNG THÊM"
)
NO_CHANGE = "Không có biến động"
ID_LABEL = "- Số căn cước công dân hoặc giấy chứng minh nhân dân:"

ORDINAL = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")


def ordinal(n: int) -> str:
    return f"thứ {ORDINAL[n - 1]}" if n <= len(ORDINAL) else f"thứ {n}"


def story(data: DeclarationData) -> list[Flowable]:
    annex = "Phụ lục II" if data.supplementary else "Phụ lục I"
    out: list[Flowable] = [
        Paragraph(markup(f"Mẫu {annex}, Nghị định số 130/2020/NĐ-CP"), styles.RIGHT_SMALL),
        *national_motto(),
        Paragraph(
            markup(f"BẢN KÊ KHAI TÀI SẢN, THU NHẬP {KIND_TITLE.get(data.kind, '')}".strip()),
            styles.TITLE,
        ),
        Paragraph(markup(f"({_day(data)})"), styles.CENTER_ITALIC),
        Spacer(1, 4 * mm),
        section(SECTION_I),
        *_people(data),
        section(SECTION_II),
        *_assets(data),
        *_changes(data),
        signatures(
            [
                "NGƯỜI NHẬN BẢN KÊ KHAI",
                "(Ký, ghi rõ họ tên, chức vụ/chức danh của người nhận bản kê khai)",
                f"Ngày nhận: {data.received_on or dots(16)}",
            ],
            ["NGƯỜI KÊ KHAI TÀI SẢN", "(Ký, ghi rõ họ tên)"],
            date_line=date_line(None, data.declared_on),
            names=(data.received_by, data.declarant.full_name),
        ),
    ]
    return out


def _day(data: DeclarationData) -> str:
    day = data.declared_on
    if day is None:
        return f"Ngày {dots(5)} tháng {dots(5)} năm {dots(6)}"
    return f"Ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def _heading(text: str) -> Paragraph:
    return Paragraph(markup(text), styles.SUBHEAD)


def _identity(person: PersonLines) -> Paragraph:
    return field_line(
        [(ID_LABEL, person.id_number), ("ngày cấp:", person.id_issued_on),
         ("nơi cấp:", person.id_issued_by)],
        blank=12,
    )  # fmt: skip


def _people(data: DeclarationData) -> list[Flowable]:
    me, spouse = data.declarant, data.spouse or PersonLines(None)
    out: list[Flowable] = [
        _heading("1. Người kê khai tài sản, thu nhập"),
        field_line([("- Họ và tên:", me.full_name), ("Ngày tháng năm sinh:", me.birth_date)]),
        field_line([("- Chức vụ/chức danh công tác:", me.position)]),
        field_line([("- Cơ quan/đơn vị công tác:", me.workplace)]),
        field_line([("- Nơi thường trú:", me.residence)]),
        _identity(me),
        _heading("2. Vợ hoặc chồng của người kê khai tài sản, thu nhập"),
        field_line(
            [("- Họ và tên:", spouse.full_name), ("Ngày tháng năm sinh:", spouse.birth_date)]
        ),
        field_line([("- Nghề nghiệp:", spouse.position)]),
        field_line([("- Nơi làm việc:", spouse.workplace)]),
        field_line([("- Nơi thường trú:", spouse.residence)]),
        _identity(spouse),
        _heading("3. Con chưa thành niên (con đẻ, con nuôi theo quy định của pháp luật)"),
    ]
    for n, child in enumerate(data.children or [PersonLines(None)], start=1):
        out += [
            _heading(f"3.{n}. Con {ordinal(n)}:"),
            field_line(
                [("- Họ và tên:", child.full_name), ("Ngày tháng năm sinh:", child.birth_date)]
            ),
            field_line([("- Nơi thường trú:", child.residence)]),
            _identity(child),
        ]
    return out


def _assets(data: DeclarationData) -> list[Flowable]:
    by_code: dict[str, list[AssetLine]] = {}
    for item in data.items:
        by_code.setdefault(item.category, []).append(item)
    out: list[Flowable] = []
    for code, title, subs in GROUPS:
        codes = subs or (code,)
        if data.supplementary and not any(by_code.get(c) for c in codes):
            continue  # Phụ lục II lists only what changed
        out.append(_heading(f"{code}. {title}:"))
        for sub in subs:
            out += _items(sub, f"{sub}. {SUBITEMS[sub]}:", by_code.get(sub, []))
        if not subs:
            out[-1:] = _items(code, f"{code}. {title}:", by_code.get(code, []))
    if data.supplementary and not out:
        out.append(Paragraph(markup("Không có tài sản tăng thêm."), styles.LINE))
    out.append(_heading("10. Tổng thu nhập giữa hai lần kê khai:"))
    if data.first:
        note = "(Kê khai lần đầu không phải kê khai tổng thu nhập giữa hai lần kê khai.)"
        out.append(Paragraph(markup(note), styles.ITALIC))
    else:
        out += [field_line([(label, data.income.get(key))]) for key, label in INCOME]
    return out


def _items(code: str, title: str, items: Sequence[AssetLine]) -> list[Flowable]:
    """The item's heading and its assets; "Không có." on the heading line when there are none."""
    if not items:
        return [Paragraph(f"{markup(title)} Không có.", styles.SUBHEAD)]
    out: list[Flowable] = [_heading(title)]
    if code in NUMBERED:
        return out + [line for n, item in enumerate(items, 1) for line in _numbered(code, n, item)]
    return out + [field_line(_parts(code, item)) for item in items]


def _numbered(code: str, n: int, item: AssetLine) -> list[Flowable]:
    noun = NUMBERED[code]
    whose = f" ({item.holder})" if item.holder else ""
    what = {
        "1.1": "- Địa chỉ:",
        "1.2": "- Loại đất, địa chỉ:",
        "2.1": "- Loại nhà, địa chỉ:",
        "2.2": "- Tên, loại công trình, địa chỉ:",
    }[code]
    area = "- Diện tích sử dụng:" if code == "2.1" else "- Diện tích:"
    paper = "quyền sử dụng" if code.startswith("1.") else "quyền sở hữu"
    return [
        _heading(f"{code}.{n}. {noun} {ordinal(n)}{whose}:"),
        field_line([(what, item.description)]),
        field_line([(area, item.quantity)]),
        field_line([("- Giá trị:", item.value)]),
        field_line([(f"- Giấy chứng nhận {paper}:", item.certificate)]),
        field_line([("- Thông tin khác (nếu có):", item.other)]),
    ]


def _parts(code: str, item: AssetLine) -> list[tuple[str, str | None]]:
    name = {
        "3.1": "- Loại cây:",
        "3.2": "- Loại rừng:",
        "3.3": "- Tên gọi:",
        "4": "- Loại tài sản:",
        "5": "- Loại tiền:",
        "6.1": "- Tên cổ phiếu:",
        "6.2": "- Tên trái phiếu:",
        "6.3": "- Hình thức góp vốn:",
        "6.4": "- Tên giấy tờ có giá:",
        "7.1": "- Tên tài sản:",
        "7.2": "- Tên tài sản:",
        "8": "- Tên tài sản:",
        "9": "- Tên chủ tài khoản, số tài khoản:",
    }.get(code, "- Tài sản:")
    description = f"{item.description} ({item.holder})" if item.holder else item.description
    parts: list[tuple[str, str | None]] = [(name, description)]
    if code == "3.2":
        parts.append(("Diện tích:", item.quantity))
    elif code in ("3.1", "3.3", "6.1", "6.2") or item.quantity:
        parts.append(("Số lượng:", item.quantity))
    if code == "5" and item.foreign:
        parts.append(("Số lượng ngoại tệ:", item.foreign))
    if code == "7.1":
        parts.append(("Số đăng ký:", item.certificate))
    if code in ("8", "9"):
        parts.append(("Nước:", item.country))
    if code == "9":
        parts.append(("Nơi mở tài khoản:", item.other))
    else:
        if item.other:
            parts.append(("Thông tin khác:", item.other))
        parts.append(("Giá trị:", item.value))
    return parts


def _changes(data: DeclarationData) -> list[Flowable]:
    if data.changes_note:
        return [section(SECTION_III), Paragraph(markup(data.changes_note), styles.ITALIC)]
    if data.no_change or not data.changes:
        return [section(f"{SECTION_III}: {NO_CHANGE}")]
    head = styles.HEAD_CELL
    header: list[list[Any]] = [
        [Paragraph("Loại tài sản, thu nhập", head), Paragraph("Tăng (+)/giảm (−)", head), "",
         Paragraph("Nội dung giải trình nguồn gốc của tài sản tăng thêm và tổng thu nhập",
                   head)],
        ["", Paragraph("Số lượng tài sản", head), Paragraph("Giá trị tài sản, thu nhập", head),
         ""],
    ]  # fmt: skip
    body = [
        [
            Paragraph(
                markup(f"{c.code}. {c.label}")
                if not c.heading
                else f"<b>{markup(c.code)}. {markup(c.label)}</b>",
                styles.CELL,
            ),
            cell(c.quantity, center=True),
            cell(c.value, center=True),
            cell(c.explanation, blank=0 if c.heading or not c.value else 24),
        ]
        for c in data.changes
    ]
    widths = [FRAME_WIDTH * f for f in (0.35, 0.14, 0.18, 0.33)]
    table = Table(header + body, colWidths=widths, repeatRows=2, splitByRow=1)
    table.setStyle(
        TableStyle(
            [
                *GRID,
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (2, 0)),
                ("SPAN", (3, 0), (3, 1)),
                ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
            ]
        )
    )
    return [*table_section(SECTION_III), table]
