"""GUI benchmarks (issue 3): start to a listed main window, search keystrokes, opening a
dossier, resident memory — each beside a raw baseline measured in the same run."""

from __future__ import annotations

import os
import resource
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.common import PASSPHRASE, Result, demo_store, median_ms
from cadre_desktop.services import dossier_edit
from cadre_desktop.storage.engine import connect
from cadre_desktop.storage.folder import StoreFolder
from cadre_desktop.storage.keys import KeySlots
from cadre_desktop.storage.store import open_with_key
from ui.app import make_application
from ui.main_window import MainWindow
from ui.pages.dossier_page import DossierPage

TYPED = "nguyen van duc"


def _settle(app: QApplication) -> None:
    app.processEvents()


def run() -> list[Result]:
    path, _built = demo_store()
    key = KeySlots.load(StoreFolder(path).slots).unlock_with_passphrase(PASSPHRASE)[0]
    app = make_application()
    results: list[Result] = []

    # Start: key in hand (Argon2id excluded) → main window shown with the first rows painted.
    started = time.perf_counter()
    store = open_with_key(StoreFolder(path), key, "bench")
    window = MainWindow(store, path, idle_seconds=0)
    window.show()
    _settle(app)
    start_ms = (time.perf_counter() - started) * 1000
    raw_started = time.perf_counter()
    raw = connect(StoreFolder(path).db, key)
    raw.execute("SELECT id FROM cadre ORDER BY sort_key LIMIT 200").fetchall()
    raw_ms = (time.perf_counter() - raw_started) * 1000
    results.append(
        Result(
            "start → unlocked main window with the list (no Argon2id)",
            "≤ 2.0 s",
            f"{start_ms:.0f} ms",
            f"{start_ms / raw_ms:.0f}× raw first page",
            start_ms <= 2000,
        )
    )

    # Search as you type: each keystroke updates the list (count + first page painted).
    box = window.list_page.search_box
    samples = []
    for _round in range(3):
        box.clear()
        _settle(app)
        for n in range(1, len(TYPED) + 1):
            began = time.perf_counter()
            box.setText(TYPED[:n])
            _settle(app)
            samples.append((time.perf_counter() - began) * 1000)
    keystroke = statistics.median(samples)
    base = median_ms(
        lambda: raw.execute(
            "SELECT rowid FROM cadre_search WHERE cadre_search MATCH ? LIMIT 200", ('"nguyen"*',)
        ).fetchall()
    )
    results.append(
        Result(
            "search keystroke → list updated (median)",
            "≤ 50 ms",
            f"{keystroke:.1f} ms",
            f"{keystroke / base:.0f}× raw FTS query",
            keystroke <= 50,
        )
    )

    # Opening a full dossier: load, audit the access, build the tab with its first page.
    model = window.list_page.model
    box.clear()
    _settle(app)
    ids = [model.index(row, 0).data(model.ID_ROLE) for row in range(0, 2000, 97)]

    def open_one(cadre_id: str = ids[0]) -> None:
        page = DossierPage(store, dossier_edit.open_for_edit(store, cadre_id), window.choices)
        page.show()
        _settle(app)
        page.close()
        page.deleteLater()

    opened = statistics.median(
        [median_ms(lambda i=i: open_one(i), repeat=1, warmup=0) for i in ids]
    )
    base = median_ms(lambda: raw.execute("SELECT * FROM cadre WHERE id = ?", (ids[0],)).fetchall())
    results.append(
        Result(
            "open a full dossier",
            "≤ 150 ms",
            f"{opened:.0f} ms",
            f"{opened / base:.0f}× raw row read",
            opened <= 150,
        )
    )
    # Resident memory at its peak (Linux reports kilobytes).
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results.append(
        Result(
            "resident memory of the window process (peak)",
            "≤ 400 MB",
            f"{peak_mb:.0f} MB",
            "",
            peak_mb <= 400,
        )
    )
    raw.close()
    window.close()
    store.close()
    return results


if __name__ == "__main__":
    for result in run():
        print(result)
