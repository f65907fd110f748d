"""Screenshots of the Exchange screen: a demo province sends the People's Committee's dossiers
to that unit's store, which previews a second bundle (new, updated, in conflict) and imports it.

xvfb-run -a .venv/bin/python -m tools.exchange_shots [--cadres 300]
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
RECEIVER = "UB"  # the provincial People's Committee, a unit of the demo's tree


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cadres", type=int, default=300)
    args = parser.parse_args()
    os.environ.setdefault("CADRE_KDF_SECONDS", "0.05")
    os.environ["CADRE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="cadre-shots-")
    from cadre_desktop.i18n import set_language
    from cadre_desktop.services import stores, units
    from cadre_desktop.services.demo import DEMO_UNIT_CODE, DEMO_UNIT_NAME, generate_demo
    from ui import prompts
    from ui.app import make_application
    from ui.main_window import MainWindow

    set_language("vi")
    app = make_application()
    work = Path(tempfile.mkdtemp(prefix="cadre-shots-"))
    usb = work / "USB"
    usb.mkdir()
    province, _k = stores.init_store(
        work / "tinh.cadre", unit_name=DEMO_UNIT_NAME, unit_code=DEMO_UNIT_CODE,
        officer="demo", passphrase=PASSPHRASE,
    )  # fmt: skip
    generate_demo(province, cadres=args.cadres, seed=3)
    committee, _k = stores.init_store(
        work / "ubnd.cadre", unit_name="Ủy ban nhân dân tỉnh", unit_code=RECEIVER,
        officer="demo", passphrase=PASSPHRASE,
    )  # fmt: skip
    for a, b in ((province, committee), (committee, province)):
        key = work / f"{a.instance_id}.cadrekey"
        units.trust_unit(b, key, units.export_key(a, key), [RECEIVER])
    prompts.ask_folder = lambda *_a: usb  # type: ignore[assignment]
    for name in ("show_error", "show_report", "show_unexpected"):  # say it, do not wait
        setattr(prompts, name, lambda *a: print("refused:", str(a[1:])[:300], file=sys.stderr))

    def settle(screen: Any = None) -> None:
        for _ in range(5):
            app.processEvents()
        for runner in (screen.send.runner, screen.receive.runner) if screen else ():
            runner.wait()
            app.processEvents()

    sender_window = MainWindow(province, work / "tinh.cadre")
    sender_window.resize(1440, 860)
    sender_window.show()
    sender = sender_window.open_screen("exchange")
    sender.send.folder_button.click()
    sender.send.export_button.click()
    settle(sender)
    OUT.mkdir(parents=True, exist_ok=True)
    sender_window.grab().save(str(OUT / "exchange-send.png"))
    first = sender.send.result
    receiver_window = MainWindow(committee, work / "ubnd.cadre")
    receiver_window.resize(1440, 860)
    receiver_window.show()
    receiver = receiver_window.open_screen("exchange")
    receiver.tabs.setCurrentWidget(receiver.receive)
    receiver.receive.open_file(first.path)
    settle(receiver)
    receiver.receive.confirm()
    settle(receiver)
    sender.receive.open_file(receiver.receive.received.ack_path)
    settle(sender)
    _edit_both(province, committee, first.bundle_id)
    sender.send.export_button.click()
    settle(sender)
    receiver.receive.open_file(sender.send.result.path)
    settle(receiver)
    receiver_window.grab().save(str(OUT / "exchange-receive.png"))
    receiver.receive.confirm()
    settle(receiver)
    receiver_window.grab().save(str(OUT / "exchange-imported.png"))
    receiver.tabs.setCurrentIndex(2)
    settle()
    receiver_window.grab().save(str(OUT / "exchange-conflicts.png"))
    sender.tabs.setCurrentWidget(sender.units)
    settle()
    sender_window.grab().save(str(OUT / "exchange-units.png"))
    from cadre_desktop.services import key_files
    from ui.dialogs.unit_key_dialog import UnitKeyDialog

    key = work / f"{committee.instance_id}.cadrekey"
    info = key_files.describe(key)
    dialog = UnitKeyDialog(sender_window, province, key, info, "trust")
    dialog.typed.setText(info.fingerprint.lower().replace("-", " "))  # as it was read aloud
    dialog.show()
    settle()
    dialog.grab().save(str(OUT / "exchange-trust-dialog.png"))
    dialog.reject()
    for window in (sender_window, receiver_window):
        window.close()
    app.processEvents()
    print(f"screenshots written to {OUT}")
    return 0


def _edit_both(province: Any, committee: Any, bundle_id: str) -> None:
    """Three dossiers the bundle carried: one edited at the province only (an update), two
    on both sides (conflicts)."""
    from cadre_desktop.domain.model import BundleRecord, Cadre

    with province.unit_of_work() as uow:
        carried = list(uow.session.get(BundleRecord, bundle_id).dossiers)[:3]
    for store, suffix, ids in ((province, "(tỉnh)", carried), (committee, "(UBND)", carried[1:])):
        with store.unit_of_work(write=True, reason="screenshots") as uow:
            for cadre_id in ids:
                cadre = uow.session.get(Cadre, cadre_id)
                cadre.other_names = f"{cadre.given_name} {suffix}"


if __name__ == "__main__":
    sys.exit(main())
