"""One dossier in its own tab: a page per section of the 2C CV, saved whole with Ctrl+S."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.model import Cadre
from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import attachments, dossier_edit, printing
from cadre_desktop.services.dossier_edit import DraftRefused, EditableDossier, EditableRow, Report
from cadre_desktop.services.dossier_fields import COLLECTION_CLASSES, fields_of
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs.print_preview_dialog import PrintPreviewDialog
from ui.forms.choices import Choices
from ui.forms.field_form import FieldForm
from ui.forms.sections import SECTIONS, Section
from ui.pages.attachments_section import AttachmentsSection
from ui.pages.history_section import HistorySection
from ui.pages.registry import RECORD_PAGES
from ui.table_models.history_table_model import HistoryTableModel

ATTACHMENT_COLUMNS = ("kind", "title", "filename", "document_date", "note")


class DossierPage(QWidget):
    dirty_changed = Signal(bool)
    saved = Signal(object)  # Changes

    def __init__(self, store: Store, draft: EditableDossier, choices: Choices) -> None:
        super().__init__()
        self.store = store
        self.draft = draft
        self.choices = choices
        self.context = dossier_edit.edit_context(store)
        self.dirty = draft.created
        self.touched: set[tuple[str | None, str]] = set()
        self.show_all = False
        self.typed_errors: dict[str, str] = {}
        self.report = Report()
        self.specs = {spec.json_key: spec for spec in fields_of(Cadre)}
        self.forms: dict[int, FieldForm] = {}
        self.models: list[tuple[str, HistoryTableModel]] = []
        self.sections: list[QWidget | None] = [None] * (len(SECTIONS) + len(RECORD_PAGES))
        self.attachments: AttachmentsSection | None = None

        self.name = QLabel()
        self.name.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.state = QLabel()
        self.save_button = QPushButton(_("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        header = QHBoxLayout()
        header.addWidget(self.name)
        header.addWidget(self.state)
        header.addStretch(1)
        header.addWidget(self.save_button)
        self.print_button = QPushButton(_("Print… (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_preview)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_preview)
        header.addWidget(self.print_button)
        self.nav = QListWidget()
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setFixedWidth(300)
        self.nav.setWordWrap(True)
        self.nav.setSpacing(1)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget { background: transparent; }"
            "QListWidget::item { padding: 7px 10px; border-radius: 4px; }"
            "QListWidget::item:selected { background: #2f6fb0; color: white; }"
        )
        for section in SECTIONS:
            self.nav.addItem(_(section.title))
        for entry in RECORD_PAGES:
            self.nav.addItem(_(entry.title))
        self.stack = QStackedWidget()
        for _page in self.sections:
            self.stack.addWidget(QWidget())
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.nav.currentRowChanged.connect(self.show_section)
        self.nav.setCurrentRow(0)
        self._update_header()

    # -- building pages on first view (opening a dossier stays quick) ------------------

    def show_section(self, number: int) -> None:
        if number < 0:
            return
        if self.sections[number] is None:
            if number < len(SECTIONS):
                page = self._build(number, SECTIONS[number])
            else:
                page = self._record_page(RECORD_PAGES[number - len(SECTIONS)])
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            old = self.stack.widget(number)
            self.stack.insertWidget(number, scroll)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.sections[number] = scroll
            self._distribute()
        self.stack.setCurrentIndex(number)

    def _build(self, number: int, section: Section) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(18)
        title = QLabel(_(section.title))
        title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        layout.addWidget(title)
        if section.groups:
            form = FieldForm(section.groups, self.specs, self.choices)
            form.load(self.draft.values)
            form.edited.connect(lambda key, form=form: self._field_edited(form, key))
            self.forms[number] = form
            layout.addWidget(form)
        for table in section.tables:
            cls = COLLECTION_CLASSES[table.collection]
            specs = [s for s in fields_of(cls) if s.json_key not in table.hidden]
            model = self._model(table.collection, specs, table.only)
            layout.addWidget(HistorySection(_(table.title), model))
        if section.attachments:
            specs = list(fields_of(COLLECTION_CLASSES["attachments"]))
            shown = [s for s in specs if s.json_key in ATTACHMENT_COLUMNS]
            model = self._model("attachments", shown, None)
            self.attachments = AttachmentsSection(model, self._read_bytes, self._save_copy)
            layout.addWidget(self.attachments, 1)
        else:
            layout.addStretch(1)
        return page

    def _record_page(self, entry: Any) -> QWidget:
        """A page of records kept beside the CV (clearances, ratings…), saved on its own."""
        if self.draft.created:
            note = QLabel(_("Save the new dossier first; then its other records can be added."))
            note.setWordWrap(True)
            note.setContentsMargins(16, 16, 16, 16)
            return note
        page: QWidget = entry.load()(self.store, self.draft.id)
        return page

    def _forget_record_pages(self) -> None:
        """Record pages hold the store they were built with: build them again when shown."""
        for number in range(len(SECTIONS), len(self.sections)):
            built = self.sections[number]
            if built is None:
                continue
            self.sections[number] = None
            placeholder = QWidget()
            self.stack.insertWidget(number, placeholder)
            self.stack.removeWidget(built)
            built.deleteLater()
        if self.nav.currentRow() >= len(SECTIONS):
            self.show_section(self.nav.currentRow())

    def _model(self, collection: str, specs: list[Any], only: Any) -> HistoryTableModel:
        model = HistoryTableModel(self.draft.rows[collection], specs, self.choices, only)
        model.edited.connect(lambda collection=collection: self._table_edited(collection))
        self.models.append((collection, model))
        return model

    def _read_bytes(self, row: EditableRow) -> bytes:
        return attachments.attachment_bytes(self.store, row)

    def _save_copy(self, row: EditableRow, target: Path) -> None:
        attachments.save_copy(self.store, row, self.draft.id, target)

    # -- edits and checks ----------------------------------------------------------------

    def _field_edited(self, form: FieldForm, key: str) -> None:
        message = form.read(key, self.draft.values)
        if message:
            self.typed_errors[key] = message
        else:
            self.typed_errors.pop(key, None)
        self.touched.add((None, key))
        self._changed()

    def _table_edited(self, collection: str) -> None:
        self.touched.add((collection, ""))
        self._changed()

    def _changed(self) -> None:
        self.report = dossier_edit.check(self.draft, self.context)
        self._distribute()
        if not self.dirty:
            self.dirty = True
            self.dirty_changed.emit(True)
        self._update_header()

    def _visible(self, collection: str | None, key: str | None) -> bool:
        if self.show_all:
            return True
        return (collection, key or "") in self.touched or (collection, "") in self.touched

    def _distribute(self) -> None:
        """Place each message beside its field (only on fields touched, until a save)."""
        fields: dict[str, str] = {}
        cells: dict[str, dict[tuple[int, str], str]] = {}
        for m in self.report.messages:
            if not self._visible(m.collection, m.key):
                continue
            if m.collection is None and m.key is not None:
                fields.setdefault(m.key, m.text)
            elif m.collection is not None and m.row is not None:
                row = self.draft.rows[m.collection][m.row]
                cells.setdefault(m.collection, {})[(id(row), m.key or "")] = m.text
        fields.update(self.typed_errors)
        for form in self.forms.values():
            for key in form.editors:
                form.show_message(key, fields.get(key, ""))
        for collection, model in self.models:
            model.set_messages(cells.get(collection, {}))

    def problem_lines(self) -> list[str]:
        lines = [f"{_(self.specs[k].label)}: {text}" for k, text in self.typed_errors.items()]
        typed = set(self.typed_errors)
        lines += [
            line
            for m, line in zip(self.report.messages, self.report.sentences(), strict=True)
            if not (m.collection is None and m.key in typed)
        ]
        for _collection, model in self.models:
            for text, message in model.typed_errors.values():
                lines.append(f"'{text}': {message}")
        return lines

    # -- saving ------------------------------------------------------------------------------

    def print_preview(self) -> None:
        """Preview the 2C CV of the saved dossier (what is printed is what was saved)."""
        if self.dirty and not self.save():
            return
        dialog = PrintPreviewDialog(
            self,
            lambda layout: printing.print_cv(self.store, self.draft.id, layout or "tctw98"),
            printing.LAYOUTS,
        )
        dialog.exec()

    def save(self) -> bool:
        """Save the whole dossier; on refusal show every problem and write nothing."""
        created = self.draft.created
        self.report = dossier_edit.check(self.draft, self.context)
        self.show_all = True
        self._distribute()
        lines = self.problem_lines()
        if lines:
            sentence = _("The dossier was not saved because it has {count} problem(s).")
            prompts.show_report(self, sentence.format(count=len(lines)), lines)
            return False
        try:
            changes = dossier_edit.save(self.store, self.draft)
        except DraftRefused as refused:
            prompts.show_report(self, refused.sentence(), refused.report.sentences())
            return False
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return False
        self.dirty = False
        self.show_all = False
        self.touched.clear()
        if created:
            self._forget_record_pages()
        self._update_header()
        self.dirty_changed.emit(False)
        self.saved.emit(changes)
        return True

    def title(self) -> str:
        name = self.draft.full_name or _("New cadre")
        return f"● {name}" if self.dirty else name

    def _update_header(self) -> None:
        self.name.setText(self.draft.full_name or _("New cadre"))
        self.state.setText(_("Unsaved changes") if self.dirty else "")
        self.state.setStyleSheet("color: #8a5300; font-weight: 600;")

    def set_store(self, store: Store) -> None:
        """After an unlock the store is a new object; the draft stays as it was."""
        self.store = store
        self.context = dossier_edit.edit_context(store)
        self._forget_record_pages()

    def forget_previews(self) -> None:
        if self.attachments is not None:
            self.attachments.clear_preview()

    def field(self, key: str) -> QWidget:
        """The editor of a dossier field (for tests and focus)."""
        for form in self.forms.values():
            if key in form.editors:
                return form.editors[key]
        raise KeyError(key)
