"""Print preview of a form, rendered from memory (a PDF holds personal data: no temp file)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.printing import Printed, save_pdf
from ui import prompts

LAYOUT_NAMES = {
    "tctw98": "2C-TCTW-98",
    "bnv2008": "2C-BNV/2008",
    "bnv-current": "Sơ yếu lý lịch cán bộ, công chức",
}


class PrintPreviewDialog(QDialog):
    """Shows the PDF; Print goes to the system dialog, Save writes where the officer chooses."""

    def __init__(
        self,
        parent: QWidget | None,
        render: Callable[[str], Printed],
        layouts: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Print preview"))
        self.resize(900, 1000)
        self._render = render
        self.printed: Printed | None = None
        self.document = QPdfDocument(self)
        self._bytes = QByteArray()
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.layout_box = QComboBox()
        for code in layouts:
            self.layout_box.addItem(LAYOUT_NAMES.get(code, code), code)
        self.layout_box.setVisible(bool(layouts))
        self.layout_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pages = QLabel()
        self.print_button = QPushButton(_("Print…"))
        self.save_button = QPushButton(_("Save PDF as…"))
        close = QPushButton(_("Close"))
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_pdf)
        bar = QHBoxLayout()
        bar.addWidget(self.layout_box)
        bar.addWidget(self.pages)
        bar.addStretch(1)
        for button in (self.print_button, self.save_button, close):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.refresh()

    def layout_code(self) -> str:
        return str(self.layout_box.currentData() or "")

    def refresh(self) -> None:
        try:
            self.printed = self._render(self.layout_code())
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return
        self.document.close()
        self._buffer.close()
        self._bytes = QByteArray(self.printed.pdf)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.pages.setText(_("{count} page(s)").format(count=self.document.pageCount()))

    def choose_printer(self) -> QPrinter | None:
        """The system print dialog (tests replace this method)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    def print_pdf(self) -> bool:
        printer = self.choose_printer()
        if printer is None:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            prompts.show_error(self, _("The printer cannot be used; check it and try again."))
            return False
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = painter.viewport()
                image = self.document.render(page, QSize(target.width(), target.height()))
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True

    def save_as(self) -> None:
        if self.printed is None:
            return
        target = prompts.ask_save_path(self, _("Save PDF as"), self.printed.suggested_name)
        if target is None:
            return
        try:
            save_pdf(self.printed, target)
        except CadreError as error:
            prompts.show_error(self, error.sentence())
        except OSError:
            prompts.show_error(
                self, _("The file cannot be written there; choose another folder and try again.")
            )

    def done(self, result: int) -> None:
        # Forget the personal data held in memory as soon as the preview closes.
        self.document.close()
        self._buffer.close()
        self._bytes = QByteArray()
        self.printed = None
        super().done(result)
