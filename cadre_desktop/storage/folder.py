"""The files that make up a store folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DB_NAME = "cadre.db"
SLOTS_NAME = "keyslots.json"
BACKUPS_NAME = "backups"


@dataclass(frozen=True)
class StoreFolder:
    path: Path

    @property
    def db(self) -> Path:
        return self.path / DB_NAME

    @property
    def slots(self) -> Path:
        return self.path / SLOTS_NAME

    @property
    def backups(self) -> Path:
        return self.path / BACKUPS_NAME

    def exists(self) -> bool:
        return self.slots.exists()

    def database_files(self) -> list[Path]:
        return [self.db, self.db.with_name(DB_NAME + "-wal"), self.db.with_name(DB_NAME + "-shm")]
