"""The Training screen: who needs what by when (cadres in planning first), the courses with
their warnings, and each course's assignments; assigning, completing and withdrawing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.values import InvalidDate, PartialDate
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import courses
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.stores import Store
from cadre_desktop.services.training_needs import training_needs, training_progress
from ui import prompts
from ui.dialogs.course_dialog import CourseDialog
from ui.oversight_labels import need_label
from ui.pages import screen_actions
from ui.pages.screen import Screen
from ui.pages.screen_actions import confirm_report, guarded, read_only_table
from ui.table_models.training_table_models import (
    CourseTableModel,
    EnrollmentTableModel,
    NeedTableModel,
)
from ui.widgets.catalog_combo import CatalogCombo, choice_model


def _page(*parts: QWidget | QHBoxLayout) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for part in parts:
        if isinstance(part, QHBoxLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if isinstance(part, QTableView) else 0)  # tables take the room
    return page


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class TrainingScreen(Screen):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.needs, self.courses, self.enrollments = (
            NeedTableModel(), CourseTableModel(), EnrollmentTableModel())  # fmt: skip
        self.need_view = read_only_table(self.needs, (220, 230, 300, 100))
        self.course_view = read_only_table(self.courses, (330, 170, 95, 95, 240, 80, 120))
        self.enrollment_view = read_only_table(self.enrollments, (220, 230, 110, 130, 110))
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.target_course = CatalogCombo(choice_model([]), editable=False)
        self.shown_course = CatalogCombo(choice_model([]), editable=False)
        for combo in (self.target_course, self.shown_course):
            combo.setMinimumContentsLength(60)  # course names are long
        names = {
            "assign": _("Assign the chosen need to this course"),
            "need_dossier": _("Open the dossier"),
            "new": _("New course…"),
            "from_needs": _("Assign from the needs"),
            "complete": _("Complete the course…"),
            "withdraw": _("Withdraw"),
            "enrolled_dossier": _("Open the dossier"),
        }
        buttons = {key: QPushButton(text) for key, text in names.items()}
        choose = _row(QLabel(_("Course:")), self.target_course, buttons["assign"],
                      buttons["need_dossier"])  # fmt: skip
        course_buttons = _row(buttons["new"], buttons["from_needs"], buttons["complete"])
        shown = _row(QLabel(_("Course:")), self.shown_course)
        enrolled = _row(buttons["withdraw"], buttons["enrolled_dossier"])
        self.tabs = QTabWidget()
        self.tabs.addTab(_page(self.progress, self.need_view, choose), _("Needs"))
        self.tabs.addTab(_page(self.course_view, course_buttons), _("Courses"))
        self.tabs.addTab(_page(shown, self.enrollment_view, enrolled), _("Assignments"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        buttons["assign"].clicked.connect(self.assign_need)
        buttons["need_dossier"].clicked.connect(self.open_need_dossier)
        buttons["new"].clicked.connect(self.new_course)
        buttons["from_needs"].clicked.connect(self.assign_from_needs)
        buttons["complete"].clicked.connect(self.complete_course)
        buttons["withdraw"].clicked.connect(self.withdraw)
        buttons["enrolled_dossier"].clicked.connect(self.open_enrolled_dossier)
        self.shown_course.currentIndexChanged.connect(lambda _i: self.load_enrollments())
        self.refresh()

    def today(self) -> dt.date:
        return dt.date.today()

    def refresh(self) -> None:
        day = self.today()
        self.needs.set_rows(training_needs(self.store, day))
        listed = courses.list_courses(self.store)
        self.courses.set_rows(listed)
        planned = [(c["id"], f"{c['name']} ({c['start']}–{c['end']})") for c in listed
                   if c["status"] == "planned"]  # fmt: skip
        shown = self.shown_course.value()
        self.target_course.setModel(choice_model(planned, optional=False))
        self.shown_course.setModel(choice_model([(c["id"], c["name"]) for c in listed]))
        if shown:
            self.shown_course.set_value(shown)
        figures = training_progress(self.store, day)
        self.progress.setText(" · ".join(
            _("{need}: {met} of {total} meet it, {assigned} assigned").format(
                need=need_label(rule), **row)
            for rule, row in figures.items() if row["total"]))  # fmt: skip
        self.load_enrollments()

    def load_enrollments(self) -> None:
        course_id = self.shown_course.value()
        rows = course_id and guarded(
            self, lambda: courses.course_enrollments(self.store, course_id)
        )
        self.enrollments.set_rows(rows or [])

    def _ask_day(self, title: str) -> PartialDate | None:
        text = prompts.ask_text(
            self, title, _("Date (dd/mm/yyyy)"), self.today().strftime("%d/%m/%Y")
        )
        if text is None:
            return None
        try:
            return PartialDate.parse_vn(text)
        except InvalidDate:
            prompts.show_error(self, _("{text} is not a date like 12/03/2026.").format(text=text))
            return None

    def _changed(self, cadres: list[str]) -> None:
        self.refresh()
        self.changed.emit(Changes(cadres=frozenset(cadres)))

    def assign_need(self) -> None:
        row = self.needs.row_at(self.need_view.currentIndex().row())
        course_id = self.target_course.value()
        if row is None or not course_id:
            return
        day = PartialDate.of(self.today())
        n = row.need
        if guarded(
            self, lambda: courses.assign(self.store, course_id, [n.cadre_id], day, n.rule_id)
        ):
            self._changed([n.cadre_id])

    def _course(self) -> str | None:
        row = self.courses.row_at(self.course_view.currentIndex().row())
        return str(row["id"]) if row else None

    def new_course(self) -> None:
        dialog = CourseDialog(self, self.store)
        if not screen_actions.run_dialog(dialog) or (draft := guarded(self, dialog.draft)) is None:
            return
        report = guarded(self, lambda: courses.check_course(self.store, draft))
        if report is None or not confirm_report(self, report):
            return
        if guarded(self, lambda: courses.add_course(self.store, draft)):
            self._changed([])

    def assign_from_needs(self) -> None:
        course_id = self._course()
        day = PartialDate.of(self.today())
        if course_id and guarded(self, lambda: courses.assign_needs(self.store, course_id, day)):
            self._changed([])

    def complete_course(self) -> None:
        course_id = self._course()
        day = self._ask_day(_("Complete the course")) if course_id else None
        if course_id and day:
            done = guarded(self, lambda: courses.complete(self.store, course_id, day))
            if done is not None:
                self._changed([])

    def withdraw(self) -> None:
        row = self.enrollments.row_at(self.enrollment_view.currentIndex().row())
        day = self._ask_day(_("Withdraw from the course")) if row else None
        if (
            row
            and day
            and prompts.confirm(
                self, _("Withdraw {name} from the course?").format(name=row["name"])
            )
        ):
            guarded(self, lambda: courses.withdraw(self.store, row["id"], day))
            self._changed([row["cadre"]])

    def open_need_dossier(self) -> None:
        row = self.needs.row_at(self.need_view.currentIndex().row())
        if row is not None:
            self.open_dossier_requested.emit(row.need.cadre_id)

    def open_enrolled_dossier(self) -> None:
        row = self.enrollments.row_at(self.enrollment_view.currentIndex().row())
        if row is not None:
            self.open_dossier_requested.emit(row["cadre"])
