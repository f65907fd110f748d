"""List filters beside the search box: sex, age, Party, political theory, personnel status,
saved sets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.enums import Sex
from cadre_desktop.i18n import gettext as _
from ui.labels import catalog_label, enum_label


def _combo(choices: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    for text, value in choices:
        combo.addItem(text, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def status_of(values: dict[str, Any]) -> str | None:
    """The personnel status of a filter (filters saved before it had one kept "planned")."""
    if values.get("status"):
        return str(values["status"])
    planned = values.get("planned")
    return None if planned is None else ("planned" if planned else "not_planned")


class FilterBar(QWidget):
    changed = Signal()
    save_requested = Signal()
    saved_chosen = Signal(str)

    def __init__(self, catalogs: Catalogs) -> None:
        super().__init__()
        self.sex = _combo([(_("Any sex"), None)] + [(enum_label(s), s.value) for s in Sex])
        self.age_from = QSpinBox(minimum=0, maximum=99, specialValueText=_("any"))
        self.age_to = QSpinBox(minimum=0, maximum=99, specialValueText=_("any"))
        self.party = _combo(
            [(_("Party: any"), None), (_("Party members"), True), (_("Not Party members"), False)]
        )
        levels = catalogs.items("political_theory_level")
        self.theory = _combo(
            [(_("Political theory: any"), None)]
            + [(catalog_label(item), item.code) for item in levels]
        )
        self.planned = _combo(
            [
                (_("Status: any"), None),
                (_("In planning"), "planned"),
                (_("Not in planning"), "not_planned"),
                (_("Being proposed"), "proposed"),
                (_("Appointed, term running"), "appointed"),
            ]
        )
        self.saved = QComboBox()
        self.saved.setMinimumContentsLength(14)
        self.save_button = QPushButton(_("Save filter…"))
        self.clear_button = QPushButton(_("Clear"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.sex)
        layout.addWidget(QLabel(_("Age")))
        layout.addWidget(self.age_from)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.age_to)
        for widget in (self.party, self.theory, self.planned):
            layout.addWidget(widget)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        for combo in (self.sex, self.party, self.theory, self.planned):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.age_from.valueChanged.connect(lambda _v: self.changed.emit())
        self.age_to.valueChanged.connect(lambda _v: self.changed.emit())
        self.save_button.clicked.connect(self.save_requested.emit)
        self.clear_button.clicked.connect(self.clear)
        self.saved.activated.connect(self._saved_activated)

    def values(self) -> dict[str, Any]:
        return {
            "sex": self.sex.currentData(),
            "age_from": self.age_from.value() or None,
            "age_to": self.age_to.value() or None,
            "party": self.party.currentData(),
            "theory": self.theory.currentData(),
            "status": self.planned.currentData(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.blockSignals(True)
        values = {**values, "status": status_of(values)}
        for combo, key in (
            (self.sex, "sex"),
            (self.party, "party"),
            (self.theory, "theory"),
            (self.planned, "status"),
        ):
            combo.setCurrentIndex(max(0, combo.findData(values.get(key))))
        self.age_from.setValue(values.get("age_from") or 0)
        self.age_to.setValue(values.get("age_to") or 0)
        self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.set_values({})

    def show_saved(self, names: list[str]) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(_("Saved filters…"), None)
        for name in names:
            self.saved.addItem(name, name)
        self.saved.blockSignals(False)

    def _saved_activated(self, index: int) -> None:
        name = self.saved.itemData(index)
        if name:
            self.saved_chosen.emit(str(name))
        self.saved.setCurrentIndex(0)
