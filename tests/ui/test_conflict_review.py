"""The Conflicts screen on a real store with real conflicts, offscreen: the officer goes through
the list per dossier with the keyboard, picks field by field (one value typed the way a
Vietnamese keyboard sends it), gives a reason and resolves; a deleted record is resolved as a
whole; the list refreshes and the screen says what changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cadre_desktop.domain.model import Cadre, Conflict, FamilyMember
from cadre_desktop.i18n import gettext
from cadre_desktop.storage.queries import load_dossier
from cadre_desktop.sync.vectors import covers as dominates
from tests.conflict_helpers import copy_dossier, record_conflict, second_store
from tests.dossiers import add_cadre
from tests.ui.helpers import type_vietnamese
from ui import main_window, prompts
from ui.pages.conflict_review import ConflictReviewScreen


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, sentence: said.append(sentence))
    monkeypatch.setattr(prompts, "show_report", lambda _p, sentence, _l: said.append(sentence))
    return said


def _edit(store: Any, cadre_id: str, change: Any) -> None:
    with store.unit_of_work(write=True) as uow:
        change(load_dossier(uow.session, cadre_id))


@pytest.fixture
def conflicted(store: Any, tmp_path: Path) -> Any:
    """Store B with two conflicts in one dossier: both edited the identity; A deleted a
    family member that B edited."""
    b = second_store(tmp_path)
    cadre_id = add_cadre(store)
    copy_dossier(store, b, cadre_id, tmp_path)
    with store.unit_of_work() as uow:
        member_id = load_dossier(uow.session, cadre_id).family[0].id

    def there(cadre: Cadre) -> None:
        cadre.other_names, cadre.phone = "Tư Hùng", "0912345678"
        cadre.family.clear()

    def here(cadre: Cadre) -> None:
        cadre.other_names, cadre.phone = "Ba Hùng", "0987654321"
        cadre.family[0].occupation = "Hưu trí"

    _edit(store, cadre_id, there)
    _edit(b, cadre_id, here)
    identity = record_conflict(b, store, Cadre, cadre_id, cadre_id)
    family = record_conflict(b, store, FamilyMember, member_id, cadre_id)
    yield b, store, cadre_id, member_id, identity, family
    b.close()


def _select_field(qtbot: QtBot, screen: ConflictReviewScreen, attr: str) -> None:
    view = screen.field_view
    view.setFocus()
    view.selectRow(0)
    while screen.selected_field().attr != attr:
        qtbot.keyClick(view, Qt.Key.Key_Down)


def test_review_and_resolve_with_the_keyboard(
    qtbot: QtBot, qtmodeltester: Any, conflicted: Any, _no_message_boxes: list[str]
) -> None:
    b, a, cadre_id, member_id, identity, family = conflicted
    screen = ConflictReviewScreen(b)
    qtbot.addWidget(screen)
    screen.show()
    qtmodeltester.check(screen.conflicts)
    qtmodeltester.check(screen.fields)
    assert screen.conflicts.rowCount() == 2
    assert [screen.conflicts.row_at(r).id for r in range(2)] == [identity, family]
    assert screen.count.text() == "2 xung đột trong 1 hồ sơ"
    headers = [screen.fields.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Mục thông tin", "Ở đây (bên này)", "Bên gửi (bên kia)",
                       "Bản chung trước đó", "Giữ"]  # fmt: skip
    # the identity conflict first: only the fields that differ, then every field
    assert screen.current.id == identity and screen.field_bar.isVisible()
    shown = [screen.fields.data(screen.fields.index(r, 0)) for r in range(screen.fields.rowCount())]
    assert shown == [gettext("Other names"), gettext("Phone")]
    assert screen.conflicts.data(screen.conflicts.index(0, 2)) == ", ".join(shown)
    qtbot.keyClick(screen.only_differing, Qt.Key.Key_Space)
    assert screen.fields.rowCount() > 20 and screen.fields.row_at(1).attr == "phone"
    assert screen.fields.data(screen.fields.index(0, 1)) == "Ba Hùng"
    assert screen.fields.data(screen.fields.index(0, 2)) == "Tư Hùng"
    assert screen.fields.data(screen.fields.index(0, 4)) == "bên này"

    # a date that does not exist is refused with one sentence, and nothing is resolved
    _select_field(qtbot, screen, "birth_date")
    qtbot.keyClick(screen.value_radio, Qt.Key.Key_Space)
    screen.value_edit.selectAll()
    type_vietnamese(screen.value_edit, "31/02/1975")
    qtbot.keyClick(screen.resolve_button, Qt.Key.Key_Space)
    assert _no_message_boxes and "31/02/1975" in _no_message_boxes[-1]
    assert screen.conflicts.rowCount() == 2
    qtbot.keyClick(screen.mine_radio, Qt.Key.Key_Space)  # back to the stored date

    _select_field(qtbot, screen, "other_names")
    qtbot.keyClick(screen.value_radio, Qt.Key.Key_Space)
    screen.value_edit.selectAll()
    type_vietnamese(screen.value_edit, "Tư Hùng, Ba Hùng")
    assert screen.fields.data(screen.fields.index(0, 4)) == "khác: Tư Hùng, Ba Hùng"
    _select_field(qtbot, screen, "phone")
    qtbot.keyClick(screen.theirs_radio, Qt.Key.Key_Space)
    type_vietnamese(screen.reason, "Đã gọi điện xác minh")
    with qtbot.waitSignal(screen.changed) as changed:
        qtbot.keyClick(screen.resolve_button, Qt.Key.Key_Space)
    assert changed.args[0].cadres == {cadre_id}
    with b.unit_of_work() as uow:
        stored = uow.session.get(Cadre, cadre_id)
        assert (stored.other_names, stored.phone) == ("Tư Hùng, Ba Hùng", "0912345678")
        assert (stored.birth_date.vn(), stored.given_name) == ("02/03/1975", "Đức")
        resolution = uow.session.get(Conflict, identity).resolution
        assert resolution["reason"] == "Đã gọi điện xác minh"
        assert resolution["choice"]["phone"] == "theirs"
    with a.unit_of_work() as uow:
        assert dominates(resolution["version"], uow.session.get(Cadre, cadre_id).version)

    # the list refreshed: the deleted family member is resolved as a whole
    assert screen.conflicts.rowCount() == 1 and screen.current.id == family
    assert not screen.field_bar.isVisible() and screen.whole_bar.isVisible()
    assert [r.text() for r in screen.whole_radios] == [
        "Giữ &nguyên bản ghi ở đây", "&Xóa, như bên kia đã xóa",
    ]  # fmt: skip
    assert not screen.resolve_button.isEnabled()  # nothing chosen yet
    qtbot.keyClick(screen.only_differing, Qt.Key.Key_Space)  # back to the fields that differ
    rows = [screen.fields.row_at(r) for r in range(screen.fields.rowCount())]
    assert {"relation", "full_name", "occupation"} <= {f.attr for f in rows}
    assert "home_town" not in {f.attr for f in rows}  # empty on both sides
    assert screen.fields.data(screen.fields.index(0, 4)) == ""  # no choice per field here
    qtbot.keyClick(screen.whole_radios[1], Qt.Key.Key_Space)
    assert screen.resolve_button.isEnabled()
    with qtbot.waitSignal(screen.changed):
        qtbot.keyClick(screen.resolve_button, Qt.Key.Key_Space)
    with b.unit_of_work() as uow:
        assert uow.session.get(FamilyMember, member_id) is None
    assert screen.conflicts.rowCount() == 0 and screen.count.text() == gettext("No open conflicts.")
    assert not screen.resolve_button.isEnabled()


def test_the_work_menu_opens_the_screen(qtbot: QtBot, conflicted: Any) -> None:
    b = conflicted[0]
    window = main_window.MainWindow(b)
    qtbot.addWidget(window)
    screen = window.open_screen("conflicts")
    assert isinstance(screen, ConflictReviewScreen)
    assert window.tabs.tabText(window.tabs.indexOf(screen)) == "Xung đột"
    assert screen.conflicts.rowCount() == 2
