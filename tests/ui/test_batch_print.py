"""Printing the filtered list from the window: off the GUI thread, with progress and cancel,
written only where the officer chose, never a half file; locking stops it first."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from cadre_desktop.services.browse import CadreFilter
from tests.db.test_print_records import rate
from tests.dossiers import add_cadre
from ui import prompts
from ui.dialogs.batch_print_dialog import BatchPrintDialog, BatchWorker
from ui.main_window import MainWindow

GIVEN = ("An", "Bình", "Chi")


@pytest.fixture
def rated(store: Any) -> Any:
    for index, given in enumerate(GIVEN):
        rate(store, add_cadre(store, given=given, id_number=f"00107500000{index}"))
    return store


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "chosen"  # the store lives in tmp_path itself
    folder.mkdir()
    return folder


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, sentence: seen.append(sentence))
    return seen


def dialog_for(qtbot: QtBot, store: Any, form: str = "evaluation") -> BatchPrintDialog:
    dialog = BatchPrintDialog(None, store, CadreFilter(), len(GIVEN))
    qtbot.addWidget(dialog)
    dialog.form_box.setCurrentIndex(dialog.form_box.findData(form))
    return dialog


def run(qtbot: QtBot, dialog: BatchPrintDialog) -> None:
    dialog.start_button.click()
    assert dialog.worker is not None
    qtbot.waitUntil(
        lambda: dialog.worker is not None and dialog.worker.isFinished(), timeout=60_000
    )
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled())  # the results reached the dialog


def test_one_pdf_for_the_whole_list(
    qtbot: QtBot, rated: Any, out: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    target = out / "danh gia.pdf"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a: target)
    dialog = dialog_for(qtbot, rated)
    assert dialog.layout_box.isEnabled() is False and dialog.year_box.isEnabled()
    run(qtbot, dialog)
    assert not errors and str(target) in dialog.message
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert all(f"Nguyễn Văn {g}" in text for g in GIVEN)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert sorted(p.name for p in out.iterdir()) == ["danh gia.pdf"]


def test_one_pdf_per_cadre_in_the_chosen_folder(
    qtbot: QtBot, rated: Any, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prompts, "ask_folder", lambda *_a: out)
    dialog = dialog_for(qtbot, rated, "2c")
    dialog.per_cadre.setChecked(True)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("bnv2008"))
    run(qtbot, dialog)
    assert sorted(p.name for p in out.iterdir()) == [
        "2c-nguyen-van-an.pdf", "2c-nguyen-van-binh.pdf", "2c-nguyen-van-chi.pdf"
    ]  # fmt: skip
    assert "Mẫu 2C-BNV/2008" in PdfReader(out / "2c-nguyen-van-an.pdf").pages[0].extract_text()


def test_a_register_is_one_file_only(qtbot: QtBot, rated: Any) -> None:
    dialog = dialog_for(qtbot, rated, "clearances")
    assert dialog.one_file.isChecked() and not dialog.per_cadre.isEnabled()


@pytest.mark.parametrize("one_file", [True, False])
def test_cancel_leaves_no_half_file(
    qtbot: QtBot, rated: Any, out: Path, monkeypatch: pytest.MonkeyPatch, one_file: bool
) -> None:
    target = out / "all.pdf"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a: target)
    monkeypatch.setattr(prompts, "ask_folder", lambda *_a: out)
    original = BatchWorker._progress

    def cancel_at_first(self: BatchWorker, done: int, total: int) -> bool:
        self.cancel.set()  # as if the officer pressed Cancel now
        return original(self, done, total)

    monkeypatch.setattr(BatchWorker, "_progress", cancel_at_first)
    dialog = dialog_for(qtbot, rated)
    (dialog.one_file if one_file else dialog.per_cadre).setChecked(True)
    run(qtbot, dialog)
    written = sorted(p.name for p in out.iterdir())
    assert dialog.message  # the officer is told what happened
    if one_file:
        assert written == []
    else:
        assert written == ["evaluation-nguyen-van-an-2025.pdf"]  # whole files only, no .tmp
    assert dialog.start_button.isEnabled()


def test_nothing_is_written_when_the_officer_chooses_no_target(
    qtbot: QtBot, rated: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a: None)
    dialog = dialog_for(qtbot, rated)
    dialog.start_button.click()
    assert dialog.worker is None


def test_the_list_page_button_prints_what_the_list_shows(
    qtbot: QtBot, rated: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[BatchPrintDialog] = []

    def record(dialog: BatchPrintDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(BatchPrintDialog, "exec", record)
    window = MainWindow(rated, idle_seconds=300)
    qtbot.addWidget(window)
    window.list_page.search_box.setText("chi")
    window.list_page.print_button.click()
    assert opened and opened[0].query.text == "chi"
    assert "1" in opened[0].status.text()


def test_locking_the_window_stops_the_batch_before_the_store_closes(
    qtbot: QtBot, rated: Any, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prompts, "ask_folder", lambda *_a: out)
    window = MainWindow(rated, idle_seconds=300)
    qtbot.addWidget(window)
    dialog = BatchPrintDialog(window.list_page, rated, CadreFilter(), len(GIVEN))
    dialog.per_cadre.setChecked(True)
    dialog.show()
    dialog.start_button.click()
    closed_while_running: list[bool] = []
    original = rated.close
    monkeypatch.setattr(
        rated, "close", lambda: (closed_while_running.append(dialog.worker.isRunning()), original())
    )
    window.lock()
    assert closed_while_running == [False]  # the worker had let go of the store
    assert not dialog.isVisible()
    assert all(p.suffix == ".pdf" and not p.name.startswith(".") for p in out.iterdir())


def test_closing_stops_the_worker_and_leaves_only_whole_files(
    qtbot: QtBot, rated: Any, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prompts, "ask_folder", lambda *_a: out)
    dialog = dialog_for(qtbot, rated)
    dialog.per_cadre.setChecked(True)
    dialog.show()
    dialog.start_button.click()
    dialog.reject()  # the officer closes the dialog while it prints: the batch stops
    assert dialog.worker is not None and dialog.worker.isFinished()
    assert not dialog.isVisible()
    assert all(p.suffix == ".pdf" and not p.name.startswith(".") for p in out.iterdir())
