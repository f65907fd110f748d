"""Blocks the forms share: field lines with dotted blanks, tables, photo, signatures."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cadre_desktop.printing import styles
from cadre_desktop.printing.fonts import SERIF
from cadre_desktop.printing.page import FRAME_WIDTH
from cadre_desktop.printing.text import dots, filled, markup, nfc_text

Part = tuple[str, str | None]


def field_line(
    parts: Sequence[Part], *, width: float = FRAME_WIDTH, blank: int = 18, bold_values: bool = False
) -> Paragraph:
    """Labels with their values on one line; missing values are the form's dotted blanks.

    The last blank runs to the end of the (last) line, as on the paper form: the line is laid
    out first and the dots fill what is left of its last line, so they never spill over. When
    a label ends flush with the margin, shorter inner blanks make room for the last one."""
    present = [value is not None and str(value).strip() != "" for _label, value in parts]
    if present and present[-1]:
        return Paragraph(_joined(parts, present, blank, bold_values), styles.LINE)
    head = _joined(parts, present, blank, bold_values)
    room, inner = _room_in_dots(head, width), blank
    while not all(present[:-1]) and room < ROOMY and inner - 4 >= MIN_BLANK:
        inner -= 4
        shorter = _joined(parts, present, inner, bold_values)
        if (fits := _room_in_dots(shorter, width)) >= MIN_BLANK:
            head, room = shorter, fits
    if room < MIN_BLANK:  # no room to write in: the blank takes a line of its own
        room = int((width - 1) / stringWidth(".", SERIF, styles.LINE.fontSize))
    return Paragraph(head + dots(room), styles.LINE)


MIN_BLANK = 6  # fewer dots than this are no room to write in: the blank takes the next line
ROOMY = 14  # inner blanks shrink (never below MIN_BLANK) until the last one has this many


def _joined(parts: Sequence[Part], present: list[bool], blank: int, bold_values: bool) -> str:
    chunks: list[str] = []
    for index, (label, value) in enumerate(parts):
        separator = "\u00a0\u00a0" if index else ""
        lead = markup(separator + label + (" " if label else ""))
        if present[index]:
            text = markup(str(value))
            chunks.append(lead + (f"<b>{text}</b>" if bold_values else text))
        else:
            chunks.append(lead + ("" if index == len(parts) - 1 else dots(blank)))
    return "".join(chunks)


def _room_in_dots(head: str, width: float) -> int:
    """How many dots fit after ``head`` on its last line."""
    style = styles.LINE
    dot = stringWidth(".", SERIF, style.fontSize)
    free = width
    if head.strip():
        probe = Paragraph(head + "\u200b", style)
        probe.wrap(width, 10_000)
        last = probe.blPara.lines[-1]
        space = stringWidth(" ", SERIF, style.fontSize)
        free = (last[0] if isinstance(last, tuple) else last.extraSpace) - space
    return max(int((free - 1) / dot), 0)


def section(title: str) -> Paragraph:
    return Paragraph(markup(title), styles.SECTION)


def table_section(title: str, room: float = 45 * mm) -> list[Flowable]:
    """A heading over a long table: a new page only when less than ``room`` is left, so the
    table starts under its heading and then flows (keep-with-next would move it whole)."""
    return [CondPageBreak(room), Paragraph(markup(title), styles.SECTION_FLOW)]


def cell(value: str | None, *, blank: int = 0, center: bool = False) -> Paragraph:
    style = styles.CELL_CENTER if center else styles.CELL
    text = filled(value, blank) if blank else (markup(value) if value else "")
    return Paragraph(text, style)


# Tables set a cell font even around paragraphs; keep it the embedded serif (no Helvetica).
PLAIN = [("FONTNAME", (0, 0), (-1, -1), SERIF)]
GRID = [
    *PLAIN,
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def history_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | None]],
    fractions: Sequence[float],
    *,
    empty_rows: int = 2,
    centered: Sequence[int] = (),
    width: float = FRAME_WIDTH,
) -> Table:
    """A ruled table whose header repeats on every page; an empty history keeps blank rows."""
    body: list[list[Any]] = [[Paragraph(markup(h), styles.HEAD_CELL) for h in header]]
    for row in rows:
        body.append([cell(value, center=i in centered) for i, value in enumerate(row)])
    for _ in range(empty_rows if not rows else 0):
        body.append([Paragraph("&nbsp;", styles.CELL) for _ in header])
    total = sum(fractions)
    table = Table(
        body, colWidths=[width * f / total for f in fractions], repeatRows=1, splitByRow=1
    )
    table.setStyle(TableStyle([*GRID, ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]))
    return table


class PhotoBox(Flowable):  # type: ignore[misc]
    """The 4 × 6 cm photo frame; the dossier's photo inside it when there is one."""

    def __init__(self, photo: bytes | None) -> None:
        super().__init__()
        self.width, self.height = 40 * mm, 60 * mm
        self._image: ImageReader | None = None
        if photo:
            try:
                self._image = ImageReader(io.BytesIO(photo))
            except Exception:  # an unreadable scan prints the empty frame, not an error
                self._image = None

    def draw(self) -> None:
        canvas = self.canv
        if self._image is not None:
            canvas.drawImage(
                self._image, 0, 0, self.width, self.height, preserveAspectRatio=True, anchor="c"
            )
        else:
            canvas.setFont(SERIF, 10)
            canvas.drawCentredString(self.width / 2, self.height / 2 + 2, nfc_text("Ảnh màu"))
            canvas.drawCentredString(self.width / 2, self.height / 2 - 11, "(4 x 6 cm)")
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height)


