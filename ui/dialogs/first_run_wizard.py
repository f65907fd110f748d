"""First run: where the store lives, whose it is, its passphrase, and the recovery key once."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.stores import Store, init_store
from ui import prompts
from ui.forms.field_form import MESSAGE_STYLE
from ui.widgets.passphrase_fields import PassphraseFields

DEFAULT_NAME = "Ho so can bo.cadre"


class FolderPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_("Where to keep the dossiers"))
        self.setSubTitle(_("The store is one folder. Keep it on this PC and back it up regularly."))
        self.path = QLineEdit(str(Path.home() / "Documents" / DEFAULT_NAME))
        self.path.setObjectName("store_path")
        browse = QPushButton(_("Choose folder…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Store folder:")))
        layout.addLayout(row)
        self.registerField("path*", self.path)

    def _browse(self) -> None:
        chosen = prompts.ask_folder(self, _("Choose where to create the store"))
        if chosen is not None:
            self.path.setText(str(chosen / DEFAULT_NAME))


class UnitPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_("Your unit"))
        self.setSubTitle(_("The unit that keeps these dossiers, and your name as the officer."))
        self.unit_name = QLineEdit(objectName="unit_name")
        self.unit_name.setPlaceholderText(_("e.g. Ban Tổ chức Tỉnh ủy"))
        self.unit_code = QLineEdit(objectName="unit_code")
        self.unit_code.setMaxLength(20)
        self.unit_code.setPlaceholderText(_("e.g. BTCTU"))
        self.officer = QLineEdit(objectName="officer")
        layout = QFormLayout(self)
        layout.addRow(_("Unit name:"), self.unit_name)
        layout.addRow(_("Unit code:"), self.unit_code)
        layout.addRow(_("Your name:"), self.officer)
        self.registerField("unit_name*", self.unit_name)
        self.registerField("unit_code*", self.unit_code)
        self.registerField("officer*", self.officer)


class PassphrasePage(QWizardPage):
    """Creates the store when Next is pressed (a commit page: there is no way back)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(_("Passphrase"))
        self.setSubTitle(
            _("A sentence of several words is easier to remember and harder to guess.")
        )
        self.fields = PassphraseFields()
        self.message = QLabel()
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, _("Create the store"))
        self.fields.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802
        return self.fields.problem() is None

    def validatePage(self) -> bool:  # noqa: N802
        try:
            store, recovery_key = init_store(
                Path(self.field("path")),
                unit_name=self.field("unit_name"),
                unit_code=self.field("unit_code").strip(),
                officer=self.field("officer").strip(),
                passphrase=self.fields.passphrase(),
            )
        except CadreError as error:
            self.message.setText(error.sentence())
            return False
        self.owner.store, self.owner.recovery_key = store, recovery_key
        self.owner.recovery_page.show_key(recovery_key)
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(_("Recovery key"))
        self.setSubTitle(
            _(
                "If the passphrase is ever forgotten, only this key opens the store. "
                "It is shown once: write it down or print it, and keep it locked away."
            )
        )
        self.key = QLabel()
        self.key.setObjectName("recovery_key")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setStyleSheet("padding: 14px; border: 1px solid #999; background: #fafafa;")
        self.print_button = QPushButton(_("Print recovery sheet…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.written = QCheckBox(_("I have written it down and will keep it safe"))
        self.written.setObjectName("written_down")
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(self.written)
        self.registerField("written*", self.written)

    def show_key(self, key: str) -> None:
        self.key.setText(key)

    def sheet(self) -> QTextDocument:
        store = self.owner.store
        document = QTextDocument()
        document.setHtml(
            "<h2>{title}</h2><p>{store}: <b>{path}</b><br>{unit}: <b>{name}</b></p>"
            "<p style='font-family: monospace; font-size: 18pt'>{key}</p><p>{advice}</p>".format(
                title=html.escape(_("Cadre Desktop — recovery sheet")),
                store=html.escape(_("Store")),
                path=html.escape(str(self.field("path"))),
                unit=html.escape(_("Unit")),
                name=html.escape(store.unit_name if store else ""),
                key=html.escape(self.key.text()),
                advice=html.escape(
                    _("Keep this sheet in a locked cabinet. Anyone holding it can open the store.")
                ),
            )
        )
        return document

    def print_sheet(self) -> None:
        prompts.print_document(self, self.sheet())


class FirstRunWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Create a store — Cadre Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.store: Store | None = None
        self.recovery_key: str | None = None
        self.recovery_page = RecoveryPage(self)
        for page in (FolderPage(), UnitPage(), PassphrasePage(self), self.recovery_page):
            self.addPage(page)
        self.setMinimumSize(620, 440)

    def store_path(self) -> Path:
        return Path(self.field("path"))
