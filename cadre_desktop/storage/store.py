"""A store: one folder with the encrypted database, its key slots and its backups."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from sqlalchemy import Engine, select

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.enums import UnitKind, UnitLevel
from cadre_desktop.domain.model import StoreInstance, Unit
from cadre_desktop.errors import UnlockError, UsageError
from cadre_desktop.storage import migrate
from cadre_desktop.storage.backup import write_backup
from cadre_desktop.storage.catalogs import load_catalogs, read_catalogs, shipped_version
from cadre_desktop.storage.engine import connect, make_engine
from cadre_desktop.storage.folder import StoreFolder
from cadre_desktop.storage.keys import KdfParams, KeySlots, new_recovery_key, tune_kdf
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.text import clean


class OpenStore:
    """An unlocked store. Holds the database key until ``close`` (on lock or exit)."""

    def __init__(self, folder: StoreFolder, key: bytes, officer: str) -> None:
        self.folder = folder
        self.officer = officer
        self._key: bytes | None = key
        self.engine: Engine = make_engine(folder.db, key)
        self._catalogs: Catalogs | None = None
        with self.engine.connect() as connection:
            instance = connection.execute(select(StoreInstance.id, StoreInstance.unit_name)).first()
        if instance is None:  # pragma: no cover - only a store broken mid-creation
            raise UnlockError("This store was never finished; create it again.")
        self.instance_id: str = instance.id
        self.unit_name: str = instance.unit_name

    @property
    def is_open(self) -> bool:
        """False once closed (on lock): long work running meanwhile stops at its next step."""
        return self._key is not None

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise UnlockError("The store is locked; unlock it again.")
        return self._key

    def unit_of_work(self, *, write: bool = False, reason: str | None = None) -> UnitOfWork:
        return UnitOfWork(
            self.engine,
            instance_id=self.instance_id,
            actor=self.officer,
            catalogs=self.catalogs,
            write=write,
            reason=reason,
        )

    def catalogs(self) -> Catalogs:
        if self._catalogs is None:
            with self.unit_of_work() as uow:
                self._catalogs = read_catalogs(uow.session)
        return self._catalogs

    def forget_catalogs(self) -> None:
        self._catalogs = None

    def close(self) -> None:
        """Drop every connection and the key (as far as Python lets us forget bytes)."""
        self.engine.dispose()
        self._key = None


def create_store(
    path: Path,
    *,
    unit_name: str,
    unit_code: str,
    officer: str,
    passphrase: str,
    kdf: KdfParams | None = None,
) -> tuple[OpenStore, str]:
    """Make a new store and return it unlocked with its recovery key (shown once)."""
    folder = StoreFolder(path)
    if folder.exists() or (path.exists() and any(path.iterdir())):
        raise UsageError(
            "A store or other files already exist at {path}; choose an empty folder.",
            path=str(path),
        )
    if len(passphrase) < 8:
        raise UsageError("The passphrase is too short; use at least 8 characters.")
    path.mkdir(parents=True, exist_ok=True)
    try:
        key = os.urandom(32)
        store_id = str(uuid.uuid4())
        kdf = kdf or tune_kdf()
        recovery_key = new_recovery_key()
        slots = KeySlots(store_id=store_id, slots=[])
        slots.set_passphrase(officer, passphrase, key, kdf)
        slots.set_recovery_key(recovery_key, key, kdf)
        _initialise_database(folder, key, store_id, clean(unit_name) or unit_code, unit_code)
        slots.save(folder.slots)
        folder.backups.mkdir(exist_ok=True)
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    return OpenStore(folder, key, officer), recovery_key


def _initialise_database(
    folder: StoreFolder, key: bytes, store_id: str, unit_name: str, unit_code: str
) -> None:
    connect(folder.db, key, must_exist=False).close()
    engine = make_engine(folder.db, key)
    try:
        with engine.connect() as connection:
            migrate.upgrade(connection)
            connection.commit()
        uow = UnitOfWork(
            engine,
            instance_id=store_id,
            actor="system",
            catalogs=lambda: Catalogs([]),
            write=True,
            reason="store created",
        )
        with uow:
            uow.session.add(
                StoreInstance(
                    id=store_id,
                    unit_code=unit_code,
                    unit_name=unit_name,
                    catalog_version=shipped_version(),
                )
            )
            uow.session.flush()
            uow.session.add(
                Unit(code=unit_code, name=unit_name, kind=UnitKind.PARTY, level=UnitLevel.PROVINCE)
            )
            count = load_catalogs(uow.session)
            uow.audit.append("load_catalogs", "catalog_entry", changes={"rows": count})
    finally:
        engine.dispose()


def open_store(
    path: Path, *, passphrase: str | None = None, recovery_key: str | None = None
) -> OpenStore:
    """Unlock a store with a passphrase (or the recovery key) and bring its schema up to date."""
    folder = StoreFolder(path)
    if not folder.exists():
        raise UnlockError(
            "There is no store at {path}; check the folder, or create a store.", path=str(path)
        )
    slots = KeySlots.load(folder.slots)
    if recovery_key is not None:
        key, officer = slots.unlock_with_recovery_key(recovery_key), "recovery"
    elif passphrase is not None:
        key, slot = slots.unlock_with_passphrase(passphrase)
        officer = slot.officer or "officer"
    else:
        raise UnlockError("A passphrase is needed to unlock the store.")
    return open_with_key(folder, key, officer)


def open_with_key(folder: StoreFolder, key: bytes, officer: str) -> OpenStore:
    """Everything after the key slot: schema check (and upgrade), engine, catalogs."""
    _bring_up_to_date(folder, key)
    store = OpenStore(folder, key, officer)
    _refresh_catalogs(store)
    return store


def _refresh_catalogs(store: OpenStore) -> None:
    """A newer app brings newer catalogs: merge them in once, audited."""
    shipped = shipped_version()
    with store.unit_of_work() as uow:
        stored = uow.session.get(StoreInstance, store.instance_id)
        if stored is None or stored.catalog_version >= shipped:
            return
    with store.unit_of_work(write=True, reason="catalogs updated by the app") as uow:
        instance = uow.session.get(StoreInstance, store.instance_id)
        assert instance is not None
        count = load_catalogs(uow.session)
        instance.catalog_version = shipped
        uow.audit.append("load_catalogs", "catalog_entry", changes={"rows": count, "to": shipped})


def _bring_up_to_date(folder: StoreFolder, key: bytes) -> None:
    engine = make_engine(folder.db, key)
    try:
        with engine.connect() as connection:
            if not migrate.needs_upgrade(connection):
                return
        write_backup(folder, key, folder.backups, reason="before-upgrade")
        with engine.connect() as connection:
            migrate.upgrade(connection)
            connection.commit()
    finally:
        engine.dispose()
