"""The print preview: the PDF rendered from memory, printed, saved only where the officer chose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter

from cadre_desktop.services import printing
from tests.dossiers import add_cadre
from ui import prompts
from ui.dialogs.print_preview_dialog import PrintPreviewDialog


@pytest.fixture
def dialog(qtbot: Any, store: Any) -> PrintPreviewDialog:
    cadre_id = add_cadre(store, "Đặng", "Thị", "Ửng")
    preview = PrintPreviewDialog(
        None,
        lambda layout: printing.print_cv(store, cadre_id, layout or "tctw98"),
        printing.LAYOUTS,
    )
    qtbot.addWidget(preview)
    return preview


def test_preview_loads_the_pdf_from_memory(dialog: PrintPreviewDialog, tmp_path: Path) -> None:
    assert dialog.document.pageCount() >= 2
    assert dialog.printed is not None and "2c" in dialog.printed.suggested_name
    pages = dialog.document.pageCount()
    dialog.layout_box.setCurrentIndex(2)  # the current MoHA layout has more tables
    assert dialog.document.pageCount() > pages
    assert not list(tmp_path.rglob("*.pdf"))  # nothing written anywhere


def test_save_as_writes_where_the_officer_chose(
    dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ly lich.pdf"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a: target)
    dialog.save_button.click()
    assert target.read_bytes()[:5] == b"%PDF-"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a: None)  # cancelled: nothing
    target.unlink()
    dialog.save_button.click()
    assert not target.exists()


def test_print_sends_every_page(
    dialog: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(dialog, "choose_printer", lambda: printer)
    assert dialog.print_pdf()
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.document.pageCount()
    monkeypatch.setattr(dialog, "choose_printer", lambda: None)
    assert not dialog.print_pdf()


def test_closing_forgets_the_document(dialog: PrintPreviewDialog) -> None:
    dialog.reject()
    assert dialog.printed is None and dialog.document.pageCount() == 0


def test_locking_the_window_closes_the_preview(qtbot: Any, store: Any) -> None:
    from ui.main_window import MainWindow

    cadre_id = add_cadre(store)
    window = MainWindow(store, idle_seconds=300)
    qtbot.addWidget(window)
    preview = PrintPreviewDialog(
        window.list_page, lambda layout: printing.print_cv(store, cadre_id, layout or "tctw98")
    )
    preview.show()
    assert preview.printed is not None
    window.lock()
    assert not preview.isVisible() and preview.printed is None
