"""Small dialogs of the evaluation and asset pages: the competent level's decision (finalise,
re-rate), a complaint, the receipt of a declaration. Pages call the ``ask_*`` functions (tests
replace them: a modal dialog would wait for a person)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.values import InvalidDate, PartialDate
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.evaluations import Decision
from cadre_desktop.services.yearly_input import parse_day
from ui.forms.field_form import MESSAGE_STYLE
from ui.widgets.catalog_combo import CatalogCombo, choice_model
from ui.widgets.partial_date_edit import PartialDateEdit
from ui.yearly_labels import yearly_label


class FormDialog(QDialog):
    """Labelled fields, a message line, OK and Cancel; OK only when ``check`` says nothing."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def line(self, label: str, text: str = "") -> QLineEdit:
        editor = QLineEdit(text)
        self.form.addRow(label, editor)
        return editor

    def date(self, label: str, day: dt.date | None = None) -> PartialDateEdit:
        editor = PartialDateEdit()
        editor.setText(day.strftime("%d/%m/%Y") if day else "")
        self.form.addRow(label, editor)
        return editor

    def note(self, label: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 12)
        self.form.addRow(label, editor)
        return editor

    def day(self, editor: QLineEdit, *, required: bool) -> PartialDate | None:
        text = editor.text().strip()
        if not text:
            if required:
                raise ValueError(_("A date is required."))
            return None
        try:
            return parse_day(text)
        except InvalidDate as exc:
            raise ValueError(_("'{text}' is not a date (dd/mm/yyyy).").format(text=text)) from exc

    def check(self) -> Any:
        """The dialog's value; raises ValueError with the sentence to show."""
        raise NotImplementedError

    def _accept(self) -> None:
        try:
            self.value = self.check()
        except ValueError as problem:
            self.message.setText(str(problem))
            return
        self.accept()


class DecisionDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, title: str, rated_by: str, *, rerate: bool = False
    ) -> None:
        super().__init__(parent, title)
        self.rerate = rerate
        if rerate:
            pairs = [(r.value, yearly_label(Rating, r.value)) for r in Rating]
            self.rating = CatalogCombo(choice_model(pairs, optional=True), editable=False)
            self.form.addRow(_("New rating"), self.rating)
            self.reason = self.note(_("Reason for re-rating"))
        self.rated_by = self.line(_("Rated by (the competent level)"), rated_by)
        self.rated_on = self.date(_("Rating date"), dt.date.today())
        self.disclosed_on = self.date(_("Date the result was made known"))
        self.number = self.line(_("Decision number"))
        self.signer = self.line(_("Signed by"))

    def check(self) -> Any:
        if not self.rated_by.text().strip():
            raise ValueError(_("Say who rated (the competent level)."))
        rated_on = self.day(self.rated_on, required=True)
        assert rated_on is not None
        decision = Decision(
            rated_by=self.rated_by.text().strip(),
            rated_on=rated_on,
            disclosed_on=self.day(self.disclosed_on, required=False),
            number=self.number.text().strip() or None,
            signer=self.signer.text().strip() or None,
        )
        if not self.rerate:
            return decision
        if self.rating.value() is None:
            raise ValueError(_("Choose the new rating."))
        if not self.reason.toPlainText().strip():
            raise ValueError(_("Give the reason for the re-rating."))
        return Rating(self.rating.value()), self.reason.toPlainText().strip(), decision


class ComplaintDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, _("Complaint about the rating"))
        self.lodged_on = self.date(_("Lodged on"), dt.date.today())
        self.content = self.note(_("Complaint"))
        self.resolution = self.note(_("Resolution"))
        self.resolved_on = self.date(_("Resolved on"))

    def check(self) -> Any:
        if not self.content.toPlainText().strip():
            raise ValueError(_("Write what the complaint says."))
        return {
            "lodged_on": self.day(self.lodged_on, required=True),
            "content": self.content.toPlainText().strip(),
            "resolution": self.resolution.toPlainText().strip() or None,
            "resolved_on": self.day(self.resolved_on, required=False),
        }


class ReceiptDialog(FormDialog):
    def __init__(self, parent: QWidget | None, received_by: str) -> None:
        super().__init__(parent, _("Receive the declaration as complete"))
        self.received_by = self.line(_("Received by"), received_by)
        self.received_on = self.date(_("Received on"), dt.date.today())

    def check(self) -> Any:
        if not self.received_by.text().strip():
            raise ValueError(_("Say who received the declaration."))
        return self.received_by.text().strip(), self.day(self.received_on, required=True)


def _ask(dialog: FormDialog) -> Any:
    return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_decision(parent: QWidget | None, rated_by: str) -> Decision | None:
    return _ask(DecisionDialog(parent, _("Finalise the rating"), rated_by))


def ask_rerating(parent: QWidget | None, rated_by: str) -> tuple[Rating, str, Decision] | None:
    return _ask(DecisionDialog(parent, _("Re-rate"), rated_by, rerate=True))


def ask_complaint(parent: QWidget | None) -> dict[str, Any] | None:
    return _ask(ComplaintDialog(parent))


def ask_receipt(parent: QWidget | None, received_by: str) -> tuple[str, PartialDate] | None:
    return _ask(ReceiptDialog(parent, received_by))
