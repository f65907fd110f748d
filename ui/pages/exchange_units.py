"""The Trusted units tab: this store's own fingerprint, large, with its key file; the units it
trusts (how, with which scope, revoked or not); trusting, certifying and revoking."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import key_files, units
from cadre_desktop.services.bundle_export import safe_name
from cadre_desktop.services.key_files import CERTIFICATE_SUFFIX, KEY_SUFFIX
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs.unit_key_dialog import UnitKeyDialog, fingerprint_label
from ui.exchange_labels import moment_text, trust_label
from ui.table_models.rows_table_model import RowsTableModel
from ui.widgets.record_view import heading, record_table

KEY_FILES = N_("Key files (*{key})")
TRUST_FILES = N_("Key files and certificates (*{key} *{cert})")
HEADERS = (N_("Unit"), N_("Code"), N_("Fingerprint"), N_("May write"), N_("Trusted how"),
           N_("Since"), N_("Key revoked"))  # fmt: skip


def _cells(unit: dict[str, Any]) -> tuple[str, ...]:
    revoked = moment_text(unit["revoked_at"]) if unit["revoked"] else ""
    return (
        unit["unit_name"], unit["unit_code"], unit["fingerprint"], ", ".join(unit["scope"]),
        trust_label(unit["trust"], unit.get("certified_by_code")),
        moment_text(unit["trusted_at"]), revoked,
    )  # fmt: skip


class UnitsTab(QWidget):
    trusted = Signal()  # the trusted units changed: the Send tab offers them again

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.own: dict[str, Any] = {}
        self.own_unit = heading("")
        self.own_fingerprint = fingerprint_label()
        self.own_fingerprint.setStyleSheet(
            "font-family: monospace; font-size: 28px; font-weight: 600;"
        )
        self.own_certificates = QLabel()
        self.own_certificates.setWordWrap(True)
        self.save_key_button = QPushButton(_("Save my &key file…"))
        self.model: RowsTableModel[dict[str, Any]] = RowsTableModel(
            HEADERS, _cells, lambda u: u["instance"],
            lambda u: "late" if u["revoked"] else None,
        )  # fmt: skip
        self.view = record_table(self.model, 6, (220, 70, 250, 140, 180, 130, 120))
        self.trust_button = QPushButton(_("&Trust a unit…"))
        self.certify_button = QPushButton(_("C&ertify a unit's key…"))
        self.revoke_button = QPushButton(_("Rev&oke…"))
        own = QFrame()
        own.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(own)
        grid.addWidget(QLabel(_("This store's fingerprint (read it to the other unit):")), 0, 0)
        grid.addWidget(self.own_unit, 0, 1)
        grid.addWidget(self.own_fingerprint, 1, 0, 1, 2)
        grid.addWidget(self.own_certificates, 2, 0, 1, 2)
        grid.addWidget(self.save_key_button, 1, 2)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(heading(_("Units this store trusts")))
        buttons.addStretch(1)
        for button in (self.trust_button, self.certify_button, self.revoke_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        order = (self.save_key_button, self.trust_button, self.certify_button,
                 self.revoke_button, self.view)  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.save_key_button.clicked.connect(self.save_key)
        self.trust_button.clicked.connect(lambda: self.open_key_file("trust"))
        self.certify_button.clicked.connect(lambda: self.open_key_file("certify"))
        self.revoke_button.clicked.connect(self.revoke)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.refresh()

    def refresh(self) -> None:
        kept = self.current()
        self.own = units.own_key(self.store)
        self.own_unit.setText(f"{self.own['unit_name']} ({self.own['unit_code']})")
        self.own_fingerprint.setText(self.own["fingerprint"])
        self.own_certificates.setText(
            "\n".join(
                _("Certified by {unit} to write {scope}.").format(
                    unit=c["issuer_name"], scope=", ".join(c["scope"])
                )
                for c in self.own["certificates"]
            )
        )
        self.own_certificates.setVisible(bool(self.own["certificates"]))
        rows = units.list_units(self.store)
        self.model.set_rows(rows)
        ids = [r["instance"] for r in rows]
        if rows:
            self.view.selectRow(ids.index(kept["instance"]) if kept and kept["instance"] in ids
                                else 0)  # fmt: skip
        self._enable()

    def current(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        row = self.current()
        self.revoke_button.setEnabled(row is not None and not row["revoked"])

    # -- actions -----------------------------------------------------------------------------

    def save_key(self) -> None:
        name = f"{safe_name(self.own['unit_code'])}{KEY_SUFFIX}"
        target = prompts.ask_save_path(self, _("Save this store's key file as"), name)
        if target is None:
            return
        try:
            fingerprint = units.export_key(self.store, target)
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return
        except OSError:
            prompts.show_error(
                self, _("The file cannot be written there; choose another folder and try again.")
            )
            return
        prompts.show_info(
            self,
            _(
                "Written {path}. Give this file to the other unit, then read them the "
                "fingerprint {fingerprint} by phone or on paper, never through the same stick."
            ).format(path=target, fingerprint=fingerprint),
        )

    def open_key_file(self, mode: str) -> None:
        """Choose the file, show what it says, and trust or certify it in the dialog."""
        filters = (
            _(TRUST_FILES).format(key=KEY_SUFFIX, cert=CERTIFICATE_SUFFIX)
            if mode == "trust"
            else _(KEY_FILES).format(key=KEY_SUFFIX)
        )
        title = _("Choose the unit's key file")
        chosen = prompts.ask_open_files(self, title, filters)
        if not chosen:
            return
        path: Path = chosen[0]
        try:
            info = key_files.describe(path)
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return
        if mode == "certify" and info.kind != "key":
            prompts.show_error(self, _("Certify a unit's key file (.cadrekey), not a certificate."))
            return
        dialog = UnitKeyDialog(self, self.store, path, info, mode)
        if not prompts.exec_dialog(dialog):
            return
        if mode == "certify" and dialog.certificate_path is not None:
            prompts.show_info(
                self,
                _(
                    "Certificate written to {path}. Give it to {unit}: it takes it under "
                    "Trust a unit…, and the units that trust this store then trust {unit} "
                    "within this scope."
                ).format(path=dialog.certificate_path, unit=info.unit_name),
            )
        self.refresh()
        self.trusted.emit()

    def revoke(self) -> None:
        row = self.current()
        if row is None or row["revoked"]:
            return
        name = row["unit_name"]
        reason = prompts.ask_text(
            self, _("Revoke a key"),
            _("Why is the key of {unit} revoked (lost computer, compromised…)?").format(unit=name),
        )  # fmt: skip
        if reason is None:
            return
        question = _(
            "Revoke the key of {unit}? Its bundles are refused from now on, this store's bundles "
            "carry the revocation to the units below, and it cannot be undone."
        ).format(unit=name)
        if not prompts.confirm(self, question):
            return
        try:
            units.revoke(self.store, row["instance"], reason)
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return
        self.refresh()
        self.trusted.emit()
