"""The proposal, rotation, alerts and rules screens on a real store built with the personnel
helpers: ballots and a decision recorded through the screen, refusals that write nothing,
the alerts of demo-like cases, an audited edit of a provincial rule parameter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cadre_desktop.domain.enums import FamilySide, UnitKind, UnitLevel
from cadre_desktop.domain.model import AuditEntry, FamilyMember, Posting, Unit
from cadre_desktop.domain.personnel import ProposalStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.services import alerts, locality, proposal_view, proposals, rules_overview
from cadre_desktop.storage.queries import load_dossier
from tests.dossiers import add_cadre, root_unit
from tests.personnel import complete_dossier, draft, ready_cadre
from ui import prompts
from ui.dialogs.action_dialog import ActionDialog
from ui.dialogs.decision_dialog import DecisionDialog
from ui.dialogs.proposal_dialogs import BallotDialog
from ui.dialogs.rule_parameter_dialog import RuleParameterDialog
from ui.pages.alerts_screen import AlertsScreen
from ui.pages.proposal_screen import ProposalScreen
from ui.pages.rules_screen import RulesScreen
from ui.table_models.alert_table_model import (
    AlertGroupTableModel,
    AlertTableModel,
    group_alerts,
)
from ui.table_models.proposal_table_models import (
    OpinionTableModel,
    ProposalTableModel,
    StepTableModel,
)
from ui.table_models.rule_table_models import ParameterTableModel, RuleTableModel

Fill = Callable[[Any], None]


def answering(monkeypatch: pytest.MonkeyPatch, fill: Fill) -> list[str]:
    """Fill each dialog the screen opens and confirm it; returns the rules' text shown."""
    seen: list[str] = []

    def answer(dialog: ActionDialog) -> bool:
        fill(dialog)
        dialog.recheck()
        seen.append(dialog.report_view.plain_text())
        dialog.confirm()
        return dialog.result() == ActionDialog.DialogCode.Accepted

    monkeypatch.setattr(prompts, "exec_dialog", answer)
    return seen


def ballot(number: int, invited: int, present: int, votes: dict[str, int]) -> Fill:
    def fill(dialog: BallotDialog) -> None:
        dialog.number.setValue(number)
        dialog.day.setText(f"0{number}/02/2026")
        dialog.invited.setValue(invited)
        dialog.present.setValue(present)
        dialog.with_votes.setChecked(bool(votes))
        first, *others = list(votes.items()) or [("", 0)]
        dialog.votes.rows[0][1].setValue(first[1])
        for name, count in others:
            _who, box, _share = dialog.votes.add(name)
            box.setValue(count)

    return fill


@pytest.fixture
def proposal(store: Any) -> tuple[str, str]:
    cadre_id = ready_cadre(store)
    proposal_id = proposals.propose(store, draft(cadre_id))
    complete_dossier(store, proposal_id)
    return cadre_id, proposal_id


