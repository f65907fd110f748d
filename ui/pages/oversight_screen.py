"""The Oversight screen: the register with its filters and deadlines, a matter's detail with its
steps, scans and links to the cadre and the decision; the next step, an extension, the closing
(with the discipline a founded conclusion leads to); the register printed or exported on
purpose. Every step is checked by the rules before the officer commits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.oversight_enums import MatterKind, MatterStatus
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import matter_queries, matter_register, matters
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs.matter_dialogs import (
    CloseDialog,
    ExtendDialog,
    MatterDialog,
    StepDialog,
    next_status,
)
from ui.dialogs.print_preview_dialog import PrintPreviewDialog
from ui.oversight_labels import label
from ui.pages import screen_actions
from ui.pages.matter_detail import MatterDetail
from ui.pages.screen import Screen
from ui.pages.screen_actions import confirm_report, guarded, read_only_table
from ui.table_models.oversight_table_models import MatterTableModel
from ui.widgets.catalog_combo import CatalogCombo, choice_model

COLUMN_WIDTHS = (62, 92, 170, 150, 260, 170, 92, 120)


def _choices(kind: type[MatterKind] | type[MatterStatus], everything: str) -> CatalogCombo:
    """A filter: the first choice ("" as its code) keeps every value."""
    values = [("", everything), *((v.value, label(kind, v)) for v in kind)]
    return CatalogCombo(choice_model(values, optional=False), editable=False)


class OversightScreen(Screen):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.model = MatterTableModel()
        self.status = _choices(MatterStatus, _("Every status"))
        self.kind = _choices(MatterKind, _("Every kind"))
        self.open_only = QCheckBox(_("Open only"))
        self.overdue_only = QCheckBox(_("Overdue only"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Number, name or summary"))
        self.search.setClearButtonEnabled(True)
        new = QPushButton(_("New matter…"))
        printing = QPushButton(_("Print the register…"))
        export = QPushButton(_("Export…"))
        bar = QHBoxLayout()
        for widget in (self.status, self.kind, self.open_only, self.overdue_only):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        for button in (new, printing, export):
            bar.addWidget(button)
        self.list = read_only_table(self.model, COLUMN_WIDTHS)
        self.counts = QLabel()
        self.detail = MatterDetail(store)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.counts)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([900, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.overdue_only.toggled.connect(lambda _on: self.refresh())
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.list.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_current())
        new.clicked.connect(self.new_matter)
        printing.clicked.connect(self.print_register)
        export.clicked.connect(self.export_register)
        buttons = self.detail.buttons
        buttons["dossier"].clicked.connect(self.open_dossier)
        buttons["step"].clicked.connect(self.next_step)
        buttons["extend"].clicked.connect(self.extend)
        buttons["close"].clicked.connect(self.close_matter)
        buttons["scan"].clicked.connect(self.show_current)  # after the scan is added
        self.refresh()

    def filters(self) -> matter_queries.Filters:
        status, kind = self.status.value(), self.kind.value()
        return matter_queries.Filters(
            status=MatterStatus(status) if status else None,
            kind=MatterKind(kind) if kind else None, open_only=self.open_only.isChecked(),
            overdue_only=self.overdue_only.isChecked(), text=self.search.text(),
        )  # fmt: skip

    def refresh(self) -> None:
        chosen = self.current_id()
        rows = matter_queries.list_matters(self.store, self.filters())
        self.model.set_rows(rows)
        late = sum(r.overdue for r in rows)
        self.counts.setText(
            _("{count} matter(s), {late} overdue.").format(count=len(rows), late=late)
        )
        ids = [r.id for r in rows]
        if chosen in ids:
            self.list.selectRow(ids.index(chosen))
        else:
            self.detail.show_detail(None)

    def current_id(self) -> str | None:
        row = self.model.row_at(self.list.currentIndex().row())
        return row.id if row else None

    def show_current(self) -> None:
        matter_id = self.current_id()
        if matter_id is None:
            self.detail.show_detail(None)
            return
        self.detail.show_detail(
            guarded(self, lambda: matter_queries.matter_detail(self.store, matter_id))
        )

    def _done(self) -> None:
        cadre = self.detail.detail["cadre"] if self.detail.detail else None
        self.refresh()
        self.show_current()
        self.changed.emit(Changes(cadres=frozenset([cadre]) if cadre else frozenset()))

    def new_matter(self) -> None:
        dialog = MatterDialog(self, self.store)
        if not screen_actions.run_dialog(dialog):
            return
        made = guarded(self, lambda: matters.add_matter(self.store, dialog.draft()))
        if made:
            self.refresh()
            ids = [r.id for r in self.model.rows]
            if made in ids:
                self.list.selectRow(ids.index(made))
            self.changed.emit(Changes())

    def next_step(self) -> None:
        shown = self.detail.detail
        to = next_status(MatterStatus(shown["status"])) if shown else None
        if shown is None or to is None:
            return
        dialog = StepDialog(self, to)
        if not screen_actions.run_dialog(dialog) or (step := guarded(self, dialog.draft)) is None:
            return
        matter_id = shown["id"]
        report = guarded(self, lambda: matters.check_step(self.store, matter_id, step))
        if report is None or not confirm_report(self, report):
            return
        if guarded(self, lambda: matters.advance(self.store, matter_id, step)) is not None:
            self._done()

    def extend(self) -> None:
        shown = self.detail.detail
        dialog = ExtendDialog(self)
        if shown is None or not screen_actions.run_dialog(dialog):
            return
        values = guarded(self, dialog.values)
        if values and guarded(self, lambda: matters.extend(self.store, shown["id"], *values)):
            self._done()

    def close_matter(self) -> None:
        shown = self.detail.detail
        if shown is None:
            return
        dialog = CloseDialog(self, self.store, shown["status"] == MatterStatus.CONCLUDED.value)
        if (
            not screen_actions.run_dialog(dialog)
            or (drafted := guarded(self, dialog.draft)) is None
        ):
            return
        step, discipline = drafted
        if guarded(self, lambda: matters.close(self.store, shown["id"], step, discipline)):
            self._done()

    def open_dossier(self) -> None:
        shown = self.detail.detail
        if shown and shown["cadre"]:
            self.open_dossier_requested.emit(shown["cadre"])

    def print_register(self) -> None:
        filters = self.filters()
        dialog = PrintPreviewDialog(
            self, lambda _layout: matter_register.print_register(self.store, filters)
        )
        screen_actions.run_dialog(dialog)

    def export_register(self) -> None:
        purpose = prompts.ask_text(
            self, _("Export the register"), _("For what purpose? (the export is recorded)")
        )
        target = purpose and prompts.ask_save_path(
            self, _("Export the register as"), "so-theo-doi.csv"
        )
        if not purpose or not target:
            return
        filters = self.filters()
        count = guarded(self, lambda: matter_register.export_register(
            self.store, target, purpose=purpose, filters=filters))  # fmt: skip
        if count is not None:
            prompts.show_info(
                self, _("{count} matter(s) written to {path}.").format(count=count, path=target)
            )
