"""Rotation (luân chuyển): the plan and the moves by decision, with what the rules say about
each planned move before the officer records it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import rotations
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.personnel_words import catalog_name, sentences_for
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs.decision_dialog import DecisionDialog
from ui.dialogs.rotation_dialog import RotationDialog
from ui.pages.screen import Screen
from ui.table_models.rotation_table_model import RotationTableModel
from ui.widgets.open_matters_note import OpenMattersNote
from ui.widgets.record_view import heading, record_table
from ui.widgets.report_view import ReportView


class RotationScreen(Screen):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        catalogs = store.catalogs()
        self.title_name = lambda code: catalog_name(catalogs, "title", code) if code else ""
        self.plan_button = QPushButton(_("Plan a rotation…"))
        self.move_button = QPushButton(_("Record the rotation decision…"))
        self.open_button = QPushButton(_("Open dossier"))
        top = QHBoxLayout()
        top.addWidget(heading(_("Rotation plans and moves")))
        top.addStretch(1)
        top.addWidget(self.plan_button)
        top.addWidget(self.move_button)
        top.addWidget(self.open_button)
        self.model = RotationTableModel(self.title_name)
        self.view = record_table(self.model, 8, (190, 240, 240, 95, 95, 100))
        self.report_label = heading(_("What the rules say about the move"))
        self.matters = OpenMattersNote()
        self.report = ReportView(sentences_for(store))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.report_label)
        layout.addWidget(self.matters)
        layout.addWidget(self.report)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        self.view.activated.connect(lambda _index: self.open_current())
        self.plan_button.clicked.connect(self.plan)
        self.move_button.clicked.connect(self.move)
        self.open_button.clicked.connect(self.open_current)
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        chosen = keep or (self.current() or {}).get("id")
        rows = rotations.list_rotations(self.store)
        self.model.set_rows(rows)
        ids = [r["id"] for r in rows]
        if rows:
            self.view.selectRow(ids.index(chosen) if chosen in ids else 0)
        self._show()

    def current(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _show(self) -> None:
        row = self.current()
        planned = row is not None and row["status"] == "planned"
        self.move_button.setEnabled(planned)
        self.open_button.setEnabled(row is not None)
        self.matters.show_for(self.store, row["cadre"] if row else None)
        if row is None:
            self.report.show_note(_("No rotation is planned yet."))
        elif not planned:
            self.report.show_note(
                _("Moved by decision {number}; the work history shows the new post.").format(
                    number=row["decision"] or ""
                )
            )
        else:
            try:
                self.report.show_report(rotations.check_move(self.store, row["id"]))
            except CadreError as error:
                self.report.show_problem(error.sentence())

    def plan(self) -> None:
        dialog = RotationDialog(self, self.store)
        if prompts.exec_dialog(dialog):
            self.refresh(str(dialog.result_value))
            self._changed(dialog.picker.current_id())

    def move(self) -> None:
        row = self.current()
        if row is None or row["status"] != "planned":
            return
        rid = row["id"]
        dialog = DecisionDialog(
            self, self.store,
            _("Rotation decision — {name}, {post}").format(
                name=row["name"], post=self.title_name(row["title"])
            ),
            lambda draft: rotations.check_move(self.store, rid, draft.effective),
            lambda draft: rotations.move(self.store, rid, draft),
        )  # fmt: skip
        dialog.effective.setText(row["from"])
        if prompts.exec_dialog(dialog):
            self.refresh(rid)
            self._changed(row["cadre"])

    def open_current(self) -> None:
        row = self.current()
        if row is not None:
            self.open_dossier_requested.emit(row["cadre"])

    def _changed(self, cadre_id: str | None) -> None:
        if cadre_id:
            self.changed.emit(Changes(cadres=frozenset({cadre_id})))
