"""Copied dossier text leaves the clipboard after a while; scans preview inside the app and a
decrypted copy is written only where the officer chooses."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from cadre_desktop.domain.model import AuditEntry
from tests.dossiers import add_cadre
from ui import prompts
from ui.forms.sections import SECTIONS
from ui.idle_lock import ClipboardGuard
from ui.main_window import MainWindow
from ui.pages.dossier_page import DossierPage


def test_copied_text_is_cleared_when_it_is_still_there(qtbot: QtBot) -> None:
    guard = ClipboardGuard(seconds=0.05)
    field = QLineEdit("001075123456")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()  # the officer copies from the window in front
    qtbot.waitUntil(
        lambda: QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
    )
    field.selectAll()
    field.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "001075123456"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    clipboard.setText("something the officer copied later")
    guard.copied = "001075123456"  # what this app had copied, no longer there
    guard.clear_if_ours()
    assert clipboard.text() == "something the officer copied later"
    clipboard.clear()


def _pdf(path: Path) -> Path:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 700, "Quyet dinh bo nhiem")
    canvas.showPage()
    canvas.drawString(100, 700, "Trang 2")
    canvas.save()
    path.write_bytes(buffer.getvalue())
    return path


def _png(path: Path) -> Path:
    image = QImage(40, 60, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    image.save(str(path), "PNG")
    return path


def _attachments_page(window: MainWindow, cadre_id: str) -> DossierPage:
    page = window.open_dossier(cadre_id)
    assert page is not None
    number = next(i for i, section in enumerate(SECTIONS) if section.attachments)
    page.nav.setCurrentRow(number)
    return page


def test_scans_preview_in_the_app_and_copies_go_where_chosen(
    qtbot: QtBot, store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cadre_id = add_cadre(store)
    files = [_pdf(tmp_path / "quyet-dinh.pdf"), _png(tmp_path / "anh.png")]
    monkeypatch.setattr(prompts, "ask_open_files", lambda *_a: files)
    monkeypatch.setattr(prompts, "ask_save_discard_cancel", lambda _p, _n: "discard")
    target = tmp_path / "out" / "ban-sao.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a: target)
    window = MainWindow(store, idle_seconds=0)
    qtbot.addWidget(window)
    page = _attachments_page(window, cadre_id)
    section = page.attachments
    assert section is not None
    section.add_files()
    assert page.save()

    page = _attachments_page(window, cadre_id)  # the same tab, now over saved rows
    section = page.attachments
    assert section is not None and section.model.rowCount() == 2
    filenames = [section.model.row_at(r).values["filename"] for r in range(2)]
    pdf_row = filenames.index("quyet-dinh.pdf")
    section.list.table.setCurrentIndex(section.model.index(pdf_row, 0))
    section.show_preview()
    assert section.pdf.status() == QPdfDocument.Status.Ready
    assert section.pdf.pageCount() == 2
    assert section.preview.currentWidget() is section.pdf_view

    section.list.table.setCurrentIndex(section.model.index(1 - pdf_row, 0))
    section.show_preview()
    assert section.preview.currentIndex() == 2
    assert section.image.pixmap().width() == 40

    assert list(target.parent.iterdir()) == []  # nothing decrypted on disk until asked
    section.list.table.setCurrentIndex(section.model.index(pdf_row, 0))
    section.copy_out()
    assert target.read_bytes() == files[0].read_bytes()
    with store.unit_of_work() as uow:
        exports = uow.session.scalars(
            select(AuditEntry.entity).where(AuditEntry.action == "export")
        ).all()
    assert exports == ["attachment"]

    window.lock()
    assert section.image.pixmap().isNull()
    assert section.pdf.status() != QPdfDocument.Status.Ready
