"""The dossier's political-standard page: whether the conclusion in force still holds (and,
when stale, exactly which dossier change made it so), every conclusion, and their scans."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.enums import AttachmentKind
from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import attachments, clearances
from cadre_desktop.services.personnel_words import catalog_name
from cadre_desktop.services.stores import Store
from ui import colours, prompts
from ui.dialogs.clearance_dialog import ClearanceDialog
from ui.labels import VERIFIED_LABELS, enum_label
from ui.table_models.clearance_table_model import ClearanceTableModel, result_text
from ui.widgets.open_matters_note import OpenMattersNote
from ui.widgets.record_view import heading, record_table

BLOCKING_DOSSIER = ("incomplete", "untruthful")


def _when(iso: str | None) -> str:
    """ "2026-03-02 10:15:00…" from the audit log as "02/03/2026 10:15"."""
    if not iso:
        return ""
    day, _sep, time = iso.replace("T", " ").partition(" ")
    year, month, date = day.split("-")
    return f"{date}/{month}/{year} {time[:5]}".strip()


class ClearancePage(QWidget):
    def __init__(self, store: Store, cadre_id: str) -> None:
        super().__init__()
        self.store = store
        self.cadre_id = cadre_id
        catalogs = store.catalogs()
        self.title_name = lambda code: catalog_name(catalogs, "title", code)
        title = QLabel(_("Political standards"))
        title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matters = OpenMattersNote()
        self.add_button = QPushButton(_("New conclusion…"))
        self.add_button.setToolTip(_("Record a conclusion of the competent Party committee"))
        self.add_button.clicked.connect(self.add_conclusion)
        bar = QHBoxLayout()
        bar.addWidget(heading(_("Conclusions")))
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        self.model = ClearanceTableModel(self.title_name)
        self.table = record_table(self.model, 5, (120, 95, 200, 110, 230, 150, 260))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scans = QLabel()
        self.scans.setWordWrap(True)
        self.copy_button = QPushButton(_("Save a copy of a scan…"))
        self.copy_button.clicked.connect(self.save_scan)
        scans_bar = QHBoxLayout()
        scans_bar.addWidget(self.scans, 1)
        scans_bar.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(self.matters)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.detail)
        layout.addLayout(scans_bar)
        layout.addStretch(1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.rows: list[dict[str, Any]] = []
        self.scan_rows: list[Any] = []
        self.refresh()

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.rows = clearances.list_clearances(self.store, self.cadre_id)
            standing = clearances.standing(self.store, self.cadre_id)
            self.scan_rows = attachments.attachments_of_kind(
                self.store, self.cadre_id, AttachmentKind.CLEARANCE
            )
        except CadreError as error:
            self.banner.setText(html.escape(error.sentence()))
            return
        self.name = str(standing["name"])
        self.model.set_rows(self.rows)
        self.banner.setText(self._banner_html(standing))
        self.matters.show_for(self.store, self.cadre_id)
        if self.rows:
            self.table.selectRow(0)
        self._show_detail()
        self._show_scans()

    def _banner_html(self, standing: dict[str, Any]) -> str:
        current = next((r for r in self.rows if r["in_force"]), None)
        parts = []
        if current is None:
            parts.append(self._line(colours.BLOCK, "✗", _(
                "There is no conclusion on political standards: the cadre cannot be planned, "
                "appointed, nominated or rotated until the competent committee concludes."
            )))  # fmt: skip
        else:
            where = _("Conclusion {number} of {date} ({body}): {result}.").format(
                number=current["number"], date=current["date"], body=current["body"],
                result=result_text(current, self.title_name),
            )  # fmt: skip
            if current["stale"]:
                parts.append(self._line(colours.BLOCK, "✗", where + " " + _(
                    "It no longer covers the dossier; a new conclusion is needed. "
                    "Changed since the conclusion:"
                )))  # fmt: skip
                items = []
                for stale in current["stale"]:
                    when = _when(stale.get("changed_at"))
                    suffix = " — " + _("recorded {when}").format(when=when) if when else ""
                    items.append(f"<li>{html.escape(stale['change'] + suffix)}</li>")
                parts.append(f"<ul style='margin-top:0'>{''.join(items)}</ul>")
            elif current["result"] in ("does_not_meet", "pending"):
                parts.append(self._line(colours.BLOCK, "✗", where + " " + _(
                    "Planning, appointment, nomination and rotation are blocked."
                )))  # fmt: skip
            else:
                parts.append(self._line(colours.GOOD, "✓", where + " " + _("Valid.")))
        if standing["dossier_status"] in BLOCKING_DOSSIER:
            note = standing.get("dossier_note") or ""
            text = _(
                "The dossier is marked {status}: every personnel step waits until it is corrected."
            ).format(status=enum_label(standing["dossier_status"]).lower())
            parts.append(self._line(colours.BLOCK, "✗", f"{text} {note}".strip()))
        return "".join(parts)

    @staticmethod
    def _line(colour: str, mark: str, text: str) -> str:
        return f'<p style="color:{colour}"><b>{mark}</b> {html.escape(text)}</p>'

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        row = self.model.record(index.row()) if index.isValid() else None
        if row is None:
            self.detail.setText(_("No conclusion is recorded yet."))
            return
        verified = [_(VERIFIED_LABELS[v]) for v in row["verified"]] or [_("nothing recorded")]
        lines = [
            _("Conclusion {number} of {date}, {body}.").format(**row),
            _("Purpose: {purpose}. Result: {result}.").format(
                purpose=enum_label(row["purpose"]), result=result_text(row, self.title_name)
            ),
            _("Verified: {items}.").format(items="; ".join(verified)),
        ]
        if row.get("note"):
            lines.append(_("Note: {note}").format(note=row["note"]))
        self.detail.setText("\n".join(lines))

    def _show_scans(self) -> None:
        if not self.scan_rows:
            self.scans.setText(_(
                "No scan of a conclusion is attached. Add it on the dossier's “Attachments” "
                "page with the kind “Political-standard conclusion”."
            ))  # fmt: skip
            self.copy_button.setEnabled(False)
            return
        names = [
            f"{r.values['title']} ({r.values['document_date'] or r.values['filename']})"
            for r in self.scan_rows
        ]
        self.scans.setText(_("Scans of conclusions: {names}").format(names="; ".join(names)))
        self.copy_button.setEnabled(True)

    # -- acting ---------------------------------------------------------------------------

    def add_conclusion(self) -> None:
        dialog = ClearanceDialog(self, self.store, self.cadre_id, self.name)
        if prompts.exec_dialog(dialog):
            self.refresh()

    def save_scan(self) -> None:
        """Save a decrypted copy of the latest scan where the officer chooses (audited)."""
        if not self.scan_rows:
            return
        row = self.scan_rows[-1]
        target = prompts.ask_save_path(self, _("Save a copy as"), str(row.values["filename"]))
        if target is None:
            return
        try:
            attachments.save_copy(self.store, row, self.cadre_id, target)
        except CadreError as error:
            prompts.show_error(self, error.sentence())
