"""A Qt translator backed by the app's gettext catalog, so Qt's own buttons speak Vietnamese."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication, QTranslator

from cadre_desktop.i18n import N_, gettext

# Texts Qt itself shows (dialog buttons, wizard buttons, edit menus), marked for the catalog.
QT_TEXTS = (
    N_("OK"),
    N_("Cancel"),
    N_("Save"),
    N_("Discard"),
    N_("Close"),
    N_("Yes"),
    N_("No"),
    N_("Open"),
    N_("Apply"),
    N_("Reset"),
    N_("Help"),
    N_("Show Details..."),
    N_("Hide Details..."),
    N_("< Back"),
    N_("Next >"),
    N_("Finish"),
    N_("Commit"),
    N_("Undo"),
    N_("Redo"),
    N_("Cut"),
    N_("Copy"),
    N_("Paste"),
    N_("Delete"),
    N_("Select All"),
    N_("Print"),
)


class CatalogTranslator(QTranslator):
    """Answers Qt's requests from the gettext catalog; an unknown text falls back to Qt."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if disambiguation is None and sys.version_info < (3, 12):
            # PySide6 6.12 drops a reference to None it never took when Qt passes no
            # disambiguation; give it back, or Python 3.11 aborts at exit.
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
        if not source:
            return ""
        bare = source.replace("&", "")
        translated = gettext(bare)
        return translated if translated != bare else ""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_installed: CatalogTranslator | None = None


def install() -> None:
    """Install (or re-install after a language switch) the translator on the application."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
    _installed = CatalogTranslator(app)
    QCoreApplication.installTranslator(_installed)
