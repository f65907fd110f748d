"""The planning forms: put a cadre in the planning for a title (the rules' report shown before
the officer confirms), take one out by a decision, add a term, set a title's seats."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from cadre_desktop.domain.personnel import PlanningGroup
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.services import planning
from cadre_desktop.services.planning import PlanDraft
from cadre_desktop.services.planning_board import TermRow
from cadre_desktop.services.stores import Store
from ui.dialogs.action_dialog import ActionDialog, chosen_code, required, required_date, text
from ui.labels import GROUP_LABELS
from ui.widgets.catalog_combo import CatalogCombo
from ui.widgets.partial_date_edit import PartialDateEdit
from ui.widgets.title_choices import title_model

REVIEW_HINT = N_(
    "Additions and removals are made at the annual review in Quarter I and reported by June "
    "(QĐ 377-QĐ/TW Đ24); each needs its decision."
)


class PlanCandidateDialog(ActionDialog):
    """A cadre planned for a title of the term, with its approving decision."""

    def __init__(
        self, parent: QWidget | None, store: Store, term: TermRow, titles: list[tuple[str, str]],
        title_code: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(
            parent, store, _("Plan a cadre — term {term}").format(term=term.code),
            _("Add to the planning"),
        )  # fmt: skip
        self.term = term
        self.add_cadre_picker()
        self.title = QComboBox()
        for code, name in titles:
            self.title.addItem(name, code)
        if title_code is not None:
            self.title.setCurrentIndex(max(0, self.title.findData(title_code)))
        self.group = QComboBox()
        for group in PlanningGroup:
            self.group.addItem(_(GROUP_LABELS[group.value]), group.value)
        self.decision_date = PartialDateEdit()
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(_("e.g. 15-QĐ/TU"))
        self.decision_body = QLineEdit(term.approving_level)
        self.training_plan = QLineEdit()
        self.training_plan.setPlaceholderText(
            _("For group 2 below the political-theory standard: the course and its years")
        )
        self.add_row(_("&Title:"), self.title)
        self.add_row(_("&Group:"), self.group)
        self.add_row(_("Decision &date:"), self.decision_date)
        self.add_row(_("Decision &number:"), self.decision_number)
        self.add_row(_("Approving &body:"), self.decision_body)
        self.add_row(_("T&raining plan:"), self.training_plan)
        self.add_hint(_(REVIEW_HINT))
        self.picker.search.setFocus()
        self.recheck()

    def draft(self) -> PlanDraft:
        return PlanDraft(
            cadre_id=self.chosen_cadre(),
            term_code=self.term.code,
            title_code=str(self.title.currentData()),
            group=PlanningGroup(self.group.currentData()),
            on=required_date(self.decision_date, _("the decision date")),
            decision_number=required(self.decision_number, _("the decision number")),
            decision_body=text(self.decision_body),
            training_plan=text(self.training_plan),
        )

    def check(self, draft: PlanDraft) -> Report:
        return planning.check_plan(self.store, draft)

    def commit(self, draft: PlanDraft) -> str:
        return planning.plan(self.store, draft)


class RemoveEntryDialog(ActionDialog):
    """Take a cadre out of the planning at the annual review, by its decision."""

    ready_note = N_("The entry stays in the history with its removal decision.")

    def __init__(self, parent: QWidget | None, store: Store, entry_id: str, who: str) -> None:
        super().__init__(
            parent, store, _("Remove from the planning — {who}").format(who=who),
            _("Remove from the planning"),
        )  # fmt: skip
        self.entry_id = entry_id
        self.day = PartialDateEdit()
        self.decision = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_("e.g. annual review 2027: no longer meets the standard"))
        self.add_row(_("&Date:"), self.day)
        self.add_row(_("Decision &number:"), self.decision)
        self.add_row(_("&Reason:"), self.reason)
        self.add_hint(_(REVIEW_HINT))
        self.report_title.setText(_("Check"))
        self.recheck()

    def draft(self) -> tuple[PartialDate, str, str]:
        return (
            required_date(self.day, _("the date")),
            required(self.reason, _("the reason")),
            required(self.decision, _("the decision number")),
        )

    def check(self, draft: object) -> Report | None:
        return None

    def commit(self, draft: tuple[PartialDate, str, str]) -> None:
        day, reason, decision = draft
        planning.remove_entry(self.store, self.entry_id, day, reason, decision)


class TermDialog(ActionDialog):
    ready_note = N_("Ready to add the term; then set the titles and their seats.")

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent, store, _("New planning term"), _("Add the term"))
        self.first = QSpinBox()
        self.first.setRange(2000, 2100)
        self.first.setValue(2030)
        self.last = QSpinBox()
        self.last.setRange(2000, 2105)
        self.last.setValue(2035)
        self.code = QLineEdit("2030-2035")
        self.reference = PartialDateEdit()
        self.reference.setToolTip(_("The date the age rule counts to (QĐ 377-QĐ/TW Đ25.3)"))
        self.level = QLineEdit("Ban Thường vụ Tỉnh ủy")
        self.add_row(_("&First year:"), self.first)
        self.add_row(_("&Last year:"), self.last)
        self.add_row(_("&Code:"), self.code)
        self.add_row(_("Age &reference date:"), self.reference)
        self.add_row(_("Approving &level:"), self.level)
        self.first.valueChanged.connect(self._code)
        self.last.valueChanged.connect(self._code)
        self.report_title.setText(_("Check"))
        self.recheck()

    def _code(self) -> None:
        self.code.setText(f"{self.first.value()}-{self.last.value()}")

    def draft(self) -> tuple[str, int, int, PartialDate, str]:
        if self.last.value() <= self.first.value():
            raise UsageError("The last year must come after the first.")
        return (
            required(self.code, _("the code")), self.first.value(), self.last.value(),
            required_date(self.reference, _("the age reference date")),
            required(self.level, _("the approving level")),
        )  # fmt: skip

    def check(self, draft: object) -> Report | None:
        return None

    def commit(self, draft: tuple[str, int, int, PartialDate, str]) -> str:
        return planning.add_term(self.store, *draft)


class TitleSeatsDialog(ActionDialog):
    ready_note = N_("Ready: the number of seats sets how many may be planned for the title.")

    def __init__(self, parent: QWidget | None, store: Store, term: TermRow) -> None:
        super().__init__(
            parent, store, _("Title and seats — term {term}").format(term=term.code),
            _("Save the seats"),
        )  # fmt: skip
        self.term = term
        self.title = CatalogCombo(title_model(store))
        self.seats = QSpinBox()
        self.seats.setRange(1, 200)
        self.add_row(_("&Title:"), self.title)
        self.add_row(_("&Seats:"), self.seats)
        self.report_title.setText(_("Check"))
        self.recheck()

    def draft(self) -> tuple[str, int]:
        return chosen_code(self.title, N_("Choose the title.")), self.seats.value()

    def check(self, draft: tuple[str, int]) -> Report | None:
        if not self.store.catalogs().has("title", draft[0]):
            raise UsageError("There is no title {code} in the catalog.", code=draft[0])
        return None

    def commit(self, draft: tuple[str, int]) -> None:
        planning.set_title(self.store, self.term.code, *draft)
