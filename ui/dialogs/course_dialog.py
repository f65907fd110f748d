"""A new course: name, kind and the level it grants, institution, place, dates and places."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.enums import TrainingKind
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import courses
from cadre_desktop.services.dossier_fields import TRAINING_LEVEL_CATALOG
from cadre_desktop.services.stores import Store
from ui.dialogs.matter_dialogs import read_date
from ui.labels import catalog_label, enum_label
from ui.widgets.catalog_combo import CatalogCombo, choice_model
from ui.widgets.partial_date_edit import PartialDateEdit


class CourseDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(_("New course"))
        self.name, self.institution, self.place = QLineEdit(), QLineEdit(), QLineEdit()
        kinds = [(k.value, enum_label(k)) for k in TrainingKind]
        self.kind = CatalogCombo(choice_model(kinds, optional=False), editable=False)
        self.kind.currentIndexChanged.connect(lambda _i: self.load_levels())
        self.level = CatalogCombo(choice_model([]), editable=False)
        languages = [(i.code, catalog_label(i)) for i in store.catalogs().items("language")]
        self.language = CatalogCombo(choice_model(languages))
        self.start, self.end = PartialDateEdit(), PartialDateEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 500)
        self.capacity.setSpecialValueText(_("no limit"))
        self.provincial = QCheckBox(_("The province's own course"))
        form = QFormLayout()
        for text, widget in (
            (_("Course"), self.name), (_("Kind"), self.kind), (_("Level granted"), self.level),
            (_("Language"), self.language), (_("Institution"), self.institution),
            (_("Place"), self.place), (_("From"), self.start), (_("To"), self.end),
            (_("Places"), self.capacity), ("", self.provincial),
        ):  # fmt: skip
            form.addRow(text, widget)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        self.load_levels()

    def load_levels(self) -> None:
        catalog = TRAINING_LEVEL_CATALOG.get(str(self.kind.value()))
        items = self.store.catalogs().items(catalog) if catalog else []
        self.level.setModel(choice_model([(i.code, catalog_label(i)) for i in items]))

    def draft(self) -> courses.CourseDraft:
        start, end = read_date(self.start, _("From")), read_date(self.end, _("To"))
        assert start is not None and end is not None
        return courses.CourseDraft(
            name=self.name.text(), kind=TrainingKind(self.kind.value()),
            institution=self.institution.text(), start=start, end=end,
            level=self.level.value(), language=self.language.value(),
            provincial=self.provincial.isChecked(), place=self.place.text() or None,
            capacity=self.capacity.value() or None,
        )  # fmt: skip
