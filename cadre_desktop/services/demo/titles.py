"""The written titles of the demo's posts: heads and deputies of provincial agencies, the
divisions staff work in, and how many people hold each one-holder post."""

from __future__ import annotations

STAFF = 11
PARTY_DEPTS = (
    "phòng Tổng hợp",
    "phòng Tổ chức đảng, đảng viên",
    "phòng Cán bộ",
    "phòng Nghiên cứu",
)
STATE_DEPTS = (
    "phòng Tổ chức cán bộ",
    "phòng Kế hoạch - Tài chính",
    "phòng Pháp chế",
    "phòng Nghiệp vụ",
)
DISTRICT_DEPTS = ("phòng Nội vụ", "phòng Tài chính - Kế hoạch", "phòng Tư pháp", "phòng Kinh tế")
DISTRICT_BANS = ("Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Văn phòng")
COMMUNE_DEPTS = ("phòng Kinh tế", "phòng Văn hóa - Xã hội")
COMMUNE_CIVIL = (
    "Văn phòng - Thống kê",
    "Tư pháp - Hộ tịch",
    "Địa chính - Xây dựng",
    "Tài chính - Kế toán",
)

# Heads and deputies of provincial agencies: unit code → ((head code, written), (deputy …)).
HEADS: dict[str, tuple[tuple[str | None, str], tuple[str | None, str]]] = {
    "TU.VP": (("chanh_van_phong_tinh_uy", "Chánh"), ("pho_chanh_van_phong_tinh_uy", "Phó Chánh")),
    "TU.BTC": (("truong_ban_to_chuc", "Trưởng"), ("pho_truong_ban_to_chuc", "Phó Trưởng")),
    "TU.UBKT": (
        ("chu_nhiem_ubkt_tinh_uy", "Chủ nhiệm"),
        ("pho_chu_nhiem_ubkt_tinh_uy", "Phó Chủ nhiệm"),
    ),
    "TU.BTGDV": (("truong_ban_tgdv", "Trưởng"), ("pho_truong_ban_tgdv", "Phó Trưởng")),
    "TU.BNC": (("truong_ban_noi_chinh", "Trưởng"), ("pho_truong_ban_noi_chinh", "Phó Trưởng")),
    "UB.VP": (
        ("chanh_van_phong_ubnd_tinh", "Chánh"),
        ("pho_chanh_van_phong_ubnd_tinh", "Phó Chánh"),
    ),
    "UB.TTR": (("chanh_thanh_tra_tinh", "Chánh"), ("pho_chanh_thanh_tra_tinh", "Phó Chánh")),
    "MT.TD": (("bi_thu_tinh_doan", "Bí thư"), ("pho_bi_thu_tinh_doan", "Phó Bí thư")),
    "MT.HPN": (
        ("chu_tich_hoi_lhpn_tinh", "Chủ tịch"),
        ("pho_chu_tich_hoi_lhpn_tinh", "Phó Chủ tịch"),
    ),
    "MT.HND": (
        ("chu_tich_hoi_nong_dan_tinh", "Chủ tịch"),
        ("pho_chu_tich_hoi_nong_dan_tinh", "Phó Chủ tịch"),
    ),
    "MT.CCB": (
        ("chu_tich_hoi_ccb_tinh", "Chủ tịch"),
        ("pho_chu_tich_hoi_ccb_tinh", "Phó Chủ tịch"),
    ),
    "MT.LDLD": (("chu_tich_ldld_tinh", "Chủ tịch"), ("pho_chu_tich_ldld_tinh", "Phó Chủ tịch")),
    "TU.DUCQD": ((None, "Bí thư"), (None, "Phó Bí thư")),
    "TU.DUUB": ((None, "Bí thư"), (None, "Phó Bí thư")),
}
TOP: dict[str, tuple[tuple[str, str], ...]] = {
    "TU": (
        ("bi_thu_tinh_uy", "Bí thư"),
        ("pho_bi_thu_tt_tinh_uy", "Phó Bí thư Thường trực"),
        ("pho_bi_thu_tinh_uy", "Phó Bí thư"),
    ),
    "UB": (("chu_tich_ubnd_tinh", "Chủ tịch"), ("pho_chu_tich_ubnd_tinh", "Phó Chủ tịch")),
    "HDND": (
        ("chu_tich_hdnd_tinh", "Chủ tịch"),
        ("pho_chu_tich_hdnd_tinh", "Phó Chủ tịch"),
        ("truong_ban_hdnd_tinh", "Trưởng Ban Pháp chế"),
        ("truong_ban_hdnd_tinh", "Trưởng Ban Kinh tế - Ngân sách"),
        ("pho_truong_ban_hdnd_tinh", "Phó Trưởng Ban Văn hóa - Xã hội"),
    ),
    "MT": (("chu_tich_ubmttq_tinh", "Chủ tịch"), ("pho_chu_tich_ubmttq_tinh", "Phó Chủ tịch")),
}
# How many people hold a roster post at once (default one).
HOLDERS = {
    "pho_chu_tich_ubnd_tinh": 3,
    "pho_chu_tich_hdnd_tinh": 2,
    "pho_giam_doc_so": 3,
    "pho_chu_tich_ubnd_xa": 2,
    "pho_truong_ban_to_chuc": 2,
    "pho_chanh_van_phong_ubnd_tinh": 2,
}
DECISION_SUFFIX = {
    "TU.UBKT": "UBKTTU",
    "UB.TTR": "TTr",
    "MT": "MTTQ-BTT",
    "MT.TD": "TĐTN",
    "MT.HPN": "HPN",
    "MT.HND": "HND",
    "MT.CCB": "CCB",
    "MT.LDLD": "LĐLĐ",
}
