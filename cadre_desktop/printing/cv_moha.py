"""The current MoHA CV layout, "Sơ yếu lý lịch cán bộ, công chức" (DOMAIN.md §1.3), items 1-38.

Labelled without a circular number: the annex that issues it is not confirmed (decision 6)."""

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
)
from cadre_desktop.printing.cv_data import CvData, TrainingRow
from cadre_desktop.printing.text import markup

TITLE = "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC"


def _trainings(data: CvData, *kinds: str) -> list[TrainingRow]:
    return [t for t in data.trainings if t.kind in kinds]


def story(data: CvData) -> list[Flowable]:
    f = data.get
    name = f("full_name")
    out: list[Flowable] = [
        header_lines(
            [
                ("Cơ quan quản lý cán bộ, công chức, viên chức:", f("managing_agency")),
                ("Cơ quan, đơn vị sử dụng:", f("using_agency")),
            ],
            [
                field_line([("Số hiệu:", f("staff_number"))], width=150),
                field_line([("Mã số định danh:", f("national_code"))], width=150),
            ],
        ),
        photo_and_items(
            data.photo,
            [Paragraph(markup(TITLE), styles.TITLE), *conflict_note(data)],
            [
                beside(
                    [("1) Họ và tên khai sinh (viết chữ in hoa):", name.upper() if name else None)]
                ),
                beside([("Giới tính:", f("sex"))]),
                beside([("2) Các tên gọi khác:", f("other_names"))]),
                beside([("3) Sinh ngày:", f("birth_date"))]),
                beside([("4) Nơi sinh:", f("birth_place"))]),
                beside([("5) Quê quán:", f("home_town"))]),
                beside([("6) Dân tộc:", f("ethnicity")), ("7) Tôn giáo:", f("religion"))]),
            ],
        ),
        field_line(
            [
                ("8) Số CCCD:", f("id_number")),
                ("Ngày cấp:", f("id_issue_date")),
                ("SĐT liên hệ:", f("phone")),
            ],
            blank=12,
        ),
        field_line(
            [("9) Số BHXH:", f("social_insurance")), ("Số thẻ BHYT:", f("health_insurance"))]
        ),
        field_line([("10) Nơi ở hiện nay:", f("current_address"))]),
        field_line([("11) Thành phần gia đình xuất thân:", f("family_origin"))]),
        field_line([("12) Nghề nghiệp trước khi được tuyển dụng:", f("occupation_before"))]),
        field_line(
            [
                ("13) Ngày được tuyển dụng lần đầu:", f("recruitment_date")),
                ("Cơ quan, tổ chức, đơn vị tuyển dụng:", f("recruiting_agency")),
            ]
        ),
        field_line([("14) Ngày vào cơ quan hiện đang công tác:", f("current_agency_date"))]),
        field_line(
            [
                ("15) Ngày vào Đảng Cộng sản Việt Nam:", f("party_join_date")),
                ("Ngày chính thức:", f("party_official_date")),
            ]
        ),
        field_line(
            [("16) Ngày tham gia tổ chức chính trị - xã hội đầu tiên:", f("organisations_date"))]
        ),
        field_line(
            [
                ("17) Ngày nhập ngũ:", f("enlistment_date")),
                ("Ngày xuất ngũ:", f("discharge_date")),
                ("Quân hàm cao nhất:", f("military_rank")),
            ],
            blank=12,
        ),
        field_line([("18) Đối tượng chính sách:", f("policy_subject"))]),
        field_line([("19) Trình độ giáo dục phổ thông:", f("general_education"))]),
        field_line([("20) Trình độ chuyên môn cao nhất:", f("education_level"))]),
        field_line([("21) Học hàm:", f("academic_title"))]),
        field_line([("22) Danh hiệu nhà nước phong tặng:", f("honorary_title"))]),
        field_line(
            [
                ("23) Chức vụ hiện tại:", f("position")),
                ("Ngày bổ nhiệm/ngày phê chuẩn:", f("appointment_date")),
            ]
        ),
        field_line([("Ngày bổ nhiệm lại/phê chuẩn nhiệm kỳ tiếp theo:", f("reappointment_date"))]),
        field_line([("24) Được quy hoạch chức danh:", f("planned_titles"))]),
        field_line([("25) Chức vụ kiêm nhiệm:", f("concurrent_positions"))]),
        field_line([("26) Chức vụ Đảng hiện tại:", f("party_position"))]),
        field_line([("27) Chức vụ Đảng kiêm nhiệm:", f("party_committee_concurrent"))]),
        field_line([("28) Công việc chính được giao:", f("main_job"))]),
        field_line(
            [
                ("29) Sở trường công tác:", f("strengths")),
                ("Công việc làm lâu nhất:", f("longest_job")),
            ]
        ),
        field_line(
            [
                ("30) Tiền lương: 30.1- Ngạch/chức danh nghề nghiệp:", f("rank_name")),
                ("Mã số:", f("rank_code")),
            ]
        ),
        field_line(
            [
                ("Ngày bổ nhiệm ngạch:", f("rank_date")),
                ("Bậc lương:", f("salary_step")),
                ("Hệ số:", f("coefficient")),
                ("Ngày hưởng:", f("salary_since")),
            ],
            blank=10,
        ),
        field_line(
            [
                ("Phần trăm hưởng:", f("salary_percent")),
                ("Phụ cấp thâm niên vượt khung:", f("beyond_frame_percent")),
            ],
            blank=10,
        ),
        field_line(
            [
                ("30.2- Phụ cấp chức vụ:", f("position_allowance")),
                ("Phụ cấp khác:", f("other_allowances")),
            ]
        ),
        field_line(
            [
                ("31) Tình trạng sức khỏe:", f("health")),
                ("Chiều cao:", f("height")),
                ("Cân nặng:", f("weight")),
                ("Nhóm máu:", f("blood_group")),
            ],
            blank=10,
        ),
        heading(data, "32) QUÁ TRÌNH ĐÀO TẠO, BỒI DƯỠNG", "trainings"),
        Paragraph(
            markup("32.1- Trình độ chuyên môn (từ trung cấp trở lên cả trong nước và nước ngoài)"),
            styles.SUBHEAD,
        ),
        history_table(
            [
                "Từ tháng, năm",
                "Đến tháng, năm",
                "Tên cơ sở đào tạo",
                "Chuyên ngành đào tạo",
                "Hình thức đào tạo",
                "Văn bằng, trình độ",
            ],
            [
                [t.start, t.end, t.institution, t.major, t.form, t.qualification]
                for t in _trainings(data, "professional")
            ],
            (1.3, 1.3, 3.4, 2.6, 1.8, 2),
            centered=(0, 1),
        ),
        Paragraph(markup("32.2- Lý luận chính trị"), styles.SUBHEAD),
        history_table(
            [
                "Từ tháng, năm",
                "Đến tháng, năm",
                "Tên cơ sở đào tạo",
                "Hình thức đào tạo",
                "Văn bằng được cấp",
            ],
            [
                [t.start, t.end, t.institution, t.form, t.qualification]
                for t in _trainings(data, "political_theory")
            ],
            (1.3, 1.3, 4.6, 2.2, 2.6),
            centered=(0, 1),
        ),
    ]
    for title, kind in (
        (
            "32.3- Bồi dưỡng quản lý nhà nước/chức danh nghề nghiệp/nghiệp vụ chuyên ngành",
            "state_management",
        ),
        ("32.4- Bồi dưỡng kiến thức an ninh, quốc phòng", "defence_security"),
        ("32.5- Tin học", "it"),
    ):
        out += [
            Paragraph(markup(title), styles.SUBHEAD),
            history_table(
                ["Từ tháng, năm", "Đến tháng, năm", "Tên cơ sở đào tạo", "Chứng chỉ được cấp"],
                [[t.start, t.end, t.institution, t.qualification] for t in _trainings(data, kind)],
                (1.3, 1.3, 5.4, 4),
                centered=(0, 1),
                empty_rows=1,
            ),
        ]
    out += [
        Paragraph(markup("32.6- Ngoại ngữ/tiếng dân tộc"), styles.SUBHEAD),
        history_table(
            [
                "Từ tháng, năm",
                "Đến tháng, năm",
                "Tên cơ sở đào tạo",
                "Tên ngoại ngữ/tiếng dân tộc",
                "Chứng chỉ được cấp",
                "Điểm số",
            ],
            [
                [t.start, t.end, t.institution, t.language, t.qualification, t.score]
                for t in _trainings(data, "language")
            ],
            (1.3, 1.3, 3.4, 2.2, 2.4, 1.4),
            centered=(0, 1, 5),
            empty_rows=1,
        ),
        heading(data, "33) TÓM TẮT QUÁ TRÌNH CÔNG TÁC", "postings"),
        history_table(
            [
                "Từ tháng, năm",
                "Đến tháng, năm",
                "Đơn vị công tác (đảng, chính quyền, đoàn thể, tổ chức xã hội)",
                "Chức danh/chức vụ",
            ],
            [[p.start, p.end, p.unit, p.title] for p in data.postings],
            (1.3, 1.3, 5.4, 4),
            centered=(0, 1),
        ),
        heading(data, "34) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN", "history_facts"),
        field_line(
            [
                (
                    "34.1- Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở đâu), đã khai báo cho ai, những vấn đề gì:",
                    data.history_text("arrest"),
                )
            ]
        ),
        Paragraph(markup("34.2- Bản thân có làm việc cho chế độ cũ"), styles.SUBHEAD),
        _history(data, "former_regime", "Chức danh, chức vụ, đơn vị, địa điểm đã làm việc"),
        Paragraph(
            markup(
                "34.3- Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội nào ở nước ngoài"
            ),
            styles.SUBHEAD,
        ),
        _history(data, "foreign_organisation", "Tên tổ chức, địa chỉ trụ sở, công việc đã làm"),
        heading(data, "35) KHEN THƯỞNG, KỶ LUẬT", "awards", "disciplines", "evaluations"),
        Paragraph(markup("35.1- Thành tích thi đua, khen thưởng"), styles.SUBHEAD),
        history_table(
            ["Năm", "Xếp loại chuyên môn", "Xếp loại thi đua", "Hình thức khen thưởng"],
            [[y.year, y.rating, y.emulation, y.award] for y in data.years],
            (1, 3, 3, 5),
            centered=(0,),
        ),
        Paragraph(markup("35.2- Kỷ luật"), styles.SUBHEAD),
        history_table(
            [
                "Từ tháng, năm",
                "Đến tháng, năm",
                "Hình thức",
                "Hành vi vi phạm chính",
                "Cơ quan quyết định",
            ],
            [[d.start, d.end, d.form, d.violation, d.body] for d in data.disciplines],
            (1.3, 1.3, 2.4, 4, 3),
            centered=(0, 1),
            empty_rows=1,
        ),
        heading(data, "36) QUAN HỆ GIA ĐÌNH", "family"),
        Paragraph(
            markup("36.1- Về bản thân: Cha, mẹ, vợ (hoặc chồng), các con, anh chị em ruột"),
            styles.SUBHEAD,
        ),
        _family(data, "own"),
        Paragraph(markup("36.2- Về bên vợ (hoặc chồng): Cha, mẹ, anh chị em ruột"), styles.SUBHEAD),
        _family(data, "spouse"),
        heading(data, "37) HOÀN CẢNH KINH TẾ GIA ĐÌNH", "identity", "salary_steps", "allowances"),
        Paragraph(markup("37.1- Quá trình lương của bản thân"), styles.SUBHEAD),
        history_table(
            [
                "Từ tháng, năm",
                "Đến tháng, năm",
                "Mã số",
                "Bậc lương",
                "Hệ số lương",
                "Tiền lương theo vị trí việc làm",
            ],
            [[s.start, s.end, s.rank_code, s.step, s.coefficient, s.amount] for s in data.salaries],
            (1.3, 1.3, 1.6, 1.2, 1.4, 3),
            centered=(0, 1, 2, 3, 4),
        ),
        Paragraph(markup("37.2- Phụ cấp khác"), styles.SUBHEAD),
        history_table(
            [
                "Từ tháng, năm",
                "Đến tháng, năm",
                "Loại phụ cấp",
                "Phần trăm hưởng",
                "Hệ số",
                "Hình thức hưởng",
                "Giá trị (đồng)",
            ],
            [
                [a.start, a.end, a.name, a.percent, a.coefficient, a.form, a.amount]
                for a in data.allowances
            ],
            (1.3, 1.3, 2.6, 1.3, 1, 1.8, 1.8),
            centered=(0, 1, 3, 4),
            empty_rows=1,
        ),
        Paragraph(markup("37.3- Nguồn thu nhập chính của gia đình hằng năm"), styles.SUBHEAD),
        field_line([("- Tiền lương:", f("income_salary")), ("Các nguồn khác:", f("income_other"))]),
        field_line([("- Nhà ở:", f("housing"))]),
        field_line([("- Đất ở:", f("land"))]),
        field_line([("- Đất sản xuất, kinh doanh:", f("production_land"))]),
        heading(data, "38) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, TỔ CHỨC, ĐƠN VỊ SỬ DỤNG", "evaluations"),
    ]
    out += closing(
        data,
        agency_title="Thủ trưởng cơ quan, tổ chức, đơn vị sử dụng",
        agency_note="(Ký tên, đóng dấu)",
    )
    return out


def _history(data: CvData, kind: str, what: str) -> Flowable:
    return history_table(
        ["Từ tháng, năm", "Đến tháng, năm", what],
        [[h.start, h.end, h.text] for h in data.history if h.kind == kind],
        (1.3, 1.3, 9.4),
        centered=(0, 1),
        empty_rows=1,
    )


def _family(data: CvData, side: str) -> Flowable:
    return history_table(
        [
            "Mối quan hệ",
            "Họ và tên",
            "Năm sinh",
            "Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội (trong, ngoài nước); làm việc cho chế độ cũ, tiền án, tiền sự (nếu có)",
        ],
        family_rows(data.family, side),
        FAMILY_FRACTIONS,
        centered=(2,),
    )
