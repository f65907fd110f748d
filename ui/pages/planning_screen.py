"""Planning (quy hoạch): term → titles with their seats → the cadres planned for each, what
the rules say about every one of them today, and the 2/3 and structure figures of the title
against the targets. Adding shows the rules' report before the officer confirms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.services import planning_board, printing
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.personnel_words import catalog_name, sentences_for
from cadre_desktop.services.planning_board import Candidate, TermRow, TitleBoard
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs.planning_dialogs import (
    PlanCandidateDialog,
    RemoveEntryDialog,
    TermDialog,
    TitleSeatsDialog,
)
from ui.dialogs.print_preview_dialog import PrintPreviewDialog
from ui.pages.screen import Screen
from ui.table_models.planning_table_models import (
    CandidateTableModel,
    FigureTableModel,
    TitleTableModel,
)
from ui.widgets.open_matters_note import OpenMattersNote
from ui.widgets.record_view import heading, record_table
from ui.widgets.report_view import ReportView


class PlanningScreen(Screen):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        catalogs = store.catalogs()
        self.title_name = lambda code: catalog_name(catalogs, "title", code) if code else ""
        self.today = dt.date.today()
        self.terms: list[TermRow] = []
        self.boards: list[TitleBoard] = []
        self.term_box = QComboBox()
        self.term_box.setMinimumWidth(260)
        self.new_term = QPushButton(_("New term…"))
        self.seats_button = QPushButton(_("Title and seats…"))
        self.print_button = QPushButton(_("Print the list…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Planning term:")))
        top.addWidget(self.term_box)
        top.addWidget(self.new_term)
        top.addWidget(self.seats_button)
        top.addStretch(1)
        top.addWidget(self.print_button)

        self.titles = TitleTableModel(self.title_name)
        self.title_view = record_table(self.titles, 8, (230, 60, 80, 110, 62, 62))
        self.figures = FigureTableModel()
        self.figure_view = record_table(self.figures, 6, (210, 110, 110))
        self.title_findings = QLabel()
        self.title_findings.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(_("Titles of the term")))
        left_layout.addWidget(self.title_view, 1)
        left_layout.addWidget(heading(_("Structure of those planned, against the targets")))
        left_layout.addWidget(self.figure_view)
        left_layout.addWidget(self.title_findings)

        self.candidates = CandidateTableModel(self.title_name)
        self.candidate_view = record_table(self.candidates, 9, (190, 55, 95, 100, 200, 120, 170))
        self.show_removed = QCheckBox(_("Show those removed"))
        self.add_button = QPushButton(_("Add to the planning… (Ins)"))
        self.remove_button = QPushButton(_("Remove… (Del)"))
        self.open_button = QPushButton(_("Open dossier (Enter)"))
        actions = QHBoxLayout()
        actions.addWidget(heading(_("Cadres planned")))
        actions.addStretch(1)
        actions.addWidget(self.show_removed)
        actions.addWidget(self.add_button)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.open_button)
        self.report_label = heading(_("What the rules say about this cadre today"))
        self.report = ReportView(sentences_for(store))
        self.matters = OpenMattersNote()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.candidate_view, 1)
        right_layout.addWidget(self.report_label)
        right_layout.addWidget(self.matters)
        right_layout.addWidget(self.report)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 800])
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.term_box.currentIndexChanged.connect(lambda _i: self._load_board())
        self.title_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_title())
        self.candidate_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._show_candidate()
        )
        self.candidate_view.activated.connect(lambda _index: self.open_current())
        self.show_removed.toggled.connect(lambda _on: self._show_title())
        self.add_button.clicked.connect(self.add_candidate)
        self.remove_button.clicked.connect(self.remove_candidate)
        self.open_button.clicked.connect(self.open_current)
        self.new_term.clicked.connect(self.add_term)
        self.seats_button.clicked.connect(self.set_seats)
        self.print_button.clicked.connect(self.print_list)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_candidate)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.candidate_view, self.remove_candidate)
        self.refresh()

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.term_box.currentData()
        self.terms = planning_board.terms(self.store)
        self.term_box.blockSignals(True)
        self.term_box.clear()
        for term in self.terms:
            label = _("{code} (age reference {day}; {level})").format(
                code=term.code, day=term.reference_date.vn(), level=term.approving_level
            )
            self.term_box.addItem(label, term.code)
        index = self.term_box.findData(chosen) if chosen else -1
        if index < 0:  # the latest term that plans titles, else the latest
            planned = [i for i, t in enumerate(self.terms) if t.titles]
            index = planned[-1] if planned else len(self.terms) - 1
        self.term_box.setCurrentIndex(max(index, 0))
        self.term_box.blockSignals(False)
        self._load_board()

    def term(self) -> TermRow | None:
        code = self.term_box.currentData()
        return next((t for t in self.terms if t.code == code), None)

    def _load_board(self) -> None:
        term = self.term()
        chosen = self.current_title()
        self.boards = planning_board.board(self.store, term.code, self.today) if term else []
        self.titles.set_rows(self.boards)
        codes = [b.title_code for b in self.boards]
        row = codes.index(chosen.title_code) if chosen and chosen.title_code in codes else 0
        if self.boards:
            self.title_view.selectRow(row)
        self._show_title()
        for button in (self.seats_button, self.add_button, self.print_button):
            button.setEnabled(term is not None)

    def current_title(self) -> TitleBoard | None:
        index = self.title_view.currentIndex()
        return self.titles.record(index.row()) if index.isValid() else None

    def current_candidate(self) -> Candidate | None:
        index = self.candidate_view.currentIndex()
        return self.candidates.record(index.row()) if index.isValid() else None

    def _show_title(self) -> None:
        board = self.current_title()
        rows = []
        if board is not None:
            rows = board.candidates + (board.removed if self.show_removed.isChecked() else [])
        self.candidates.set_rows(rows)
        self.figures.set_rows(board.figures if board else [])
        words = self.report.words
        lines = [f"⚠ {words(f)} ({f.source})" for f in board.findings] if board else []
        self.title_findings.setText("\n".join(lines))
        if rows:
            self.candidate_view.selectRow(0)
        self._show_candidate()

    def _show_candidate(self) -> None:
        candidate = self.current_candidate()
        self.remove_button.setEnabled(candidate is not None and candidate.removed_on is None)
        self.open_button.setEnabled(candidate is not None)
        if candidate is None:
            self.report.show_note(_("Choose a cadre to see what the rules say."))
            self.matters.show_for(self.store, None)
            return
        self.report_label.setText(
            _("What the rules say about {name} today").format(name=candidate.name)
        )
        self.matters.show_for(self.store, candidate.cadre_id)
        if candidate.removed_on is not None:
            self.report.show_note(
                _("Removed on {day}: {reason}").format(
                    day=candidate.removed_on.vn(), reason=candidate.removal_reason or ""
                )
            )
            return
        self.report.show_report(
            candidate.report,
            empty=_("Nothing in the rules stands against this planning today."),
            standing=True,
        )

    def report_of(self, name: str) -> Report | None:
        """What the rules say about a planned cadre, by name (for tests and scripts)."""
        for board in self.boards:
            for candidate in board.candidates:
                if candidate.name == name:
                    return candidate.report
        return None

    # -- acting -------------------------------------------------------------------------------

    def add_candidate(self) -> None:
        term = self.term()
        if term is None or not self.boards:
            prompts.show_error(self, _("Add a term and its titles first."))
            return
        titles = [(b.title_code, self.title_name(b.title_code)) for b in self.boards]
        chosen = self.current_title()
        dialog = PlanCandidateDialog(
            self, self.store, term, titles, chosen.title_code if chosen else None
        )
        if prompts.exec_dialog(dialog):
            self._changed(dialog.picker.current_id())

    def remove_candidate(self) -> None:
        candidate = self.current_candidate()
        if candidate is None or candidate.removed_on is not None:
            return
        dialog = RemoveEntryDialog(self, self.store, candidate.entry_id, candidate.name)
        if prompts.exec_dialog(dialog):
            self._changed(candidate.cadre_id)

    def add_term(self) -> None:
        dialog = TermDialog(self, self.store)
        if prompts.exec_dialog(dialog):
            self.refresh()
            self.term_box.setCurrentIndex(self.term_box.findData(dialog.code.text().strip()))

    def set_seats(self) -> None:
        term = self.term()
        if term is not None and prompts.exec_dialog(TitleSeatsDialog(self, self.store, term)):
            self._load_board()

    def open_current(self) -> None:
        candidate = self.current_candidate()
        if candidate is not None:
            self.open_dossier_requested.emit(candidate.cadre_id)

    def print_list(self) -> None:
        term = self.term()
        if term is None:
            return
        try:
            dialog = PrintPreviewDialog(
                self, lambda _layout: printing.print_planning_list(self.store, term.code)
            )
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return
        dialog.exec()

    def _changed(self, cadre_id: str | None) -> None:
        self._load_board()
        self.changed.emit(Changes(cadres=frozenset({cadre_id} if cadre_id else set())))
