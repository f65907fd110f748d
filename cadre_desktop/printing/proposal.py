"""The summary of a personnel proposal (a Party report under the HD 36 heading): the person, the
post and procedure, each step with its ballots and surplus (số dư), the named units' opinions,
the NĐ 170/2025 Đ35 dossier and the report of every rule checked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from cadre_desktop.printing import styles
from cadre_desktop.printing.blocks import (
    field_line,
    history_table,
    section,
    signatures,
    table_section,
)
from cadre_desktop.printing.headings import party_heading
from cadre_desktop.printing.proposal_data import Line, ProposalData, StepLines
from cadre_desktop.printing.text import markup

SECTION_I = "I. NHÂN SỰ ĐƯỢC ĐỀ NGHỊ"
SECTION_II = "II. CHỨC VỤ ĐỀ NGHỊ VÀ QUY TRÌNH"
SECTION_III = "III. KẾT QUẢ CÁC BƯỚC, PHIẾU BẦU VÀ SỐ DƯ"
SECTION_IV = "IV. Ý KIẾN CỦA CÁC ĐƠN VỊ"
SECTION_V = "V. HỒ SƠ NHÂN SỰ"
SECTION_VI = "VI. ĐỐI CHIẾU VỚI CÁC QUY ĐỊNH"
BALLOT_COLUMNS = ["TT", "Người được giới thiệu", "Số phiếu", "Tỷ lệ (trên số triệu tập)",
                  "Kết quả"]  # fmt: skip


def story(data: ProposalData) -> list[Flowable]:
    out: list[Flowable] = [
        *party_heading(data.heading),
        Paragraph(markup("BÁO CÁO"), styles.TITLE),
        Paragraph(markup(data.subject), styles.SUBTITLE),
        Spacer(1, 5 * mm),
        section(SECTION_I),
        *_lines(data.person),
        section(SECTION_II),
        *_lines(data.post),
        section(SECTION_III),
    ]
    for step in data.steps:
        out += _step(step)
    out += [*table_section(SECTION_IV, 30 * mm), *_opinions(data)]
    out += [*table_section(SECTION_V), _components(data.components)]
    out += [*table_section(SECTION_VI, 30 * mm), *_findings(data)]
    out.append(signatures([], [data.signer_title, data.signer_role], date_line=None))
    return out


def _lines(lines: Sequence[Line]) -> list[Flowable]:
    return [field_line([(f"- {label}:", value)]) for label, value in lines]


def _step(step: StepLines) -> list[Flowable]:
    """One step, kept on one page: when, who came, the ballots and the surplus."""
    title = f"<b>{markup(f'Bước {step.number}.')}</b> {markup(step.title)}"
    out: list[Flowable] = [Paragraph(title, styles.SUBHEAD)]
    if not step.recorded:
        out.append(Paragraph(markup("Chưa thực hiện."), styles.ITALIC))
    else:
        out.append(
            field_line(
                [
                    ("Ngày:", step.date),
                    ("Số người được triệu tập:", step.invited),
                    ("Có mặt:", step.attendance),
                ],
                blank=10,
            )
        )
        if step.ballots:
            rows = [
                [str(i), b.name, b.votes, b.share, b.result]
                for i, b in enumerate(step.ballots, start=1)
            ]
            widths = (0.6, 4.2, 1.4, 2.2, 3.4)
            out.append(history_table(BALLOT_COLUMNS, rows, widths, centered=(0, 2, 3)))
            out.append(field_line([("Số dư:", step.surplus)]))
        else:
            out.append(Paragraph(markup("Bước này không bỏ phiếu."), styles.ITALIC))
    return [KeepTogether(out)]


def _opinions(data: ProposalData) -> list[Flowable]:
    if not data.opinions and not data.opinions_required:
        text = "Không thuộc trường hợp phải lấy ý kiến các đơn vị theo quy định của tỉnh."
        return [Paragraph(markup(text), styles.ITALIC)]
    rows: list[list[str | None]] = [
        [str(i), o.group, o.unit, o.date, o.attendance, o.agree, o.criteria]
        for i, o in enumerate(data.opinions, start=1)
    ]
    columns = [
        "TT",
        "Nhóm",
        "Đơn vị",
        "Ngày",
        "Có mặt / triệu tập",
        "Đồng ý",
        "Nội dung lấy ý kiến",
    ]
    return [history_table(columns, rows, (0.6, 1.6, 3, 1.6, 1.6, 1.6, 3), centered=(0, 3, 4, 5))]


def _components(components: Sequence[Line]) -> Any:
    rows = [[str(i), name, state] for i, (name, state) in enumerate(components, start=1)]
    return history_table(["TT", "Thành phần hồ sơ", "Tình trạng"], rows, (0.6, 6, 3.4),
                         centered=(0,))  # fmt: skip


def _findings(data: ProposalData) -> list[Flowable]:
    if data.findings_note:
        return [Paragraph(markup(data.findings_note), styles.BODY)]
    if not data.findings:
        text = "Không phát hiện vướng mắc theo các quy định đã đối chiếu."
        return [Paragraph(markup(text), styles.BODY)]
    rows = [[str(i), f.text, f.severity, f.source] for i, f in enumerate(data.findings, start=1)]
    columns = ["TT", "Nội dung", "Mức độ", "Căn cứ"]
    return [history_table(columns, rows, (0.6, 5.6, 1.4, 2.8), centered=(0, 2))]
