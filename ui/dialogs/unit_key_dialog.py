"""Trust another unit's key file, take a certificate, or certify a lower unit's key: the file's
unit and fingerprint shown large, the fingerprint read over the phone typed and compared as the
officer types, and the units it may write ticked in the unit tree.

The service checks the fingerprint and the scope again; a refusal shows its one sentence and
leaves the dialog open, with nothing written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import browse, key_files, units
from cadre_desktop.services.bundle_export import safe_name
from cadre_desktop.services.key_files import KeyFileInfo
from cadre_desktop.services.stores import Store
from ui import colours, prompts
from ui.widgets.unit_scope import UnitScopeTree

FINGERPRINT_STYLE = "font-family: monospace; font-size: 20px; font-weight: 600;"


def fingerprint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(FINGERPRINT_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class UnitKeyDialog(QDialog):
    """``mode`` is "trust" (a key file or a certificate) or "certify" (a key file)."""

    def __init__(
        self, parent: QWidget | None, store: Store, path: Path, info: KeyFileInfo, mode: str
    ) -> None:
        super().__init__(parent)
        self.store, self.path, self.info, self.mode = store, path, info, mode
        self.result_value: dict[str, Any] | None = None
        self.certificate_path: Path | None = None
        taking = mode == "trust" and info.kind == "certificate"
        self.setWindowTitle(_("Certify a unit's key") if mode == "certify" else _("Trust a unit"))
        self.setMinimumWidth(640)
        self.unit = QLabel(f"{info.unit_name} ({info.unit_code})")
        self.unit.setStyleSheet("font-weight: 600;")
        self.file = QLabel(path.name)
        self.fingerprint = fingerprint_label(info.fingerprint)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.typed.setStyleSheet("font-family: monospace; font-size: 16px;")
        self.match = QLabel()
        self.scope = UnitScopeTree()
        self.scope.setMinimumHeight(220)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Unit:"), self.unit)
        form.addRow(_("File:"), self.file)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if taking:
            self._certificate_rows(form)
        else:
            self._key_rows(form)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            _("&Certify and save…")
            if mode == "certify"
            else _("&Take the certificate")
            if taking
            else _("&Trust this unit")
        )
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        if not taking:
            scope_label = QLabel(_("&Units it may write (each with its whole subtree):"))
            scope_label.setBuddy(self.scope)
            layout.addWidget(scope_label)
            layout.addWidget(self.scope, 1)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(lambda _t: self._recheck())
        self.scope.scope_changed.connect(self._recheck)
        self._recheck()

    def _key_rows(self, form: QFormLayout) -> None:
        form.addRow(_("Fingerprint in the file:"), self.fingerprint)
        typed_label = QLabel(_("&Fingerprint read to you:"))
        typed_label.setBuddy(self.typed)
        form.addRow(typed_label, self.typed)
        form.addRow("", self.match)
        self.note.setText(
            _(
                "Call the other unit on a number you know and ask them to read the fingerprint "
                "shown in their Exchange screen; type it here. Only trust the file if they match."
            )
        )
        self.scope.show_units(browse.unit_tree(self.store))
        self.scope.tick(self.info.unit_code)  # a unit writes its own subtree, usually
        self.typed.setFocus()

    def _certificate_rows(self, form: QFormLayout) -> None:
        form.addRow(_("Issued by:"), QLabel(f"{self.info.issuer_name} ({self.info.issuer_code})"))
        form.addRow(_("Fingerprint:"), self.fingerprint)
        form.addRow(_("Scope:"), QLabel(", ".join(self.info.scope)))
        self.note.setText(
            _(
                "A certificate is the issuing unit's signed word that this key may write these "
                "units; it is taken only if this store trusts the issuing unit."
            )
        )

    def _fingerprint_needed(self) -> bool:
        if self.mode == "trust":
            return self.info.kind == "key"
        known = [u for u in units.list_units(self.store) if u["instance"] == self.info.instance]
        return (
            not known
            or known[0]["trust"] != "direct"
            or (known[0]["fingerprint"] != self.info.fingerprint)
        )  # certifying a key trusted here by its fingerprint needs no second reading

    def _recheck(self) -> None:
        if self.mode == "trust" and self.info.kind == "certificate":
            self.ok_button.setEnabled(True)
            return
        needed = self._fingerprint_needed()
        typed = self.typed.text()
        same = key_files.matches(typed, self.info)
        if not needed and not typed.strip():
            self.match.setText(_("Already trusted here by its fingerprint."))
            self.match.setStyleSheet(f"color: {colours.GOOD};")
        elif same:
            self.match.setText(_("✓ The fingerprints match."))
            self.match.setStyleSheet(f"color: {colours.GOOD};")
        elif typed.strip():
            self.match.setText(_("✗ The fingerprints differ: do not trust this file."))
            self.match.setStyleSheet(f"color: {colours.BLOCK};")
        else:
            self.match.setText("")
        self.ok_button.setEnabled((same or not needed) and bool(self.scope.scope()))

    def confirm(self) -> None:
        """Ask the service; it checks everything again, and a refusal keeps the dialog open."""
        typed = self.typed.text().strip() or None
        try:
            if self.mode == "certify":
                out = prompts.ask_save_path(
                    self, _("Save the certificate as"),
                    f"{safe_name(self.info.unit_code)}{key_files.CERTIFICATE_SUFFIX}",
                )  # fmt: skip
                if out is None:
                    return
                self.result_value = units.certify(
                    self.store, self.path, self.scope.scope(), out, typed
                )
                self.certificate_path = out
            else:
                self.result_value = units.trust_unit(
                    self.store, self.path, typed, self.scope.scope()
                )
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return
        except OSError:
            prompts.show_error(
                self, _("The file cannot be written there; choose another folder and try again.")
            )
            return
        self.accept()
