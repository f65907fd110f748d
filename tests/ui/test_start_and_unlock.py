"""First-run wizard, unlocking with a wrong then the right passphrase, and recovery."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from cadre_desktop.services.stores import init_store, unlock
from tests.conftest import PASSPHRASE
from ui.dialogs.first_run_wizard import FirstRunWizard
from ui.dialogs.recovery_dialog import RecoveryDialog
from ui.dialogs.unlock_dialog import UnlockPanel
from ui.qt_translator import CatalogTranslator


def test_the_wizard_creates_a_store_and_shows_the_recovery_key_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    target = tmp_path / "Ho so.cadre"
    wizard.page(0).path.setText(str(target))
    wizard.next()
    unit_page = wizard.page(1)
    unit_page.unit_name.setText("Ban Tổ chức Tỉnh ủy")
    unit_page.unit_code.setText("BTC")
    unit_page.officer.setText("Lan")
    wizard.next()
    fields = wizard.page(2).fields
    fields.first.setText("short")
    assert not wizard.page(2).isComplete()
    assert fields.hint.text()
    fields.first.setText(PASSPHRASE)
    fields.second.setText(PASSPHRASE + "x")
    assert not wizard.page(2).isComplete()
    fields.second.setText(PASSPHRASE)
    assert wizard.page(2).isComplete()
    wizard.next()  # the commit page creates the store
    assert wizard.currentId() == 3
    key = wizard.page(3).key.text()
    assert len(key) > 20 and wizard.recovery_key == key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.page(3).written.setChecked(True)
    assert finish.isEnabled()
    assert "Ban Tổ chức Tỉnh ủy" in wizard.page(3).sheet().toPlainText()
    wizard.store.close()
    reopened = unlock(target, PASSPHRASE)
    assert reopened.unit_name == "Ban Tổ chức Tỉnh ủy"
    reopened.close()


def test_a_wrong_passphrase_says_so_and_the_right_one_unlocks(
    qtbot: QtBot, store, store_path: Path
) -> None:
    panel = UnlockPanel(store_path)
    qtbot.addWidget(panel)
    panel.passphrase.setText("not the passphrase")
    with qtbot.assertNotEmitted(panel.unlocked):
        panel.unlock_button.click()
    assert panel.message.text()
    assert "Traceback" not in panel.message.text()
    panel.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(panel.unlocked) as unlocked:
        panel.unlock_button.click()
    opened = unlocked.args[0]
    assert opened.unit_name == "Tỉnh ủy Thử Nghiệm"
    opened.close()


def test_the_recovery_key_sets_a_new_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "s.cadre"
    created, recovery_key = init_store(
        path, unit_name="Sở Nội vụ", unit_code="SNV", officer="Lan", passphrase=PASSPHRASE
    )
    created.close()
    dialog = RecoveryDialog(path)
    qtbot.addWidget(dialog)
    dialog.recovery_key.setText("AAAA-BBBB")
    dialog.fields.first.setText("một câu mật khẩu mới")
    dialog.fields.second.setText("một câu mật khẩu mới")
    dialog.try_recover()
    assert dialog.store is None and dialog.message.text()
    dialog.recovery_key.setText(recovery_key)
    dialog.try_recover()
    assert dialog.store is not None
    dialog.store.close()
    unlock(path, "một câu mật khẩu mới").close()


def test_qt_own_buttons_are_translated_from_the_catalog() -> None:
    translator = CatalogTranslator()
    assert translator.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert translator.translate("QPlatformTheme", "&Save") == "Lưu"
    assert translator.translate("QPlatformTheme", "no such text at all") == ""
