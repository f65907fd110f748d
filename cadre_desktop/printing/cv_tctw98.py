"""Mẫu 2C-TCTW-98: the Party's CV form (DOMAIN.md §1.1), in its item order and numbering."""

# ruff: noqa: E501  (the forms' labels are kept verbatim, one per line, to compare with the paper)

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from cadre_desktop.printing import styles
from cadre_desktop.printing.blocks import field_line, history_table
from cadre_desktop.printing.cv_common import (
    FAMILY_FRACTIONS,
    beside,
    closing,
    conflict_note,
    family_rows,
    header_lines,
    heading,
    photo_and_items,
    salary_strip,
    training_rows,
    work_rows,
)
from cadre_desktop.printing.cv_data import CvData
from cadre_desktop.printing.text import markup

FORM_CODE = "Mẫu 2C-TCTW-98"
TITLE = "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC"


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


def story(data: CvData) -> list[Flowable]:
    f = data.get
    out: list[Flowable] = [
        header_lines(
            [
                ("Tỉnh:", f("province")),
                ("Đơn vị trực thuộc:", f("managing_agency")),
                ("Đơn vị cơ sở:", f("using_agency")),
            ],
            [
                Paragraph(f"<b>{markup(FORM_CODE)}</b>", styles.CENTER),
                field_line([("Số hiệu cán bộ, công chức:", f("staff_number"))], width=120),
            ],
        ),
        photo_and_items(
            data.photo,
            [Paragraph(markup(TITLE), styles.TITLE), *conflict_note(data)],
            [
                beside(
                    [("1) Họ và tên khai sinh:", _upper(f("full_name"))), ("Nam, nữ:", f("sex"))]
                ),
                beside([("2) Các tên gọi khác:", f("other_names"))]),
                beside([("3) Cấp ủy hiện tại:", f("party_committee"))]),
                beside([("Cấp ủy kiêm:", f("party_committee_concurrent"))]),
                beside(
                    [
                        (
                            "Chức vụ (Đảng, đoàn thể, Chính quyền, kể cả chức vụ kiêm nhiệm):",
                            f("position"),
                        )
                    ]
                ),
                beside([("Phụ cấp chức vụ:", f("position_allowance"))]),
                beside(
                    [
                        ("4) Sinh ngày", f("birth_day")),
                        ("tháng", f("birth_month")),
                        ("năm", f("birth_year")),
                    ]
                ),
                beside([("5) Nơi sinh:", f("birth_place"))]),
                beside([("6) Quê quán:", f("home_town"))]),
            ],
        ),
        field_line([("7) Nơi ở hiện nay:", f("current_address")), ("Điện thoại:", f("phone"))]),
        field_line([("8) Dân tộc:", f("ethnicity")), ("9) Tôn giáo:", f("religion"))]),
        field_line([("10) Thành phần gia đình xuất thân:", f("family_origin"))]),
        field_line(
            [("11) Nghề nghiệp bản thân trước khi được tuyển dụng:", f("occupation_before"))]
        ),
        field_line(
            [
                ("12) Ngày được tuyển dụng:", f("recruitment_date")),
                ("Vào cơ quan nào, ở đâu:", f("recruiting_agency")),
            ]
        ),
        field_line(
            [
                ("13) Ngày vào cơ quan hiện đang công tác:", f("current_agency_date")),
                ("Ngày tham gia cách mạng:", f("revolution_date")),
            ]
        ),
        field_line(
            [
                ("14) Ngày vào Đảng Cộng sản Việt Nam:", f("party_join_date")),
                ("Ngày chính thức:", f("party_official_date")),
            ]
        ),
        field_line([("15) Ngày tham gia các tổ chức chính trị, xã hội:", f("organisations_date"))]),
        field_line(
            [
                ("16) Ngày nhập ngũ:", f("enlistment_date")),
                ("Ngày xuất ngũ:", f("discharge_date")),
                ("Quân hàm, chức vụ cao nhất (năm):", f("military_rank")),
            ]
        ),
        field_line(
            [
                ("17) Trình độ học vấn: Giáo dục phổ thông:", f("general_education")),
                ("Học hàm, học vị cao nhất:", f("academic_title")),
            ]
        ),
        field_line([("Lý luận chính trị:", f("political_theory")), ("Ngoại ngữ:", f("languages"))]),
        field_line([("18) Công tác chính đang làm:", f("main_job"))]),
        field_line(
            [
                ("19) Ngạch công chức:", f("rank_name")),
                ("Mã số:", f("rank_code")),
            ]
        ),
        field_line(
            [
                ("Bậc lương:", f("salary_step")),
                ("hệ số:", f("coefficient")),
                ("từ tháng, năm:", f("salary_since")),
            ]
        ),
        field_line([("20) Danh hiệu được phong (năm nào):", f("honorary_title"))]),
        field_line([("21) Sở trường công tác:", f("strengths"))]),
        field_line([("Công việc đã làm lâu nhất:", f("longest_job"))]),
        field_line([("22) Khen thưởng:", f("awards"))]),
        field_line(
            [
                (
                    "23) Kỷ luật (Đảng, Chính quyền, Đoàn thể; cấp quyết định, năm nào, lý do, hình thức):",
                    f("disciplines"),
                )
            ]
        ),
        field_line(
            [
                ("24) Tình trạng sức khỏe:", f("health")),
                ("Cao:", f("height")),
                ("Cân nặng:", f("weight")),
                ("Nhóm máu:", f("blood_group")),
            ],
            blank=10,
        ),
        field_line(
            [
                ("25) Số CMND/CCCD:", f("id_number")),
                ("Thương binh loại:", f("war_invalid")),
                ("Gia đình liệt sĩ:", f("martyr_family")),
            ],
            blank=10,
        ),
        heading(
            data,
            "26) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ",
            "trainings",
        ),
        history_table(
            [
                "Tên trường",
                "Ngành học hoặc tên lớp học",
                "Thời gian học (từ tháng, năm – đến tháng, năm)",
                "Hình thức học",
                "Văn bằng, chứng chỉ, trình độ gì",
            ],
            training_rows(data),
            (4, 3.6, 2.8, 2, 3),
            centered=(2,),
        ),
        heading(data, "27) TÓM TẮT QUÁ TRÌNH CÔNG TÁC", "postings"),
        history_table(
            [
                "Từ tháng, năm – đến tháng, năm",
                "Chức danh, chức vụ, đơn vị công tác (Đảng, chính quyền, đoàn thể)",
            ],
            work_rows(data),
            (1, 4),
            centered=(0,),
        ),
        heading(data, "28) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN", "history_facts"),
        field_line(
            [
                (
                    "a) Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở đâu), đã khai báo cho ai, những vấn đề gì:",
                    data.history_text("arrest"),
                )
            ]
        ),
        field_line(
            [
                (
                    "b) Bản thân có làm việc trong chế độ cũ (cơ quan, đơn vị nào, địa điểm, chức danh, chức vụ, thời gian làm việc...):",
                    data.history_text("former_regime"),
                )
            ]
        ),
        heading(data, "29) QUAN HỆ VỚI NƯỚC NGOÀI", "history_facts", "family"),
        field_line(
            [
                (
                    "- Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội nào ở nước ngoài (làm gì, tổ chức nào, đặt trụ sở ở đâu...):",
                    data.history_text("foreign_organisation"),
                )
            ]
        ),
        field_line(
            [
                (
                    "- Có thân nhân (cha, mẹ, vợ, chồng, con, anh chị em ruột) ở nước ngoài (làm gì, địa chỉ...):",
                    data.relatives_abroad,
                )
            ]
        ),
        heading(data, "30) QUAN HỆ GIA ĐÌNH", "family"),
        Paragraph(
            markup("a) Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột"),
            styles.SUBHEAD,
        ),
        _family_table(data, "own"),
        Paragraph(markup("b) Về bên vợ (hoặc chồng): Cha, Mẹ, anh chị em ruột"), styles.SUBHEAD),
        _family_table(data, "spouse"),
        heading(data, "31) HOÀN CẢNH KINH TẾ GIA ĐÌNH", "identity"),
        field_line(
            [
                ("- Tổng thu nhập hằng năm: Lương:", f("income_salary")),
                ("Các nguồn khác:", f("income_other")),
            ]
        ),
        field_line([("- Nhà ở:", f("housing"))]),
        field_line([("- Đất ở:", f("land"))]),
        field_line([("- Đất sản xuất, kinh doanh:", f("production_land"))]),
        field_line([("- Hoàn cảnh kinh tế khác:", f("family_economy"))]),
        heading(
            data,
            "32) DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC",
            "salary_steps",
            "allowances",
        ),
        *salary_strip(data),
    ]
    out += closing(
        data,
        agency_title="Nhận xét, xác nhận của cơ quan, đơn vị quản lý",
        agency_note="(Ký tên, đóng dấu)",
    )
    return out


def _family_table(data: CvData, side: str) -> Flowable:
    return history_table(
        [
            "Quan hệ",
            "Họ và tên",
            "Năm sinh",
            "Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội...",
        ],
        family_rows(data.family, side),
        FAMILY_FRACTIONS,
        centered=(2,),
    )
