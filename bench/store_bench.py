"""Store benchmarks (issue 2): open, search, load a dossier, encryption overhead, CLI memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.common import PASSPHRASE, Result, build_seconds_file, demo_store, median_ms
from cadre_desktop.services.search import search_cadres
from cadre_desktop.storage.engine import CACHE_KIB, connect
from cadre_desktop.storage.folder import StoreFolder
from cadre_desktop.storage.keys import KeySlots
from cadre_desktop.storage.queries import cadre_list, load_dossier
from cadre_desktop.storage.search import match_expression
from cadre_desktop.storage.store import OpenStore, open_with_key

HITS_SQL = (
    "SELECT c.id, c.family_name, c.middle_name, c.given_name, c.birth_date, c.sex, u.name, "
    "c.current_position, c.political_standard FROM cadre_search s "
    "JOIN cadre c ON c.search_rowid = s.rowid LEFT JOIN unit u ON u.id = c.current_unit_id "
    "WHERE cadre_search MATCH ? ORDER BY c.sort_key"
)
QUERIES = [
    "nguyen van duc",
    "tran thi h",
    "le minh",
    "pham quang",
    "hoang thi thu",
    "do van t",
    "vu ngoc",
]


def _key(path: Path) -> bytes:
    return KeySlots.load(StoreFolder(path).slots).unlock_with_passphrase(PASSPHRASE)[0]


def bench_open(path: Path, key: bytes) -> Result:
    def ours() -> None:
        open_with_key(StoreFolder(path), key, "bench").close()

    def raw() -> None:
        connection = connect(StoreFolder(path).db, key)
        connection.execute("SELECT count(*) FROM cadre").fetchone()
        connection.close()

    mine, base = median_ms(ours, repeat=9), median_ms(raw, repeat=9)
    return Result(
        "open an unlocked store (no Argon2id)",
        "≤ 300 ms",
        f"{mine:.0f} ms",
        f"{mine / base:.1f}× raw connect",
        mine <= 300,
    )


def bench_search(store: OpenStore, key: bytes) -> Result:
    raw = connect(store.folder.db, key)

    def ours() -> None:
        for query in QUERIES:
            with store.unit_of_work() as uow:
                search_cadres(uow, query)

    def baseline() -> None:
        # The same hits, columns and order straight from the FTS5 table, with no layers above.
        for query in QUERIES:
            raw.execute(HITS_SQL, (match_expression(query),)).fetchall()

    mine = median_ms(ours) / len(QUERIES)
    base = median_ms(baseline) / len(QUERIES)
    raw.close()
    ratio = mine / base
    return Result(
        "name-prefix search, diacritics-free (median per query)",
        "≤ 20 ms and ≤ 2× raw FTS5",
        f"{mine:.1f} ms",
        f"{ratio:.2f}× raw FTS5 ({base:.1f} ms)",
        mine <= 20 and ratio <= 2,
    )


def _sample_ids(store: OpenStore, count: int = 40) -> list[str]:
    with store.unit_of_work() as uow:
        rows = cadre_list(uow.session, None, None)
    step = max(1, len(rows) // count)
    return [row.id for row in rows[::step]][:count]


def bench_load(store: OpenStore, key: bytes) -> Result:
    ids = _sample_ids(store)
    raw = connect(store.folder.db, key)

    def ours() -> None:
        for cadre_id in ids:
            with store.unit_of_work() as uow:
                load_dossier(uow.session, cadre_id)

    def baseline() -> None:
        for cadre_id in ids:
            raw.execute("SELECT * FROM cadre WHERE id = ?", (cadre_id,)).fetchall()
            for table in DOSSIER_TABLES:
                raw.execute(f"SELECT * FROM {table} WHERE cadre_id = ?", (cadre_id,)).fetchall()

    mine = median_ms(ours, repeat=5) / len(ids)
    base = median_ms(baseline, repeat=5) / len(ids)
    raw.close()
    return Result(
        "load one whole dossier",
        "≤ 30 ms",
        f"{mine:.1f} ms",
        f"{mine / base:.1f}× raw SQL",
        mine <= 30,
    )


DOSSIER_TABLES = (
    "posting",
    "salary_step",
    "allowance",
    "training",
    "membership",
    "award",
    "discipline",
    "history_fact",
    "family_member",
    "evaluation",
    "clearance",
    "attachment",
)


def _workload(connection: Any, ids: list[str]) -> None:
    """What an officer's session does: searches, the first page of the list, whole dossiers."""
    for query in QUERIES:
        connection.execute(HITS_SQL, (match_expression(query),)).fetchall()
    connection.execute(
        "SELECT id, family_name, given_name, birth_date FROM cadre ORDER BY sort_key LIMIT 100"
    ).fetchall()
    for cadre_id in ids:
        connection.execute("SELECT * FROM cadre WHERE id = ?", (cadre_id,)).fetchall()
        for table in DOSSIER_TABLES:
            connection.execute(f"SELECT * FROM {table} WHERE cadre_id = ?", (cadre_id,)).fetchall()


def bench_encryption(path: Path, key: bytes, ids: list[str]) -> Result:
    with tempfile.TemporaryDirectory() as work:
        plain_path = Path(work) / "plain.db"
        encrypted = connect(StoreFolder(path).db, key)
        encrypted.execute(f"ATTACH DATABASE '{plain_path}' AS plain KEY ''")
        encrypted.execute("SELECT sqlcipher_export('plain')")
        encrypted.execute("DETACH DATABASE plain")
        plain = sqlcipher3.connect(plain_path)  # same library, no key: a plain SQLite file
        for connection in (encrypted, plain):  # the same page cache for both
            connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        mine = median_ms(lambda: _workload(encrypted, ids), repeat=7)
        base = median_ms(lambda: _workload(plain, ids), repeat=7)
        encrypted.close()
        plain.close()
    ratio = mine / base
    return Result(
        "encrypted ÷ plain, same workload",
        "≤ 1.3",
        f"{ratio:.2f}",
        f"{mine:.0f} ms vs {base:.0f} ms",
        ratio <= 1.3,
    )


def bench_cli_memory(path: Path) -> Result:
    env = {**os.environ, "CADRE_PASSPHRASE": PASSPHRASE}
    # A parent of its own, so that the peak is this command's alone.
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
        "stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    started = time.perf_counter()
    measured = subprocess.run(
        [
            sys.executable,
            "-c",
            probe,
            sys.executable,
            "-m",
            "cadre_desktop.cli",
            "--db",
            str(path),
            "search",
            "nguyen",
            "--json",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    peak_mb = int(measured.stdout.strip()) / 1024
    return Result(
        "peak memory of `cadre search nguyen --json`",
        "≤ 200 MB",
        f"{peak_mb:.0f} MB",
        f"{seconds:.1f} s wall, Argon2id included",
        peak_mb <= 200,
    )


def run(built: float | None = None) -> list[Result]:
    path, _ = demo_store()
    results = []
    note = ""
    if built is None and build_seconds_file().exists():
        built = float(build_seconds_file().read_text(encoding="utf-8"))
        note = "last build of the cached store"
    if built is not None:
        results.append(
            Result(
                "build the 50,000-cadre demo store", "≤ 60 s", f"{built:.1f} s", note, built <= 60
            )
        )
    key = _key(path)
    results.append(bench_cli_memory(path))
    results.append(bench_open(path, key))
    store = open_with_key(StoreFolder(path), key, "bench")
    try:
        results.append(bench_search(store, key))
        results.append(bench_load(store, key))
        ids = _sample_ids(store)
    finally:
        store.close()
    results.append(bench_encryption(path, key, ids))
    return results
