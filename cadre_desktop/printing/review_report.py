"""The mid-term and final review report (báo cáo sơ kết / tổng kết) of a resolution's targets:
HD 36 Party heading, the table of targets with results and gaps, bar charts of the results
against the targets, and the summary tables of the cadre contingent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from cadre_desktop.printing import styles
from cadre_desktop.printing.blocks import history_table, section, signatures
from cadre_desktop.printing.fonts import SERIF, SERIF_BOLD
from cadre_desktop.printing.headings import PartyHeading, party_heading
from cadre_desktop.printing.page import FRAME_WIDTH, PrintContext, build_pdf
from cadre_desktop.printing.text import markup, nfc_text

RESULT = colors.HexColor("#2f6fa7")
TARGET = colors.HexColor("#b9c7d6")


@dataclass(frozen=True)
class TargetRow:
    number: str
    wording: str
    target: str  # "≥ 30%", "10–15 người"
    value: str  # "33,3%"
    gap: str
    status: str  # "Đạt", "Chưa đạt"…
    share: bool  # a percentage (charted on 0–100)
    value_number: float | None
    target_number: float


@dataclass(frozen=True)
class SummaryTable:
    title: str
    rows: Sequence[tuple[str, str, str]]  # (category, number, percentage)


@dataclass(frozen=True)
class ReviewData:
    heading: PartyHeading
    kind: str  # "BÁO CÁO"
    subject: str
    period: str  # "Số liệu đến ngày 31/12/2023 — Tỉnh ủy Hòa Sơn"
    rows: Sequence[TargetRow]
    summaries: Sequence[SummaryTable] = ()
    shortfalls: Sequence[str] = ()  # one sentence per target not met
    notes: Sequence[str] = field(default_factory=tuple)


def _label(text: str, width: int = 34) -> str:
    """A category label short enough for the chart's left margin."""
    text = nfc_text(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def bar_chart(rows: Sequence[TargetRow], share: bool, title: str) -> Drawing | None:
    """Results (dark) against targets (light), one pair of bars per indicator."""
    chosen = [r for r in rows if r.share == share and r.value_number is not None]
    if not chosen:
        return None
    bar_height = 8
    height = 34 + len(chosen) * (2 * bar_height + 8)
    # A drawing starts in ReportLab's default graphics font (Helvetica, not embedded) before
    # any label sets its own: make that the embedded serif too (it is a process setting).
    rl_config.defaultGraphicsFontName = SERIF
    drawing = Drawing(FRAME_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 70 * mm, 22
    chart.width, chart.height = FRAME_WIDTH - 75 * mm, height - 40
    chart.data = [
        [r.target_number for r in reversed(chosen)],
        [r.value_number or 0 for r in reversed(chosen)],
    ]
    chart.bars[0].fillColor, chart.bars[1].fillColor = TARGET, RESULT
    chart.bars.strokeColor = None
    chart.barWidth, chart.groupSpacing = bar_height, 8
    chart.categoryAxis.categoryNames = [
        f"{r.number}. {_label(r.wording)}" for r in reversed(chosen)
    ]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = SERIF, 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = SERIF, 8
    chart.valueAxis.valueMin = 0
    if share:
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = 100, 20
    chart.barLabels.fontName, chart.barLabels.fontSize = SERIF, 7
    chart.barLabelFormat = "%.0f"
    chart.barLabels.nudge = 8
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = SERIF, 8
    legend.x, legend.y = 70 * mm, 8
    legend.alignment, legend.columnMaximum, legend.deltax = "right", 1, 90
    legend.colorNamePairs = [(RESULT, nfc_text("Kết quả")), (TARGET, nfc_text("Mục tiêu"))]
    drawing.add(legend)
    drawing.add(String(0, height - 12, nfc_text(title), fontName=SERIF_BOLD, fontSize=10))
    return drawing


def story(data: ReviewData) -> list[Flowable]:
    out: list[Flowable] = [
        *party_heading(data.heading),
        Paragraph(markup(data.kind.upper()), styles.TITLE),
        Paragraph(markup(data.subject), styles.SUBTITLE),
        Paragraph(markup(data.period), styles.CENTER_ITALIC),
        Spacer(1, 5 * mm),
        section("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"),
        history_table(
            ["TT", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Chênh lệch", "Đánh giá"],
            [[r.number, r.wording, r.target, r.value, r.gap, r.status] for r in data.rows],
            (0.6, 5.4, 1.3, 1.2, 1.2, 1.3),
            centered=(0, 2, 3, 4, 5),
        ),
    ]
    for share, title in ((True, "Biểu đồ 1. Các chỉ tiêu tỷ lệ (%)"),
                         (False, "Biểu đồ 2. Các chỉ tiêu số lượng (người)")):  # fmt: skip
        chart = bar_chart(data.rows, share, title)
        if chart is not None:
            out += [Spacer(1, 4 * mm), KeepTogether([chart])]
    if data.shortfalls:
        out.append(section("II. NHỮNG CHỈ TIÊU CHƯA ĐẠT"))
        out += [Paragraph(markup(f"- {line}"), styles.BODY) for line in data.shortfalls]
    if data.summaries:
        out.append(section("III. SỐ LƯỢNG, CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ"))
        for table in data.summaries:
            out.append(Paragraph(markup(table.title), styles.SUBHEAD))
            out.append(
                history_table(
                    ["Tiêu chí", "Số người", "Tỷ lệ"], table.rows, (5, 1.5, 1.5), centered=(1, 2)
                )
            )
    for note in data.notes:
        out.append(Paragraph(markup(note), styles.ITALIC))
    out.append(signatures([], ["T/M BAN TỔ CHỨC", "TRƯỞNG BAN"], date_line=None))
    return out


def render_review(data: ReviewData, context: PrintContext) -> bytes:
    return build_pdf(story(data), context)
