"""Screenshots for the README, made with a fresh demo store (run under Xvfb).

xvfb-run -a .venv/bin/python -m tools.screenshots [--cadres 400] [--personnel-only]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

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


if __name__ == "__main__":
    sys.exit(main())
