"""This store's exchange keys (Ed25519 to sign, X25519 to receive) and key fingerprints."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from cadre_desktop.domain.exchange import ExchangeIdentity

FINGERPRINT_CHARS = 20  # 100 bits: officers read it aloud, a forger would need 2**100 tries
_FINGERPRINT_DOMAIN = "cadre-key-v1"


def encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode(text: str, size: int) -> bytes | None:
    """The raw bytes of a base64 key or signature, or None when it is not one of ``size``."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    return raw if len(raw) == size else None


def load_identity(session: Session) -> ExchangeIdentity | None:
    return session.scalars(select(ExchangeIdentity).limit(1)).first()


def ensure_identity(session: Session, instance_id: str) -> ExchangeIdentity:
    """This store's keys, made once (stores older than the exchange have none yet).

    Needs a writing session when the keys do not exist yet."""
    found = session.get(ExchangeIdentity, instance_id)
    if found is not None:
        return found
    identity = new_identity(instance_id)
    session.add(identity)
    session.flush()
    return identity


def new_identity(instance_id: str) -> ExchangeIdentity:
    """Fresh keys for a store, not yet kept anywhere."""
    sign = Ed25519PrivateKey.generate()
    box = X25519PrivateKey.generate()
    return ExchangeIdentity(
        instance_id=instance_id,
        sign_private=encode(sign.private_bytes_raw()),
        box_private=encode(box.private_bytes_raw()),
        sign_public=encode(sign.public_key().public_bytes_raw()),
        box_public=encode(box.public_key().public_bytes_raw()),
        certificates=[],
    )


def signing_key(identity: ExchangeIdentity) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(identity.sign_private))


def box_key(identity: ExchangeIdentity) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(base64.b64decode(identity.box_private))


def sign(identity: ExchangeIdentity, domain: bytes, message: bytes) -> str:
    """A base64 Ed25519 signature; ``domain`` keeps one kind of statement from passing
    for another."""
    return encode(signing_key(identity).sign(domain + b"\0" + message))


def verify(sign_public: str, signature: str, domain: bytes, message: bytes) -> bool:
    raw_key, raw_signature = decode(sign_public, 32), decode(signature, 64)
    if raw_key is None or raw_signature is None:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(raw_signature, domain + b"\0" + message)
    except (InvalidSignature, ValueError):
        return False
    return True


def canonical(value: object) -> bytes:
    """The one byte form of a JSON value that signatures and fingerprints are made over."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def fingerprint(instance_id: str, sign_public: str, box_public: str) -> str:
    """20 base32 characters of SHA-256 over the key's canonical content, in groups of 4."""
    body = canonical(
        {"kind": _FINGERPRINT_DOMAIN, "instance": instance_id, "sign": sign_public,
         "box": box_public}
    )  # fmt: skip
    chars = base64.b32encode(hashlib.sha256(body).digest()).decode("ascii")[:FINGERPRINT_CHARS]
    return "-".join(chars[i : i + 4] for i in range(0, FINGERPRINT_CHARS, 4))


def same_fingerprint(typed: str, expected: str) -> bool:
    """Whether what the officer typed is the fingerprint, ignoring case, spaces and dashes;
    0 and 1 are read as O and I (base32 has neither digit, so a misreading is forgiven)."""
    cleaned = re.sub(r"[\s\-–—.]", "", typed).upper().replace("0", "O").replace("1", "I")
    return cleaned == expected.replace("-", "")
