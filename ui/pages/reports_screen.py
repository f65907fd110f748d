"""The Reports screen: the resolution's targets for a year and unit (coloured, charted, with
the cadres behind each number), the statutory statistics, the review report, Excel in and out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import browse, report_export, review, stats, targets
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs.print_preview_dialog import PrintPreviewDialog
from ui.pages.screen import Screen
from ui.pages.statistics_tab import StatisticsTab
from ui.table_models.target_table_model import ID_ROLE, BehindTableModel, TargetTableModel
from ui.widgets.bar_chart import BarChart
from ui.widgets.tables import table_view
from ui.widgets.task import TaskRunner, report_failure


class ReportsScreen(Screen):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.dashboard: targets.Dashboard | None = None
        self.statistics: stats.Statistics | None = None
        self.runner = TaskRunner(self)
        self._statistics_asked: tuple[Any, dt.date] | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, dt.date.today().year)
        self.year.setValue(dt.date.today().year)
        self.unit = QComboBox()
        self.set_label = QLabel()
        self.busy = QLabel()
        self.runner.idle.connect(self.busy.clear)
        self.review_kind = QComboBox()
        self.review_kind.addItem(_("Mid-term review"), "midterm")
        self.review_kind.addItem(_("Final review"), "final")
        buttons = {
            "print": QPushButton(_("Print review report…")),
            "export": QPushButton(_("Export to Excel…")),
            "import": QPushButton(_("Import from Excel…")),
            "sets": QPushButton(_("Target sets…")),
        }
        self.buttons = buttons
        top = QHBoxLayout()
        for label, widget in ((_("Year:"), self.year), (_("Unit:"), self.unit)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(self.set_label, 1)
        top.addWidget(self.busy)
        top.addWidget(self.review_kind)
        for button in buttons.values():
            top.addWidget(button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._targets_tab(), _("Targets"))
        self.statistics_tab = StatisticsTab()
        self.statistics_tab.open_requested.connect(self.open_dossier_requested.emit)
        self.tabs.addTab(self.statistics_tab, _("Statistics"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._fill_units()
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.unit.activated.connect(lambda _i: self.refresh())
        self.tabs.currentChanged.connect(lambda _i: self._statistics_needed())
        buttons["print"].clicked.connect(self.print_review)
        buttons["export"].clicked.connect(self.export_excel)
        buttons["import"].clicked.connect(self.import_excel)
        buttons["sets"].clicked.connect(self.edit_sets)

    # -- building ------------------------------------------------------------------------------

    def _targets_tab(self) -> QWidget:
        self.target_model = TargetTableModel()
        self.target_view = table_view(self.target_model)
        header = self.target_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.target_view.setWordWrap(True)
        self.target_view.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._show_behind(current.row())
        )
        self.chart = BarChart()
        self.behind_model = BehindTableModel()
        self.behind_view = table_view(self.behind_model)
        self.behind_view.horizontalHeader().setStretchLastSection(True)
        self.behind_view.activated.connect(self._open_dossier)
        self.only_missing = QCheckBox(_("Only those missing the target"))
        self.only_missing.setChecked(True)
        self.only_missing.toggled.connect(lambda _c: self._show_behind(self._current_row()))
        self.behind_title = QLabel()
        upper = QSplitter()
        upper.addWidget(self.target_view)
        upper.addWidget(self.chart)
        upper.setSizes([820, 480])
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.behind_title, 1)
        bar.addWidget(self.only_missing)
        lower_layout.addLayout(bar)
        lower_layout.addWidget(self.behind_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([460, 300])
        return split

    def _fill_units(self) -> None:
        self.unit.clear()
        self.unit.addItem(_("All units"), None)
        stack = [(node, 0) for node in browse.unit_tree(self.store)]
        while stack:
            node, depth = stack.pop(0)
            self.unit.addItem("    " * depth + node.name, node.code)
            stack[:0] = [(child, depth + 1) for child in node.children]

    # -- computing off the GUI thread ---------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        report_failure(self, error)

    def _show_busy(self) -> None:
        self.busy.setText(_("Counting…") if self.runner.running() else "")

    def refresh(self) -> None:
        year, unit, store = self.year.value(), self.unit.currentData(), self.store
        self.statistics, self._statistics_asked = None, None
        self.runner.start(
            "targets", lambda _p: targets.compute(store, year, unit), self._show_dashboard,
            self._failed,
        )  # fmt: skip
        self._show_busy()
        self._statistics_needed()

    def _statistics_needed(self) -> None:
        """Count the statistics when their tab is shown, once per year and unit."""
        unit, day = self.unit.currentData(), self._day()
        if self.tabs.currentIndex() != 1 or self._statistics_asked == (unit, day):
            return
        self._statistics_asked = (unit, day)
        store = self.store
        self.runner.start(
            "statistics", lambda _p: stats.statistics(store, unit, day), self._show_statistics,
            self._failed,
        )  # fmt: skip
        self._show_busy()

    def _day(self) -> dt.date:
        return targets.reference_day(self.year.value(), dt.date.today())

    def wait(self) -> None:
        """Let a running computation finish (before the screen closes, and in tests)."""
        self.runner.wait()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.wait()
        super().closeEvent(event)

    def deleteLater(self) -> None:  # noqa: N802 - the window drops its screens on lock
        self.runner.cancel()
        self.wait()  # the work reads the store the lock is about to close
        super().deleteLater()

    # -- showing -----------------------------------------------------------------------------

    def _show_dashboard(self, dashboard: targets.Dashboard) -> None:
        self.dashboard = dashboard
        s = dashboard.target_set
        self.set_label.setText(
            _("{title} (revision {revision}); figures on {day}").format(
                title=s.title, revision=s.revision, day=dashboard.on.strftime("%d/%m/%Y")
            )
        )
        self.target_model.show(list(dashboard.results))
        self.target_view.resizeRowsToContents()
        shares = [
            r for r in dashboard.results if r.indicator.kind == "share" and r.value is not None
        ]
        self.chart.show_against_targets(
            _("Shares (%): result and target"),
            [f"{r.indicator.number}. {r.indicator.wording}" for r in shares],
            [float(r.value or 0) for r in shares],
            [float(r.indicator.high or r.indicator.low) for r in shares],
            top=100,
        )
        if dashboard.results:
            self.target_view.selectRow(0)
            self._show_behind(0)

    def _current_row(self) -> int:
        return self.target_view.currentIndex().row()

    def _show_behind(self, row: int) -> None:
        if self.dashboard is None or not 0 <= row < len(self.dashboard.results):
            self.behind_model.show([])
            return
        result = self.dashboard.results[row]
        if result.indicator.kind == "count":
            self.only_missing.setText(_("Only those counted"))
        else:
            self.only_missing.setText(_("Only those missing the target"))
        rows = targets.behind(self.store, result, self.only_missing.isChecked())
        self.behind_model.show(rows)
        self.behind_view.resizeColumnsToContents()
        self.behind_title.setText(
            _("Indicator {number}: {count} cadre(s)").format(
                number=result.indicator.number, count=len(rows)
            )
        )

    def _open_dossier(self, index: QModelIndex) -> None:
        cadre_id = index.data(ID_ROLE)
        if cadre_id:
            self.open_dossier_requested.emit(str(cadre_id))

    def _show_statistics(self, statistics: stats.Statistics) -> None:
        self.statistics = statistics
        self.statistics_tab.show_statistics(statistics)

    # -- actions -----------------------------------------------------------------------------

    def print_review(self) -> None:
        if self.dashboard is None:
            return
        dashboard, kind = self.dashboard, self.review_kind.currentData()
        dialog = PrintPreviewDialog(
            self, lambda _l: review.print_review(self.store, dashboard, kind)
        )
        dialog.exec()

    def export_excel(self) -> None:
        on_statistics = self.tabs.currentIndex() == 1
        if (self.statistics if on_statistics else self.dashboard) is None:
            return
        name = "thong-ke.xlsx" if on_statistics else f"chi-tieu-{self.year.value()}.xlsx"
        target = prompts.ask_save_path(self, _("Export to Excel"), name)
        if target is None:
            return
        try:
            if on_statistics and self.statistics is not None:
                report_export.export_statistics(self.store, self.statistics, target)
            elif self.dashboard is not None:
                report_export.export_dashboard(self.store, self.dashboard, target)
        except (CadreError, OSError) as error:
            report_failure(self, error if isinstance(error, CadreError) else _unwritable())
            return
        prompts.show_info(self, _("Written: {path}").format(path=target))

    def import_excel(self) -> None:
        from ui.dialogs.xlsx_import_dialog import XlsxImportDialog

        dialog = XlsxImportDialog(self, self.store)
        dialog.imported.connect(self._imported)
        dialog.exec()

    def _imported(self, changes: Changes) -> None:
        self.changed.emit(changes)
        self.refresh()

    def edit_sets(self) -> None:
        from ui.dialogs.target_set_dialog import TargetSetDialog

        dialog = TargetSetDialog(self, self.store)
        dialog.saved.connect(lambda: self.refresh())
        dialog.exec()


def _unwritable() -> CadreError:
    return CadreError("The file cannot be written there; choose another folder and try again.")
