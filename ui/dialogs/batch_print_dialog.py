"""Print a form for every cadre of the filtered list: one PDF, or one per cadre, written where
the officer chooses, off the GUI thread with a progress bar and a cancel button.

A one-PDF batch is written only when it is complete (atomically), so a cancelled or failed
batch leaves no file; one file per cadre writes each file whole, and a cancel stops after the
file being written. Closing the dialog (the window rejects every dialog when it locks, before
the store closes) cancels the batch and waits for the worker to let go of the store."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import print_batch, printing
from cadre_desktop.services.browse import CadreFilter
from cadre_desktop.services.print_batch import BatchChoice
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs.print_preview_dialog import LAYOUT_NAMES

FORM_NAMES = {
    "2c": N_("CV (2C)"),
    "assets": N_("Asset and income declaration"),
    "evaluation": N_("Review and rating"),
    "proposal": N_("Personnel proposal summary"),
    "clearances": N_("Register of political-standard conclusions"),
}
LATEST = 1999  # the year box's lowest value stands for "the latest record"


class BatchWorker(QThread):
    """Gathers, lays out and writes the batch; reports progress; stops when told to."""

    progressed = Signal(int, int)  # done, total
    done = Signal(str)  # the sentence to show when it ends (finished or cancelled)
    failed = Signal(str)  # one sentence: why nothing (more) was written

    def __init__(
        self, store: Store, query: CadreFilter, choice: BatchChoice, one_file: bool, target: Path
    ) -> None:
        super().__init__()
        self.store, self.query, self.choice = store, query, choice
        self.one_file, self.target = one_file, target
        self.cancel = threading.Event()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancel.is_set()

    def run(self) -> None:
        try:
            self.done.emit(self._print())
        except CadreError as error:
            self.failed.emit(error.sentence())
        except OSError:
            self.failed.emit(
                _("The file cannot be written there; choose another folder and try again.")
            )
        except Exception:  # the log keeps where, without personal data; the officer a sentence
            logging.getLogger("cadre.ui").exception("batch printing failed")
            self.failed.emit(
                _("Something unexpected went wrong, and the last action did not finish.")
            )

    def _print(self) -> str:
        ids = print_batch.filtered_ids(self.store, self.query)
        items = print_batch.batch_items(self.store, self.choice, ids)
        if not items:
            return _("No cadre chosen has a record of this form to print; nothing was printed.")
        if self.one_file:
            printed = print_batch.batch_together(
                self.store, self.choice, items, progress=self._progress
            )
            if printed is None:
                return _("Cancelled; nothing was written.")
            printing.save_pdf(printed, self.target)
            return _("Written: {path}").format(path=self.target)
        written = print_batch.save_each(
            print_batch.iter_batch(self.store, self.choice, items),
            len(items),
            self.target,
            self._progress,
        )
        if self.cancel.is_set() and written < len(items):
            return _("Cancelled: {count} file(s) written in {path}.").format(
                count=written, path=self.target
            )
        return _("{count} file(s) written in {path}.").format(count=written, path=self.target)


class BatchPrintDialog(QDialog):
    """Choose the form (and layout, year), one PDF or one per cadre, then print the list."""

    def __init__(self, parent: QWidget | None, store: Store, query: CadreFilter, count: int):
        super().__init__(parent)
        self.setWindowTitle(_("Print the list"))
        self.store, self.query = store, query
        self.worker: BatchWorker | None = None
        self.message = ""
        self.form_box = QComboBox()
        for code in print_batch.FORMS:
            self.form_box.addItem(_(FORM_NAMES[code]), code)
        self.layout_box = QComboBox()
        for code in printing.LAYOUTS:
            self.layout_box.addItem(LAYOUT_NAMES.get(code, code), code)
        self.year_box = QSpinBox()
        self.year_box.setRange(LATEST, 2100)
        self.year_box.setSpecialValueText(_("the latest"))
        self.year_box.setValue(LATEST)
        self.one_file = QRadioButton(_("One PDF for the whole list"))
        self.per_cadre = QRadioButton(_("One PDF per cadre, in a folder"))
        self.one_file.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one_file)
        group.addButton(self.per_cadre)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(_("{count} cadre(s) in the list.").format(count=count))
        self.status.setWordWrap(True)
        self.start_button = QPushButton(_("Print…"))
        self.cancel_button = QPushButton(_("Cancel"))
        self.close_button = QPushButton(_("Close"))
        self.cancel_button.setEnabled(False)
        self.start_button.setEnabled(count > 0)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.form_box.currentIndexChanged.connect(lambda _i: self._form_changed())

        fields = QFormLayout()
        fields.addRow(_("Form:"), self.form_box)
        fields.addRow(_("CV layout:"), self.layout_box)
        fields.addRow(_("Year:"), self.year_box)
        fields.addRow(self.one_file)
        fields.addRow(self.per_cadre)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._form_changed()

    # -- choices -------------------------------------------------------------------------------

    def choice(self) -> BatchChoice:
        year = self.year_box.value()
        return BatchChoice(
            str(self.form_box.currentData()),
            str(self.layout_box.currentData()),
            None if year == LATEST else year,
        )

    def _form_changed(self) -> None:
        form = str(self.form_box.currentData())
        self.layout_box.setEnabled(form == "2c")
        self.year_box.setEnabled(form in print_batch.YEARLY)
        single = form in print_batch.ONE_FILE_ONLY
        if single:
            self.one_file.setChecked(True)
        self.per_cadre.setEnabled(not single)

    def _target(self, choice: BatchChoice) -> Path | None:
        if self.one_file.isChecked():
            name = (
                f"{choice.form}-{choice.layout}.pdf"
                if choice.form == "2c"
                else f"{choice.form}.pdf"
            )
            return prompts.ask_save_path(self, _("Save PDF as"), name)
        return prompts.ask_folder(self, _("Folder for the PDF files"))

    # -- running -------------------------------------------------------------------------------

    def start(self) -> None:
        choice = self.choice()
        target = self._target(choice)
        if target is None:
            return
        self.worker = BatchWorker(self.store, self.query, choice, self.one_file.isChecked(), target)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self._running(True)
        self.status.setText(_("Printing…"))
        self.worker.start()

    def _running(self, running: bool) -> None:
        for widget in (self.form_box, self.layout_box, self.year_box, self.one_file,
                       self.per_cadre, self.start_button, self.close_button):  # fmt: skip
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if not running:
            self._form_changed()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, message: str) -> None:
        self.message = message
        self.status.setText(message)
        self._running(False)

    def _failed(self, sentence: str) -> None:
        self.message = sentence
        self.status.setText(sentence)
        self._running(False)
        prompts.show_error(self, sentence)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(_("Cancelling…"))

    def wait_until_stopped(self) -> None:
        """Block until the batch has stopped (tests and the lock use it)."""
        if self.worker is not None:
            self.worker.wait()

    def reject(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.cancel()  # closing the window cancels the batch; the worker stops soon
            self.worker.wait()
        super().reject()
