"""The review and rating form of a cadre: the self-review (HD 43-HD/BTCTW Mẫu 2A/2B order where
it applies) with the self-check against the 27 manifestations, the collectives' comments, the
advisory appraisal and the competent level's rating (QĐ 366-QĐ/TW), under the HD 36 heading.

The checklist never prints the app's short labels as the resolution's words (DOMAIN.md decision
5): the official wording when an administrator has loaded it, else only the item numbers and a
note saying so.
"""

from __future__ import annotations

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
from cadre_desktop.printing.evaluation_data import CheckLine, EvaluationData
from cadre_desktop.printing.headings import party_heading
from cadre_desktop.printing.page import FRAME_WIDTH
from cadre_desktop.printing.text import markup

TITLE = "BẢN KIỂM ĐIỂM CÁ NHÂN"
SECTION_I = "I. KẾT QUẢ THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ ĐƯỢC GIAO"
SECTION_II = (
    "II. TỰ LIÊN HỆ CÁC BIỂU HIỆN SUY THOÁI VỀ TƯ TƯỞNG CHÍNH TRỊ, ĐẠO ĐỨC, LỐI SỐNG, "
    '"TỰ DIỄN BIẾN", "TỰ CHUYỂN HÓA"'
)
SECTION_III = "III. VIỆC THỰC HIỆN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU"
SECTION_IV = "IV. CHẤM ĐIỂM VÀ TỰ NHẬN MỨC XẾP LOẠI"
SECTION_V = "V. NHẬN XÉT, ĐÁNH GIÁ CỦA TẬP THỂ"
SECTION_VI = "VI. THẨM ĐỊNH CỦA CƠ QUAN THAM MƯU VỀ TỔ CHỨC CÁN BỘ"
SECTION_VII = "VII. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN"
GROUPS = {
    1: "Nhóm 1. Biểu hiện suy thoái về tư tưởng chính trị",
    2: "Nhóm 2. Biểu hiện suy thoái về đạo đức, lối sống",
    3: 'Nhóm 3. Biểu hiện "tự diễn biến", "tự chuyển hóa" trong nội bộ',
}
UNOFFICIAL_NOTE = (
    "Ghi chú: nội dung chính thức của 27 biểu hiện (Nghị quyết số 04-NQ/TW ngày 30/10/2016 "
    "của Hội nghị Trung ương 4 khóa XII) chưa được nạp vào chương trình; bảng chỉ ghi số thứ "
    "tự biểu hiện trong từng nhóm, người kiểm điểm đối chiếu với văn bản Nghị quyết."
)
STATES = ("none", "present", "remedied")
LINES = 3  # ruled lines left for handwriting where a text is missing


def story(data: EvaluationData) -> list[Flowable]:
    kind = "có" if data.leader else "không"
    out: list[Flowable] = [
        *party_heading(data.heading),
        Paragraph(markup(TITLE), styles.TITLE),
        Paragraph(markup(data.period[:1].upper() + data.period[1:]), styles.SUBTITLE),
        Paragraph(
            markup(f"(Dùng cho cán bộ {kind} giữ chức vụ lãnh đạo, quản lý)"),
            styles.CENTER_ITALIC,
        ),
        Spacer(1, 4 * mm),
        field_line([("Họ và tên:", data.get("full_name")), ("Ngày sinh:", data.get("birth_date"))]),
        field_line([("Chức vụ:", data.get("position"))]),
        field_line([("Đơn vị công tác:", data.get("unit"))]),
        field_line([("Chi bộ:", data.get("party_cell"))]),
        section(SECTION_I),
        *_text(data.get("results")),
        field_line([("Số lượng, tiến độ nhiệm vụ:", data.get("tasks"))]),
    ]
    if data.leader:
        label = "Kết quả hoàn thành nhiệm vụ của cơ quan, đơn vị được giao phụ trách:"
        out.append(field_line([(label, data.get("unit_tasks"))]))
    label = "Khắc phục hạn chế, khuyết điểm đã được chỉ ra:"
    out += [
        field_line([(label, data.get("shortcomings"))]),
        *table_section(SECTION_II),
        *_checklist(data),
        section(SECTION_III),
        field_line([("Bản cam kết tu dưỡng, rèn luyện, phấn đấu:", data.get("commitment"))]),
        section(SECTION_IV),
        *_scores(data),
        field_line([("Tự nhận mức xếp loại:", data.get("self_rating"))], bold_values=True),
        signatures(
            [],
            ["NGƯỜI TỰ KIỂM ĐIỂM", "(Ký, ghi rõ họ tên)"],
            date_line=None,
            names=(None, data.get("full_name")),
        ),
        section(SECTION_V),
        *_reviews(data),
        section(SECTION_VI),
        field_line([("Cơ quan thẩm định:", data.get("appraisal_body"))]),
        *_text(data.get("appraisal")),
        field_line([("Đề xuất mức xếp loại:", data.get("proposed_rating"))]),
        section(SECTION_VII),
        *_rating(data),
    ]
    return out