def test_ballots_and_the_decision_are_recorded_through_the_screen(
    qtbot: QtBot, store: Any, proposal: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cadre_id, proposal_id = proposal
    screen = ProposalScreen(store)
    qtbot.addWidget(screen)
    assert screen.current_id() == proposal_id
    answering(monkeypatch, ballot(1, 9, 9, {}))
    screen.detail.ballot_button.click()
    for number in (2, 3, 4, 5):
        answering(monkeypatch, ballot(number, 9, 9, {"the proposed cadre": 7, "Trần Văn Hải": 2}))
        screen.detail.ballot_button.click()
    shown = proposal_view.show_proposal(store, proposal_id)
    assert [s["step"] for s in shown["steps"]] == [1, 2, 3, 4, 5]
    assert shown["steps"][1]["votes"] == {"Nguyễn Văn Đức": 7, "Trần Văn Hải": 2}
    assert screen.detail.steps.rowCount() == 5
    assert "7/9 (78 %)" in screen.detail.steps.index(1, 5).data()

    def sign(dialog: DecisionDialog) -> None:
        dialog.number.setText("68/QĐ-UBND")
        dialog.signed.setText("12/03/2026")
        dialog.signer.setText("Chủ tịch UBND tỉnh")
        dialog.body.setText("UBND tỉnh Hòa Sơn")

    seen = answering(monkeypatch, sign)
    screen.decide_button.click()
    assert "⛔" not in seen[0]  # the report was shown before confirming, nothing blocks
    assert proposal_view.show_proposal(store, proposal_id)["status"] == ProposalStatus.DECIDED
    with store.unit_of_work() as uow:
        post = [p for p in load_dossier(uow.session, cadre_id).postings if p.end is None]
        assert [p.title_code for p in post] == ["giam_doc_so"]
    assert not screen.decide_button.isEnabled()


def test_a_step_without_quorum_is_refused_with_its_rule_and_nothing_is_written(
    qtbot: QtBot, store: Any, proposal: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _cadre_id, proposal_id = proposal
    screen = ProposalScreen(store)
    qtbot.addWidget(screen)
    reports: list[list[str]] = []
    monkeypatch.setattr(prompts, "show_report", lambda _p, _s, lines: reports.append(lines))
    seen = answering(monkeypatch, ballot(1, 9, 5, {}))
    screen.detail.ballot_button.click()
    assert "MEETING_QUORUM" in seen[0] and "NĐ 170/2025/NĐ-CP Đ33" in seen[0]
    assert any("MEETING_QUORUM" in line for line in reports[0])
    assert proposal_view.show_proposal(store, proposal_id)["steps"] == []


def test_the_proposal_models(qtmodeltester: Any, store: Any, proposal: tuple[str, str]) -> None:
    _cadre_id, proposal_id = proposal
    proposal_view.show_proposal(store, proposal_id)
    shown_steps = [{"step": 2, "date": "02/02/2026", "invited": 9, "present": 9,
                    "votes": {"A": 7, "B": 2}, "procedure": "local"}]  # fmt: skip
    opinion = [{"group": "provincial_departments", "unit": "Sở Tài chính", "date": "02/04/2026",
                "invited": 12, "present": 9, "agree": 8, "criteria": ""}]  # fmt: skip
    for model, rows in (
        (ProposalTableModel(lambda c: c or ""), proposal_view.list_proposals(store)),
        (StepTableModel(), shown_steps),
        (OpinionTableModel(lambda c: c or ""), opinion),
    ):
        model.set_rows(rows)
        qtmodeltester.check(model)


# -- alerts ---------------------------------------------------------------------------------


def _demo_like_cases(store: Any) -> dict[str, str]:
    """A planned cadre whose conclusion went stale, a director whose term ends within 90 days,
    and a local provincial Party secretary (as the demo generator makes them)."""
    stale = ready_cadre(store)
    with store.unit_of_work(write=True) as uow:
        cadre = load_dossier(uow.session, stale)
        cadre.family.append(
            FamilyMember(side=FamilySide.OWN, relation="em_ruot", full_name="Nguyễn Thị Mới")
        )
    director = add_cadre(store, given="Hùng")
    with store.unit_of_work(write=True) as uow:
        so = Unit(code="SO.X", name="Sở Xây dựng", kind=UnitKind.STATE, level=UnitLevel.PROVINCE,
                  parent_id=root_unit(uow).id)  # fmt: skip
        uow.session.add(so)
        uow.session.flush()
        cadre = load_dossier(uow.session, director)
        cadre.postings[0].end = PartialDate(2021, 6, 1)
        cadre.postings.append(Posting(start=PartialDate(2021, 6, 1), title_code="giam_doc_so",
                                      unit_id=so.id))  # fmt: skip
    secretary = add_cadre(store, given="Sơn", home_town_unit="P02")
    locality.set_locality(store, "TU", "P08.2025")
    with store.unit_of_work(write=True) as uow:
        cadre = load_dossier(uow.session, secretary)
        cadre.postings[0].end = PartialDate(2025, 10, 1)
        cadre.postings.append(Posting(start=PartialDate(2025, 10, 1), title_code="bi_thu_tinh_uy",
                                      unit_id=root_unit(uow).id))  # fmt: skip
    return {"POLITICAL_STANDARD_STALE": stale, "TERM_ENDING": director,
            "LOCAL_PROVINCIAL_SECRETARY": secretary}  # fmt: skip


def test_the_alerts_screen_lists_the_demo_like_cases_grouped_and_opens_the_cadre(
    qtbot: QtBot, store: Any
) -> None:
    cases = _demo_like_cases(store)
    screen = AlertsScreen(store, today=dt.date(2026, 3, 15))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: not screen.running, timeout=20000)
    groups = {screen.groups.record(r).rule_id: screen.groups.record(r)
              for r in range(screen.groups.rowCount())}  # fmt: skip
    for rule, cadre_id in cases.items():
        assert cadre_id in {a.cadre_id for a in groups[rule].alerts}, rule
    first = screen.groups.record(0)
    assert first is not None and first.severity.value == "block"  # blocking groups first
    row = [screen.groups.record(r).rule_id for r in range(screen.groups.rowCount())].index(
        "TERM_ENDING"
    )
    screen.group_view.selectRow(row)
    found = screen.alerts.index(0, 1).data()
    assert "01/06/2026" in found and "Giám đốc Sở" in found  # codes shown by name
    opened: list[str] = []
    screen.open_dossier_requested.connect(opened.append)
    screen.open_button.click()
    assert opened == [cases["TERM_ENDING"]]


def test_the_alert_models(qtmodeltester: Any, store: Any) -> None:
    _demo_like_cases(store)
    found = alerts.alerts(store, dt.date(2026, 3, 15))
    groups = group_alerts(found)
    for model, rows in ((AlertGroupTableModel(), groups), (AlertTableModel(str), found)):
        model.set_rows(rows)
        qtmodeltester.check(model)


# -- rules ----------------------------------------------------------------------------------


def test_a_provincial_parameter_edited_through_the_rules_screen_is_audited(
    qtbot: QtBot, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = RulesScreen(store)
    qtbot.addWidget(screen)
    rules = [screen.rules.record(r) for r in range(screen.rules.rowCount())]
    ids = [r.rule_id for r in rules]
    assert rules[ids.index("PLANNING_THEORY_LEVEL")].marked  # [R] drives a blocking rule
    assert rules[ids.index("POLITICAL_STANDARD_CEILING")].marked  # title ranks are [R]
    assert not rules[ids.index("MEETING_QUORUM")].marked
    screen.rule_view.selectRow(ids.index("MEETING_QUORUM"))
    assert not screen.edit_button.isEnabled()  # central: not editable
    screen.rule_view.selectRow(ids.index("PLANNING_LOWER_POST_SHARE"))
    assert screen.rule_parameters.record(0).id == "plan_lower_post_provincial"
    assert screen.edit_button.isEnabled()

    def fill(dialog: RuleParameterDialog) -> None:
        dialog.value.setText("3/4")
        dialog.reason.setText("Nghị quyết 12-NQ/TU ngày 02/01/2027")

    answering(monkeypatch, fill)
    screen.edit_button.click()
    assert screen.rule_parameters.record(0).text == "3/4"
    with store.unit_of_work() as uow:
        [entry] = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "edit_rule")
        ).all()
        assert entry.entity_id == "plan_lower_post_provincial"
        assert entry.changes == {"value": ["2/3", "3/4"]}
        assert entry.reason == "Nghị quyết 12-NQ/TU ngày 02/01/2027"


