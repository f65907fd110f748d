"""The Receive tab: choose a bundle (or an acknowledgement) from the stick, read the preview
(who sent it, when, what each dossier would become), then confirm the import off the GUI
thread; the result says where the acknowledgement for the sender was written.

Everything the services refuse is shown as its one sentence, and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import bundle_ack, bundle_import
from cadre_desktop.services.bundle_ack import Acknowledged
from cadre_desktop.services.bundle_export import ACK_SUFFIX, SUFFIX
from cadre_desktop.services.bundle_import import Preview, Received
from cadre_desktop.services.bundle_merge import Outcome
from cadre_desktop.services.stores import Store
from ui import colours, prompts
from ui.exchange_labels import moment_text
from ui.table_models.outcome_table_model import OutcomeTableModel, counts_text
from ui.widgets.record_view import heading, record_table
from ui.widgets.sentence import Sentence
from ui.widgets.task import Progress, TaskRunner, report_failure

FILES = N_("Bundles and acknowledgements (*{bundle} *{ack})")


class ReceiveTab(QWidget):
    imported = Signal(object)  # the Changes of an applied bundle (maybe none: conflicts only)
    open_requested = Signal(str)  # a cadre id

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.received: Received | Acknowledged | None = None
        self.runner = TaskRunner(self)
        self.runner.idle.connect(self._enable)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(_("A .cadrebundle or .cadreack file from the USB stick"))
        self.choose_button = QPushButton(_("Choose a &file…"))
        self.title = heading("")
        self.title.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.model = OutcomeTableModel()
        self.view = record_table(self.model, 8, (300, 200, 300))
        self.confirm_button = QPushButton(_("&Confirm import"))
        self.confirm_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.status = Sentence()
        file_label = QLabel(_("File:"))
        file_label.setBuddy(self.choose_button)
        top = QHBoxLayout()
        top.addWidget(file_label)
        top.addWidget(self.file, 1)
        top.addWidget(self.choose_button)
        run = QHBoxLayout()
        run.addWidget(self.progress, 1)
        run.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)
        layout.addLayout(run)
        QWidget.setTabOrder(self.choose_button, self.view)
        QWidget.setTabOrder(self.view, self.confirm_button)
        self.choose_button.clicked.connect(self.choose_file)
        self.confirm_button.clicked.connect(self.confirm)
        self.view.activated.connect(lambda index: self._open(index.row()))
        for empty in (self.title, self.counts, self.view):
            empty.hide()  # until a file is chosen
        self._say(_("Choose a bundle or an acknowledgement that another unit sent."))
        self._enable()

    # -- the file and its preview ----------------------------------------------------------

    def choose_file(self) -> None:
        chosen = prompts.ask_open_files(
            self, _("Choose a bundle or an acknowledgement"),
            _(FILES).format(bundle=SUFFIX, ack=ACK_SUFFIX),
        )  # fmt: skip
        if chosen:
            self.open_file(chosen[0])

    def open_file(self, path: Path) -> None:
        """A bundle is previewed; an acknowledgement has nothing to preview and is recorded."""
        self.path, self.preview, self.received = path, None, None
        self.file.setText(str(path))
        self._show_rows([])
        self.title.hide()
        self.counts.hide()
        store = self.store
        if path.suffix.lower() == ACK_SUFFIX:
            self._start(lambda _p: bundle_ack.import_ack(store, path),
                        _("Recording the acknowledgement…"))  # fmt: skip
        else:
            self._start(lambda _p: bundle_import.preview_bundle(store, path),
                        _("Checking the bundle…"))  # fmt: skip

    def _show_preview(self, preview: Preview, applied: bool = False) -> None:
        self.preview = preview
        self.title.setText(
            _("From {unit} ({code}), bundle number {seq}, made on {when}").format(
                unit=preview.sender_name, code=preview.sender_code, seq=preview.seq,
                when=moment_text(preview.created_at),
            )
        )  # fmt: skip
        self.counts.setText(counts_text(preview))
        self.title.show()
        self.counts.show()
        self._show_rows(list(preview.outcomes))
        outside = preview.count("out_of_scope")
        if preview.already is not None:
            self._say(
                _("This bundle was already imported on {when}; there is nothing to do.").format(
                    when=moment_text(preview.already)
                ),
                result=True,
            )
        elif outside:
            self._say(
                _(
                    "{count} dossier(s) are outside what {unit} may write here, so the import "
                    "would be refused; ask the sender to check whom it sends them to, or widen "
                    "its scope in Trusted units."
                ).format(count=outside, unit=preview.sender_name),
                True,
            )
        elif not applied:
            self._say(_("Nothing has changed yet. Check the list, then confirm the import."))
            self.confirm_button.setEnabled(True)  # before the task ends, so focus can go there
            self.confirm_button.setFocus()

    # -- importing -------------------------------------------------------------------------

    def confirm(self) -> None:
        if self.path is None or not self._importable():
            return
        store, path = self.store, self.path
        self._start(lambda _p: bundle_import.import_bundle(store, path),
                    _("Importing (a backup of this store is made first)…"))  # fmt: skip

    def _importable(self) -> bool:
        p = self.preview
        return p is not None and p.already is None and not p.count("out_of_scope")

    def _start(self, work: Callable[[Progress], Any], sentence: str) -> None:
        self.progress.setRange(0, 0)  # the services report no steps: busy
        self._say(sentence)
        self.runner.start("receive", work, self._done, self._failed)
        self._enable()

    def _done(self, result: Preview | Received | Acknowledged) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if isinstance(result, Preview):
            self.progress.setValue(0)
            self._show_preview(result)
            return
        self.received = result
        if isinstance(result, Acknowledged):
            self._acknowledged(result)
            return
        self._show_preview(result.preview, result.applied)
        if result.applied:
            self._say(self._imported_text(result), result=True)
            self.preview = None  # done: confirming again would only say "already imported"
            self.imported.emit(result.changes)  # even none: conflicts were counted

    def _imported_text(self, result: Received) -> str:
        preview = result.preview
        sentence = _("Imported from {unit}: {counts}.").format(
            unit=preview.sender_name, counts=counts_text(preview)
        )
        if preview.count("conflict"):
            sentence += " " + _(
                "{count} dossier(s) are in conflict: review them in the Conflicts tab."
            ).format(count=preview.count("conflict"))
        if result.ack_path is not None:
            sentence += " " + _(
                "The acknowledgement was written to {path}: carry it back to {unit} and import "
                "it there, so that its next bundle carries only what changed."
            ).format(path=result.ack_path, unit=preview.sender_name)
        elif result.ack_error:
            sentence += " " + result.ack_error
        return sentence

    def _acknowledged(self, ack: Acknowledged) -> None:
        self.title.setText(_("Acknowledgement from {unit}").format(unit=ack.unit_name))
        self.title.show()
        if ack.already is not None:
            self._say(
                _(
                    "This acknowledgement of bundle number {seq} was already recorded on {when}; "
                    "nothing was changed."
                ).format(seq=ack.seq, when=moment_text(ack.already)),
                result=True,
            )
        else:
            self._say(
                _(
                    "{unit} has imported bundle number {seq}: the next bundle for it will carry "
                    "only what changed since."
                ).format(unit=ack.unit_name, seq=ack.seq),
                result=True,
            )

    def _failed(self, error: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.preview = None  # a refused file cannot be imported as it is
        if isinstance(error, CadreError):
            self._say(error.sentence(), True)
        report_failure(self, error)

    def _show_rows(self, outcomes: list[Outcome]) -> None:
        self.model.show(outcomes)
        self.view.setVisible(bool(outcomes))  # an acknowledgement or a refusal has no rows

    def _say(self, sentence: str, problem: bool = False, result: bool = False) -> None:
        self.status.setText(sentence)
        colour = f"color: {colours.BLOCK};" if problem else ""
        weight = "font-weight: 600;" if problem or result else ""
        self.status.setStyleSheet(f"QLabel {{ {colour} {weight} }}")

    def _enable(self) -> None:
        running = self.runner.running()
        self.choose_button.setEnabled(not running)
        self.confirm_button.setEnabled(not running and self._importable())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter confirms the import the preview shows."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self.confirm_button.isEnabled()
        ):
            self.confirm()
            return
        super().keyPressEvent(event)

    def _open(self, row: int) -> None:
        outcome = self.model.row_at(row)
        applied = isinstance(self.received, Received) and self.received.applied
        if outcome is not None and applied and outcome.kind != "deleted":
            self.open_requested.emit(outcome.cadre_id)
