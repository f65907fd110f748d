"""Parts the three CV layouts share: the photo header, history tables, the closing block."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from cadre_desktop.printing import styles
from cadre_desktop.printing.blocks import (
    GRID,
    PLAIN,
    PhotoBox,
    cell,
    field_line,
    section,
    signatures,
    two_columns,
)
from cadre_desktop.printing.cv_data import CvData, FamilyRow
from cadre_desktop.printing.page import FRAME_WIDTH
from cadre_desktop.printing.text import markup

PHOTO_COLUMN = 45 * mm
BESIDE_PHOTO = FRAME_WIDTH - PHOTO_COLUMN

DECLARATION = "Tôi xin cam đoan những lời khai trên đây là đúng sự thật."
CONFLICT_MARK = "đang có xung đột"
MARK_COLOUR = "#b3261e"


def header_lines(left: Sequence[tuple[str, str | None]], right: Sequence[Any]) -> Table:
    """The form's top: the agencies on the left, the form code and staff number on the right."""
    left_cells = [field_line([part], width=FRAME_WIDTH * 0.6) for part in left]
    return two_columns(left_cells, list(right), (3, 2))


def photo_and_items(photo: bytes | None, title: Sequence[Any], items: Sequence[Any]) -> Table:
    """The photo frame on the left, the title and the first items beside it."""
    right = [*title, Spacer(1, 3 * mm), *items]
    table = Table([[PhotoBox(photo), right]], colWidths=[PHOTO_COLUMN, BESIDE_PHOTO])
    table.setStyle(
        TableStyle(
            [
                *PLAIN,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def heading(data: CvData, title: str, *sections: str) -> Paragraph:
    """A section's heading, marked when one of ``sections`` has an open conflict."""
    if not any(name in data.conflicts for name in sections):
        return section(title)
    mark = f'<font color="{MARK_COLOUR}"><i>[{CONFLICT_MARK}]</i></font>'
    return Paragraph(f"{markup(title)} {mark}", styles.SECTION)


def conflict_note(data: CvData) -> list[Flowable]:
    """Under the title: every part of the dossier with an open conflict, those without a
    heading of their own too (identity, ratings, planning…)."""
    if not data.conflicts:
        return []
    parts = markup("; ".join(data.conflicts.values()))
    text = f"Hồ sơ {CONFLICT_MARK} chưa giải quyết: {parts}"
    return [Paragraph(f'<font color="{MARK_COLOUR}"><i>{text}</i></font>', styles.CENTER)]


def beside(parts: Sequence[tuple[str, str | None]]) -> Paragraph:
    return field_line(parts, width=BESIDE_PHOTO)


def family_rows(rows: Sequence[FamilyRow], side: str) -> list[list[str | None]]:
    return [[r.relation, r.full_name, r.birth_year, r.details] for r in rows if r.side == side]


FAMILY_FRACTIONS = (2.2, 4, 1.6, 10)


def salary_strip(data: CvData, *, coefficient_label: str = "Hệ số lương") -> list[Flowable]:
    """2C-TCTW-98 item 32: the horizontal salary table, 3 rows × 7 columns per strip."""
    steps = list(data.salaries)
    strips: list[Flowable] = []
    columns = 7
    chunks = [steps[i : i + columns] for i in range(0, len(steps), columns)] or [[]]
    label_width = 32 * mm
    col_width = (FRAME_WIDTH - label_width) / columns
    for chunk in chunks:
        padded = list(chunk) + [None] * (columns - len(chunk))
        rows = [
            ["Tháng/năm", *[s.start if s else None for s in padded]],
            ["Ngạch/bậc", *[_rank_step(s) if s else None for s in padded]],
            [coefficient_label, *[(s.coefficient or s.amount) if s else None for s in padded]],
        ]
        body = [
            [Paragraph(markup(r[0] or ""), styles.HEAD_CELL)]
            + [cell(v, center=True) for v in r[1:]]
            for r in rows
        ]
        table = Table(body, colWidths=[label_width] + [col_width] * columns)
        table.setStyle(TableStyle(GRID))
        strips.append(KeepTogether([table, Spacer(1, 2 * mm)]))  # a strip never splits
    return strips


def _rank_step(step: Any) -> str | None:
    parts = [p for p in (step.rank_code or step.rank, step.step) if p]
    return "/".join(parts) or None


def closing(data: CvData, *, agency_title: str, agency_note: str) -> list[Flowable]:
    """The declaration sentence, the agency's comment, the signatures: kept on one page."""
    parts: list[Flowable] = [Spacer(1, 4 * mm), Paragraph(markup(DECLARATION), styles.ITALIC)]
    assessment = data.get("agency_assessment")
    if assessment:
        parts.append(Paragraph(markup(assessment), styles.BODY))
    parts.append(
        signatures(
            [agency_title, agency_note],
            ["Người khai", "(Ký tên, ghi rõ họ tên)"],
            date_line="…………, ngày …… tháng …… năm 20……",
        )
    )
    return [KeepTogether(parts)]


def training_rows(data: CvData) -> list[list[str | None]]:
    """The 1998 and 2008 training table: school, field, period, form, qualification."""
    return [
        [t.institution, t.major or t.language, span(t.start, t.end), t.form, t.qualification]
        for t in data.trainings
    ]


def work_rows(data: CvData) -> list[list[str | None]]:
    """The 1998 and 2008 work-history table: period, then post and unit in one cell."""
    return [[span(p.start, p.end), post(p.title, p.unit)] for p in data.postings]


def span(start: str | None, end: str | None) -> str | None:
    """A period as the forms write it: "03/1995 – 06/2000", open-ended "– nay"."""
    if not start and not end:
        return None
    return f"{start or '…'} – {end or 'nay'}"


def post(title: str | None, unit: str | None) -> str | None:
    return ", ".join(p for p in (title, unit) if p) or None
