"""Conflict review: the open conflicts bundles brought, per dossier (left); for the chosen one,
field by field what is here, what is there and what both last shared, with the officer's
choice per field (or for the whole record), a reason, and Resolve. The resolution is a new
version that dominates both sides; the next bundle carries it back."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import conflicts
from cadre_desktop.services.conflicts import ConflictView, FieldView
from cadre_desktop.services.stores import Store
from ui import colours
from ui.labels import enum_label
from ui.pages.screen import Screen
from ui.pages.screen_actions import guarded
from ui.table_models.rows_table_model import RowsTableModel
from ui.widgets.record_view import heading, record_table

LIST_HEADERS = (N_("Dossier"), N_("Section"), N_("Record"), N_("Conflict"))
FIELD_HEADERS = (N_("Field"), N_("Here (mine)"), N_("There (theirs)"), N_("Common ancestor"),
                 N_("Keep"))  # fmt: skip
WHOLE_TEXTS = {
    "keep": N_("&Keep the record here"),
    "delete": N_("&Delete it, as they did"),
    "restore": N_("&Restore it as they have it"),
    "keep_deleted": N_("Keep it &deleted"),
}


class ConflictReviewScreen(Screen):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.views: list[ConflictView] = []
        self.current: ConflictView | None = None
        self.picks: dict[str, Any] = {}  # attr → "mine" | "theirs" | ("value", text)
        self.conflicts = RowsTableModel(
            LIST_HEADERS,
            lambda v: (v.cadre_name, v.section_title, v.row_text, v.kind_title),
            lambda v: v.id,
        )
        self.list_view = record_table(self.conflicts, 12, (200, 170, 260, 160))
        self.fields = RowsTableModel(
            FIELD_HEADERS,
            lambda f: (f.label, f.mine, f.theirs, f.ancestor, self._pick_text(f)),
            lambda f: f.attr,
            lambda f: None if f.differs else "muted",
        )
        self.field_view = record_table(self.fields, 10, (200, 200, 200, 180, 160))
        self.count = QLabel()
        self.only_differing = QCheckBox(_("&Only the fields that differ"))
        self.only_differing.setChecked(True)
        self.title = heading("")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet(f"color: {colours.MUTED};")
        # the selected field's choice: mine, theirs, or a value typed here
        self.mine_radio = QRadioButton(_("&Mine"))
        self.theirs_radio = QRadioButton(_("&Theirs"))
        self.value_radio = QRadioButton(_("Ot&her value:"))
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(_("dd/mm/yyyy for dates"))
        self.field_group = QButtonGroup(self)
        for button in (self.mine_radio, self.theirs_radio, self.value_radio):
            self.field_group.addButton(button)
        self.all_mine = QPushButton(_("Take all m&ine"))
        self.all_theirs = QPushButton(_("Take all th&eirs"))
        field_bar = QHBoxLayout()
        field_bar.addWidget(QLabel(_("Selected field:")))
        for widget in (self.mine_radio, self.theirs_radio, self.value_radio):
            field_bar.addWidget(widget)
        field_bar.addWidget(self.value_edit, 1)
        field_bar.addWidget(self.all_mine)
        field_bar.addWidget(self.all_theirs)
        self.field_bar = QWidget()
        self.field_bar.setLayout(field_bar)
        # a deleted record: one choice for the whole of it
        self.whole_group = QButtonGroup(self)
        self.whole_radios = [QRadioButton(), QRadioButton()]
        whole_bar = QHBoxLayout()
        for radio in self.whole_radios:
            self.whole_group.addButton(radio)
            whole_bar.addWidget(radio)
        whole_bar.addStretch(1)
        self.whole_bar = QWidget()
        self.whole_bar.setLayout(whole_bar)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_("why this choice (recorded in the audit log)"))
        self.resolve_button = QPushButton(_("&Resolve"))
        self.resolve_button.setDefault(True)
        reason_bar = QHBoxLayout()
        reason_label = QLabel(_("Rea&son:"))
        reason_label.setBuddy(self.reason)
        reason_bar.addWidget(reason_label)
        reason_bar.addWidget(self.reason, 1)
        reason_bar.addWidget(self.resolve_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.detail, self.only_differing):
            right_layout.addWidget(widget)
        right_layout.addWidget(self.field_view, 1)
        for widget in (self.field_bar, self.whole_bar):
            right_layout.addWidget(widget)
        right_layout.addLayout(reason_bar)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(_("Open conflicts")))
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.list_view, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addWidget(splitter, 1)
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show())
        self.field_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_pick())
        self.mine_radio.toggled.connect(lambda on: on and self._pick("mine"))
        self.theirs_radio.toggled.connect(lambda on: on and self._pick("theirs"))
        self.value_radio.toggled.connect(lambda on: on and self._pick_value())
        self.value_edit.textEdited.connect(lambda _t: self._pick_value())
        self.all_mine.clicked.connect(lambda: self._pick_all("mine"))
        self.all_theirs.clicked.connect(lambda: self._pick_all("theirs"))
        self.whole_group.buttonToggled.connect(lambda *_a: self._enable())
        self.only_differing.toggled.connect(lambda _on: self._show_fields())
        self.resolve_button.clicked.connect(self.resolve)
        self.refresh()

    # -- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.current.id if self.current else None
        self.views = conflicts.open_conflicts(self.store, enum_text=enum_label)
        self.conflicts.set_rows(self.views)
        dossiers = len({v.cadre_id for v in self.views})
        self.count.setText(
            _("{count} conflict(s) in {dossiers} dossier(s)").format(
                count=len(self.views), dossiers=dossiers
            )
            if self.views
            else _("No open conflicts.")
        )
        ids = [v.id for v in self.views]
        row = ids.index(chosen) if chosen in ids else 0
        if self.views:
            self.list_view.selectRow(row)
        self._show()

    def _show(self) -> None:
        index = self.list_view.currentIndex()
        view = self.conflicts.row_at(index.row()) if index.isValid() else None
        if view is not None and self.current is not None and view.id == self.current.id:
            return  # the same conflict: the officer's choices stay
        self.current = view
        self.picks = {f.attr: "mine" for f in view.fields} if view else {}
        self.reason.clear()
        if view is None:
            self.title.setText(_("No conflict is selected."))
            self.detail.clear()
            self.fields.set_rows([])
        else:
            where = (
                view.section_title
                if view.entity == "cadre"
                else f"{view.section_title}: {view.row_text}"
            )
            self.title.setText(f"{view.cadre_name} — {where}")
            self.detail.setText(
                _("{kind}; brought by a bundle from {peer} on {day}.").format(
                    kind=view.kind_title, peer=view.peer, day=view.found_at.strftime("%d/%m/%Y")
                )
            )
            self._show_fields()
        editing = view is not None and view.kind == "edit"
        self.field_bar.setVisible(editing)
        self.whole_bar.setVisible(view is not None and not editing)
        self.whole_group.setExclusive(False)
        for radio, choice in zip(
            self.whole_radios, view.choices if view else ("", ""), strict=True
        ):
            radio.setChecked(False)
            radio.setText(_(WHOLE_TEXTS.get(choice, "")))
            radio.setProperty("choice", choice)
        self.whole_group.setExclusive(True)
        self._show_pick()

    def _show_fields(self) -> None:
        view = self.current
        fields = list(view.fields) if view else []
        if self.only_differing.isChecked():
            fields = [f for f in fields if f.differs]
        self.fields.set_rows(fields)
        if fields:
            self.field_view.selectRow(0)
        self._show_pick()

    # -- choosing ----------------------------------------------------------------------

    def selected_field(self) -> FieldView | None:
        index = self.field_view.currentIndex()
        return self.fields.row_at(index.row()) if index.isValid() else None

    def _pick_text(self, field: FieldView) -> str:
        if self.current is None or self.current.kind != "edit":
            return ""  # a deleted record is kept or not as a whole
        pick = self.picks.get(field.attr, "mine")
        if isinstance(pick, tuple):
            return _("other: {value}").format(value=pick[1])
        return _("mine") if pick == "mine" else _("theirs")

    def _show_pick(self) -> None:
        field = self.selected_field()
        pick = self.picks.get(field.attr, "mine") if field else "mine"
        for button in (self.mine_radio, self.theirs_radio, self.value_radio):
            button.blockSignals(True)
        self.mine_radio.setChecked(pick == "mine")
        self.theirs_radio.setChecked(pick == "theirs")
        self.value_radio.setChecked(isinstance(pick, tuple))
        for button in (self.mine_radio, self.theirs_radio, self.value_radio):
            button.blockSignals(False)
        editable = field is not None and field.editable
        self.value_radio.setEnabled(editable)
        self.value_edit.setEnabled(editable)
        self.value_edit.setText(
            pick[1] if isinstance(pick, tuple) else (field.mine if field else "")
        )
        self._enable()

    def _changed(self, field: FieldView) -> None:
        row = [f.attr for f in self.fields.rows].index(field.attr)
        cell = self.fields.index(row, len(FIELD_HEADERS) - 1)
        self.fields.dataChanged.emit(cell, cell)

    def _pick(self, side: str) -> None:
        field = self.selected_field()
        if field is not None:
            self.picks[field.attr] = side
            self._changed(field)

    def _pick_value(self) -> None:
        field = self.selected_field()
        if field is None or not field.editable:
            return
        if not self.value_radio.isChecked():
            self.value_radio.setChecked(True)  # typing a value chooses it
            return
        self.picks[field.attr] = ("value", self.value_edit.text())
        self._changed(field)

    def _pick_all(self, side: str) -> None:
        self.picks = dict.fromkeys(self.picks, side)
        if self.fields.rows:
            column = len(FIELD_HEADERS) - 1
            first, last = (
                self.fields.index(0, column),
                self.fields.index(len(self.fields.rows) - 1, column),
            )
            self.fields.dataChanged.emit(first, last)
        self._show_pick()

    def _enable(self) -> None:
        view = self.current
        ready = view is not None and (
            view.kind == "edit" or self.whole_group.checkedButton() is not None
        )
        self.resolve_button.setEnabled(ready)

    def choice(self) -> Any:
        """The service's choice for what the officer picked (typed values read here)."""
        view = self.current
        assert view is not None
        if view.kind != "edit":
            button = self.whole_group.checkedButton()
            return button.property("choice") if button else None
        picks: dict[str, Any] = {}
        for field in view.fields:
            pick = self.picks.get(field.attr, "mine")
            if isinstance(pick, tuple):
                picks[field.attr] = ("value", conflicts.value_from_text(field, pick[1]))
            else:
                picks[field.attr] = pick
        sides = set(picks.values())
        return next(iter(sides)) if len(sides) == 1 and sides <= {"mine", "theirs"} else picks

    # -- resolving ---------------------------------------------------------------------

    def resolve(self) -> None:
        view = self.current
        if view is None or not self.resolve_button.isEnabled():
            return
        reason = self.reason.text()

        def settle() -> Any:
            return conflicts.resolve(self.store, view.id, self.choice(), reason)

        changes = guarded(self, settle)
        if changes is None:
            return
        self.current = None
        self.refresh()
        self.changed.emit(changes)
