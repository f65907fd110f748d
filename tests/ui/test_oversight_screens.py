# ruff: noqa: E501
"""The Oversight and Training screens on a real store, offscreen: every table model passes
qtmodeltester; the officer filters the register, opens a matter (audited), moves it on with the
rules' report shown first, closes it with a discipline; adds a course warned at the start of a
year and assigns a planned cadre's need. Forms are filled the way the officer does, and shown
through the screens' one seam (never modally in a test)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadre_desktop.domain.model import AuditEntry, PlanningEntry
from cadre_desktop.domain.oversight_enums import Ground, MatterKind
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import gettext
from cadre_desktop.services import matters
from tests.personnel import ready_cadre
from tests.ui.helpers import type_vietnamese
from ui import main_window, prompts
from ui.dialogs.course_dialog import CourseDialog
from ui.dialogs.matter_dialogs import CloseDialog, MatterDialog, StepDialog
from ui.pages import screen_actions
from ui.pages.oversight_screen import OversightScreen
from ui.pages.training_screen import TrainingScreen

D = PartialDate.parse_vn


@pytest.fixture
def register(store: Any) -> tuple[str, str]:
    cadre_id = ready_cadre(store)
    matter_id = matters.add_matter(store, matters.MatterDraft(
        MatterKind.DENUNCIATION, "Công dân", D("20/02/2026"), "Không khai người thân ở nước ngoài",
        cadre_id=cadre_id, grounds=frozenset({Ground.ABROAD}), complainant="Trần Thị Mơ"))  # fmt: skip
    return cadre_id, matter_id


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box would wait for a click forever: record the sentences instead."""
    said: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, sentence: said.append(sentence))
    monkeypatch.setattr(prompts, "show_info", lambda _p, sentence: said.append(sentence))
    monkeypatch.setattr(prompts, "show_report", lambda _p, sentence, _lines: said.append(sentence))
    monkeypatch.setattr(prompts, "confirm", lambda _p, _q: True)
    return said


def answer(monkeypatch: pytest.MonkeyPatch, fill: Any) -> list[Any]:
    """Replace the modal seam: ``fill(dialog)`` plays the officer, then the form is accepted."""
    shown: list[Any] = []

    def run(dialog: Any) -> bool:
        shown.append(dialog)
        fill(dialog)
        return True

    monkeypatch.setattr(screen_actions, "run_dialog", run)
    return shown


def test_the_register_screen(qtbot: QtBot, qtmodeltester: Any, store: Any, register: tuple[str, str],
                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    cadre_id, matter_id = register
    screen = OversightScreen(store)
    qtbot.addWidget(screen)
    qtmodeltester.check(screen.model)
    assert screen.model.rowCount() == 1
    assert screen.model.index(0, 4).data() == gettext("(restricted)")  # no summary in lists
    screen.overdue_only.setChecked(True)  # due 22/03/2026: overdue today
    assert screen.model.rowCount() == 1
    type_vietnamese(screen.search, "không có")
    assert screen.model.rowCount() == 0
    screen.search.clear()
    screen.overdue_only.setChecked(False)
    screen.list.selectRow(0)
    assert screen.detail.detail is not None and screen.detail.detail["complainant"] == "Trần Thị Mơ"
    qtmodeltester.check(screen.detail.events)
    qtmodeltester.check(screen.detail.scans)
    with store.unit_of_work() as uow:
        opened = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "open", AuditEntry.entity == "matter")
        ).all()
        assert [e.entity_id for e in opened] == [matter_id]
    opened_dossiers: list[str] = []
    screen.open_dossier_requested.connect(opened_dossiers.append)
    screen.detail.buttons["dossier"].click()
    assert opened_dossiers == [cadre_id]

    reports: list[Any] = []
    monkeypatch.setattr(prompts, "show_report", lambda _p, sentence, lines: reports.append(lines))
    monkeypatch.setattr(prompts, "confirm", lambda _p, _q: True)

    def assign(dialog: StepDialog) -> None:
        dialog.day.setText("19/02/2026")  # before the receipt: refused before anything is written

    answer(monkeypatch, assign)
    screen.detail.buttons["step"].click()
    assert reports and any("MATTER_DATE_ORDER" in line for line in reports[-1])
    assert screen.detail.detail["status"] == "received"

    def assign_right(dialog: StepDialog) -> None:
        dialog.day.setText("25/02/2026")
        dialog.body.setText("Ủy ban Kiểm tra Tỉnh ủy")

    answer(monkeypatch, assign_right)
    screen.detail.buttons["step"].click()
    assert screen.detail.detail["status"] == "assigned"
    for day, fill in (("01/03/2026", None), ("10/03/2026", "founded")):

        def step(dialog: StepDialog, day: str = day, fill: str | None = fill) -> None:
            dialog.day.setText(day)
            if fill:
                dialog.outcome.set_value(fill)
                dialog.conclusion.setPlainText("Có vi phạm")

        answer(monkeypatch, step)
        screen.detail.buttons["step"].click()
    assert screen.detail.detail["status"] == "concluded"

    def close(dialog: CloseDialog) -> None:
        dialog.day.setText("20/03/2026")
        dialog.discipline.setChecked(True)
        dialog.form.set_value("party_khien_trach")
        dialog.start.setText("20/03/2026")
        dialog.decision.setText("30-QĐ/UBKTTU")

    answer(monkeypatch, close)
    screen.detail.buttons["close"].click()
    assert screen.detail.detail["status"] == "closed"
    with store.unit_of_work() as uow:
        [entry] = uow.session.scalars(
            select(PlanningEntry).where(PlanningEntry.cadre_id == cadre_id)
        )
        assert entry.end == D("20/03/2026")  # out of the planning at once


