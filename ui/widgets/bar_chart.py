"""A horizontal bar chart (QtCharts): results against targets, or counts per category."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter

from cadre_desktop.i18n import gettext as _

RESULT = QColor("#2f6fa7")
TARGET = QColor("#b9c7d6")


def short(text: str, width: int = 38) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class BarChart(QChartView):
    def __init__(self) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setChart(QChart())

    def _fresh(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)  # the view owns the chart; the old one is deleted
        return chart

    def _axes(
        self, chart: QChart, series: QHorizontalBarSeries, names: Sequence[str], top: float
    ) -> None:
        categories = QBarCategoryAxis()
        categories.append([short(n) for n in names])
        values = QValueAxis()
        values.setRange(0, top)
        values.setLabelFormat("%.0f")
        if top != 100:
            values.applyNiceNumbers()
        else:
            values.setTickCount(6)
        chart.addSeries(series)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)

    def show_against_targets(
        self, title: str, names: Sequence[str], results: Sequence[float], targets: Sequence[float],
        top: float | None = None,
    ) -> None:  # fmt: skip
        """Each result (dark) beside its target (light); the first name is drawn on top."""
        chart = self._fresh(title)
        result, target = QBarSet(_("Result")), QBarSet(_("Target"))
        result.setColor(RESULT)
        target.setColor(TARGET)
        result.append([round(v, 1) for v in reversed(results)])
        target.append([round(v, 1) for v in reversed(targets)])
        series = QHorizontalBarSeries()
        series.append(target)
        series.append(result)
        series.setLabelsVisible(True)
        peak = max([*results, *targets, 1.0])
        self._axes(chart, series, list(reversed(names)), top or peak * 1.15)

    def show_counts(self, title: str, names: Sequence[str], counts: Sequence[int]) -> None:
        chart = self._fresh(title)
        bars = QBarSet(_("Cadres"))
        bars.setColor(RESULT)
        bars.append([float(c) for c in reversed(counts)])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.legend().hide()
        self._axes(chart, series, list(reversed(names)), max([*counts, 1]) * 1.15)

    def clear(self) -> None:
        self._fresh("")
