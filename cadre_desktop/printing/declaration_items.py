"""The items of the declaration form (NĐ 130/2020/NĐ-CP Phụ lục I mục II and III) in the
form's own words and order, which the declarant may not rename or reorder (Mục B, note 1)."""

from __future__ import annotations

# The groups of section II with their sub-items, worded as on the form.
GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("1", "Quyền sử dụng thực tế đối với đất", ("1.1", "1.2")),
    ("2", "Nhà ở, công trình xây dựng", ("2.1", "2.2")),
    ("3", "Tài sản khác gắn liền với đất", ("3.1", "3.2", "3.3")),
    ("4", "Vàng, kim cương, bạch kim và các kim loại quý, đá quý khác có tổng giá trị "
          "từ 50 triệu đồng trở lên", ()),
    ("5", "Tiền (tiền Việt Nam, ngoại tệ) gồm tiền mặt, tiền cho vay, tiền trả trước, tiền "
          "gửi cá nhân, tổ chức trong nước, tổ chức nước ngoài tại Việt Nam mà tổng giá trị "
          "quy đổi từ 50 triệu đồng trở lên", ()),
    ("6", "Cổ phiếu, trái phiếu, vốn góp, các loại giấy tờ có giá khác mà tổng giá trị từ "
          "50 triệu đồng trở lên (khai theo từng loại)", ("6.1", "6.2", "6.3", "6.4")),
    ("7", "Tài sản khác có giá trị từ 50 triệu đồng trở lên, bao gồm", ("7.1", "7.2")),
    ("8", "Tài sản ở nước ngoài", ()),
    ("9", "Tài khoản ở nước ngoài", ()),
)  # fmt: skip
SUBITEMS = {
    "1.1": "Đất ở",
    "1.2": "Các loại đất khác",
    "2.1": "Nhà ở",
    "2.2": "Công trình xây dựng khác",
    "3.1": "Cây lâu năm",
    "3.2": "Rừng sản xuất",
    "3.3": "Vật kiến trúc khác gắn liền với đất",
    "6.1": "Cổ phiếu",
    "6.2": "Trái phiếu",
    "6.3": "Vốn góp",
    "6.4": "Các loại giấy tờ có giá khác",
    "7.1": "Tài sản theo quy định của pháp luật phải đăng ký sử dụng và được cấp giấy đăng ký "
    "(tàu bay, tàu thủy, thuyền, máy ủi, máy xúc, ô tô, mô tô, xe gắn máy...)",
    "7.2": "Tài sản khác (đồ mỹ nghệ, đồ thờ cúng, bàn ghế, cây cảnh, tranh, ảnh, các loại "
    "tài sản khác)",
}
# The rows of the change table (section III): group rows over their sub-rows, then the income.
CHANGE_ROWS: tuple[tuple[str, str, bool], ...] = (
    ("1", "Quyền sử dụng thực tế đối với đất", True),
    ("1.1", "Đất ở", False),
    ("1.2", "Các loại đất khác", False),
    ("2", "Nhà ở, công trình xây dựng", True),
    ("2.1", "Nhà ở", False),
    ("2.2", "Công trình xây dựng khác", False),
    ("3", "Tài sản khác gắn liền với đất", True),
    ("3.1", "Cây lâu năm", False),
    ("3.2", "Rừng sản xuất", False),
    ("3.3", "Vật kiến trúc khác gắn liền với đất", False),
    ("4", "Vàng, kim cương, bạch kim và các kim loại quý, đá quý khác", False),
    ("5", "Tiền (tiền Việt Nam, ngoại tệ)", False),
    ("6", "Cổ phiếu, trái phiếu, vốn góp, các loại giấy tờ có giá khác", True),
    ("6.1", "Cổ phiếu", False),
    ("6.2", "Trái phiếu", False),
    ("6.3", "Vốn góp", False),
    ("6.4", "Các loại giấy tờ có giá khác", False),
    ("7", "Tài sản khác", True),
    ("7.1", "Tài sản phải đăng ký sử dụng và được cấp giấy đăng ký", False),
    ("7.2", "Tài sản khác", False),
    ("8", "Tài sản ở nước ngoài", False),
    ("9", "Tổng thu nhập giữa hai lần kê khai", False),
)
# Land and buildings are declared parcel by parcel, the rest line by line.
NUMBERED = {"1.1": "Thửa", "1.2": "Thửa", "2.1": "Nhà", "2.2": "Công trình"}
INCOME = (
    ("declarant", "- Tổng thu nhập của người kê khai:"),
    ("spouse", "- Tổng thu nhập của vợ hoặc chồng:"),
    ("child", "- Tổng thu nhập của con chưa thành niên:"),
    ("joint", "- Tổng các khoản thu nhập chung:"),
)
