"""The Exchange screen between two real stores that trust each other: a bundle exported in the
Send tab, previewed and imported in the Receive tab, its acknowledgement carried back; a damaged
file refused with its sentence; the trusted units, trusting and revoking, with every prompt
answered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cadre_desktop.i18n import gettext
from cadre_desktop.services import browse, units
from cadre_desktop.services.browse import CadreFilter
from tests.dossiers import add_cadre
from tests.exchange import dump, make_store
from ui import prompts
from ui.dialogs.unit_key_dialog import UnitKeyDialog
from ui.exchange_labels import outcome_label
from ui.pages.exchange_screen import ExchangeScreen

WAIT = 60_000  # ms: background work on a busy shared machine


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box nobody answers would hang the test: errors are collected instead."""
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, sentence: errors.append(sentence))

    def unexpected(*args: Any, **_kwargs: Any) -> None:
        raise AssertionError(f"unexpected message box: {args[1:]}")

    for name in ("show_report", "show_unexpected"):
        monkeypatch.setattr(prompts, name, unexpected)
    return errors


OPEN: list[ExchangeScreen] = []


@pytest.fixture(autouse=True)
def _kept_until_the_end() -> Any:
    """Screens live until the test ends, then their threads are waited for: a screen collected
    mid-test would take its running task's thread with it."""
    yield
    for screen in OPEN:
        screen.wait()
    OPEN.clear()


def screen_of(qtbot: QtBot, store: Any) -> ExchangeScreen:
    screen = ExchangeScreen(store)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    OPEN.append(screen)
    return screen


def finish(qtbot: QtBot, runner: Any) -> None:
    """Wait for the task and for its result to reach the tab."""
    qtbot.waitUntil(lambda: not runner.running(), timeout=WAIT)


def export_to(
    qtbot: QtBot, screen: ExchangeScreen, receiver: Any, usb: Path, monkeypatch: Any
) -> Any:
    tab = screen.send
    tab.receiver.setCurrentIndex(tab.receiver.findData(receiver.instance_id))
    monkeypatch.setattr(prompts, "ask_folder", lambda *_a: usb)
    tab.folder_button.click()
    assert tab.export_button.isEnabled()
    tab.export_button.click()
    finish(qtbot, tab.runner)
    assert tab.result is not None, tab.status.text()
    return tab.result


