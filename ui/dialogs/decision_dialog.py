"""Record a signed decision (appointment, reappointment, nomination, rotation move): every rule
is asked again on the signing date, and the report is shown before the officer confirms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.services.decisions import DecisionDraft
from cadre_desktop.services.stores import Store
from ui.dialogs.action_dialog import ActionDialog, date, required, required_date
from ui.widgets.partial_date_edit import PartialDateEdit


class DecisionDialog(ActionDialog):
    def __init__(
        self,
        parent: QWidget | None,
        store: Store,
        title: str,
        check: Callable[[DecisionDraft], Report],
        commit: Callable[[DecisionDraft], Any],
        *,
        signer: str = "",
        body: str = "",
    ) -> None:
        super().__init__(parent, store, title, _("Record the decision"))
        self._check, self._commit = check, commit
        self.number = QLineEdit()
        self.number.setPlaceholderText(_("e.g. 68/QĐ-UBND"))
        self.signed = PartialDateEdit()
        self.signer = QLineEdit(signer)
        self.body = QLineEdit(body)
        self.effective = PartialDateEdit()
        self.effective.setPlaceholderText(_("the signing date"))
        self.add_row(_("Decision &number:"), self.number)
        self.add_row(_("&Signed on:"), self.signed)
        self.add_row(_("Si&gner:"), self.signer)
        self.add_row(_("Issuing &body:"), self.body)
        self.add_row(_("&Effective from:"), self.effective)
        self.number.setFocus()
        self.recheck()

    def draft(self) -> DecisionDraft:
        return DecisionDraft(
            number=required(self.number, _("the decision number")),
            date=required_date(self.signed, _("the signing date")),
            signer=required(self.signer, _("the signer")),
            body=required(self.body, _("the issuing body")),
            effective=date(self.effective, "", optional=True),
        )

    def check(self, draft: DecisionDraft) -> Report:
        return self._check(draft)

    def commit(self, draft: DecisionDraft) -> Any:
        return self._commit(draft)
