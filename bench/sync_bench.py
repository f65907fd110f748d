"""Exchange benchmarks on the demo store: the first bundle of the ~11,000 dossiers of the cadres
working under the People's Committee (target for 10,000: export ≤ 20 s, import into an empty
store ≤ 40 s), then an incremental bundle of 100 changed dossiers (≤ 2 s
each way), with the bundle's size per dossier. Baseline: a plain JSON dump of the same dossiers
(read, encode, write) and its parse, in the same run."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from bench.common import PASSPHRASE, Result, demo_store
from cadre_desktop.domain.model import BundleRecord, Cadre
from cadre_desktop.services import units
from cadre_desktop.services.bundle_ack import receive_file
from cadre_desktop.services.bundle_export import export_bundle
from cadre_desktop.services.dossier_rows import encode_rows
from cadre_desktop.services.stores import init_store, unlock
from cadre_desktop.storage.queries import unit_codes

CHANGED = 100
RECEIVER = "UB"  # the provincial People's Committee: about 11,000 of the demo's cadres work there


def _timed(action):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = action()
    return value, time.perf_counter() - started


def _plain_dump(store, cadre_ids: list[str], target: Path) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        codes = unit_codes(uow.session)
        dossiers = []
        for start in range(0, len(cadre_ids), 1000):
            dossiers += encode_rows(uow.session, cadre_ids[start : start + 1000], codes)
    target.write_text(json.dumps(dossiers, ensure_ascii=False), encoding="utf-8")


def _trust(sender, receiver, folder: Path, scope: list[str]) -> None:  # type: ignore[no-untyped-def]
    for a, b in ((sender, receiver), (receiver, sender)):
        key = folder / f"{a.instance_id}.cadrekey"
        units.trust_unit(b, key, units.export_key(a, key), scope)


def run() -> list[Result]:
    path, _built = demo_store()
    sender = unlock(path, PASSPHRASE)
    with tempfile.TemporaryDirectory(prefix="cadre-sync-bench-") as work:
        folder = Path(work)
        receiver, _key = init_store(
            folder / "ubnd.cadre", unit_name="Ủy ban nhân dân tỉnh", unit_code=RECEIVER,
            officer="bench", passphrase=PASSPHRASE,
        )  # fmt: skip
        try:
            _trust(sender, receiver, folder, [RECEIVER])
            for name in ("1", "2"):
                (folder / name).mkdir()
            first, export_s = _timed(
                lambda: export_bundle(sender, receiver.instance_id, folder / "1")
            )
            with sender.unit_of_work() as uow:  # the dossiers the bundle carried, from the ledger
                chosen = list(uow.session.get(BundleRecord, first.bundle_id).dossiers)
            _none, dump_s = _timed(lambda: _plain_dump(sender, chosen, folder / "plain.json"))
            _none, parse_s = _timed(lambda: json.loads((folder / "plain.json").read_text("utf-8")))
            plain_size = (folder / "plain.json").stat().st_size
            received, import_s = _timed(lambda: receive_file(receiver, first.path))
            receive_file(sender, received.ack_path)
            with sender.unit_of_work(write=True, reason="bench edits") as uow:
                edited = uow.session.scalars(select(Cadre).where(Cadre.id.in_(chosen[:CHANGED])))
                for cadre in edited:
                    cadre.other_names = (cadre.other_names or "") + " (bench)"
            second, inc_export_s = _timed(
                lambda: export_bundle(sender, receiver.instance_id, folder / "2")
            )
            _r, inc_import_s = _timed(lambda: receive_file(receiver, second.path))
        finally:
            receiver.close()
            sender.close()
    per_dossier = first.size / max(first.dossiers, 1)
    scale = 10_000 / max(first.dossiers, 1)  # the targets are per 10,000 dossiers
    return [
        Result(
            f"export the first bundle of {first.dossiers:,} dossiers",
            "≤ 20 s per 10,000",
            f"{export_s:.1f} s ({export_s * scale:.1f} s per 10,000)",
            f"{export_s / dump_s:.1f}× a plain JSON dump ({dump_s:.1f} s); "
            f"{per_dossier / 1024:.1f} KiB per dossier ({plain_size / first.size:.1f}× smaller "
            "than the JSON)",
            export_s * scale <= 20,
        ),
        Result(
            f"import it into an empty store ({received.preview.count('created'):,} new)",
            "≤ 40 s per 10,000",
            f"{import_s:.1f} s ({import_s * scale:.1f} s per 10,000)",
            f"{import_s / parse_s:.0f}× parsing the plain JSON ({parse_s:.1f} s); backup included",
            import_s * scale <= 40,
        ),
        Result(
            f"incremental bundle of {second.dossiers} changed dossiers: export",
            "≤ 2 s",
            f"{inc_export_s:.2f} s",
            "",
            inc_export_s <= 2,
        ),
        Result(
            f"incremental bundle of {second.dossiers} changed dossiers: import",
            "≤ 2 s",
            f"{inc_import_s:.2f} s",
            "backup included",
            inc_import_s <= 2,
        ),
    ]
