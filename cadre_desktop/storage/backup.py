"""Encrypted backups: one file holding the encrypted database and its key slots.

A backup is checked by reopening it before it counts. It opens with the passphrase (or
recovery key) that was in force when it was made.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

from cadre_desktop.errors import DamagedError, UsageError
from cadre_desktop.storage import migrate
from cadre_desktop.storage.engine import connect, make_engine
from cadre_desktop.storage.files import replace_atomically
from cadre_desktop.storage.folder import StoreFolder
from cadre_desktop.storage.keys import KeySlots

SUFFIX = ".cadre-backup"
FORMAT = 1
KEEP_AUTOMATIC = 10


def backup_name(reason: str) -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return f"cadre-{stamp}-{reason}{SUFFIX}"


def write_backup(
    folder: StoreFolder, key: bytes, target: Path, *, reason: str = "manual", quick: bool = False
) -> Path:
    """Snapshot the store into ``target`` (a folder or a file path) and verify the copy.

    ``quick`` (the automatic backup before an import): the encrypted file is copied as it is
    while no one can write, which takes a fraction of the time of re-encrypting every page."""
    if target.suffix == SUFFIX:
        destination = target
    else:
        target.mkdir(parents=True, exist_ok=True)
        destination = target / backup_name(reason)
    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=destination.parent, prefix=".backup-") as work:
        snapshot = Path(work) / "cadre.db"
        if not (quick and _copy_file(folder, key, snapshot)):
            source = connect(folder.db, key)
            copy = connect(snapshot, key, must_exist=False)
            try:
                source.backup(copy)
                cadres = source.execute("SELECT count(*) FROM cadre").fetchone()[0]
            finally:
                copy.close()
                source.close()
            _verify_database(snapshot, key, expected_cadres=cadres)
        packed = Path(work) / "backup.zip"
        manifest = {
            "format": FORMAT,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "reason": reason,
        }
        with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr("backup.json", json.dumps(manifest))
            archive.write(folder.slots, "keyslots.json")
            archive.write(snapshot, "cadre.db")
        replace_atomically(packed, destination)
    if reason != "manual" and destination.parent == folder.backups:
        _prune(folder.backups)
    return destination


def _copy_file(folder: StoreFolder, key: bytes, snapshot: Path) -> bool:
    """Copy the database file under the write lock once the write-ahead log is folded in;
    False when the log could not be emptied (a reader holds it), and nothing is copied."""
    wal = folder.db.with_name(folder.db.name + "-wal")
    source = connect(folder.db, key)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source.execute("BEGIN IMMEDIATE")  # no writer until the copy is made
        try:
            if wal.exists() and wal.stat().st_size > 0:
                return False
            shutil.copyfile(folder.db, snapshot)
        finally:
            source.execute("ROLLBACK")
    finally:
        source.close()
    check = connect(snapshot, key)  # it opens with the key and reads: the copy is whole
    check.close()
    return True


def _verify_database(path: Path, key: bytes, expected_cadres: int | None = None) -> None:
    connection = connect(path, key)
    try:
        for pragma in ("cipher_integrity_check", "quick_check"):
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
            if rows and rows != ["ok"]:
                raise DamagedError("The backup copy did not check out; nothing was replaced.")
        if expected_cadres is not None:
            count = connection.execute("SELECT count(*) FROM cadre").fetchone()[0]
            if count != expected_cadres:
                raise DamagedError("The backup copy did not check out; nothing was replaced.")
    finally:
        connection.close()


def _prune(backups: Path) -> None:
    automatic = sorted(p for p in backups.glob(f"*{SUFFIX}") if "-manual" not in p.name)
    for old in automatic[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)


def read_backup_slots(backup: Path) -> KeySlots:
    with _open_archive(backup) as archive, tempfile.TemporaryDirectory() as work:
        archive.extract("keyslots.json", work)
        return KeySlots.load(Path(work) / "keyslots.json")


def restore_backup(folder: StoreFolder, backup: Path, key: bytes) -> Path:
    """Replace the store's database and key slots with the backup's, keeping the old ones.

    The current files are moved aside into ``backups/replaced-…`` (still encrypted), so a
    restore can itself be undone. Returns that folder.
    """
    folder.path.mkdir(parents=True, exist_ok=True)
    with (
        _open_archive(backup) as archive,
        tempfile.TemporaryDirectory(dir=folder.path, prefix=".restore-") as work,
    ):
        archive.extractall(work, members=["cadre.db", "keyslots.json"])
        restored = Path(work) / "cadre.db"
        _verify_database(restored, key)
        engine = make_engine(restored, key)
        try:
            with engine.connect() as connection:
                migrate.needs_upgrade(connection)  # refuses a backup from a newer app
        finally:
            engine.dispose()
        aside = folder.backups / f"replaced-{dt.datetime.now():%Y%m%d-%H%M%S-%f}"
        aside.mkdir(parents=True)
        for path in [*folder.database_files(), folder.slots]:
            if path.exists():
                shutil.move(path, aside / path.name)
        replace_atomically(restored, folder.db)
        replace_atomically(Path(work) / "keyslots.json", folder.slots)
    return aside


class _open_archive:  # noqa: N801 - used like a function in a with statement
    def __init__(self, path: Path) -> None:
        self.path = path
        self.archive: zipfile.ZipFile | None = None

    def __enter__(self) -> zipfile.ZipFile:
        if not self.path.is_file():
            raise UsageError("There is no backup file at {path}.", path=str(self.path))
        try:
            self.archive = zipfile.ZipFile(self.path)
            names = set(self.archive.namelist())
            if not {"backup.json", "keyslots.json", "cadre.db"} <= names:
                raise zipfile.BadZipFile("incomplete backup")
            if self.archive.testzip() is not None:
                raise zipfile.BadZipFile("damaged member")
            manifest = json.loads(self.archive.read("backup.json"))
            if manifest.get("format") != FORMAT:
                raise zipfile.BadZipFile("unknown format")
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise DamagedError(
                "The backup file is damaged or incomplete; use another backup."
            ) from exc
        return self.archive

    def __exit__(self, *exc: object) -> None:
        if self.archive is not None:
            self.archive.close()
