"""The evaluation and asset pages of a dossier, driven as an officer does, on a real store."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.model import AuditEntry
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import gettext
from cadre_desktop.rules.rating_procedure import MANIFESTATION_CODES
from cadre_desktop.services.declarations import (
    add_declaration,
    complete_declaration,
    list_declarations,
)
from cadre_desktop.services.evaluation_view import evaluations_of
from cadre_desktop.services.evaluations import Decision, finalise_evaluation, record_evaluation
from tests.db.test_declarations import HOUSE, RECEIVED, declaration, savings
from tests.db.test_evaluations import DECISION, sheet
from tests.dossiers import add_cadre
from ui import prompts
from ui.dialogs import yearly_dialogs
from ui.pages.assets_page import AssetsPage
from ui.pages.evaluation_page import EvaluationPage
from ui.table_models.change_table_model import DIRECTION_ROLE, INCREASE
from ui.widgets.catalog_combo import CatalogCombo

GROUP = "Giám đốc sở"


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every prompt and dialog is answered from this dict, and what was shown is kept."""
    given: dict[str, Any] = {"reports": [], "errors": [], "infos": []}
    monkeypatch.setattr(
        prompts, "show_report", lambda _p, s, lines: given["reports"].append([s, *lines])
    )
    monkeypatch.setattr(prompts, "show_error", lambda _p, s: given["errors"].append(s))
    monkeypatch.setattr(prompts, "show_info", lambda _p, s: given["infos"].append(s))
    monkeypatch.setattr(prompts, "confirm", lambda _p, _q: True)
    monkeypatch.setattr(yearly_dialogs, "ask_decision", lambda _p, _by: given["decision"])
    monkeypatch.setattr(yearly_dialogs, "ask_rerating", lambda _p, _by: given["rerating"])
    monkeypatch.setattr(yearly_dialogs, "ask_receipt", lambda _p, _by: given["receipt"])
    monkeypatch.setattr(yearly_dialogs, "ask_complaint", lambda _p: given["complaint"])
    return given


def evaluation_page(qtbot: QtBot, store: Any, cadre_id: str) -> EvaluationPage:
    page = EvaluationPage(store, cadre_id)
    qtbot.addWidget(page)
    page.year.setValue(2025)
    return page


def type_into(qtbot: QtBot, page: EvaluationPage, key: str, text: str) -> None:
    editor = page.form.editor(key)
    editor.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, text)


def choose(page: EvaluationPage, key: str, value: str) -> None:
    combo = page.form.editor(key)
    assert isinstance(combo, CatalogCombo)
    combo.set_value(value)
    combo.activated.emit(combo.currentIndex())  # as a click on the choice does


def fill_sheet(qtbot: QtBot, page: EvaluationPage, tasks: str) -> None:
    type_into(qtbot, page, "score_general", "30")
    type_into(qtbot, page, "score_tasks", tasks)
    for key, count in (("tasks_total", "10"), ("tasks_done", "10"), ("tasks_exceeding", "3")):
        type_into(qtbot, page, key, count)
    type_into(qtbot, page, "tasks_late", "0")
    page.form.editor("commitment_signed").setChecked(True)  # type: ignore[attr-defined]
    page.form.checklist.mark_rest_none()


def test_a_rating_is_recorded_through_the_page_with_the_report_live_at_90_points(
    qtbot: QtBot, store: Any, answers: dict[str, Any]
) -> None:
    cadre = add_cadre(store)
    page = evaluation_page(qtbot, store, cadre)
    fill_sheet(qtbot, page, "59,5")
    choose(page, "rating", "excellent")
    qtbot.waitUntil(lambda: "RATING_ABOVE_CRITERIA" in page.preview.report.ids())
    band = gettext("Band of the score") + ": " + gettext("Completed tasks well")
    assert band in page.report.lines and page.preview.score is not None
    assert str(page.preview.score) == "89.5" and not page.preview.can_finalise
    type_into(qtbot, page, "score_tasks", "60")
    qtbot.waitUntil(lambda: page.preview.by_score is Rating.EXCELLENT)
    assert page.preview.report.ids() == [] and page.preview.can_finalise
    assert page.save()
    (record,) = evaluations_of(store, cadre)
    assert record["status"] == "draft" and record["form"]["score_tasks"] == "60"
    assert record["form"]["rating"] == "excellent" and len(record["form"]["checks"]) == 27
    assert [r["venue"] for r in record["form"]["reviews"]] == [
        "party_cell",
        "leadership_collective",
    ]
    assert page.list_model.rowCount() == 1 and page.save_button.isEnabled()


