"""The columns of a cadre list in Excel: the template's Vietnamese headers, what each column is
in the dossier, and the other headers units' own sheets use for it (matched without
diacritics), so export, template and import speak the same language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cadre_desktop.text import fold


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # the template's header (Vietnamese, as on the official lists)
    kind: str  # text | date | sex | catalog | unit | title | number
    catalog: str | None = None
    aliases: tuple[str, ...] = ()
    width: int = 16
    exported: bool = True  # in the list export (the template has every column)


COLUMNS: tuple[Column, ...] = (
    Column("full_name", "Họ và tên", "text", aliases=("ho ten", "ho va ten khai sinh"), width=26),
    Column("family_name", "Họ", "text", aliases=("ho",), exported=False),
    Column("middle_name", "Chữ đệm", "text", aliases=("ten dem", "dem"), exported=False),
    Column("given_name", "Tên", "text", aliases=("ten",), exported=False),
    Column("birth_date", "Ngày sinh", "date",
           aliases=("ngay thang nam sinh", "nam sinh", "sinh ngay"), width=12),
    Column("sex", "Giới tính", "sex", aliases=("gioi", "nam/nu", "nam, nu"), width=9),
    Column("id_number", "Số CCCD", "text",
           aliases=("cccd", "so can cuoc", "can cuoc cong dan", "so dinh danh", "so cmnd",
                    "so cmnd/cccd", "cmnd/cccd"), width=15),
    Column("ethnicity", "Dân tộc", "catalog", "ethnicity", width=10),
    Column("religion", "Tôn giáo", "catalog", "religion", width=12),
    Column("home_town", "Quê quán", "text", aliases=("nguyen quan",), width=24),
    Column("birth_place", "Nơi sinh", "text", width=24),
    Column("permanent_address", "Nơi thường trú", "text",
           aliases=("ho khau thuong tru", "dia chi thuong tru"), width=24),
    Column("current_address", "Nơi ở hiện nay", "text", aliases=("cho o hien nay",), width=24),
    Column("phone", "Điện thoại", "text", aliases=("so dien thoai", "dt"), width=13),
    Column("email", "Thư điện tử", "text", aliases=("email", "e-mail"), width=20),
    Column("managing_unit", "Đơn vị quản lý", "unit", aliases=("co quan quan ly",), width=24),
    Column("unit", "Đơn vị công tác", "unit",
           aliases=("don vi", "co quan", "co quan, don vi", "noi cong tac"), width=26),
    Column("title", "Chức vụ", "title",
           aliases=("chuc danh", "chuc vu hien nay", "chuc vu, chuc danh"), width=28),
    Column("post_since", "Giữ chức vụ từ", "date",
           aliases=("ngay bo nhiem", "thoi gian giu chuc vu"), width=12),
    Column("party_join_date", "Ngày vào Đảng", "date", aliases=("ngay vao dang",), width=12),
    Column("party_official_date", "Ngày chính thức", "date",
           aliases=("ngay chinh thuc vao dang",), width=12),
    Column("recruitment_date", "Ngày tuyển dụng", "date", width=12),
    Column("education_level", "Trình độ chuyên môn", "catalog", "education_level",
           aliases=("chuyen mon", "trinh do dao tao"), width=14),
    Column("education_major", "Chuyên ngành", "text", aliases=("nganh",), width=20),
    Column("political_theory", "Lý luận chính trị", "catalog", "political_theory_level",
           aliases=("llct", "trinh do ly luan chinh tri"), width=12),
    Column("state_management", "Quản lý nhà nước", "catalog", "state_management_level",
           aliases=("qlnn", "trinh do quan ly nha nuoc"), width=14),
    Column("it_level", "Tin học", "catalog", "it_level", aliases=("trinh do tin hoc",), width=12),
    Column("language", "Ngoại ngữ", "catalog", "language", width=12),
    Column("language_level", "Trình độ ngoại ngữ", "catalog", "foreign_language_level", width=12),
)  # fmt: skip
BY_KEY = {c.key: c for c in COLUMNS}
IGNORED = frozenset(
    ("stt", "tt", "so tt", "so thu tu", "ghi chu")
)  # numbering and notes are not data


def normal(header: str) -> str:
    """A header as compared: no case, diacritics, punctuation or extra spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(header)).split())


def _forms(column: Column) -> set[str]:
    forms = {column.header, column.key.replace("_", " "), *column.aliases}
    return {normal(form) for form in forms}


_FORMS = {form: column.key for column in COLUMNS for form in _forms(column)}


def column_for(header: str) -> str | None:
    """The column a sheet's header stands for ("Ngày, tháng, năm sinh" is "Ngày sinh")."""
    return _FORMS.get(normal(header))


def detect(headers: list[str]) -> dict[int, str]:
    """Column index → key for every header recognised (the first of two same headers)."""
    found: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = column_for(header) if header else None
        if key is not None and key not in found.values():
            found[index] = key
    return found
