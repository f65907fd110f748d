"""`cadre bundle export|import` as an officer's script runs it: exit codes, one sentence per
refusal, and a process killed in the middle of an import leaving the store as it was."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cadre_desktop.domain.model import BundleRecord, Cadre
from cadre_desktop.services.stores import unlock
from tests.conftest import PASSPHRASE
from tests.dossiers import add_cadre
from tests.exchange import make_store, trust_each_other

DOSSIERS = 150


def cadre(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cadre_desktop.cli", *args],
        capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL,
        env={**os.environ, "CADRE_PASSPHRASE": PASSPHRASE, "CADRE_LANG": "en"},
    )  # fmt: skip


@pytest.fixture
def two_units(tmp_path: Path) -> tuple[Path, Path]:
    province = make_store(tmp_path, "TU", "Tỉnh ủy Thử Nghiệm")
    department = make_store(tmp_path, "SNV", "Sở Nội vụ")
    trust_each_other(province, department, tmp_path, ("TU",))
    for index in range(DOSSIERS):
        add_cadre(province, given=f"Đức{index}", id_number=None)
    paths = (province.folder.path, department.folder.path)
    province.close()
    department.close()
    return paths


def counts(path: Path) -> tuple[int, int]:
    store = unlock(path, PASSPHRASE)
    try:
        with store.unit_of_work() as uow:
            cadres = uow.session.scalar(select(func.count()).select_from(Cadre))
            ledger = uow.session.scalar(select(func.count()).select_from(BundleRecord))
            return int(cadres or 0), int(ledger or 0)
    finally:
        store.close()


def test_export_preview_import_again_and_acknowledge(
    two_units: tuple[Path, Path], tmp_path: Path
) -> None:
    province, department = two_units
    usb = tmp_path / "usb"
    usb.mkdir()
    export = cadre("--db", str(province), "bundle", "export", "--to", "SNV", "-o", str(usb),
                   "--json")  # fmt: skip
    assert export.returncode == 0, export.stderr
    written = json.loads(export.stdout)
    path = Path(written["path"])
    assert written["dossiers"] == DOSSIERS and path.name == "TU-to-SNV-00001.cadrebundle"
    assert path.name.isascii() and written["size"] < 6_000 * DOSSIERS
    dry = cadre("--db", str(department), "bundle", "import", str(path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["counts"] == {"created": DOSSIERS}
    assert counts(department) == (0, 0)
    done = cadre("--db", str(department), "bundle", "import", str(path))
    assert done.returncode == 0, done.stderr
    assert f"{DOSSIERS} new" in done.stdout and "SNV-to-TU-00001.cadreack" in done.stdout
    again = cadre("--db", str(department), "bundle", "import", str(path))
    assert again.returncode == 0 and "already imported" in again.stdout
    ack = usb / "SNV-to-TU-00001.cadreack"
    recorded = cadre("--db", str(province), "bundle", "import", str(ack))
    assert recorded.returncode == 0 and "received bundle 1" in recorded.stdout


def test_a_tampered_bundle_exits_5_with_one_sentence(
    two_units: tuple[Path, Path], tmp_path: Path
) -> None:
    province, department = two_units
    export = cadre("--db", str(province), "bundle", "export", "--to", "SNV", "-o", str(tmp_path))
    assert export.returncode == 0, export.stderr
    [path] = tmp_path.glob("*.cadrebundle")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    result = cadre("--db", str(department), "bundle", "import", str(path))
    assert result.returncode == 5 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert counts(department) == (0, 0)


def test_an_unknown_unit_is_a_usage_error(two_units: tuple[Path, Path], tmp_path: Path) -> None:
    province, _department = two_units
    result = cadre("--db", str(province), "bundle", "export", "--to", "XYZ", "-o", str(tmp_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def _kill_during_import(department: Path, bundle: Path, delay: float) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "cadre_desktop.cli", "--db", str(department), "bundle", "import",
         str(bundle)],
        env={**os.environ, "CADRE_PASSPHRASE": PASSPHRASE},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    backups = department / "backups"
    deadline = time.monotonic() + 60
    while not any(backups.glob("*bundle*")) and process.poll() is None:
        if time.monotonic() > deadline:  # pragma: no cover - a hung import
            break
        time.sleep(0.01)
    time.sleep(delay)  # the backup is made: the import transaction is under way
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait()
    for backup in backups.glob("*"):
        backup.unlink()


@pytest.mark.parametrize("delay", [0.05, 0.3, 0.8])
def test_killing_the_process_mid_import_leaves_the_store_as_it_was(
    two_units: tuple[Path, Path], tmp_path: Path, delay: float
) -> None:
    province, department = two_units
    export = cadre("--db", str(province), "bundle", "export", "--to", "SNV", "-o", str(tmp_path))
    assert export.returncode == 0, export.stderr
    [bundle] = tmp_path.glob("*.cadrebundle")
    _kill_during_import(department, bundle, delay)
    assert counts(department) in ((0, 0), (DOSSIERS, 1))  # all or nothing, never part
    checked = cadre("--db", str(department), "check")
    assert checked.returncode == 0, checked.stderr
    finished = cadre("--db", str(department), "bundle", "import", str(bundle))
    assert finished.returncode == 0, finished.stderr
    assert counts(department) == (DOSSIERS, 1)
