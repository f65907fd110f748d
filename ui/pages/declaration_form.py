"""The asset and income declaration's form (NĐ 130/2020/NĐ-CP Phụ lục I): I. the declarant,
spouse and minor children; II. the categories with their item tables; II.10 income by person;
III. the changes and the origin of increases; and the comparison with the previous one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.assets import AssetDeclaration, AssetItem, DeclarationChange
from cadre_desktop.domain.model import DeclarationPerson
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import Holder
from cadre_desktop.i18n import N_, format_money
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.declaration_changes import ChangeTable
from cadre_desktop.rules.yearly_params import categories
from cadre_desktop.services.dossier_edit import EditableRow
from cadre_desktop.services.dossier_fields import FieldSpec, fields_of
from ui.forms.field_form import FieldForm
from ui.forms.yearly_choices import YearlyChoices, category_text
from ui.pages.history_section import HistorySection
from ui.pages.record_section import record_section
from ui.table_models.change_table_model import ChangeTableModel
from ui.table_models.record_rows_table_model import RecordRowsTableModel
from ui.yearly_labels import yearly_label

GENERAL = (
    (
        N_("The declaration"),
        ("kind", "year", "declared_on", "post_taken_on", "appointment_expected_on", "note"),
    ),
)
SECTION_III = ((N_("III. Changes and the origin of increases"), ("no_change",)),)
PERSON = ("role", "full_name", "birth_date", "id_number", "position", "workplace", "residence")
_LAND = ("category", "ref", "description", "holder", "quantity", "quantity_unit", "value_vnd",
         "estimated", "certificate", "other")  # fmt: skip
_FOREIGN = ("description", "holder", "currency", "foreign_amount", "value_vnd", "other")
# The columns each heading of section II needs (the form's notes 5-28).
COLUMNS: dict[str, tuple[str, ...]] = {
    "1": _LAND,
    "2": _LAND,
    "3": (
        "category",
        "description",
        "holder",
        "quantity",
        "quantity_unit",
        "value_vnd",
        "estimated",
        "other",
    ),
    "4": ("description", "holder", "quantity", "quantity_unit", "value_vnd", "other"),
    "5": _FOREIGN,
    "6": ("category", "description", "holder", "quantity", "value_vnd", "other"),
    "7": ("category", "description", "holder", "quantity", "value_vnd", "certificate", "other"),
    "8": (
        "description",
        "country",
        "holder",
        "quantity",
        "quantity_unit",
        "currency",
        "foreign_amount",
        "value_vnd",
        "other",
    ),
    "9": ("description", "country", *_FOREIGN[1:]),
    "10": ("holder", "description", "value_vnd", "other"),
}
CHANGE = ("category", "ref", "direction", "quantity", "value_vnd", "explanation")


def _specs(cls: type[Any], keys: tuple[str, ...]) -> list[FieldSpec]:
    by_key = {s.json_key: s for s in fields_of(cls)}
    return [by_key[k] for k in keys]


def file_value(spec: FieldSpec, value: Any) -> Any:
    """Dates come as dd/mm/yyyy; the tables and fields hold them as the dossier file does."""
    if spec.kind == "date" and isinstance(value, str) and "/" in value:
        return PartialDate.parse_vn(value).iso()
    return value


def _rows(cls: type[Any], keys: tuple[str, ...], rows: list[dict[str, Any]]) -> list[EditableRow]:
    specs = {s.json_key: s for s in fields_of(cls)}
    return [EditableRow({k: file_value(specs[k], r.get(k)) for k in keys}) for r in rows]


class DeclarationForm(QTabWidget):
    edited = Signal()

    def __init__(self, choices: YearlyChoices) -> None:
        super().__init__()
        self.specs = {s.json_key: s for s in fields_of(AssetDeclaration)}
        self.general = FieldForm(GENERAL, self.specs, choices)
        self.section_three = FieldForm(SECTION_III, self.specs, choices)
        self.item_keys = tuple(dict.fromkeys(k for keys in COLUMNS.values() for k in keys))
        self.items: list[EditableRow] = []
        self.people = RecordRowsTableModel([], _specs(DeclarationPerson, PERSON), choices)
        self.changes = RecordRowsTableModel([], _specs(DeclarationChange, CHANGE), choices)
        self.groups: dict[str, RecordRowsTableModel] = {}
        self.totals: dict[str, QLabel] = {}
        self.sections: list[HistorySection] = []
        self.comparison = ChangeTableModel()

        general = QWidget()
        layout = QVBoxLayout(general)
        layout.addWidget(self.general)
        layout.addWidget(self._section(_("Declarant, spouse and minor children"), self.people))
        layout.addStretch(1)
        self.addTab(_scrolled(general), _("I. General information"))
        assets = QWidget()
        layout = QVBoxLayout(assets)
        for heading in [str(n) for n in range(1, 10)]:
            layout.addWidget(self._group(heading, choices))
        layout.addStretch(1)
        self.addTab(_scrolled(assets), _("II. Assets"))
        income = QWidget()
        layout = QVBoxLayout(income)
        layout.addWidget(self._group("10", choices))
        layout.addStretch(1)
        self.addTab(_scrolled(income), _("II.10 Income"))
        changes = QWidget()
        layout = QVBoxLayout(changes)
        layout.addWidget(self.section_three)
        layout.addWidget(self._section(_("Changes since the previous declaration"), self.changes))
        layout.addStretch(1)
        self.addTab(_scrolled(changes), _("III. Changes"))
        self.addTab(self._comparison_tab(), _("Comparison with the previous declaration"))
        for form in (self.general, self.section_three):
            form.edited.connect(lambda _key: self.edited.emit())
        for model in (self.people, self.changes):
            model.edited.connect(self.edited.emit)

    def _section(self, title: str, model: RecordRowsTableModel) -> HistorySection:
        section = record_section(title, model)
        self.sections.append(section)
        return section

    def _group(self, heading: str, choices: YearlyChoices) -> QWidget:
        cats = [c for c in categories() if c.group == heading]
        codes = tuple(c.code for c in cats)
        title = _(GROUP_TITLES[heading]) if len(cats) > 1 else category_text(cats[0])
        model = RecordRowsTableModel(
            self.items, _specs(AssetItem, COLUMNS[heading]), choices, ("category", codes)
        )
        model.edited.connect(self._items_edited)
        self.groups[heading] = model
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self._section(f"{heading}. {title}", model))
        total = QLabel()
        total.setStyleSheet("color: #3a3a3a;")
        self.totals[heading] = total
        layout.addWidget(total)
        return box

    def _comparison_tab(self) -> QWidget:
        page = QWidget()
        self.comparison_note = QLabel()
        self.comparison_note.setWordWrap(True)
        view = QTableView()
        view.setModel(self.comparison)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.comparison_view = view
        self.comparison_totals = QLabel()
        self.comparison_totals.setWordWrap(True)
        legend = QLabel(
            _(
                "Increases are shaded amber (their origin must be explained in section III), "
                "decreases blue. Income is for the period, so it is listed, not compared."
            )
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #5a5a5a;")
        layout = QVBoxLayout(page)
        layout.addWidget(self.comparison_note)
        layout.addWidget(view, 1)
        layout.addWidget(self.comparison_totals)
        layout.addWidget(legend)
        return page

    # -- loading and reading -----------------------------------------------------------

    def load(self, document: dict[str, Any], read_only: bool) -> None:
        values = {
            k: file_value(self.specs[k], document.get(k)) for k in self.specs if k in document
        }
        for form in (self.general, self.section_three):
            form.load(values)
            form.setEnabled(not read_only)
        self.people.set_rows(_rows(DeclarationPerson, PERSON, document.get("people", [])))
        self.changes.set_rows(_rows(DeclarationChange, CHANGE, document.get("changes", [])))
        self.items[:] = _rows(AssetItem, self.item_keys, document.get("items", []))
        for model in (self.people, self.changes, *self.groups.values()):
            model.refresh_all()
            model.set_read_only(read_only)
        for section in self.sections:
            for button in (section.add_button, section.remove_button, section.up_button,
                           section.down_button):  # fmt: skip
                button.setEnabled(not read_only)
        self._show_totals()

    def _items_edited(self) -> None:
        self._show_totals()
        self.edited.emit()

    def _show_totals(self) -> None:
        for heading, model in self.groups.items():
            total = model.total()
            text = _("Total: {amount}").format(amount=format_money(total))
            if heading == "10":
                text += " — " + self._income_by_person(model)
            self.totals[heading].setText(text)

    def _income_by_person(self, model: RecordRowsTableModel) -> str:
        """Total income between the declarations, split by person (the form's note 28)."""
        by_holder = dict.fromkeys(Holder, 0)
        for i in range(model.rowCount()):
            values = model.row_at(i).values
            amount = values.get("value_vnd")
            if values.get("holder") in by_holder and isinstance(amount, int):
                by_holder[Holder(values["holder"])] += amount
        return "; ".join(
            f"{yearly_label(Holder, h.value)}: {format_money(v)}" for h, v in by_holder.items()
        )

    def data(self, cadre_id: str) -> tuple[dict[str, Any], list[str]]:
        """The form as ``declaration_input`` reads it, and what cannot be read as typed."""
        values: dict[str, Any] = {"cadre": cadre_id}
        problems: list[str] = []
        for form in (self.general, self.section_three):
            for key in form.editors:
                message = form.read(key, values)
                form.show_message(key, message or "")
                if message:
                    problems.append(f"{_(self.specs[key].label)}: {message}")
        values["people"] = [dict(r.values) for r in self.people.rows]
        values["items"] = [dict(r.values) for r in self.items]
        values["changes"] = [dict(r.values) for r in self.changes.rows]
        for model in (self.people, self.changes, *self.groups.values()):
            problems += [f"'{text}': {message}" for text, message in model.typed_errors.values()]
        return values, problems

    def show_comparison(self, table: ChangeTable | None, note: str) -> None:
        self.comparison.set_table(table)
        self.comparison_note.setText(note)
        if table is None:
            self.comparison_totals.setText("")
            return
        self.comparison_totals.setText(
            _(
                "Assets before: {before}; now: {after}. Increases: {plus}; decreases: "
                "{minus}. Income in the period: {income}."
            ).format(
                before=format_money(table.assets_before),
                after=format_money(table.assets_after),
                plus=format_money(table.total_increase),
                minus=format_money(table.total_decrease),
                income=format_money(table.income),
            )
        )


GROUP_TITLES = {
    "1": N_("Land use rights"),
    "2": N_("Houses and buildings"),
    "3": N_("Other assets attached to land"),
    "6": N_("Shares, bonds, capital contributions and other valuable papers"),
    "7": N_("Other assets"),
}


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll
