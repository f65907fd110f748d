"""The Send tab: choose the receiving unit, what to send (everything in its scope it has not
acknowledged, or a hand-picked list) and the folder (the USB stick), then export off the GUI
thread with a progress bar and a cancel that leaves no file."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import browse, bundle_export, units
from cadre_desktop.services.bundle_export import ExportCancelled, ExportResult
from cadre_desktop.services.stores import Store
from ui import colours, prompts
from ui.exchange_labels import size_text
from ui.widgets.cadre_picker import CadrePicker
from ui.widgets.sentence import Sentence
from ui.widgets.task import Progress, TaskRunner, report_failure

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SendTab(QWidget):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.runner = TaskRunner(self)
        self.runner.idle.connect(self._enable)
        self.result: ExportResult | None = None
        self.receivers: dict[str, dict[str, Any]] = {}  # instance id → the trusted unit
        self.unit_names: dict[str, str] = {}  # unit code → name, to say a scope in words
        self.receiver = QComboBox()
        self.receiver.setMinimumContentsLength(40)
        self.receiver_note = Sentence()
        self.everything = QRadioButton(
            _("&Everything in its scope that it has not acknowledged yet")
        )
        self.chosen_only = QRadioButton(_("Only the dossiers &chosen below"))
        self.everything.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.everything)
        group.addButton(self.chosen_only)
        self.picker = CadrePicker(store)
        self.chosen = QListWidget()
        self.chosen.setMinimumHeight(26 * 5)
        self.remove_button = QPushButton(_("Re&move from the list"))
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(_("Choose the USB stick or a folder"))
        self.folder_button = QPushButton(_("Choose the &folder…"))
        self.export_button = QPushButton(_("E&xport"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.status = Sentence()
        self._lay_out()
        self.picker.chosen.connect(self._add_chosen)
        self.remove_button.clicked.connect(self._remove_chosen)
        self.receiver.currentIndexChanged.connect(lambda _i: self._show_receiver())
        self.everything.toggled.connect(lambda _c: self._enable())
        self.folder_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        self.refresh()

    def _lay_out(self) -> None:
        receiver_label = QLabel(_("Receivin&g unit:"))
        receiver_label.setBuddy(self.receiver)
        top = QHBoxLayout()
        top.addWidget(receiver_label)
        top.addWidget(self.receiver, 1)
        what = QGroupBox(_("What to send"))
        what_layout = QVBoxLayout(what)
        what_layout.addWidget(self.everything)
        what_layout.addWidget(self.chosen_only)
        self.picked_box = QWidget()
        picked = QHBoxLayout(self.picked_box)
        picked.setContentsMargins(24, 0, 0, 0)
        picked.addWidget(self.picker, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(_("Dossiers to send:")))
        side.addWidget(self.chosen, 1)
        side.addWidget(self.remove_button)
        picked.addLayout(side, 2)
        what_layout.addWidget(self.picked_box)
        where_label = QLabel(_("Destination:"))
        where_label.setBuddy(self.folder_button)
        where = QHBoxLayout()
        where.addWidget(where_label)
        where.addWidget(self.folder, 1)
        where.addWidget(self.folder_button)
        run = QHBoxLayout()
        run.addWidget(self.progress, 1)
        run.addWidget(self.export_button)
        run.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.receiver_note)
        layout.addWidget(what)
        layout.addLayout(where)
        layout.addLayout(run)
        layout.addWidget(self.status)
        layout.addStretch(1)
        order = (self.receiver, self.everything, self.chosen_only, self.picker.search,
                 self.picker.table, self.chosen, self.remove_button, self.folder_button,
                 self.export_button, self.cancel_button)  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- the receiver and the list ---------------------------------------------------------

    def refresh(self) -> None:
        """The trusted units a bundle may go to (revoked keys are not offered)."""
        kept = self.receiver.currentData()
        stack = list(browse.unit_tree(self.store))
        while stack:
            node = stack.pop(0)
            self.unit_names[node.code] = node.name
            stack[:0] = node.children
        self.receiver.blockSignals(True)
        self.receiver.clear()
        self.receivers = {
            u["instance"]: u for u in units.list_units(self.store) if not u["revoked"]
        }
        for instance, unit in self.receivers.items():
            self.receiver.addItem(f"{unit['unit_name']} ({unit['unit_code']})", instance)
        index = self.receiver.findData(kept)
        self.receiver.setCurrentIndex(max(index, 0))
        self.receiver.blockSignals(False)
        self._show_receiver()

    def _show_receiver(self) -> None:
        unit = self.receivers.get(self.receiver.currentData())
        if unit is None:
            self.receiver_note.setText(
                _("No unit is trusted yet: trust one in the Trusted units tab first.")
            )
        else:
            self.receiver_note.setText(
                _("It may write: {scope}. Fingerprint {fingerprint}.").format(
                    scope=", ".join(
                        f"{self.unit_names.get(code, code)} ({code})" for code in unit["scope"]
                    ),
                    fingerprint=unit["fingerprint"],
                )
            )
        self._enable()

    def _add_chosen(self, cadre_id: str) -> None:
        if not cadre_id or cadre_id in self.chosen_ids():
            return
        # the picker says whom it chose as "Chosen: name — post"; the list shows the same words
        item = QListWidgetItem(self.picker.picked.text().partition(": ")[2] or cadre_id)
        item.setData(ID_ROLE, cadre_id)
        self.chosen.addItem(item)
        self.chosen_only.setChecked(True)
        self._enable()

    def _remove_chosen(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
        self._enable()

    def chosen_ids(self) -> list[str]:
        return [str(self.chosen.item(i).data(ID_ROLE)) for i in range(self.chosen.count())]

    def choose_folder(self) -> None:
        folder = prompts.ask_folder(self, _("Where to write the bundle"), self.folder.text())
        if folder is not None:
            self.folder.setText(str(folder))
        self._enable()

    def _enable(self) -> None:
        running = self.runner.running("export")
        picked = self.chosen_only.isChecked()
        self.picked_box.setEnabled(not running)
        self.chosen.setEnabled(picked)  # greyed: "everything" does not send this list
        self.remove_button.setEnabled(picked and self.chosen.currentRow() >= 0 and not running)
        ready = (
            self.receiver.currentData() is not None
            and bool(self.folder.text())
            and (not picked or self.chosen.count() > 0)
        )
        self.export_button.setEnabled(ready and not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.receiver, self.everything, self.chosen_only, self.folder_button):
            widget.setEnabled(not running)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter exports, except in the cadre search, where it picks the cadre."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        focus = self.focusWidget()
        in_picker = focus is not None and (focus is self.picker or self.picker.isAncestorOf(focus))
        if enter and not in_picker and self.export_button.isEnabled():
            self.export()
            return
        super().keyPressEvent(event)

    # -- exporting (off the GUI thread) ----------------------------------------------------

    def export(self) -> None:
        instance = self.receiver.currentData()
        if instance is None or not self.folder.text():
            return
        store, folder = self.store, Path(self.folder.text())
        ids = self.chosen_ids() if self.chosen_only.isChecked() else None
        unit = self.receivers[instance]

        def work(progress: Progress) -> ExportResult:
            return bundle_export.export_bundle(
                store, instance, folder, cadre_ids=ids, progress=progress
            )

        self.result = None
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self._say(_("Exporting for {unit}…").format(unit=unit["unit_name"]))
        self.runner.start("export", work, lambda r: self._done(r, unit), self._failed,
                          self._progressed)  # fmt: skip
        self._enable()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: ExportResult, unit: dict[str, Any]) -> None:
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        sentence = _(
            "Written {file}: {count} dossier(s), {size}. Carry it to {unit}, import it there "
            "and bring its acknowledgement back."
        ).format(file=result.path, count=result.dossiers, size=size_text(result.size),
                 unit=unit["unit_name"])  # fmt: skip
        if result.deletions:
            sentence += " " + _("It also carries {count} deletion(s).").format(
                count=result.deletions
            )
        if result.incremental and not result.dossiers and not result.deletions:
            sentence += " " + _("Nothing changed since the last bundle it acknowledged.")
        self._say(sentence, result=True)

    def _failed(self, error: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(error, ExportCancelled):
            self._say(error.sentence())
            return
        if isinstance(error, OSError):  # the stick is full, read-only or was pulled out
            error = CadreError(
                "The file cannot be written there; choose another folder and try again."
            )
        self._say(error.sentence() if isinstance(error, CadreError) else "", True)
        report_failure(self, error)

    def _say(self, sentence: str, problem: bool = False, result: bool = False) -> None:
        self.status.setText(sentence)
        colour = f"color: {colours.BLOCK};" if problem else ""
        weight = "font-weight: 600;" if problem or result else ""
        self.status.setStyleSheet(f"QLabel {{ {colour} {weight} }}")

    def cancel(self) -> None:
        task = self.runner.latest("export")
        if task is not None:
            task.cancel()
            self.cancel_button.setEnabled(False)
            self._say(_("Cancelling…"))