def test_a_parameter_edit_without_a_reason_writes_nothing(
    qtbot: QtBot, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    [parameter] = [p for p in rules_overview.all_parameters(store)
                   if p.id == "plan_lower_post_provincial"]  # fmt: skip
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, sentence: errors.append(sentence))
    dialog = RuleParameterDialog(None, store, parameter)
    qtbot.addWidget(dialog)
    dialog.value.setText("3/4")
    dialog.confirm()
    assert errors and not dialog.closed
    assert [p.text for p in rules_overview.all_parameters(store)
            if p.id == "plan_lower_post_provincial"] == ["2/3"]  # fmt: skip


def test_the_rule_models(qtmodeltester: Any, store: Any) -> None:
    rows = rules_overview.rules_overview(store, dt.date(2026, 3, 15))
    rule_model = RuleTableModel()
    rule_model.set_rows(rows)
    qtmodeltester.check(rule_model)
    parameter_model = ParameterTableModel(dt.date(2026, 3, 15))
    parameter_model.set_rows(rules_overview.all_parameters(store))
    qtmodeltester.check(parameter_model)


def test_the_proposal_summary_prints_from_the_screen(
    qtbot: QtBot, store: Any, proposal: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from pypdf import PdfReader

    from ui.dialogs.print_preview_dialog import PrintPreviewDialog

    shown: list[bytes] = []

    def preview(dialog: PrintPreviewDialog) -> bool:
        assert dialog.printed is not None
        shown.append(dialog.printed.pdf)
        return False

    monkeypatch.setattr(prompts, "exec_dialog", preview)
    screen = ProposalScreen(store)
    qtbot.addWidget(screen)
    screen.print_button.click()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(shown[0])).pages)
    assert "Nguyễn Văn Đức" in text
