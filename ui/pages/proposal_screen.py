"""Appointment, reappointment and nomination proposals: the list, one proposal's dossier,
steps with their ballots and the units' opinions, and the decision — every action shows what
the rules say (each rule's message and legal source) before the officer confirms it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.services import decisions, print_records, proposal_view, proposals
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.personnel_words import catalog_name
from cadre_desktop.services.proposal_steps import StepOutcome
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs.decision_dialog import DecisionDialog
from ui.dialogs.proposal_dialogs import BallotDialog, NewProposalDialog, OpinionDialog
from ui.labels import enum_label
from ui.pages.proposal_detail import ProposalDetail
from ui.pages.screen import Screen
from ui.table_models.proposal_table_models import ProposalTableModel
from ui.widgets.record_view import record_table

STATUSES = ("", "open", "stopped", "decided")


class ProposalScreen(Screen):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        catalogs = store.catalogs()
        self.title_name = lambda code: catalog_name(catalogs, "title", code) if code else ""
        self.all_rows: list[dict[str, Any]] = []
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(enum_label(status) if status else _("Every proposal"), status)
        self.new_button = QPushButton(_("New proposal…"))
        self.decide_button = QPushButton(_("Record the decision…"))
        self.open_button = QPushButton(_("Open dossier"))
        self.print_button = QPushButton(_("Print the proposal…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Show:")))
        top.addWidget(self.status)
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.print_button)
        top.addWidget(self.decide_button)
        self.model = ProposalTableModel(self.title_name)
        self.view = record_table(self.model, 5, (190, 120, 260, 100, 60))
        self.detail = ProposalDetail(store, self.title_name)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.status.currentIndexChanged.connect(lambda _i: self._filter())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        self.view.activated.connect(lambda _index: self.open_current())
        self.new_button.clicked.connect(self.new_proposal)
        self.decide_button.clicked.connect(self.decide)
        self.open_button.clicked.connect(self.open_current)
        self.print_button.clicked.connect(self.print_proposal)
        self.detail.ballot_button.clicked.connect(self.record_step)
        self.detail.opinion_button.clicked.connect(self.record_opinion)
        self.detail.dossier.saved.connect(lambda: self._after(None))
        self.refresh()

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.all_rows = proposal_view.list_proposals(self.store)
        self._filter()

    def _filter(self, keep: str | None = None) -> None:
        chosen = keep or self.current_id()
        status = self.status.currentData()
        rows = [r for r in self.all_rows if not status or r["status"] == status]
        self.model.set_rows(rows)
        ids = [r["id"] for r in rows]
        if rows:
            self.view.selectRow(ids.index(chosen) if chosen in ids else 0)
        self._show()

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        row = self.model.record(index.row()) if index.isValid() else None
        return str(row["id"]) if row else None

    def _show(self) -> None:
        proposal_id = self.current_id()
        shown: dict[str, Any] | None = None
        report: Report | None = None
        if proposal_id is not None:
            try:
                shown = proposal_view.show_proposal(self.store, proposal_id)
                if shown["status"] != "decided":
                    report = proposals.proposal_report(self.store, proposal_id)
            except CadreError as error:
                prompts.show_error(self, error.sentence())
        self.detail.show_proposal(shown, report)
        is_open = shown is not None and shown["status"] == "open"
        self.decide_button.setEnabled(is_open)
        self.open_button.setEnabled(shown is not None)
        self.print_button.setEnabled(shown is not None)

    # -- acting -------------------------------------------------------------------------------

    def new_proposal(self) -> None:
        dialog = NewProposalDialog(self, self.store)
        if prompts.exec_dialog(dialog):
            self._after(str(dialog.result_value), dialog.picker.current_id())

    def record_step(self) -> None:
        shown = self.detail.shown
        if shown is None:
            return
        dialog = BallotDialog(self, self.store, shown)
        if prompts.exec_dialog(dialog):
            outcome: StepOutcome = dialog.result_value
            if outcome.stopped:
                prompts.show_info(
                    self, _("Nobody reached the share needed to go forward: the procedure stops.")
                )
            self._after(shown["id"], shown["cadre"])

    def record_opinion(self) -> None:
        shown = self.detail.shown
        if shown is not None and prompts.exec_dialog(OpinionDialog(self, self.store, shown)):
            self._after(shown["id"])

    def decide(self) -> None:
        shown = self.detail.shown
        if shown is None:
            return
        pid = shown["id"]
        dialog = DecisionDialog(
            self, self.store,
            _("Decision — {name}, {post}").format(
                name=shown["name"], post=self.title_name(shown["title"])
            ),
            lambda draft: decisions.check_decision(self.store, pid, draft),
            lambda draft: decisions.decide(self.store, pid, draft),
        )  # fmt: skip
        if prompts.exec_dialog(dialog):
            self._after(pid, shown["cadre"])

    def open_current(self) -> None:
        if self.detail.shown is not None:
            self.open_dossier_requested.emit(self.detail.shown["cadre"])

    def print_proposal(self) -> None:
        """The proposal summary (issue 6's form), in the print preview."""
        from ui.dialogs.print_preview_dialog import PrintPreviewDialog

        shown = self.detail.shown
        if shown is None:
            return
        render = print_records.print_proposal
        prompts.exec_dialog(PrintPreviewDialog(self, lambda _l: render(self.store, shown["id"])))

    def _after(self, proposal_id: str | None, cadre_id: str | None = None) -> None:
        self.all_rows = proposal_view.list_proposals(self.store)
        self._filter(proposal_id)
        if cadre_id:
            self.changed.emit(Changes(cadres=frozenset({cadre_id})))