def _text(value: str | None) -> list[Flowable]:
    if value:
        return [Paragraph(markup(value), styles.BODY)]
    return [field_line([("", None)]) for _ in range(LINES)]


def _checklist(data: EvaluationData) -> list[Flowable]:
    """One table per group, so that on a new page the column heads and the group repeat."""
    wording = any(c.official_text for c in data.checks)
    head = ["TT", *(["Biểu hiện"] if wording else []), "Không có", "Có", "Đã khắc phục", "Ghi chú"]
    fractions = [0.09, *([0.40] if wording else []), 0.1, 0.08, 0.12]
    fractions.append(1 - sum(fractions))
    widths = [FRAME_WIDTH * f for f in fractions]
    out: list[Flowable] = []
    for group in dict.fromkeys(c.group for c in data.checks):
        title = f"<b>{markup(GROUPS.get(group, f'Nhóm {group}'))}</b>"
        rows: list[list[Any]] = [
            [Paragraph(markup(h), styles.HEAD_CELL) for h in head],
            [Paragraph(title, styles.CELL)] + [""] * (len(head) - 1),
        ]
        rows += [_check_row(c, wording) for c in data.checks if c.group == group]
        table = Table(rows, colWidths=widths, repeatRows=2, splitByRow=1)
        table.setStyle(
            TableStyle([*GRID, ("SPAN", (0, 1), (-1, 1)), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")])
        )
        out += [table, Spacer(1, 2 * mm)]
    if not data.checklist_official:
        out.append(Paragraph(markup(UNOFFICIAL_NOTE), styles.SMALL))
    return out


def _check_row(check: CheckLine, wording: bool) -> list[Any]:
    marks = [cell("x" if check.state == s else None, center=True) for s in STATES]
    text = [cell(check.official_text)] if wording else []
    return [cell(check.code, center=True), *text, *marks, cell(check.remark)]


def _scores(data: EvaluationData) -> list[Flowable]:
    if data.scores is None:
        return []
    general, tasks, total = data.scores
    rows: list[tuple[str, str, str | None]] = [
        ("Nhóm tiêu chí chung", "30", general),
        ("Nhóm tiêu chí về kết quả thực hiện nhiệm vụ", "70", tasks),
        ("Tổng cộng", "100", total),
    ]
    head = ("Nhóm tiêu chí", "Điểm tối đa", "Điểm")
    body: list[list[Any]] = [[Paragraph(markup(h), styles.HEAD_CELL) for h in head]]
    body += [[cell(a), cell(b, center=True), cell(c, center=True, blank=8)] for a, b, c in rows]
    table = Table(body, colWidths=[FRAME_WIDTH * f for f in (0.6, 0.2, 0.2)], repeatRows=1)
    table.setStyle(TableStyle(GRID))
    return [table, Spacer(1, 2 * mm)]


def _reviews(data: EvaluationData) -> list[Flowable]:
    out: list[Flowable] = []
    for number, review in enumerate(data.reviews, start=1):
        out += [
            Paragraph(markup(f"{number}. {review.venue}"), styles.SUBHEAD),
            field_line([("Tên chi bộ, tập thể:", review.body), ("Ngày họp:", review.held_on)]),
            *(
                [Paragraph(markup(f"Nhận xét: {review.remarks}"), styles.BODY)]
                if review.remarks
                else [field_line([("Nhận xét:", None)]), *_text(None)[1:]]  # ruled lines
            ),
            field_line([("Đề xuất mức xếp loại:", review.proposed)]),
        ]
    return out


def _rating(data: EvaluationData) -> list[Flowable]:
    out: list[Flowable] = [
        field_line(
            [("Mức xếp loại:", data.get("rating") if data.final else None)], bold_values=True
        ),
        field_line([("Cấp có thẩm quyền:", data.get("rated_by")), ("Ngày:", data.get("rated_on"))]),
        field_line([("Quyết định, văn bản số:", data.get("decision"))]),
        field_line([("Ngày thông báo kết quả cho cán bộ:", data.get("disclosed_on"))]),
    ]
    if not data.final:
        note = "(Chưa có kết quả xếp loại chính thức của cấp có thẩm quyền.)"
        out.append(Paragraph(markup(note), styles.ITALIC))
    if data.get("rerating"):
        out.append(Paragraph(markup(data.get("rerating") or ""), styles.BODY))
    for complaint in data.complaints:
        out.append(Paragraph(markup(complaint), styles.BODY))
    rated_by = data.get("rated_by")
    title = f"T/M {rated_by.upper()}" if rated_by else "CẤP CÓ THẨM QUYỀN"
    out.append(
        signatures(
            [],
            [title, "(Ký, ghi rõ họ tên, đóng dấu)"],
            date_line=None,
            names=(None, data.get("signer")),
        )
    )
    return out