def test_a_new_matter_from_the_form(qtbot: QtBot, store: Any, register: tuple[str, str],
                                    monkeypatch: pytest.MonkeyPatch, _no_message_boxes: list[str]) -> None:  # fmt: skip
    screen = OversightScreen(store)
    qtbot.addWidget(screen)

    def fill(dialog: MatterDialog) -> None:
        dialog.kind.set_value(MatterKind.RECOMMENDATION.value)
        dialog.source.setText("Ủy ban MTTQ tỉnh")
        dialog.received.setText("02/03/2026")
        type_vietnamese(dialog.find, "Nguyen Van Duc")
        dialog.find_cadres()
        dialog.summary.setText("Kiến nghị xem xét việc sử dụng đất")
        dialog.grounds[Ground.ASSETS].setChecked(True)

    answer(monkeypatch, fill)
    screen.new_matter()
    assert screen.model.rowCount() == 2
    assert screen.detail.detail is not None and screen.detail.detail["kind"] == "recommendation"
    printed: list[Any] = []
    monkeypatch.setattr(
        screen_actions, "run_dialog", lambda dialog: printed.append(dialog.printed) or True
    )
    screen.print_register()
    assert printed and printed[0].pdf.startswith(b"%PDF")
    assert _no_message_boxes == []


def test_the_training_screen(qtbot: QtBot, qtmodeltester: Any, store: Any,
                             monkeypatch: pytest.MonkeyPatch, _no_message_boxes: list[str]) -> None:  # fmt: skip
    cadre_id = ready_cadre(store)  # planned, with no foreign language or IT training
    screen = TrainingScreen(store)
    qtbot.addWidget(screen)
    for model in (screen.needs, screen.courses, screen.enrollments):
        qtmodeltester.check(model)
    needs = {screen.needs.row_at(r).need.rule_id for r in range(screen.needs.rowCount())}
    assert {"TRAINING_NEED_LANGUAGE", "TRAINING_NEED_IT"} <= needs
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, question: questions.append(question) or True)

    def course(dialog: CourseDialog) -> None:
        dialog.name.setText("Tiếng Anh giao tiếp bậc 3")
        dialog.kind.set_value("language")
        dialog.level.set_value("bac_3")
        dialog.language.set_value("en")
        dialog.institution.setText("Trường Chính trị tỉnh")
        dialog.start.setText("02/01/2027")
        dialog.end.setText("30/03/2027")
        dialog.capacity.setValue(5)

    answer(monkeypatch, course)
    screen.new_course()
    assert questions and "COURSE_YEAR_START" in questions[0]  # warned before it was added
    assert screen.courses.rowCount() == 1
    qtmodeltester.check(screen.courses)
    row = next(
        r
        for r in range(screen.needs.rowCount())
        if screen.needs.row_at(r).need.rule_id == "TRAINING_NEED_LANGUAGE"
    )
    screen.need_view.selectRow(row)
    screen.assign_need()
    language = next(r for r in screen.needs.rows if r.need.rule_id == "TRAINING_NEED_LANGUAGE")
    assert language.need.course is not None and language.need.cadre_id == cadre_id
    screen.shown_course.setCurrentIndex(1)
    assert screen.enrollments.rowCount() == 1
    qtmodeltester.check(screen.enrollments)
    assert _no_message_boxes == []  # nothing went wrong on the way


def test_both_screens_open_from_the_work_menu(qtbot: QtBot, store: Any, store_path: Any) -> None:
    window = main_window.MainWindow(store, store_path)
    qtbot.addWidget(window)
    assert isinstance(window.open_screen("oversight"), OversightScreen)
    assert isinstance(window.open_screen("training"), TrainingScreen)
    window.lock()
    assert window.screen_tabs == {}
