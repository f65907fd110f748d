"""Mẫu 2C-BNV/2008: the Ministry of Home Affairs CV form (DOMAIN.md §1.2), items 1-32."""

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

FORM_CODE = "Mẫu 2C-BNV/2008"
TITLE = "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC"


def story(data: CvData) -> list[Flowable]:
    f = data.get
    name = f("full_name")
    out: list[Flowable] = [
        header_lines(
            [
                ("Cơ quan, đơn vị có thẩm quyền quản lý CBCC:", f("managing_agency")),
                ("Cơ quan, đơn vị sử dụng CBCC:", f("using_agency")),
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
                    [("1) Họ và tên khai sinh (viết chữ in hoa):", name.upper() if name else None)]
                ),
                beside([("2) Tên gọi khác:", f("other_names"))]),
                beside(
                    [
                        ("3) Sinh ngày:", f("birth_day")),
                        ("tháng", f("birth_month")),
                        ("năm", f("birth_year")),
                        ("Giới tính (nam, nữ):", f("sex")),
                    ]
                ),
                beside([("4) Nơi sinh:", f("birth_place"))]),
                beside([("5) Quê quán:", f("home_town"))]),
                beside([("6) Dân tộc:", f("ethnicity")), ("7) Tôn giáo:", f("religion"))]),
            ],
        ),
        field_line([("8) Nơi đăng ký hộ khẩu thường trú:", f("permanent_address"))]),
        field_line([("9) Nơi ở hiện nay:", f("current_address"))]),
        field_line([("10) Nghề nghiệp khi được tuyển dụng:", f("occupation_before"))]),
        field_line(
            [
                ("11) Ngày tuyển dụng:", f("recruitment_date")),
                ("Cơ quan tuyển dụng:", f("recruiting_agency")),
            ]
        ),
        field_line([("12) Chức vụ (chức danh) hiện tại:", f("position"))]),
        field_line([("13) Công việc chính được giao:", f("main_job"))]),
        field_line(
            [
                ("14) Ngạch công chức (viên chức):", f("rank_name")),
                ("Mã ngạch:", f("rank_code")),
            ]
        ),
        field_line(
            [
                ("Bậc lương:", f("salary_step")),
                ("Hệ số:", f("coefficient")),
                ("Ngày hưởng:", f("salary_since")),
            ],
            blank=12,
        ),
        field_line(
            [
                ("Phụ cấp chức vụ:", f("position_allowance")),
                ("Phụ cấp khác:", f("other_allowances")),
            ]
        ),
        field_line(
            [
                (
                    "15) Trình độ: 15.1- Giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào):",
                    f("general_education"),
                )
            ]
        ),
        field_line([("15.2- Trình độ chuyên môn cao nhất:", f("education_level"))]),
        field_line(
            [
                ("15.3- Lý luận chính trị:", f("political_theory")),
                ("15.4- Quản lý nhà nước:", f("state_management")),
            ]
        ),
        field_line([("15.5- Ngoại ngữ:", f("languages")), ("15.6- Tin học:", f("it_level"))]),
        field_line(
            [
                ("16) Ngày vào Đảng Cộng sản Việt Nam:", f("party_join_date")),
                ("Ngày chính thức:", f("party_official_date")),
            ]
        ),
        field_line([("17) Ngày tham gia tổ chức chính trị - xã hội:", f("organisations_date"))]),
        field_line(
            [
                ("18) Ngày nhập ngũ:", f("enlistment_date")),
                ("Ngày xuất ngũ:", f("discharge_date")),
                ("Quân hàm cao nhất:", f("military_rank")),
            ],
            blank=12,
        ),
        field_line([("19) Danh hiệu được phong tặng cao nhất:", f("honorary_title"))]),
        field_line([("20) Sở trường công tác:", f("strengths"))]),
        field_line([("21) Khen thưởng:", f("awards"))]),
        field_line([("22) Kỷ luật:", f("disciplines"))]),
        field_line(
            [
                ("23) Tình trạng sức khỏe:", f("health")),
                ("Chiều cao:", f("height")),
                ("Cân nặng:", f("weight")),
                ("Nhóm máu:", f("blood_group")),
            ],
            blank=10,
        ),
        field_line(
            [
                ("24) Là thương binh hạng:", f("war_invalid")),
                ("Là con gia đình chính sách:", f("policy_subject")),
            ],
            blank=10,
        ),
        field_line(
            [
                ("25) Số chứng minh nhân dân (CCCD):", f("id_number")),
                ("Ngày cấp:", f("id_issue_date")),
            ]
        ),
        field_line([("26) Số sổ BHXH:", f("social_insurance"))]),
        heading(
            data,
            "27) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC",
            "trainings",
        ),
        history_table(
            [
                "Tên trường",
                "Chuyên ngành đào tạo, bồi dưỡng",
                "Từ tháng, năm – đến tháng, năm",
                "Hình thức đào tạo",
                "Văn bằng, chứng chỉ, trình độ gì",
            ],
            training_rows(data),
            (4, 3.6, 2.8, 2, 3),
            centered=(2,),
        ),
        heading(data, "28) TÓM TẮT QUÁ TRÌNH CÔNG TÁC", "postings"),
        history_table(
            [
                "Từ tháng, năm – đến tháng, năm",
                "Chức danh, chức vụ, đơn vị công tác (đảng, chính quyền, đoàn thể, tổ chức xã hội), kể cả thời gian được đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ",
            ],
            work_rows(data),
            (1, 4),
            centered=(0,),
        ),
        heading(data, "29) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN", "history_facts"),
        field_line(
            [
                (
                    "- Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở đâu), đã khai báo cho ai, những vấn đề gì? Bản thân có làm việc trong chế độ cũ (cơ quan, đơn vị nào, địa điểm, chức danh, chức vụ, thời gian làm việc...):",
                    _joined(data.history_text("arrest"), data.history_text("former_regime")),
                )
            ]
        ),
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
        _family(data, "own"),
        Paragraph(markup("b) Về bên vợ (hoặc chồng): Cha, Mẹ, anh chị em ruột"), styles.SUBHEAD),
        _family(data, "spouse"),
        heading(
            data,
            "31) DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC",
            "salary_steps",
            "allowances",
        ),
        *salary_strip(data),
        heading(
            data,
            "32) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC",
            "evaluations",
        ),
    ]
    out += closing(
        data,
        agency_title="Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC",
        agency_note="(Ký tên, đóng dấu)",
    )
    return out


def _family(data: CvData, side: str) -> Flowable:
    return history_table(
        [
            "Mối quan hệ",
            "Họ và tên",
            "Năm sinh",
            "Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội...",
        ],
        family_rows(data.family, side),
        FAMILY_FRACTIONS,
        centered=(2,),
    )


def _joined(*texts: str | None) -> str | None:
    return "\n".join(t for t in texts if t) or None
