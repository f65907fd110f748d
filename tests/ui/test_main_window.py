from pytestqt.qtbot import QtBot

from tests.dossiers import add_cadre
from ui.main_window import MainWindow


def test_the_window_names_the_store_and_finds_a_cadre(qtbot: QtBot, store) -> None:
    add_cadre(store, family="Nguyễn", middle="Văn", given="Đức")
    add_cadre(
        store,
        family="Trần",
        middle="Thị",
        given="Hoa",
        id_number="001175123456",
        sex=__import__("cadre_desktop.domain.enums", fromlist=["Sex"]).Sex.FEMALE,
    )
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert "Tỉnh ủy Thử Nghiệm" in window.windowTitle()
    assert window.results.count() == 2
    window.search_box.setText("nguyen van duc")
    assert window.results.count() == 1
    assert window.results.item(0).text().startswith("Nguyễn Văn Đức")