def test_finalise_is_blocked_by_the_quota_and_a_rerating_keeps_both(
    qtbot: QtBot, store: Any, answers: dict[str, Any]
) -> None:
    good = [add_cadre(store, given=f"Tốt{i}", id_number=f"00107512{i:04d}") for i in range(4)]
    for cadre_id in good:
        draft = record_evaluation(store, sheet(cadre_id, "50", "good", comparable_group=GROUP))
        assert draft.evaluation_id is not None
        finalise_evaluation(store, draft.evaluation_id, DECISION)
    star = add_cadre(store, given="Giỏi", id_number="001075990001")
    record_evaluation(store, sheet(star, "65", "excellent", comparable_group=GROUP))
    page = evaluation_page(qtbot, store, star)
    assert "RATING_QUOTA_EXCEEDED" in page.preview.report.ids()  # 1 of 4 good: over 20 %
    answers["decision"] = DECISION
    page.finalise()
    sentence, reason = answers["reports"][-1]
    assert sentence == gettext("The rating cannot be finalised: a rule blocks it.")
    assert '"Giám đốc sở"' in reason and "1" in reason
    assert evaluations_of(store, star)[0]["status"] == "draft"
    fifth = add_cadre(store, given="Tốt5", id_number="001075120005")
    last = record_evaluation(store, sheet(fifth, "50", "good", comparable_group=GROUP))
    assert last.evaluation_id is not None
    finalise_evaluation(store, last.evaluation_id, DECISION)  # 1 of 5 good: exactly 20 %
    page.reload()
    assert page.preview.can_finalise
    page.finalise()
    assert evaluations_of(store, star)[0]["status"] == "final"
    assert not page.form.forms[0].isEnabled() and page.form.checklist.read_only
    assert page.rerate_button.isEnabled() and not page.finalise_button.isEnabled()
    later = Decision(rated_by="Ban Thường vụ Tỉnh ủy", rated_on=PartialDate(2026, 3, 10))
    answers["rerating"] = (Rating.GOOD, "Kết luận kiểm tra năm 2026", later)
    page.rerate()
    records = evaluations_of(store, star)
    assert [(r["revision"], r["form"]["rating"], r["standing"]) for r in records] == [
        (1, "good", True),
        (0, "excellent", False),
    ]
    assert records[0]["rerating_reason"] == "Kết luận kiểm tra năm 2026"
    assert page.list_model.rowCount() == 2
    faded = page.list_model.index(1, 0).data(Qt.ItemDataRole.FontRole)
    assert faded is not None and faded.italic()
    answers["complaint"] = {
        "lodged_on": PartialDate(2026, 3, 20),
        "content": "Đề nghị xem xét lại",
        "resolution": None,
        "resolved_on": None,
    }
    page.add_complaint()
    assert "Đề nghị xem xét lại" in page.form.decision.text()
    assert "Kết luận kiểm tra năm 2026" in page.form.decision.text()


