"""The dossier's political-standard page on a real store: staleness named, conclusions added
through the dialog with the CLI's validation, refusals writing nothing."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cadre_desktop.domain.enums import ClearanceResult, FamilySide
from cadre_desktop.domain.model import FamilyMember
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import gettext
from cadre_desktop.services import clearances
from cadre_desktop.storage.queries import load_dossier
from tests.dossiers import add_cadre
from tests.personnel import CLEARANCE
from ui import prompts
from ui.dialogs.clearance_dialog import ClearanceDialog
from ui.pages.clearance_page import ClearancePage
from ui.table_models.clearance_table_model import ClearanceTableModel


def _add_relative(store: Any, cadre_id: str, name: str) -> None:
    with store.unit_of_work(write=True) as uow:
        cadre = load_dossier(uow.session, cadre_id)
        cadre.family.append(
            FamilyMember(side=FamilySide.OWN, relation="em_ruot", full_name=name,
                         birth_year=PartialDate(1980), abroad=True)
        )  # fmt: skip


def test_the_page_names_the_change_that_made_the_conclusion_stale(qtbot: QtBot, store: Any) -> None:
    cadre_id = add_cadre(store)
    clearances.record_clearance(store, cadre_id, CLEARANCE)
    _add_relative(store, cadre_id, "Nguyễn Thị Mới")
    page = ClearancePage(store, cadre_id)
    qtbot.addWidget(page)
    banner = page.banner.text()
    assert "5-KL/BTVTU" in banner and "Nguyễn Thị Mới" in banner
    assert gettext("{what} added").format(what=gettext("family relation")) in banner
    assert page.model.rowCount() == 2  # the dossier's older one is replaced
    assert page.model.index(0, 5).data() == gettext("Stale: conclude again")
    assert page.model.index(1, 5).data() == gettext("Replaced")


def _fill(
    dialog: ClearanceDialog, number: str, result: ClearanceResult, ceiling: str | None
) -> None:
    dialog.number.setText(number)
    dialog.date.setText("20/03/2026")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(result.value))
    if ceiling:
        dialog.ceiling.set_value(ceiling)
    dialog.verified["family"].setChecked(True)


def test_a_new_conclusion_through_the_dialog_makes_it_valid_again(
    qtbot: QtBot, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    cadre_id = add_cadre(store)
    clearances.record_clearance(store, cadre_id, CLEARANCE)
    _add_relative(store, cadre_id, "Nguyễn Thị Mới")
    page = ClearancePage(store, cadre_id)
    qtbot.addWidget(page)

    def answer(dialog: ClearanceDialog) -> bool:
        _fill(dialog, "22-KL/BTVTU", ClearanceResult.MEETS_WITH_CEILING, "giam_doc_so")
        dialog.confirm()
        return dialog.result() == ClearanceDialog.DialogCode.Accepted

    monkeypatch.setattr(prompts, "exec_dialog", answer)
    page.add_button.click()
    assert page.model.rowCount() == 3
    assert "22-KL/BTVTU" in page.banner.text() and "Nguyễn Thị Mới" not in page.banner.text()
    [latest] = [r for r in clearances.list_clearances(store, cadre_id) if r["in_force"]]
    assert (latest["ceiling"], latest["verified"]) == ("giam_doc_so", ["family"])


def test_a_ceiling_without_the_post_is_refused_and_nothing_written(
    qtbot: QtBot, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    cadre_id = add_cadre(store)
    before = clearances.list_clearances(store, cadre_id)
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, sentence: errors.append(sentence))
    dialog = ClearanceDialog(None, store, cadre_id, "Nguyễn Văn Đức")
    qtbot.addWidget(dialog)
    _fill(dialog, "23-KL/BTVTU", ClearanceResult.MEETS_WITH_CEILING, None)
    dialog.recheck()
    expected = gettext("A conclusion with a ceiling needs the highest post allowed.")
    assert expected in dialog.report_view.plain_text()
    dialog.confirm()
    assert errors == [expected]
    assert clearances.list_clearances(store, cadre_id) == before


def test_the_clearance_model(qtmodeltester: Any, store: Any) -> None:
    cadre_id = add_cadre(store)
    clearances.record_clearance(store, cadre_id, CLEARANCE)
    model = ClearanceTableModel(lambda code: code or "")
    model.set_rows(clearances.list_clearances(store, cadre_id))
    qtmodeltester.check(model)
