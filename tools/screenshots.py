"""Screenshots for the README, made with a fresh demo store (run under Xvfb).

xvfb-run -a .venv/bin/python -m tools.screenshots [--cadres 400] [--personnel-only]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "anh-chup-man-hinh-2026"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cadres", type=int, default=400)
    parser.add_argument("--personnel-only", action="store_true", help="only the personnel screens")
    args = parser.parse_args()
    os.environ.setdefault("CADRE_KDF_SECONDS", "0.05")
    os.environ["CADRE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="cadre-shots-")
    from PySide6.QtWidgets import QApplication

    from cadre_desktop.i18n import set_language
    from cadre_desktop.services import stores
    from cadre_desktop.services.demo import DEMO_UNIT_CODE, DEMO_UNIT_NAME, generate_demo
    from ui.app import make_application
    from ui.dialogs.unlock_dialog import UnlockDialog
    from ui.main_window import MainWindow

    set_language("vi")
    app = make_application()
    path = Path(tempfile.mkdtemp(prefix="cadre-shots-")) / "Ho so demo.cadre"
    store, _key = stores.init_store(
        path,
        unit_name=DEMO_UNIT_NAME,
        unit_code=DEMO_UNIT_CODE,
        officer="demo",
        passphrase=PASSPHRASE,
    )
    generate_demo(store, cadres=args.cadres, seed=3)
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    window = MainWindow(store, path)
    window.resize(1440, 860)
    window.show()
    settle()
    from tools.personnel_shots import personnel_screenshots

    personnel_screenshots(window, store, settle, OUT)
    if args.personnel_only:
        window.close()
        print(f"screenshots written to {OUT}")
        return 0
    window.tabs.setCurrentIndex(0)  # the personnel screens left their own tab in front
    settle()
    window.grab().save(str(OUT / "main-window.png"))
    cadre_id = window.list_page.model.index(3, 0).data(window.list_page.model.ID_ROLE)
    page = window.open_dossier(cadre_id)
    assert page is not None
    settle()
    window.grab().save(str(OUT / "dossier-identity.png"))
    page.nav.setCurrentRow(6)
    settle()
    window.grab().save(str(OUT / "dossier-work-history.png"))
    page.nav.setCurrentRow(8)
    settle()
    window.grab().save(str(OUT / "dossier-family.png"))
    _yearly_pages(store, window, settle)
    window.lock()
    settle()
    dialog = UnlockDialog(path)
    dialog.show()
    dialog.panel.passphrase.setText("sai mat khau")
    dialog.panel.try_unlock()
    settle()
    dialog.grab().save(str(OUT / "unlock-dialog.png"))
    dialog.close()
    window.close()
    QApplication.processEvents()
    print(f"screenshots written to {OUT}")
    return 0


def _yearly_pages(store: Any, window: Any, settle: Any) -> None:
    """The evaluation page of a rated cadre and the asset page of one whose increase is not
    explained (the demo's cases), opened as an officer opens them."""
    from cadre_desktop.services import declarations, evaluation_view
    from cadre_desktop.services.search import search_cadres
    from ui.forms.sections import SECTIONS
    from ui.pages.registry import RECORD_PAGES

    keys = [entry.key for entry in RECORD_PAGES]
    with store.unit_of_work() as uow:
        ids = [hit.id for hit in search_cadres(uow)]
    rated = next(  # an excellent draft its group's quota does not allow: the report says so
        c
        for c in ids
        if any(
            r["status"] == "draft" and r["form"]["rating"] == "excellent"
            for r in evaluation_view.evaluations_of(store, c)
        )
    )
    declared = next(  # a draft whose increase is not explained: completion is blocked
        c
        for c in ids
        if [d["status"] for d in declarations.list_declarations(store, c)] == ["completed", "draft"]
    )
    page = window.open_dossier(rated)
    page.nav.setCurrentRow(len(SECTIONS) + keys.index("evaluation"))
    settle()
    window.grab().save(str(OUT / "evaluation.png"))
    page = window.open_dossier(declared)
    page.nav.setCurrentRow(len(SECTIONS) + keys.index("assets"))
    settle()
    assets = page.stack.currentWidget().widget()
    assets.open_declarations()
    assets.form.setCurrentIndex(assets.form.count() - 1)  # the comparison
    settle()
    window.grab().save(str(OUT / "assets.png"))


if __name__ == "__main__":
    sys.exit(main())