class UnderlinedText(Flowable):  # type: ignore[misc]
    """A centred line of text with a solid rule under it (HD 36 heading, NĐ 30 motto)."""

    def __init__(self, text: str, font: str, size: float, width: float, rule: float = 1.0) -> None:
        super().__init__()
        self.text = nfc_text(text)
        self.font, self.size = font, size
        self.width, self.height = width, size + 5
        self.rule = rule

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        baseline = 5
        canvas.drawCentredString(self.width / 2, baseline, self.text)
        length = stringWidth(self.text, self.font, self.size) * self.rule
        canvas.setLineWidth(0.6)
        canvas.line((self.width - length) / 2, 1.5, (self.width + length) / 2, 1.5)


# An invisible table that only places blocks side by side: no rules, no padding.
LAYOUT = [
    *PLAIN,
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def two_columns(left: list[Any], right: list[Any], fractions: tuple[float, float]) -> Table:
    total = sum(fractions)
    table = Table(
        [[left, right]], colWidths=[FRAME_WIDTH * f / total for f in fractions], hAlign="CENTER"
    )
    table.setStyle(TableStyle(LAYOUT))
    return table


def signatures(
    left: Sequence[str],
    right: Sequence[str],
    *,
    date_line: str | None,
    names: tuple[str | None, str | None] = (None, None),
) -> Flowable:
    """Two signature blocks side by side, kept on one page: titles bold, notes italic, and the
    signers' names (when known) level with each other under the space left to sign."""

    def column(lines: Sequence[str], with_date: bool) -> list[Any]:
        out: list[Any] = []
        if with_date and date_line:
            out.append(Paragraph(markup(date_line), styles.CENTER_ITALIC))
        for index, line in enumerate(lines):
            style = styles.CENTER_BOLD if index == 0 else styles.CENTER_ITALIC
            out.append(Paragraph(markup(line), style))
        return out

    def signed(name: str | None) -> list[Any]:
        out: list[Any] = [Spacer(1, 22 * mm)]
        if name:
            out.append(Paragraph(markup(name), styles.CENTER_BOLD))
        return out

    half = FRAME_WIDTH / 2
    table = Table(
        [[column(left, False), column(right, True)], [signed(names[0]), signed(names[1])]],
        colWidths=[half, half],
        hAlign="CENTER",
    )
    table.setStyle(TableStyle(LAYOUT))
    return KeepTogether([Spacer(1, 4 * mm), table])
