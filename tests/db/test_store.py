"""The encrypted store: unlocking, secrecy at rest, passphrase change, recovery, damage."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from cadre_desktop.domain.model import Cadre
from cadre_desktop.errors import DamagedError, UnlockError, UsageError
from cadre_desktop.services import stores
from cadre_desktop.storage.folder import StoreFolder
from tests.conftest import PASSPHRASE
from tests.dossiers import add_cadre


def folder_digest(path: Path) -> dict[str, str]:
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*"))
        if p.is_file()
    }


def test_nothing_of_a_dossier_lies_in_the_folder_in_clear(store, store_path: Path) -> None:
    add_cadre(
        store, family="Nguyễn", middle="Thị", given="Quỳnh Hương", other_names="Bí danh Sơn Ca"
    )
    store.close()
    needles = ["Quỳnh Hương", "Sơn Ca", "001075123456", "quynh huong", "Phó Trưởng ban"]
    for path in store_path.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            for needle in needles:
                for encoding in ("utf-8", "utf-16-le"):
                    assert needle.encode(encoding) not in raw, (path.name, needle)


def test_plain_sqlite_cannot_open_the_database(store, store_path: Path) -> None:
    store.close()
    connection = sqlite3.connect(StoreFolder(store_path).db)
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    connection.close()


def test_a_wrong_passphrase_changes_nothing(store, store_path: Path) -> None:
    store.close()
    before = folder_digest(store_path)
    with pytest.raises(UnlockError) as error:
        stores.unlock(store_path, "không phải mật khẩu")
    assert error.value.exit_code == 4
    assert (
        "passphrase" in error.value.sentence().lower()
        or "mật khẩu" in error.value.sentence().lower()
    )
    assert folder_digest(store_path) == before


def test_passphrase_change_rewraps_without_reencrypting(store, store_path: Path) -> None:
    cadre_id = add_cadre(store)
    stores.change_passphrase(store, "một mật khẩu mới rất dài")
    store.close()
    with pytest.raises(UnlockError):
        stores.unlock(store_path, PASSPHRASE)
    reopened = stores.unlock(store_path, "một mật khẩu mới rất dài")
    with reopened.unit_of_work() as uow:
        assert uow.session.get(Cadre, cadre_id) is not None
    reopened.close()


def test_recovery_key_sets_a_new_passphrase(store_path: Path) -> None:
    opened, recovery_key = stores.init_store(
        store_path, unit_name="Tỉnh ủy", unit_code="TU", officer="Lan", passphrase=PASSPHRASE
    )
    opened.close()
    with pytest.raises(UnlockError):
        stores.recover(store_path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "mật khẩu thứ hai")
    recovered = stores.recover(store_path, recovery_key.lower(), "mật khẩu thứ hai")
    recovered.close()
    stores.unlock(store_path, "mật khẩu thứ hai").close()
    with pytest.raises(UnlockError):
        stores.unlock(store_path, PASSPHRASE)


def test_a_short_passphrase_is_refused(store_path: Path) -> None:
    with pytest.raises(UsageError):
        stores.init_store(
            store_path, unit_name="T", unit_code="TU", officer="Lan", passphrase="ngắn"
        )
    assert not store_path.exists()


def test_a_store_from_a_newer_app_is_refused(store, store_path: Path) -> None:
    with store.unit_of_work(write=True) as uow:
        uow.session.execute(text("DELETE FROM alembic_version"))
        uow.session.execute(text("INSERT INTO alembic_version VALUES ('9999_future')"))
    store.close()
    with pytest.raises(DamagedError) as error:
        stores.unlock(store_path, PASSPHRASE)
    assert error.value.msgid.startswith("This store was written by a newer version")


def test_flipped_bytes_are_found_by_check(store, store_path: Path) -> None:
    for index in range(30):
        add_cadre(store, given=f"Thử{index}")
    assert stores.check(store).ok
    store.close()
    db = StoreFolder(store_path).db
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16] = bytes(b ^ 0xFF for b in data[middle : middle + 16])
    db.write_bytes(bytes(data))
    reopened = stores.unlock(store_path, PASSPHRASE)
    report = stores.check(reopened)
    reopened.close()
    assert not report.ok


def test_backup_and_restore_round_trip(store, store_path: Path, tmp_path: Path) -> None:
    first = add_cadre(store, given="Trước")
    written = stores.backup(store, tmp_path / "usb")
    assert written.suffix == ".cadre-backup"
    second = add_cadre(store, given="Sau")
    store.close()
    restored = stores.restore(store_path, written, PASSPHRASE)
    with restored.unit_of_work() as uow:
        ids = set(uow.session.scalars(select(Cadre.id)))
    assert first in ids and second not in ids
    assert stores.check(restored).ok
    restored.close()
    assert any(p.name.startswith("replaced-") for p in StoreFolder(store_path).backups.iterdir())


def test_a_damaged_backup_is_refused_and_changes_nothing(
    store, store_path: Path, tmp_path: Path
) -> None:
    written = stores.backup(store, tmp_path / "usb")
    store.close()
    written.write_bytes(written.read_bytes()[: written.stat().st_size // 2])
    before = folder_digest(store_path)
    with pytest.raises(DamagedError):
        stores.restore(store_path, written, PASSPHRASE)
    assert folder_digest(store_path) == before


def test_a_quick_backup_is_the_store_as_it_was(store, store_path: Path, tmp_path: Path) -> None:
    from cadre_desktop.storage.backup import _copy_file, write_backup

    first = add_cadre(store, given="Trước")
    assert _copy_file(store.folder, store.key, tmp_path / "copy.db")  # the quick path is taken
    written = write_backup(store.folder, store.key, tmp_path / "auto", reason="bundle", quick=True)
    second = add_cadre(store, given="Sau")
    store.close()
    restored = stores.restore(store_path, written, PASSPHRASE)
    with restored.unit_of_work() as uow:
        ids = set(uow.session.scalars(select(Cadre.id)))
    assert first in ids and second not in ids
    assert stores.check(restored).ok
    restored.close()
