"""One matter in full beside the register: its fields, steps and scans (previewed from memory,
never a temporary file), with the buttons of the next actions."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from cadre_desktop.domain.oversight_enums import OPEN_STATUSES, Ground, MatterKind, MatterStatus
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import matter_scans
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs.matter_dialogs import next_status
from ui.oversight_labels import label
from ui.pages.screen_actions import guarded, read_only_table
from ui.table_models.oversight_table_models import MatterEventTableModel, ScanTableModel

SCANS = "PDF, images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;*"
ACTIONS = ("dossier", "step", "extend", "close", "scan", "preview", "copy")


class MatterDetail(QWidget):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.detail: dict[str, Any] | None = None
        self.events, self.scans = MatterEventTableModel(), ScanTableModel()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop)
        texts = (
            _("Open the dossier"), _("Next step…"), _("Extend the deadline…"), _("Close…"),
            _("Add a scan…"), _("Preview the scan"), _("Save a copy of the scan…"),
        )  # fmt: skip
        self.buttons = {key: QPushButton(text) for key, text in zip(ACTIONS, texts, strict=True)}
        row = QGridLayout()  # two rows keep the detail narrow beside the register
        for index, button in enumerate(self.buttons.values()):
            row.addWidget(button, index // 4, index % 4)
        self.buttons["scan"].clicked.connect(self.add_scan)
        self.buttons["preview"].clicked.connect(self.preview_scan)
        self.buttons["copy"].clicked.connect(self.copy_scan)
        self.event_view, self.scan_view = read_only_table(self.events), read_only_table(self.scans)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview = QStackedWidget()
        for widget in (QLabel(_("Choose a scan and press Preview.")), self.pdf_view, self.image):
            self.preview.addWidget(widget)
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(row)
        steps, scans = _("Steps"), _("Scans")
        layout.addWidget(QLabel(f"<b>{escape(steps)}</b>"))
        layout.addWidget(self.event_view, 1)
        layout.addWidget(QLabel(f"<b>{escape(scans)}</b>"))
        layout.addWidget(self.scan_view, 1)
        layout.addWidget(self.preview, 2)
        self.show_detail(None)

    def show_detail(self, detail: dict[str, Any] | None) -> None:
        self.detail = detail
        self.clear_preview()
        for button in self.buttons.values():
            button.setEnabled(detail is not None)
        self.events.set_rows(detail["events"] if detail else [])
        self.scans.set_rows(detail["scans"] if detail else [])
        if detail is None:
            self.info.setText(_("Choose a matter to see it here; opening it is recorded."))
            return
        status = MatterStatus(detail["status"])
        self.buttons["dossier"].setEnabled(bool(detail["cadre"]))
        self.buttons["step"].setEnabled(next_status(status) is not None)
        self.buttons["extend"].setEnabled(status in OPEN_STATUSES)
        self.buttons["close"].setEnabled(status is not MatterStatus.CLOSED)
        self.info.setText(describe(detail))

    def add_scan(self) -> None:
        if self.detail is None:
            return
        matter_id = self.detail["id"]
        for path in prompts.ask_open_files(self, _("Add scans"), SCANS):
            guarded(self, lambda path=path: matter_scans.attach_scan(self.store, matter_id, path))

    def _scan(self) -> dict[str, Any] | None:
        return self.scans.row_at(self.scan_view.currentIndex().row())

    def preview_scan(self) -> None:
        scan = self._scan()
        data = scan and guarded(self, lambda: matter_scans.scan_bytes(self.store, scan["id"]))
        if scan is None or not data:
            return
        if scan["media_type"] == "application/pdf":
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(self._buffer)
            self.preview.setCurrentWidget(self.pdf_view)
        elif (pixmap := QPixmap()).loadFromData(data):
            self.image.setPixmap(pixmap)
            self.preview.setCurrentWidget(self.image)

    def copy_scan(self) -> None:
        scan = self._scan()
        target = scan and prompts.ask_save_path(self, _("Save a copy as"), scan["filename"])
        if scan and target:
            guarded(self, lambda: matter_scans.save_scan_copy(self.store, scan["id"], target))

    def clear_preview(self) -> None:
        """Forget the decrypted bytes shown."""
        self.pdf.close()
        self.image.clear()
        self._buffer = None
        self.preview.setCurrentIndex(0)


def describe(d: dict[str, Any]) -> str:
    grounds = ", ".join(label(Ground, g) for g in d["grounds"]) or "—"
    lines = [
        (_("Matter"), f"{d['number']} — {label(MatterKind, d['kind'])}"),
        (_("Status"), label(MatterStatus, d["status"])), (_("Concerns"), d["subject"]),
        (_("Against the decision"), d["target_label"]), (_("Sent by"), d["source"]),
        (_("Complainant"), _("anonymous") if d["anonymous"] else d["complainant"]),
        (_("Received on"), d["received_on"]), (_("Deadline"), d["due_on"]),
        (_("Handling body"), d["handling_body"]), (_("Grounds"), grounds),
        (_("Summary"), d["summary"]), (_("Content"), d["content"]),
        (_("Conclusion"), d["conclusion"]),
    ]  # fmt: skip
    late = f" <b style='color:#b3261e'>{escape(_('overdue'))}</b>" if d["overdue"] else ""
    body = "".join(
        f"<tr><td><i>{escape(k)}</i></td><td>{escape(str(v))}</td></tr>" for k, v in lines if v
    )
    return f"<table cellspacing='4'>{body}</table>{late}"