def test_the_official_wording_loaded_from_the_page_replaces_the_unofficial_labels(
    qtbot: QtBot, store: Any, answers: dict[str, Any], tmp_path: Path, monkeypatch: Any
) -> None:
    page = evaluation_page(qtbot, store, add_cadre(store))
    header = page.form.checklist.headerData(1, Qt.Orientation.Horizontal)
    assert gettext("unofficial") in header
    source = tmp_path / "27.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "text"])
        writer.writerows([(c, f"Văn bản chính thức {c}") for c in MANIFESTATION_CODES])
    monkeypatch.setattr(prompts, "ask_open_files", lambda _p, _t, _f: [source])
    monkeypatch.setattr(prompts, "ask_text", lambda _p, _t, _l, text="": text)
    page.load_wording()
    assert answers["infos"] and answers["errors"] == []
    model = page.form.checklist
    assert gettext("unofficial") not in model.headerData(1, Qt.Orientation.Horizontal)
    assert model.index(4, 1).data() == "Văn bản chính thức 1.5"


def declarations_store(store: Any) -> str:
    cadre = add_cadre(store)
    first = add_declaration(store, declaration(cadre, 2024, [HOUSE, savings(100_000_000)]))
    complete_declaration(store, first.declaration_id, **RECEIVED)
    change = {"category": "5", "direction": "increase", "value_vnd": 300_000_000}
    grown = [HOUSE, savings(400_000_000)]
    add_declaration(store, declaration(cadre, 2025, grown, changes=[change]))
    return cadre


def audited(store: Any, entity: str) -> int:
    with store.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "open", AuditEntry.entity == entity)
        )
        return len(list(rows))


def test_declarations_show_nothing_until_opened_and_each_opening_is_audited(
    qtbot: QtBot, store: Any, answers: dict[str, Any]
) -> None:
    cadre = declarations_store(store)
    page = AssetsPage(store, cadre)
    qtbot.addWidget(page)
    page.show()
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert page.findChildren(QTableView) == [] and "400" not in texts and "2025" not in texts
    assert audited(store, "asset_declarations") == 0 and audited(store, "asset_declaration") == 0
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.is_open and page.list_model.rowCount() == 2
    assert audited(store, "asset_declarations") == 1 and audited(store, "asset_declaration") == 1
    page.show_declaration(page.list_model.records[0]["id"])
    assert audited(store, "asset_declaration") == 2
    page.close_declarations()
    assert not page.is_open and page.findChildren(QTableView) == []
    page.open_declarations()
    assert audited(store, "asset_declarations") == 2


def test_the_comparison_highlights_an_increase(
    qtbot: QtBot, store: Any, answers: dict[str, Any]
) -> None:
    page = AssetsPage(store, declarations_store(store))
    qtbot.addWidget(page)
    page.open_declarations()
    model = page.form.comparison
    rows = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    money, house = rows["Tiền gửi"], rows["Nhà ở"]
    assert model.index(money, 4).data() == "+300.000.000"
    assert model.index(money, 0).data(DIRECTION_ROLE) == "increase"
    assert model.index(money, 2).data(Qt.ItemDataRole.BackgroundRole).color() == INCREASE
    assert model.index(house, 0).data(DIRECTION_ROLE) is None
    assert model.index(house, 2).data(Qt.ItemDataRole.BackgroundRole) is None


def test_an_unexplained_increase_of_300_million_blocks_completion_from_the_page(
    qtbot: QtBot, store: Any, answers: dict[str, Any]
) -> None:
    cadre = declarations_store(store)
    page = AssetsPage(store, cadre)
    qtbot.addWidget(page)
    page.open_declarations()
    answers["receipt"] = ("Ủy ban Kiểm tra Tỉnh ủy", PartialDate(2025, 12, 20))
    page.complete()
    refusal = " ".join(answers["reports"][-1])
    assert "300.000.000" in refusal
    assert gettext("flagged: an increase is not explained") in " ".join(page.report.lines)
    assert [d["status"] for d in list_declarations(store, cadre)] == ["completed", "draft"]
    changes = page.form.changes
    column = next(i for i, s in enumerate(changes.specs) if s.json_key == "explanation")
    changes.setData(changes.index(0, column), "Tiền lương, thưởng tích lũy; bán xe ô tô")
    page.judge()
    assert not page.preview.report.blocked
    page.complete()
    assert [d["status"] for d in list_declarations(store, cadre)] == ["completed", "completed"]
    assert not page.complete_button.isEnabled()


