"""Alerts (what `cadre check --rules` finds): stale or missing conclusions of planned cadres,
disciplined cadres still planned, heads at their term limit, terms ending soon, local Party
secretaries — grouped by rule; Enter opens the cadre's dossier. The check reads every
dossier, so it runs off the GUI thread with progress and a cancel button."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.alerts import Alert, alerts
from cadre_desktop.services.personnel_words import rule_summary, sentences_for
from cadre_desktop.services.stores import Store
from ui.pages.screen import Screen
from ui.table_models.alert_table_model import (
    AlertGroup,
    AlertGroupTableModel,
    AlertTableModel,
    group_alerts,
)
from ui.widgets.record_view import heading, record_table

RUNNING: set[AlertsRun] = set()  # kept until they finish, whatever happens to their screen


class AlertsRun(QThread):
    progressed = Signal(int, int)
    found = Signal(object)  # a list: Signal(list) drops its items' references (6.12)
    failed = Signal(str)

    def __init__(self, store: Store, today: dt.date) -> None:
        super().__init__()
        self.store, self.today = store, today
        self.cancelled = False

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self.cancelled and self.store.is_open  # a lock stops it

        try:
            result = alerts(self.store, self.today, progress)
        except Exception:  # the store may be locked meanwhile: logged, and the screen says so
            logging.getLogger(__name__).exception("alerts check stopped")
            self.failed.emit(_("The check stopped before the end; run it again."))
            return
        if not self.cancelled and self.store.is_open:
            self.found.emit(result)


class AlertsScreen(Screen):
    def __init__(self, store: Store, *, today: dt.date | None = None, start: bool = True) -> None:
        super().__init__(store)
        self.today = today or dt.date.today()
        self.run: AlertsRun | None = None
        self.groups = AlertGroupTableModel()
        self.group_view = record_table(self.groups, 8, (420, 60, 80))
        self.alerts = AlertTableModel(sentences_for(store))
        self.alert_view = record_table(self.alerts, 8, (190, 420))
        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.hide()
        self.check_button = QPushButton(_("Check again"))
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.hide()
        self.open_button = QPushButton(_("Open dossier (Enter)"))
        top = QHBoxLayout()
        top.addWidget(heading(_("Alerts on {day}").format(day=self.today.strftime("%d/%m/%Y"))))
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.check_button)
        top.addWidget(self.open_button)
        self.group_title = heading("")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.group_title)
        right_layout.addWidget(self.alert_view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.group_view)
        splitter.addWidget(right)
        splitter.setSizes([600, 840])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.group_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_group())
        self.alert_view.activated.connect(lambda _index: self.open_current())
        self.check_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_current)
        if start:
            self.start()

    def refresh(self) -> None:
        if self.run is None:
            self.start()

    @property
    def running(self) -> bool:
        return self.run is not None

    def start(self) -> None:
        if self.run is not None:
            return
        run = AlertsRun(self.store, self.today)
        run.progressed.connect(self._progressed)
        run.found.connect(self.show_alerts)
        run.failed.connect(self._failed)
        run.finished.connect(lambda run=run: self._finished(run))
        self.run = run
        RUNNING.add(run)
        self.status.setText(_("Checking every dossier…"))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.check_button.setEnabled(False)
        run.start()

    def cancel(self) -> None:
        if self.run is not None:
            self.run.cancelled = True
            self.status.setText(_("Cancelled; the alerts shown are from the last full check."))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _failed(self, sentence: str) -> None:
        self.status.setText(sentence)

    def _finished(self, run: AlertsRun) -> None:
        RUNNING.discard(run)
        run.deleteLater()
        if self.run is run:
            self.run = None
            self.progress.hide()
            self.cancel_button.hide()
            self.check_button.setEnabled(True)

    def show_alerts(self, found: list[Alert]) -> None:
        groups = group_alerts(found)
        self.groups.set_rows(groups)
        cadres = len({a.cadre_id for a in found if a.cadre_id})
        self.status.setText(
            _("{count} alert(s) about {cadres} cadre(s).").format(count=len(found), cadres=cadres)
        )
        if groups:
            self.group_view.selectRow(0)
        self._show_group()

    def current_group(self) -> AlertGroup | None:
        index = self.group_view.currentIndex()
        return self.groups.record(index.row()) if index.isValid() else None

    def _show_group(self) -> None:
        group = self.current_group()
        self.alerts.set_rows(list(group.alerts) if group else [])
        self.group_title.setText(rule_summary(group.rule_id) if group else "")
        if group:
            self.alert_view.selectRow(0)

    def open_current(self) -> None:
        index = self.alert_view.currentIndex()
        alert = self.alerts.record(index.row()) if index.isValid() else None
        if alert is not None and alert.cadre_id:  # a group's alert (the quota) has no dossier
            self.open_dossier_requested.emit(alert.cadre_id)
