"""Put a cadre in the rotation plan: the post and unit, from when and until when, with the
rules' report (the gate, ≥ 10 years of service left, ≥ 36 months, local secretaries)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.services import rotations
from cadre_desktop.services.rotations import RotationDraft
from cadre_desktop.services.stores import Store
from ui.dialogs.action_dialog import ActionDialog, chosen_code, optional_code, required_date
from ui.widgets.catalog_combo import CatalogCombo
from ui.widgets.partial_date_edit import PartialDateEdit
from ui.widgets.title_choices import title_model, unit_model


class RotationDialog(ActionDialog):
    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent, store, _("Plan a rotation"), _("Add to the rotation plan"))
        self.add_cadre_picker()
        self.title = CatalogCombo(title_model(store))
        self.unit = CatalogCombo(unit_model(store))
        self.start = PartialDateEdit()
        self.until = PartialDateEdit()
        self.add_row(_("&Post:"), self.title)
        self.add_row(_("&Unit of the post:"), self.unit)
        self.add_row(_("&From:"), self.start)
        self.add_row(_("Planned &until:"), self.until)
        self.recheck()

    def draft(self) -> RotationDraft:
        return RotationDraft(
            self.chosen_cadre(),
            chosen_code(self.title, N_("Choose the post.")),
            optional_code(self.unit),
            required_date(self.start, _("the start date")),
            required_date(self.until, _("the planned end")),
        )

    def check(self, draft: RotationDraft) -> Report:
        return rotations.check_plan(self.store, draft)

    def commit(self, draft: RotationDraft) -> str:
        return rotations.plan(self.store, draft)
