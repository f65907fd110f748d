"""An administrator changes an editable (provincial) rule parameter, with the reason; the edit
is recorded in the audit log, and the shipped file stays as it is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.rules.params import Parameter
from cadre_desktop.services import rule_params
from cadre_desktop.services.stores import Store
from ui.dialogs.action_dialog import ActionDialog, date, required
from ui.widgets.partial_date_edit import PartialDateEdit


class RuleParameterDialog(ActionDialog):
    ready_note = N_(
        "Ready. The change applies to actions judged from its date on; the audit log keeps the "
        "old and new value, your name and the reason."
    )

    def __init__(self, parent: QWidget | None, store: Store, parameter: Parameter) -> None:
        super().__init__(
            parent, store, _("Change a rule parameter — {key}").format(key=parameter.key),
            _("Change the parameter"),
        )  # fmt: skip
        self.parameter = parameter
        basis = QLabel(parameter.legal_basis)
        basis.setWordWrap(True)
        self.value = QLineEdit(parameter.text)
        self.value.setToolTip(_("A whole number, or a ratio like 2/3"))
        self.valid_from = PartialDateEdit()
        self.valid_from.setPlaceholderText(_("as before (dd/mm/yyyy)"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_("e.g. Nghị quyết số …-NQ/TU ngày …"))
        self.form.addRow(_("Legal basis:"), basis)
        self.form.addRow(_("Current value:"), QLabel(parameter.text))
        self.add_row(_("&New value:"), self.value)
        self.add_row(_("Valid &from:"), self.valid_from)
        self.add_row(_("&Reason:"), self.reason)
        self.report_title.setText(_("Check"))
        self.value.setFocus()
        self.value.selectAll()
        self.recheck()

    def draft(self) -> tuple[str, dt.date | None, str]:
        day = date(self.valid_from, "", optional=True)
        if day is not None and not day.is_full:
            raise UsageError("Give the full date the change takes effect, like 01/01/2027.")
        value = required(self.value, _("the new value"))
        return value, day.earliest() if day else None, required(self.reason, _("the reason"))

    def check(self, draft: tuple[str, dt.date | None, str]) -> Report | None:
        rule_params.check_parameter(self.store, self.parameter.id, draft[0])
        return None

    def commit(self, draft: tuple[str, dt.date | None, str]) -> Parameter:
        value, valid_from, reason = draft
        return rule_params.set_parameter(
            self.store, self.parameter.id, value, valid_from=valid_from, reason=reason
        )