def test_a_new_declaration_starts_from_the_previous_one_and_is_saved_as_a_draft(
    qtbot: QtBot, store: Any, answers: dict[str, Any]
) -> None:
    cadre = declarations_store(store)
    page = AssetsPage(store, cadre)
    qtbot.addWidget(page)
    page.open_declarations()
    page.kind.setCurrentIndex(page.kind.findData("personnel"))
    page.new_declaration()
    money = page.form.groups["5"]
    assert money.rowCount() == 1 and money.row_at(0).values["value_vnd"] == 100_000_000
    column = next(i for i, s in enumerate(money.specs) if s.json_key == "value_vnd")
    money.setData(money.index(0, column), "150.000.000")
    assert money.row_at(0).values["value_vnd"] == 150_000_000
    page.judge()
    assert "DECLARATION_APPOINTMENT_DATE_MISSING" in page.preview.report.ids()
    assert page.save()
    kinds = [d["kind"] for d in list_declarations(store, cadre)]
    assert kinds.count("personnel") == 1


def test_the_yearly_models_pass_qtmodeltester(
    qtbot: QtBot, qtmodeltester: Any, store: Any, answers: dict[str, Any]
) -> None:
    cadre = declarations_store(store)
    record_evaluation(store, sheet(cadre, "50", "good"))
    evaluation = evaluation_page(qtbot, store, cadre)
    assets = AssetsPage(store, cadre)
    qtbot.addWidget(assets)
    assets.open_declarations()
    for model in (
        evaluation.form.checklist,
        evaluation.form.reviews,
        evaluation.list_model,
        assets.list_model,
        assets.form.comparison,
        assets.form.people,
        assets.form.groups["5"],
    ):
        qtmodeltester.check(model)


def test_the_decision_dialog_asks_for_the_rating_the_reason_and_a_real_date(qtbot: QtBot) -> None:
    dialog = yearly_dialogs.DecisionDialog(None, "Re-rate", "Ban Thường vụ Tỉnh ủy", rerate=True)
    qtbot.addWidget(dialog)
    with pytest.raises(ValueError):
        dialog.check()  # no new rating
    dialog.rating.set_value("good")
    with pytest.raises(ValueError):
        dialog.check()  # no reason
    dialog.reason.setPlainText("Kết luận kiểm tra")
    dialog.rated_on.setText("31/02/2026")
    with pytest.raises(ValueError):
        dialog.check()
    dialog.rated_on.setText("10/03/2026")
    rating, reason, decision = dialog.check()
    assert (rating, reason) == (Rating.GOOD, "Kết luận kiểm tra")
    assert decision.rated_on == PartialDate(2026, 3, 10) and decision.disclosed_on is None
    receipt = yearly_dialogs.ReceiptDialog(None, "Ủy ban Kiểm tra Tỉnh ủy")
    qtbot.addWidget(receipt)
    receipt.received_on.setText("20/12/2025")
    assert receipt.check() == ("Ủy ban Kiểm tra Tỉnh ủy", PartialDate(2025, 12, 20))


def test_both_pages_print_the_record_shown_in_the_preview(
    qtbot: QtBot, store: Any, answers: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from pypdf import PdfReader

    shown: list[Any] = []
    monkeypatch.setattr(prompts, "exec_dialog", lambda dialog: shown.append(dialog) or False)
    cadre = declarations_store(store)
    record_evaluation(store, sheet(cadre, "50", "good"))
    evaluation = evaluation_page(qtbot, store, cadre)
    evaluation.print_form()
    assets = AssetsPage(store, cadre)
    qtbot.addWidget(assets)
    assets.open_declarations()
    assets.print_form()
    texts = [
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(d.printed.pdf)).pages)
        for d in shown
    ]
    assert len(texts) == 2 and all("Nguyễn Văn Đức" in t for t in texts)
    assert "KIỂM ĐIỂM" in texts[0].upper() and "TÀI SẢN" in texts[1].upper()
    for dialog in shown:
        dialog.deleteLater()
