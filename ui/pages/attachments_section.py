"""The dossier's scans, PDFs and photos: add, preview inside the app, save a copy on request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.attachments import attachment_from_file
from cadre_desktop.services.dossier_edit import EditableRow
from ui import prompts
from ui.pages.history_section import HistorySection
from ui.table_models.history_table_model import HistoryTableModel

FILES = "PDF, images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif);;*"


class AttachmentsSection(QWidget):
    def __init__(
        self,
        model: HistoryTableModel,
        read_bytes: Callable[[EditableRow], bytes],
        save_copy: Callable[[EditableRow, Path], None],
    ) -> None:
        super().__init__()
        self.model = model
        self.read_bytes = read_bytes
        self.save_copy = save_copy
        self.list = HistorySection(_("Scans and documents"), model)
        self.list.add_button.setText(_("Add file…"))
        self.list.add_button.clicked.disconnect()
        self.list.add_button.clicked.connect(self.add_files)
        self.preview_button = QPushButton(_("Preview"))
        self.copy_button = QPushButton(_("Save a copy as…"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.copy_button)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        image_scroll = QScrollArea()
        image_scroll.setWidget(self.image)
        image_scroll.setWidgetResizable(True)
        self.nothing = QLabel(_("Choose a file and press Preview."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview = QStackedWidget()
        for widget in (self.nothing, self.pdf_view, image_scroll):
            self.preview.addWidget(widget)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.preview_button.clicked.connect(self.show_preview)
        self.copy_button.clicked.connect(self.copy_out)
        self._buffer: QBuffer | None = None

    def _chosen(self) -> EditableRow | None:
        row = self.list.current_row()
        return self.model.row_at(row) if row >= 0 else None

    def add_files(self) -> None:
        for path in prompts.ask_open_files(self, _("Add scans or documents"), FILES):
            try:
                self.model.add_existing(attachment_from_file(path))
            except CadreError as error:
                prompts.show_error(self, error.sentence())

    def show_preview(self) -> None:
        row = self._chosen()
        if row is None:
            return
        data = self.read_bytes(row)
        media_type = str(row.values.get("media_type") or "")
        if media_type == "application/pdf":
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(self._buffer)
            self.preview.setCurrentWidget(self.pdf_view)
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            self.image.setPixmap(pixmap)
            self.preview.setCurrentIndex(2)
        else:
            self.nothing.setText(
                _("This kind of file cannot be shown here; save a copy to open it.")
            )
            self.preview.setCurrentWidget(self.nothing)

    def copy_out(self) -> None:
        row = self._chosen()
        if row is None:
            return
        target = prompts.ask_save_path(
            self, _("Save a copy as"), str(row.values.get("filename") or "")
        )
        if target is None:
            return
        try:
            self.save_copy(row, target)
        except CadreError as error:
            prompts.show_error(self, error.sentence())

    def clear_preview(self) -> None:
        """Forget the decrypted bytes shown (on lock)."""
        self.pdf.close()
        self.image.clear()
        self._buffer = None
        self.preview.setCurrentWidget(self.nothing)
