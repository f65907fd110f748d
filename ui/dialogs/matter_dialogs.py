"""The register's forms: a new matter, its next step, an extension, its closing (with the
discipline a founded conclusion leads to). Each builds a draft; the screen asks the rules."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.oversight_enums import (
    EARLY_ENDINGS,
    FLOW,
    Ground,
    MatterKind,
    MatterOutcome,
    MatterStatus,
    Sensitivity,
)
from cadre_desktop.domain.values import InvalidDate, PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import matters
from cadre_desktop.services.decision_targets import find_cadres, targets_of
from cadre_desktop.services.stores import Store
from ui.labels import catalog_label
from ui.oversight_labels import label
from ui.widgets.catalog_combo import CatalogCombo, choice_model
from ui.widgets.partial_date_edit import PartialDateEdit

# The three forms named "Khiển trách" differ by who disciplines: say it beside the form.
SYSTEMS = {"party": N_("Party"), "government": N_("State"), "mass": N_("Mass organisation")}


def read_date(edit: QLineEdit, what: str, required: bool = True) -> PartialDate | None:
    text = edit.text().strip()
    if not text and not required:
        return None
    try:
        return PartialDate.parse_vn(text)
    except InvalidDate as exc:
        raise UsageError("{text} is not a date like 12/03/2026 ({what}).", text=text,
                         what=what) from exc  # fmt: skip


def _combo(kind: type, values: list[str], optional: bool = False) -> CatalogCombo:
    return CatalogCombo(choice_model([(v, label(kind, v)) for v in values], optional),
                        editable=False)  # fmt: skip


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class MatterDialog(QDialog):
    """Enter a matter: what, from whom, when, about whom or which decision."""

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(_("New matter of the register"))
        self.kind = _combo(MatterKind, [k.value for k in MatterKind])
        self.source = QLineEdit()
        self.received = PartialDateEdit()
        self.find = QLineEdit()
        self.find.setPlaceholderText(_("Name, ID number or unit"))
        find_button = QPushButton(_("Find"))
        find_button.clicked.connect(self.find_cadres)
        self.cadre = CatalogCombo(choice_model([]), editable=False)
        self.cadre.currentIndexChanged.connect(lambda _i: self.load_targets())
        self.target = CatalogCombo(choice_model([]), editable=False)
        self.subject = QLineEdit()
        self.summary = QLineEdit()
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(90)
        self.grounds = {g: QCheckBox(label(Ground, g)) for g in Ground}
        grid = QGridLayout()
        for i, box in enumerate(self.grounds.values()):
            grid.addWidget(box, i // 2, i % 2)
        ground_box = QGroupBox(_("What it is about"))
        ground_box.setLayout(grid)
        self.sensitivity = _combo(Sensitivity, [s.value for s in Sensitivity], optional=True)
        self.sensitivity.setToolTip(
            _("Left empty: by the kind (denunciations and position-buying reports restricted).")
        )
        self.complainant = QLineEdit()
        self.complainant.setToolTip(_("Kept confidential: never listed nor printed."))
        self.anonymous = QCheckBox(_("Anonymous"))
        finder = QHBoxLayout()
        finder.addWidget(self.find, 1)
        finder.addWidget(find_button)
        form = QFormLayout()
        form.addRow(_("Kind"), self.kind)
        form.addRow(_("Sent by"), self.source)
        form.addRow(_("Received on"), self.received)
        form.addRow(_("Find the cadre"), finder)
        form.addRow(_("Cadre concerned"), self.cadre)
        form.addRow(_("Against the decision"), self.target)
        form.addRow(_("Concerns (as received)"), self.subject)
        form.addRow(_("Summary"), self.summary)
        form.addRow(_("Content"), self.content)
        form.addRow(_("Sensitivity"), self.sensitivity)
        form.addRow(_("Complainant"), self.complainant)
        form.addRow("", self.anonymous)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ground_box)
        layout.addWidget(_buttons(self))

    def find_cadres(self) -> None:
        found = find_cadres(self.store, self.find.text())
        self.cadre.setModel(choice_model(found))
        if found:
            self.cadre.setCurrentIndex(1)

    def load_targets(self) -> None:
        cadre_id = self.cadre.value()
        self.target.setModel(choice_model(targets_of(self.store, cadre_id) if cadre_id else []))

    def draft(self) -> matters.MatterDraft:
        received = read_date(self.received, _("Received on"))
        assert received is not None
        sensitivity = self.sensitivity.value()
        return matters.MatterDraft(
            kind=MatterKind(self.kind.value()), source=self.source.text(), received_on=received,
            summary=self.summary.text(), cadre_id=self.cadre.value(),
            subject_name=self.subject.text() or None, target_id=self.target.value(),
            content=self.content.toPlainText() or None,
            grounds=frozenset(g for g, box in self.grounds.items() if box.isChecked()),
            sensitivity=Sensitivity(sensitivity) if sensitivity else None,
            complainant=self.complainant.text() or None, anonymous=self.anonymous.isChecked(),
        )  # fmt: skip


def next_status(status: MatterStatus) -> MatterStatus | None:
    at = FLOW.index(status)
    return FLOW[at + 1] if at + 1 < len(FLOW) - 1 else None  # closing has its own form


class StepDialog(QDialog):
    """The next step of the flow: assigned (who handles it), verifying, or concluded."""

    def __init__(self, parent: QWidget | None, to: MatterStatus) -> None:
        super().__init__(parent)
        self.to = to
        self.setWindowTitle(_("Next step: {status}").format(status=label(MatterStatus, to)))
        self.day = PartialDateEdit()
        self.body = QLineEdit()
        self.handler = QLineEdit()
        found = [o.value for o in MatterOutcome if o not in EARLY_ENDINGS]
        self.outcome = _combo(MatterOutcome, found)
        self.conclusion = QPlainTextEdit()
        self.conclusion.setFixedHeight(80)
        self.document = QLineEdit()
        self.by = QLineEdit()
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(_("Date"), self.day)
        if to is MatterStatus.ASSIGNED:
            form.addRow(_("Handling body"), self.body)
            form.addRow(_("Handled by"), self.handler)
        if to is MatterStatus.CONCLUDED:
            form.addRow(_("Outcome"), self.outcome)
            form.addRow(_("Conclusion"), self.conclusion)
            form.addRow(_("Conclusion document"), self.document)
            form.addRow(_("Concluded by"), self.by)
        form.addRow(_("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def draft(self) -> matters.StepDraft:
        day = read_date(self.day, _("Date"))
        assert day is not None
        concluding = self.to is MatterStatus.CONCLUDED
        return matters.StepDraft(
            self.to, day, self.body.text() or None, self.handler.text() or None,
            MatterOutcome(self.outcome.value()) if concluding else None,
            self.conclusion.toPlainText() or None, self.document.text() or None,
            self.by.text() or None, self.note.text() or None,
        )  # fmt: skip


class ExtendDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Extend the deadline"))
        self.due = PartialDateEdit()
        self.day = PartialDateEdit()
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(_("New deadline"), self.due)
        form.addRow(_("Decided on"), self.day)
        form.addRow(_("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[PartialDate, PartialDate, str]:
        due, day = read_date(self.due, _("New deadline")), read_date(self.day, _("Decided on"))
        assert due is not None and day is not None
        return due, day, self.reason.text()


class CloseDialog(QDialog):
    """Close a matter; before a conclusion only as not accepted or transferred; a founded
    conclusion may lead to a discipline recorded in the dossier."""

    def __init__(self, parent: QWidget | None, store: Store, concluded: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Close the matter"))
        self.day = PartialDateEdit()
        self.early = _combo(MatterOutcome, [o.value for o in EARLY_ENDINGS])
        self.note = QLineEdit()
        forms = [
            (i.code, f"{catalog_label(i)} — {_(SYSTEMS.get(str(i.extra.get('system')), ''))}")
            for i in store.catalogs().items("discipline_form", dt.date.today())
        ]
        self.discipline = QGroupBox(_("Record a discipline in the dossier"))
        self.discipline.setCheckable(True)
        self.discipline.setChecked(False)
        self.form = CatalogCombo(choice_model(forms, optional=False))
        self.start, self.end = PartialDateEdit(), PartialDateEdit()
        self.decision, self.body, self.signer = QLineEdit(), QLineEdit(), QLineEdit()
        inner = QFormLayout(self.discipline)
        inner.addRow(_("Form of discipline"), self.form)
        inner.addRow(_("From"), self.start)
        inner.addRow(_("To"), self.end)
        inner.addRow(_("Decision number"), self.decision)
        inner.addRow(_("Issuing body"), self.body)
        inner.addRow(_("Signed by"), self.signer)
        form = QFormLayout()
        form.addRow(_("Date"), self.day)
        if not concluded:
            form.addRow(_("Ends as"), self.early)
        form.addRow(_("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if concluded:
            layout.addWidget(self.discipline)
        layout.addWidget(_buttons(self))
        self.concluded = concluded

    def draft(self) -> tuple[matters.StepDraft, matters.DisciplineDraft | None]:
        day = read_date(self.day, _("Date"))
        assert day is not None
        outcome = None if self.concluded else MatterOutcome(self.early.value())
        step = matters.StepDraft(MatterStatus.CLOSED, day, outcome=outcome,
                                 note=self.note.text() or None)  # fmt: skip
        if not (self.concluded and self.discipline.isChecked()):
            return step, None
        start = read_date(self.start, _("From"))
        assert start is not None
        return step, matters.DisciplineDraft(
            str(self.form.value()), start, self.decision.text(),
            read_date(self.end, _("To"), required=False), self.body.text() or None,
            self.signer.text() or None,
        )  # fmt: skip