def receive(qtbot: QtBot, screen: ExchangeScreen, path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(prompts, "ask_open_files", lambda *_a: [path])
    screen.receive.choose_button.click()
    finish(qtbot, screen.receive.runner)


def names(store: Any) -> list[str]:
    return [c.full_name for c in browse.page(store, CadreFilter(), 0, 50, None)]


def test_a_bundle_goes_from_send_to_receive_and_its_acknowledgement_back(
    qtbot: QtBot, qtmodeltester: Any, province: Any, department: Any, tmp_path: Path,
    monkeypatch: Any, _no_message_boxes: list[str],
) -> None:  # fmt: skip
    cadre_id = add_cadre(province, given="Đức")
    sender, receiver = screen_of(qtbot, province), screen_of(qtbot, department)
    usb = tmp_path / "usb"
    usb.mkdir()
    result = export_to(qtbot, sender, department, usb, monkeypatch)
    assert result.dossiers == 1 and result.path.parent == usb and result.path.exists()
    assert result.path.name in sender.send.status.text()

    receive(qtbot, receiver, result.path, monkeypatch)
    tab = receiver.receive
    assert tab.preview is not None and tab.preview.sender_code == "TU"
    assert "Tỉnh ủy Thử Nghiệm" in tab.title.text()
    assert tab.model.rowCount() == 1
    qtmodeltester.check(tab.model)
    assert tab.model.index(0, 1).data() == outcome_label("created")
    assert names(department) == []  # the preview changed nothing
    assert tab.confirm_button.isEnabled()
    with qtbot.waitSignal(receiver.changed, timeout=WAIT) as changed:
        qtbot.keyClick(tab.confirm_button, Qt.Key.Key_Return)  # Enter confirms
        finish(qtbot, tab.runner)
    assert cadre_id in changed.args[0].cadres
    assert names(department) == ["Nguyễn Văn Đức"]
    received = tab.received
    assert received is not None and received.ack_path is not None and received.ack_path.exists()
    assert str(received.ack_path) in tab.status.text()
    assert not tab.confirm_button.isEnabled()  # done: nothing to confirm again

    receive(qtbot, sender, received.ack_path, monkeypatch)  # the stick comes back
    acknowledged = gettext(
        "{unit} has imported bundle number {seq}: the next bundle for it will carry only what "
        "changed since."
    ).format(unit="Sở Nội vụ", seq=1)
    assert sender.receive.status.text() == acknowledged
    again = export_to(qtbot, sender, department, usb, monkeypatch)
    assert (again.dossiers, again.incremental) == (0, True)  # only what changed since
    assert _no_message_boxes == []


def test_the_same_bundle_again_says_it_was_imported(
    qtbot: QtBot, province: Any, department: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    add_cadre(province)
    path = export_to(qtbot, screen_of(qtbot, province), department, tmp_path, monkeypatch).path
    receiver = screen_of(qtbot, department)
    receive(qtbot, receiver, path, monkeypatch)
    receiver.receive.confirm_button.click()
    finish(qtbot, receiver.receive.runner)
    receive(qtbot, receiver, path, monkeypatch)
    tab = receiver.receive
    assert tab.preview is not None and tab.preview.already is not None
    assert not tab.confirm_button.isEnabled()
    already = gettext("This bundle was already imported on {when}; there is nothing to do.")
    assert tab.status.text().startswith(already.split("{")[0])


def test_a_damaged_bundle_is_refused_with_its_sentence_and_nothing_changes(
    qtbot: QtBot, province: Any, department: Any, tmp_path: Path, monkeypatch: Any,
    _no_message_boxes: list[str],
) -> None:  # fmt: skip
    add_cadre(province)
    path = export_to(qtbot, screen_of(qtbot, province), department, tmp_path, monkeypatch).path
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    before = dump(department, skip={"audit_entry"})
    receiver = screen_of(qtbot, department)
    receive(qtbot, receiver, path, monkeypatch)
    tab = receiver.receive
    assert len(_no_message_boxes) == 1
    sentence = _no_message_boxes[0]
    assert tab.status.text() == sentence and "Traceback" not in sentence
    assert tab.preview is None and not tab.confirm_button.isEnabled()
    assert dump(department, skip={"audit_entry"}) == before


def test_a_hand_picked_dossier_is_sent_alone(
    qtbot: QtBot, province: Any, department: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    add_cadre(province, given="Đức")
    rotated = add_cadre(province, given="Hà", id_number="001075000111")
    sender = screen_of(qtbot, province)
    tab = sender.send
    tab.picker.search.setText("Hà")
    qtbot.waitUntil(lambda: tab.picker.model.rowCount() == 1, timeout=WAIT)
    tab.picker.table.activated.emit(tab.picker.model.index(0, 0))
    assert tab.chosen_ids() == [rotated] and tab.chosen_only.isChecked()
    result = export_to(qtbot, sender, department, tmp_path, monkeypatch)
    assert result.dossiers == 1
    receiver = screen_of(qtbot, department)
    receive(qtbot, receiver, result.path, monkeypatch)
    assert [receiver.receive.model.index(0, 0).data()] == ["Nguyễn Văn Hà"]


def test_the_trusted_units_tab_lists_the_other_unit_with_its_fingerprint(
    qtbot: QtBot, province: Any, department: Any
) -> None:
    screen = screen_of(qtbot, department)
    tab = screen.units
    fingerprint = units.own_key(province)["fingerprint"]
    assert tab.model.rowCount() == 1
    row = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert row[:4] == ["Tỉnh ủy Thử Nghiệm", "TU", fingerprint, "TU"]
    assert tab.own_fingerprint.text() == units.own_key(department)["fingerprint"]
    assert screen.send.receiver.currentData() == province.instance_id


def test_trusting_a_unit_by_its_fingerprint_then_revoking_it(
    qtbot: QtBot, province: Any, department: Any, tmp_path: Path, monkeypatch: Any,
    _no_message_boxes: list[str],
) -> None:  # fmt: skip
    other = make_store(tmp_path, "STC", "Sở Tài chính")
    try:
        key = tmp_path / "stc.cadrekey"
        fingerprint = units.export_key(other, key)
        screen = screen_of(qtbot, province)
        tab = screen.units
        monkeypatch.setattr(prompts, "ask_open_files", lambda *_a: [key])
        seen: list[UnitKeyDialog] = []

        def answer(dialog: UnitKeyDialog) -> bool:
            seen.append(dialog)
            assert dialog.fingerprint.text() == fingerprint
            assert dialog.scope.scope() == ["STC"]  # its own subtree, ticked for a start
            dialog.typed.setText("AAAA-BBBB-CCCC-DDDD-EEEE")  # misheard
            assert not dialog.ok_button.isEnabled()
            dialog.typed.setText(fingerprint.lower().replace("-", " "))  # as read aloud
            assert dialog.ok_button.isEnabled()
            dialog.confirm()
            return dialog.result() == UnitKeyDialog.DialogCode.Accepted

        monkeypatch.setattr(prompts, "exec_dialog", answer)
        tab.trust_button.click()
        assert seen and tab.model.rowCount() == 2
        assert screen.send.receiver.findText("Sở Tài chính (STC)") >= 0
        tab.view.selectRow(next(r for r in range(2) if tab.model.index(r, 1).data() == "STC"))
        monkeypatch.setattr(prompts, "ask_text", lambda *_a: "Máy tính bị mất")
        monkeypatch.setattr(prompts, "confirm", lambda *_a: True)
        tab.revoke_button.click()
        revoked = [u for u in units.list_units(province) if u["unit_code"] == "STC"]
        assert revoked[0]["revoked"] and not tab.revoke_button.isEnabled()
        assert screen.send.receiver.findText("Sở Tài chính (STC)") < 0  # nothing goes to it
        assert _no_message_boxes == []
    finally:
        other.close()


def test_the_window_opens_the_exchange_screen_from_the_work_menu(
    qtbot: QtBot, province: Any, department: Any
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(province)
    qtbot.addWidget(window)
    titles = {
        a.text(): a.shortcut().toString() for a in window.menuBar().actions()[0].menu().actions()
    }
    assert titles[gettext("Exchange with other units")] == "Ctrl+Shift+E"
    screen = window.open_screen("exchange")
    assert isinstance(screen, ExchangeScreen) and window.tabs.currentWidget() is screen
    assert screen.send.receiver.count() == 1


def test_certifying_a_key_trusted_by_its_fingerprint_and_taking_the_certificate(
    qtbot: QtBot, province: Any, department: Any, tmp_path: Path, monkeypatch: Any,
    _no_message_boxes: list[str],
) -> None:  # fmt: skip
    key = tmp_path / "snv.cadrekey"
    units.export_key(department, key)
    certificate = tmp_path / "snv.cadrecert"
    monkeypatch.setattr(prompts, "ask_open_files", lambda *_a: [key])
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a: certificate)
    told: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda _p, sentence: told.append(sentence))

    def answer(dialog: UnitKeyDialog) -> bool:
        assert dialog.ok_button.isEnabled()  # trusted here by its fingerprint: no second reading
        if dialog.mode == "certify":
            assert dialog.scope.scope() == ["SNV"]
        dialog.confirm()
        return dialog.result() == UnitKeyDialog.DialogCode.Accepted

    monkeypatch.setattr(prompts, "exec_dialog", answer)
    issuer = screen_of(qtbot, province)
    issuer.units.certify_button.click()
    assert certificate.exists() and str(certificate) in told[0]

    monkeypatch.setattr(prompts, "ask_open_files", lambda *_a: [certificate])
    holder = screen_of(qtbot, department)
    receiver = holder.units
    assert receiver.own_certificates.isHidden()
    receiver.trust_button.click()
    assert "Tỉnh ủy Thử Nghiệm" in receiver.own_certificates.text()
    assert not receiver.own_certificates.isHidden()
    assert _no_message_boxes == []


def rename(store: Any, cadre_id: str, given: str) -> None:
    from cadre_desktop.domain.model import Cadre

    with store.unit_of_work(write=True) as uow:
        uow.session.get(Cadre, cadre_id).given_name = given


def test_a_concurrent_edit_is_counted_on_the_tab_and_resolved_in_it(
    qtbot: QtBot, province: Any, department: Any, tmp_path: Path, monkeypatch: Any,
    _no_message_boxes: list[str],
) -> None:  # fmt: skip
    cadre_id = add_cadre(province, given="Đức")
    sender, receiver = screen_of(qtbot, province), screen_of(qtbot, department)
    first = export_to(qtbot, sender, department, tmp_path / "b1", monkeypatch)
    receive(qtbot, receiver, first.path, monkeypatch)
    receiver.receive.confirm_button.click()
    finish(qtbot, receiver.receive.runner)
    rename(province, cadre_id, "Đạt")
    rename(department, cadre_id, "Đăng")
    second = export_to(qtbot, sender, department, tmp_path / "b2", monkeypatch)
    receive(qtbot, receiver, second.path, monkeypatch)
    tab = receiver.receive
    assert tab.model.index(0, 1).data() == outcome_label("conflict")
    with qtbot.waitSignal(tab.imported, timeout=WAIT):  # no dossier changed: both are kept
        tab.confirm_button.click()
        finish(qtbot, tab.runner)
    assert names(department) == ["Nguyễn Văn Đăng"]
    index = receiver.tabs.indexOf(receiver.conflicts)
    assert receiver.tabs.tabText(index) == gettext("Conf&licts ({count})").format(count=1)
    review = receiver.conflicts  # the conflict review, embedded
    assert review.conflicts.rowCount() == 1
    receiver.tabs.setCurrentIndex(index)
    review.list_view.selectRow(0)
    review.theirs_radio.setChecked(True)  # the province's name
    with qtbot.waitSignal(receiver.changed, timeout=WAIT) as changed:
        review.resolve_button.click()
    assert cadre_id in changed.args[0].cadres
    assert receiver.tabs.tabText(index) == gettext("Conf&licts")
    assert names(department) == ["Nguyễn Văn Đạt"]
    assert _no_message_boxes == []


def test_a_cancelled_export_writes_no_file(
    qtbot: QtBot, province: Any, department: Any, tmp_path: Path, monkeypatch: Any,
    _no_message_boxes: list[str],
) -> None:  # fmt: skip
    add_cadre(province)
    usb = tmp_path / "usb"
    usb.mkdir()
    screen = screen_of(qtbot, province)
    tab = screen.send
    monkeypatch.setattr(prompts, "ask_folder", lambda *_a: usb)
    tab.folder_button.click()
    with province.unit_of_work(write=True):  # the export waits for this writer to finish…
        tab.export_button.click()
        assert tab.cancel_button.isEnabled() and not tab.export_button.isEnabled()
        tab.cancel_button.click()  # …so the officer's cancel comes before its first batch
    finish(qtbot, tab.runner)
    assert tab.result is None and list(usb.iterdir()) == []
    assert tab.status.text() == gettext("Cancelled; no bundle was written.")
    assert tab.export_button.isEnabled() and not tab.cancel_button.isEnabled()
    assert export_to(qtbot, screen, department, usb, monkeypatch).seq == 1
    assert _no_message_boxes == []
