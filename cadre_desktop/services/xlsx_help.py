"""The template's "Hướng dẫn" and "Danh mục" sheets: how to fill each column, and the values
each catalog column accepts (typed with or without diacritics)."""

from __future__ import annotations

from collections.abc import Iterator

from cadre_desktop.services.stores import Store
from cadre_desktop.services.xlsx_columns import COLUMNS

DATE_FORMS = "ngày/tháng/năm (31/12/1980), tháng/năm (12/1980), năm (1980), hoặc ô kiểu ngày"
HELP = {
    "full_name": ("Họ, chữ đệm và tên", "bắt buộc (hoặc ghi riêng các cột Họ, Chữ đệm, Tên)"),
    "family_name": ("Họ", "dùng khi không ghi cột Họ và tên"),
    "middle_name": ("Chữ đệm", "có thể để trống"),
    "given_name": ("Tên", "dùng khi không ghi cột Họ và tên"),
    "birth_date": ("Ngày sinh", "bắt buộc; " + DATE_FORMS),
    "sex": ("Giới tính", "Nam hoặc Nữ; bắt buộc với cán bộ mới"),
    "id_number": (
        "Số căn cước công dân",
        "12 chữ số (hoặc 9 chữ số CMND cũ); dùng để nhận ra hồ sơ đã có",
    ),
    "ethnicity": ("Dân tộc", "theo danh mục; bắt buộc với cán bộ mới"),
    "religion": ("Tôn giáo", 'theo danh mục; không theo tôn giáo nào ghi "Không"'),
    "managing_unit": ("Đơn vị quản lý hồ sơ", "mã hoặc tên đơn vị trong kho hồ sơ"),
    "unit": (
        "Đơn vị đang công tác",
        "mã hoặc tên đơn vị; đơn vị ngoài danh sách được ghi như viết",
    ),
    "title": ("Chức vụ hiện nay", "theo danh mục chức danh; chức vụ khác được ghi như viết"),
    "post_since": ("Ngày bắt đầu giữ chức vụ", "bắt buộc khi ghi chức vụ; " + DATE_FORMS),
    "language": ("Ngoại ngữ", "theo danh mục ngôn ngữ"),
    "language_level": ("Trình độ ngoại ngữ", "theo danh mục trình độ ngoại ngữ"),
}


def help_rows() -> Iterator[list[str]]:
    yield ["(chung)", "Mỗi dòng là một cán bộ", (
        "Dòng đầu là tiêu đề cột; dòng trống được bỏ qua; không gộp ô; không dùng công thức. "
        "Ô để trống không xóa thông tin đã có trong hồ sơ. Nhập lại cùng tệp không làm thay đổi "
        "hồ sơ. Chữ có dấu hay không dấu, viết hoa hay thường đều được."
    )]  # fmt: skip
    for column in COLUMNS:
        meaning, how = HELP.get(column.key, (column.header, ""))
        if not how:
            how = (
                DATE_FORMS
                if column.kind == "date"
                else ("theo danh mục" if column.kind == "catalog" else "ghi như trong hồ sơ")
            )
        yield [column.header, meaning, how]


def catalog_rows(store: Store) -> Iterator[list[str]]:
    catalogs = store.catalogs()
    for column in COLUMNS:
        if column.kind != "catalog" or not column.catalog:
            continue
        for item in catalogs.items(column.catalog):
            yield [column.header, item.code, item.label]
    for item in catalogs.items("title"):
        yield ["Chức vụ", item.code, item.label]
