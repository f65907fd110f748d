"""Key slots: the database key wrapped (AES-256-GCM) under Argon2id-derived keys (DESIGN.md §2).

There is no stored verifier: a slot is right when its GCM tag checks, and the first read of
the database proves the key. Changing a passphrase re-wraps the same key.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from cadre_desktop.errors import DamagedError, UnlockError
from cadre_desktop.storage.files import write_atomically

FORMAT = 1
KEY_BYTES = 32
MEMORY_KIB = 64 * 1024
PARALLELISM = 1
DEFAULT_TARGET_SECONDS = 0.75
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_CHARS = 32  # 160 bits


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int = MEMORY_KIB
    parallelism: int = PARALLELISM

    def derive(self, secret: str, salt: bytes) -> bytes:
        return bytes(
            hash_secret_raw(
                secret.encode("utf-8"),
                salt,
                time_cost=self.time_cost,
                memory_cost=self.memory_kib,
                parallelism=self.parallelism,
                hash_len=KEY_BYTES,
                type=Type.ID,
            )
        )


def tune_kdf(target_seconds: float | None = None) -> KdfParams:
    """Pick the Argon2id time cost that takes about ``target_seconds`` on this machine."""
    if target_seconds is None:
        target_seconds = float(os.environ.get("CADRE_KDF_SECONDS", DEFAULT_TARGET_SECONDS))
    probe = KdfParams(time_cost=1)
    started = time.perf_counter()
    probe.derive("probe", b"\0" * 16)
    one_pass = max(time.perf_counter() - started, 1e-3)
    return KdfParams(time_cost=max(1, min(64, round(target_seconds / one_pass))))


def normalise_passphrase(passphrase: str) -> str:
    """NFC, so that the same words typed with another Vietnamese keyboard still unlock."""
    return unicodedata.normalize("NFC", passphrase)


def new_recovery_key() -> str:
    return "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_CHARS))


def group_recovery_key(key: str) -> str:
    """Groups of four, for writing down: ABCD-EFGH-…"""
    return "-".join(key[i : i + 4] for i in range(0, len(key), 4))


def normalise_recovery_key(text: str) -> str:
    """Accept the key as written down: any case, spaces or dashes, O for 0, I or L for 1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans("OIL", "011"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class KeySlot:
    kind: str  # "passphrase" or "recovery"
    officer: str | None
    kdf: KdfParams
    salt: str
    nonce: str
    wrapped: str
    created_at: str = field(default_factory=lambda: time.strftime("%Y-%m-%dT%H:%M:%SZ"))

    @classmethod
    def seal(
        cls, kind: str, officer: str | None, secret: str, key: bytes, store_id: str, kdf: KdfParams
    ) -> KeySlot:
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapping = kdf.derive(secret, salt)
        wrapped = AESGCM(wrapping).encrypt(nonce, key, _aad(store_id, kind))
        return cls(kind, officer, kdf, _b64(salt), _b64(nonce), _b64(wrapped))

    def open(self, secret: str, store_id: str) -> bytes | None:
        wrapping = self.kdf.derive(secret, _unb64(self.salt))
        try:
            return AESGCM(wrapping).decrypt(
                _unb64(self.nonce), _unb64(self.wrapped), _aad(store_id, self.kind)
            )
        except InvalidTag:
            return None


def _aad(store_id: str, kind: str) -> bytes:
    """Binds a slot to its store and its kind, so slots can't be swapped between them."""
    return f"cadre-keyslot-v{FORMAT}|{store_id}|{kind}".encode()


@dataclass
class KeySlots:
    """The key-slot file of a store (``keyslots.json``): public, holds no secret in clear."""

    store_id: str
    slots: list[KeySlot]

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT:
                raise ValueError("unknown key-slot format")
            slots = [
                KeySlot(
                    kind=s["kind"],
                    officer=s.get("officer"),
                    kdf=KdfParams(**s["kdf"]),
                    salt=s["salt"],
                    nonce=s["nonce"],
                    wrapped=s["wrapped"],
                    created_at=s.get("created_at", ""),
                )
                for s in raw["slots"]
            ]
            return cls(store_id=str(raw["store_id"]), slots=slots)
        except FileNotFoundError:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise DamagedError(
                "The key file of this store is damaged; restore the store from a backup."
            ) from exc

    def save(self, path: Path) -> None:
        payload = {
            "format": FORMAT,
            "store_id": self.store_id,
            "slots": [asdict(slot) for slot in self.slots],
        }
        write_atomically(path, json.dumps(payload, indent=2).encode("utf-8"))

    def unlock_with_passphrase(self, passphrase: str) -> tuple[bytes, KeySlot]:
        secret = normalise_passphrase(passphrase)
        for slot in self.slots:
            if slot.kind == "passphrase" and (key := slot.open(secret, self.store_id)) is not None:
                return key, slot
        raise UnlockError("The passphrase is not right; type it again, or use the recovery key.")

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        secret = normalise_recovery_key(recovery_key)
        for slot in self.slots:
            if slot.kind == "recovery" and (key := slot.open(secret, self.store_id)) is not None:
                return key
        raise UnlockError("The recovery key is not right; check the sheet it was written on.")

    def set_passphrase(self, officer: str, passphrase: str, key: bytes, kdf: KdfParams) -> None:
        """Add or replace the officer's passphrase slot; the database key stays the same."""
        slot = KeySlot.seal(
            "passphrase", officer, normalise_passphrase(passphrase), key, self.store_id, kdf
        )
        others = [s for s in self.slots if not (s.kind == "passphrase" and s.officer == officer)]
        self.slots = [slot, *others]

    def set_recovery_key(self, recovery_key: str, key: bytes, kdf: KdfParams) -> None:
        slot = KeySlot.seal(
            "recovery", None, normalise_recovery_key(recovery_key), key, self.store_id, kdf
        )
        self.slots = [*(s for s in self.slots if s.kind != "recovery"), slot]
