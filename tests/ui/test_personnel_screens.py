"""The proposal, rotation, alerts and rules screens on a real store built with the personnel
helpers: ballots and a decision recorded through the screen, refusals that write nothing,
the alerts of demo-like cases, an audited edit of a provincial rule parameter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cadre_desktop.domain.personnel import ProposalStatus
from cadre_desktop.services import proposal_view, proposals
from cadre_desktop.storage.queries import load_dossier
from tests.personnel import complete_dossier, draft, ready_cadre
from ui import prompts
from ui.dialogs.action_dialog import ActionDialog
from ui.dialogs.decision_dialog import DecisionDialog
from ui.dialogs.proposal_dialogs import BallotDialog
from ui.pages.proposal_screen import ProposalScreen
from ui.table_models.proposal_table_models import (
    OpinionTableModel,
    ProposalTableModel,
    StepTableModel,
)

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
            who, box, _share = dialog.votes.add(name)
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
    shown = proposal_view.show_proposal(store, proposal_id)
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
