"""Record a conclusion on political standards: number, date, body, purpose, result (with the
highest post allowed for a ceiling), what was verified, and a note."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QPlainTextEdit, QWidget

from cadre_desktop.domain.enums import ClearancePurpose, ClearanceResult
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.services import clearances
from cadre_desktop.services.clearances import VERIFIED, ClearanceDraft
from cadre_desktop.services.stores import Store
from ui.dialogs.action_dialog import ActionDialog, required, required_date, text
from ui.labels import VERIFIED_LABELS, enum_label
from ui.widgets.catalog_combo import CatalogCombo
from ui.widgets.partial_date_edit import PartialDateEdit
from ui.widgets.title_choices import title_model

DEFAULT_BODY = "Ban Thường vụ Tỉnh ủy"


def enum_combo(values: list[str]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(enum_label(value), value)
    return combo


class ClearanceDialog(ActionDialog):
    ready_note = N_(
        "Ready to record. The conclusion rests on the dossier as it is now: a later change to "
        "family relations, personal history or discipline makes it stale."
    )

    def __init__(self, parent: QWidget | None, store: Store, cadre_id: str, name: str) -> None:
        super().__init__(
            parent, store, _("New conclusion on political standards — {name}").format(name=name),
            _("Record the conclusion"),
        )  # fmt: skip
        self.cadre_id = cadre_id
        self.number = QLineEdit()
        self.number.setPlaceholderText(_("e.g. 15-KL/BTVTU"))
        self.date = PartialDateEdit()
        self.body = QLineEdit(DEFAULT_BODY)
        self.purpose = enum_combo([p.value for p in ClearancePurpose])
        self.outcome = enum_combo([r.value for r in ClearanceResult])
        self.ceiling = CatalogCombo(title_model(store))
        self.ceiling.setEnabled(False)
        self.ceiling.setToolTip(_("The highest post the conclusion allows (its ceiling)."))
        self.verified = {name: QCheckBox(_(VERIFIED_LABELS[name])) for name in VERIFIED}
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.verified.values()):
            grid.addWidget(box, index // 2, index % 2)
            self.watch(box)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self.add_row(_("&Number:"), self.number)
        self.add_row(_("&Date (dd/mm/yyyy):"), self.date)
        self.add_row(_("Issuing &body:"), self.body)
        self.add_row(_("&Purpose:"), self.purpose)
        self.add_row(_("&Result:"), self.outcome)
        self.add_row(_("&Highest post allowed:"), self.ceiling)
        self.form.addRow(_("What was verified:"), boxes)
        self.add_row(_("N&ote:"), self.note)
        self.outcome.currentIndexChanged.connect(self._result_changed)
        self.report_title.setText(_("Check"))
        self.recheck()

    def _result_changed(self) -> None:
        ceiling = self.outcome.currentData() == ClearanceResult.MEETS_WITH_CEILING.value
        self.ceiling.setEnabled(ceiling)
        if not ceiling:
            self.ceiling.set_value(None)

    def draft(self) -> ClearanceDraft:
        result = ClearanceResult(self.outcome.currentData())
        ceiling = self.ceiling.value() if result is ClearanceResult.MEETS_WITH_CEILING else None
        return ClearanceDraft(
            number=required(self.number, _("the number")),
            date=required_date(self.date, _("the date")),
            body=required(self.body, _("the issuing body")),
            purpose=ClearancePurpose(self.purpose.currentData()),
            result=result,
            ceiling_title=str(ceiling) if ceiling else None,
            verified=frozenset(n for n, box in self.verified.items() if box.isChecked()),
            note=text(self.note),
        )

    def check(self, draft: ClearanceDraft) -> Report | None:
        clearances.check_clearance(self.store, draft)
        return None

    def commit(self, draft: ClearanceDraft) -> str:
        return clearances.record_clearance(self.store, self.cadre_id, draft)
