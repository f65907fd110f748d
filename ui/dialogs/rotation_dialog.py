"""Put a cadre in the rotation plan: the post and unit, from when and until when, with the
rules' report (the gate, ≥ 10 years of service left, ≥ 36 months, local secretaries)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.services import rotations
from cadre_desktop.services.rotations import RotationDraft
from cadre_desktop.services.stores import Store
from ui.dialogs.action_dialog import ActionDialog, required_date
from ui.widgets.cadre_picker import CadrePicker
from ui.widgets.catalog_combo import CatalogCombo
from ui.widgets.open_matters_note import OpenMattersNote
from ui.widgets.partial_date_edit import PartialDateEdit
from ui.widgets.title_choices import title_model, unit_model


class RotationDialog(ActionDialog):
    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent, store, _("Plan a rotation"), _("Add to the rotation plan"))
        self.picker = CadrePicker(store)
        self.matters = OpenMattersNote()
        self.title = CatalogCombo(title_model(store))
        self.unit = CatalogCombo(unit_model(store))
        self.start = PartialDateEdit()
        self.until = PartialDateEdit()
        self.add_row(_("&Cadre:"), self.picker)
        self.form.addRow("", self.matters)
        self.add_row(_("&Post:"), self.title)
        self.add_row(_("&Unit of the post:"), self.unit)
        self.add_row(_("&From:"), self.start)
        self.add_row(_("Planned &until:"), self.until)
        self.picker.chosen.connect(lambda cadre_id: self.matters.show_for(store, cadre_id))
        self.recheck()

    def draft(self) -> RotationDraft:
        cadre_id = self.picker.current_id()
        if cadre_id is None:
            raise UsageError("Choose the cadre first.")
        title = self.title.value()
        if not title:
            raise UsageError("Choose the post.")
        unit = self.unit.value()
        return RotationDraft(
            cadre_id,
            str(title),
            str(unit) if unit else None,
            required_date(self.start, _("the start date")),
            required_date(self.until, _("the planned end")),
        )

    def check(self, draft: RotationDraft) -> Report:
        return rotations.check_plan(self.store, draft)

    def commit(self, draft: RotationDraft) -> str:
        return rotations.plan(self.store, draft)
