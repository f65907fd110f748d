"""Store life cycle: create, unlock, change passphrase, recover, back up, restore, check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cadre_desktop.errors import UsageError
from cadre_desktop.storage.backup import read_backup_slots, restore_backup, write_backup
from cadre_desktop.storage.check import integrity_problems
from cadre_desktop.storage.folder import StoreFolder
from cadre_desktop.storage.keys import KeySlots, group_recovery_key, tune_kdf
from cadre_desktop.storage.store import OpenStore, create_store, open_store
from cadre_desktop.sync.keys import ensure_identity

Store = OpenStore  # what the UI holds; it never reaches into storage itself

MIN_PASSPHRASE = 8


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError("The passphrase is too short; use at least 8 characters.")


def init_store(
    path: Path, *, unit_name: str, unit_code: str, officer: str, passphrase: str
) -> tuple[Store, str]:
    """Create a store; returns it unlocked and the recovery key grouped for writing down."""
    check_new_passphrase(passphrase)
    store, recovery_key = create_store(
        path, unit_name=unit_name, unit_code=unit_code, officer=officer, passphrase=passphrase
    )
    with store.unit_of_work(write=True) as uow:  # its exchange keys, made once, kept inside
        ensure_identity(uow.session, store.instance_id)
        uow.audit.append("create_keys", "exchange_identity", store.instance_id)
    return store, group_recovery_key(recovery_key)


def unlock(path: Path, passphrase: str) -> Store:
    return open_store(path, passphrase=passphrase)


def change_passphrase(store: Store, new_passphrase: str) -> None:
    """Re-wrap the database key under the new passphrase; the data is not re-encrypted."""
    check_new_passphrase(new_passphrase)
    _set_passphrase(store, store.officer, new_passphrase, "change_passphrase")


def recover(path: Path, recovery_key: str, new_passphrase: str) -> Store:
    """Unlock with the recovery key and set a new passphrase for the store's officer."""
    check_new_passphrase(new_passphrase)
    store = open_store(path, recovery_key=recovery_key)
    slots = KeySlots.load(store.folder.slots)
    officers = [s.officer for s in slots.slots if s.kind == "passphrase" and s.officer]
    store.officer = officers[0] if officers else "officer"
    _set_passphrase(store, store.officer, new_passphrase, "recover")
    return store


def _set_passphrase(store: Store, officer: str, passphrase: str, action: str) -> None:
    slots = KeySlots.load(store.folder.slots)
    slots.set_passphrase(officer, passphrase, store.key, tune_kdf())
    with store.unit_of_work(write=True) as uow:
        uow.audit.append(action, "key_slot", officer)
        uow.session.flush()
        slots.save(store.folder.slots)  # only once the audit entry is in the transaction


def backup(store: Store, target: Path) -> Path:
    with store.unit_of_work(write=True) as uow:
        uow.audit.append("backup", "store", changes={"to": str(target)})
        uow.session.flush()
    return write_backup(store.folder, store.key, target, reason="manual")


def restore(path: Path, backup_file: Path, passphrase: str) -> Store:
    """Put a backup in place of the store's files (the old files are kept aside)."""
    slots = read_backup_slots(backup_file)
    key, _slot = slots.unlock_with_passphrase(passphrase)
    aside = restore_backup(StoreFolder(path), backup_file, key)
    store = open_store(path, passphrase=passphrase)
    with store.unit_of_work(write=True) as uow:
        uow.audit.append(
            "restore", "store", changes={"from": backup_file.name, "kept_aside": aside.name}
        )
    return store


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store: Store) -> CheckReport:
    """Encryption pages, SQLite structure, foreign keys and the audit chain."""
    with store.unit_of_work() as uow:
        return CheckReport(problems=integrity_problems(uow.session))
