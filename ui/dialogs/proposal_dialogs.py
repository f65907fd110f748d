"""The proposal forms: start a proposal, record a step with its ballot, record a named unit's
opinion. Each shows what the rules say before the officer confirms."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.personnel import ProposalKind, ProposalSource
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.services import proposal_steps, proposals
from cadre_desktop.services.personnel_words import ballot_steps, step_name
from cadre_desktop.services.proposal_steps import StepDraft, StepOutcome, VoteDraft
from cadre_desktop.services.proposals import OpinionDraft, ProposalDraft
from cadre_desktop.services.rule_params import opinion_groups
from cadre_desktop.services.stores import Store
from ui.dialogs.action_dialog import (
    ActionDialog,
    chosen_code,
    optional_code,
    required,
    required_date,
    text,
)
from ui.dialogs.clearance_dialog import enum_combo
from ui.table_models.record_table_model import percent
from ui.widgets.catalog_combo import CatalogCombo
from ui.widgets.partial_date_edit import PartialDateEdit
from ui.widgets.title_choices import title_model, unit_model


def count_box(value: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 100000)
    box.setValue(value)
    return box


class NewProposalDialog(ActionDialog):
    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent, store, _("New personnel proposal"), _("Start the proposal"))
        self.add_cadre_picker()
        self.kind = enum_combo([k.value for k in ProposalKind])
        self.source = enum_combo([s.value for s in ProposalSource])
        self.title = CatalogCombo(title_model(store))
        self.unit = CatalogCombo(unit_model(store))
        self.expected = PartialDateEdit()
        self.seats = count_box(1)
        self.seats.setMinimum(1)
        self.special = QLineEdit()
        self.special.setPlaceholderText(
            _("Only for a special case: the recorded justification and who decided it")
        )
        self.leader = QCheckBox(_("Leader of a provincial department (the named units' opinions)"))
        self.add_row(_("&Kind:"), self.kind)
        self.add_row(_("&Source:"), self.source)
        self.add_row(_("&Post:"), self.title)
        self.add_row(_("&Unit of the post:"), self.unit)
        self.add_row(_("E&xpected decision date:"), self.expected)
        self.add_row(_("S&eats:"), self.seats)
        self.add_row(_("Special &case:"), self.special)
        self.add_row("", self.leader)
        self.recheck()

    def draft(self) -> ProposalDraft:
        return ProposalDraft(
            cadre_id=self.chosen_cadre(),
            kind=ProposalKind(self.kind.currentData()),
            source=ProposalSource(self.source.currentData()),
            title_code=chosen_code(self.title, N_("Choose the post.")),
            expected_date=required_date(self.expected, _("the expected decision date")),
            unit_code=optional_code(self.unit),
            seats=self.seats.value(),
            special_case=text(self.special),
            department_leader=self.leader.isChecked(),
        )

    def check(self, draft: ProposalDraft) -> Report:
        return proposals.check_proposal(self.store, draft)

    def commit(self, draft: ProposalDraft) -> str:
        return proposals.propose(self.store, draft)


class VoteRows(QWidget):
    """The candidates of a ballot and their votes; the proposed cadre comes first."""

    def __init__(self, cadre_id: str, name: str) -> None:
        super().__init__()
        self.cadre_id, self.name = cadre_id, name
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QLineEdit, QSpinBox, QLabel]] = []
        self.more = QPushButton(_("Add a candidate"))
        self.more.clicked.connect(lambda: self.add(""))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.more)
        self.add(name, fixed=True)

    def add(self, name: str, *, fixed: bool = False) -> tuple[QLineEdit, QSpinBox, QLabel]:
        who = QLineEdit(name)
        who.setReadOnly(fixed)
        who.setPlaceholderText(_("Another candidate's full name"))
        votes = count_box()
        share = QLabel()
        row = len(self.rows)
        self.grid.addWidget(who, row, 0)
        self.grid.addWidget(votes, row, 1)
        self.grid.addWidget(share, row, 2)
        self.rows.append((who, votes, share))
        if not fixed:
            who.setFocus()
        return who, votes, share

    def votes(self, with_cadre: bool) -> tuple[VoteDraft, ...]:
        found = []
        for index, (who, votes, _share) in enumerate(self.rows):
            if index == 0:
                if with_cadre:
                    found.append(VoteDraft(self.cadre_id, votes.value()))
            elif who.text().strip():
                found.append(VoteDraft(who.text().strip(), votes.value()))
        return tuple(found)

    def show_shares(self, invited: int) -> None:
        for _who, votes, share in self.rows:
            share.setText(percent(votes.value(), invited) if invited else "")


class BallotDialog(ActionDialog):
    def __init__(self, parent: QWidget | None, store: Store, shown: dict[str, Any]) -> None:
        super().__init__(
            parent, store, _("Record a step — {name}").format(name=shown["name"]),
            _("Record the step"),
        )  # fmt: skip
        self.proposal_id, self.procedure = shown["id"], shown["procedure"]
        last = max((s["step"] for s in shown["steps"]), default=0)
        self.number = count_box(min(last + 1, shown["total_steps"]))
        self.number.setRange(1, shown["total_steps"])
        self.meeting = QLabel()
        self.meeting.setWordWrap(True)
        self.day = PartialDateEdit()
        self.invited = count_box()
        self.present = count_box()
        self.with_votes = QCheckBox(_("This step voted (a ballot)"))
        self.votes = VoteRows(shown["cadre"], shown["name"])
        self.add_row(_("&Step:"), self.number)
        self.form.addRow("", self.meeting)
        self.add_row(_("&Date:"), self.day)
        self.add_row(_("&Invited:"), self.invited)
        self.add_row(_("&Present:"), self.present)
        self.add_row("", self.with_votes)
        self.form.addRow(_("Votes:"), self.votes)
        for _who, votes, _share in self.votes.rows:
            self.watch(votes)
        self.votes.more.clicked.connect(self._watch_new)
        self.number.valueChanged.connect(self._step_changed)
        self._step_changed()
        self.recheck()

    def _watch_new(self) -> None:
        who, votes, _share = self.votes.rows[-1]
        self.watch(who)
        self.watch(votes)

    def _step_changed(self) -> None:
        self.meeting.setText(step_name(self.procedure, self.number.value()))
        self.with_votes.setChecked(self.number.value() in ballot_steps(self.procedure))

    def draft(self) -> StepDraft:
        self.votes.show_shares(self.invited.value())
        with_votes = self.with_votes.isChecked()
        return StepDraft(
            number=self.number.value(),
            date=required_date(self.day, _("the date")),
            invited=self.invited.value(),
            present=self.present.value(),
            votes=self.votes.votes(with_votes) if with_votes else (),
        )

    def check(self, draft: StepDraft) -> Report:
        return proposal_steps.check_step(self.store, self.proposal_id, draft)

    def commit(self, draft: StepDraft) -> StepOutcome:
        return proposal_steps.record_step(self.store, self.proposal_id, draft)


class OpinionDialog(ActionDialog):
    ready_note = N_(
        "Ready to record. The decision's report checks each opinion's quorum and criteria."
    )

    def __init__(self, parent: QWidget | None, store: Store, shown: dict[str, Any]) -> None:
        super().__init__(
            parent, store, _("Opinion of a named unit — {name}").format(name=shown["name"]),
            _("Record the opinion"),
        )  # fmt: skip
        self.proposal_id = shown["id"]
        self.group = QComboBox()
        for group in opinion_groups(dt.date.today()):
            self.group.addItem(group.label, group.group)
        self.unit = QLineEdit()
        self.day = PartialDateEdit()
        self.invited = count_box()
        self.present = count_box()
        self.agree = count_box()
        self.criteria = QLineEdit()
        self.criteria.setPlaceholderText(_("e.g. political quality, capacity, prestige"))
        self.add_row(_("&Group of units:"), self.group)
        self.add_row(_("&Unit:"), self.unit)
        self.add_row(_("&Date:"), self.day)
        self.add_row(_("&Invited:"), self.invited)
        self.add_row(_("&Present:"), self.present)
        self.add_row(_("In &favour:"), self.agree)
        self.add_row(_("C&riteria asked:"), self.criteria)
        self.report_title.setText(_("Check"))
        self.recheck()

    def draft(self) -> OpinionDraft:
        return OpinionDraft(
            group=str(self.group.currentData()),
            unit_name=required(self.unit, _("the unit")),
            date=required_date(self.day, _("the date")),
            invited=self.invited.value(),
            present=self.present.value(),
            agree=self.agree.value(),
            criteria=text(self.criteria) or "",
        )

    def check(self, draft: OpinionDraft) -> Report | None:
        proposals.check_opinion(draft)
        return None

    def commit(self, draft: OpinionDraft) -> str:
        return proposals.add_opinion(self.store, self.proposal_id, draft)
