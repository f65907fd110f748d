"""The oversight register as a Party document (HD 36 heading): one ruled table of matters,
marked "MẬT" when it carries restricted content. Plain data in, PDF bytes out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cadre_desktop.printing import registers, styles
from cadre_desktop.printing.blocks import PLAIN
from cadre_desktop.printing.headings import PartyHeading
from cadre_desktop.printing.page import PrintContext, build_pdf

# Printed documents are Vietnamese whatever the screen's language (as the other registers).
KIND_TEXT = {
    "complaint": "Khiếu nại",
    "denunciation": "Tố cáo",
    "recommendation": "Kiến nghị",
    "inspection": "Kết luận kiểm tra, giám sát",
    "audit": "Kết luận kiểm toán",
    "investigation": "Kết quả điều tra",
    "position_buying": "Phản ánh chạy chức, chạy quyền",
}
STATUS_TEXT = {
    "received": "Đã tiếp nhận",
    "assigned": "Đã giao xử lý",
    "verifying": "Đang xác minh",
    "concluded": "Đã kết luận",
    "closed": "Đã kết thúc",
}
OUTCOME_TEXT = {
    "founded": "đúng",
    "partly_founded": "đúng một phần",
    "unfounded": "không có cơ sở",
    "not_accepted": "không thụ lý",
    "transferred": "chuyển cơ quan có thẩm quyền",
}
WITHHELD = "(nội dung hạn chế, không in)"


@dataclass(frozen=True)
class MatterLine:
    number: str
    received_on: str  # dd/mm/yyyy
    kind: str  # a MatterKind value
    subject: str
    summary: str | None  # None: withheld (restricted or secret)
    handling_body: str | None
    due_on: str
    status: str  # a MatterStatus value
    outcome: str | None  # a MatterOutcome value
    overdue: bool


@dataclass(frozen=True)
class MatterRegister:
    heading: PartyHeading
    lines: Sequence[MatterLine]
    scope: str  # what the printout covers, e.g. "các vụ việc đang xử lý"
    confidential: bool  # restricted content is printed: the document is marked "MẬT"


def _row(index: int, m: MatterLine) -> list[str | None]:
    status = STATUS_TEXT.get(m.status, m.status)
    if m.outcome:
        status += f" ({OUTCOME_TEXT.get(m.outcome, m.outcome)})"
    deadline = f"{m.handling_body or ''}\nHạn: {m.due_on}" + (" — quá hạn" if m.overdue else "")
    return [
        str(index),
        f"{m.number}\n{m.received_on}",
        KIND_TEXT.get(m.kind, m.kind),
        m.subject,
        m.summary if m.summary is not None else WITHHELD,
        deadline.strip(),
        status,
    ]


def _secret_mark() -> Flowable:
    table = Table([[Paragraph("<b>MẬT</b>", styles.CENTER)]], colWidths=[22 * mm])
    table.setStyle(TableStyle([*PLAIN, ("BOX", (0, 0), (-1, -1), 1, colors.black)]))
    table.hAlign = "LEFT"
    return table


def story(data: MatterRegister) -> list[Flowable]:
    rows = [_row(i, m) for i, m in enumerate(data.lines, start=1)]
    register = registers.RegisterData(
        heading=data.heading,
        kind="Sổ theo dõi",
        subject=f"đơn thư, kiến nghị, kết luận kiểm tra và phản ánh về cán bộ — {data.scope}",
        columns=["TT", "Số, ngày nhận", "Loại", "Liên quan", "Nội dung tóm tắt",
                 "Cơ quan xử lý, hạn", "Tình trạng"],
        fractions=(0.6, 1.6, 1.7, 2.2, 3.4, 2.2, 1.8),
        parts=[registers.RegisterPart(None, rows)],
        footnotes=[f"Tổng số: {len(rows)} vụ việc. Không ghi tên người khiếu nại, tố cáo."],
    )  # fmt: skip
    flow = registers.story(register)
    if data.confidential:
        heading_end = 2  # after the heading table and its spacer
        flow[heading_end:heading_end] = [_secret_mark(), Spacer(1, 3 * mm)]
    return flow


def render_matter_register(data: MatterRegister, context: PrintContext) -> bytes:
    return build_pdf(story(data), context)
