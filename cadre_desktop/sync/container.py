"""The sealed file a bundle or an acknowledgement travels in: a small clear header, then a
signed manifest and zlib-compressed parts, AES-256-GCM-encrypted to the receiver's X25519 key.

Layout: magic (8) · format (u16) · kind (u8) · receiver length (u8) · receiver instance id ·
ephemeral X25519 public key (32) · nonce (12) · ciphertext. The header is the cipher's
associated data, so no byte of the file can change unnoticed. Inside: manifest length (u32) ·
manifest (canonical JSON) · Ed25519 signature over it (64) · the parts, in manifest order."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cadre_desktop.domain.exchange import ExchangeIdentity
from cadre_desktop.errors import DamagedError
from cadre_desktop.i18n import N_
from cadre_desktop.sync import keys

FORMAT = 1
MAGIC = b"\x89CADREX\n"  # a high byte and a newline: a text-mode copy is caught at once
KINDS = {"bundle": 1, "ack": 2}
RESERVED = ("envelope", "sender", "credentials", "parts")  # what seal adds to the manifest
_FIXED = struct.Struct(">8sHBB")
_SIGNATURE = 64
_MANIFEST_DOMAIN = b"cadre-manifest-v1"
_KDF_INFO = b"cadre-bundle-v1"

NOT_A_BUNDLE = N_(
    "This file is not a Cadre Desktop bundle, or it is damaged or cut short; "
    "ask the sending unit for a new copy."
)
OTHER_RECEIVER = N_(
    "This bundle is addressed to another unit, not to this store; nothing was imported."
)
NEWER_FORMAT = N_(
    "This bundle was made by a newer version of Cadre Desktop; "
    "update the app here, then import it again."
)
BAD_SIGNATURE = N_(
    "The bundle's content does not match its signature: it was changed after it was made, "
    "so it must not be imported."
)


@dataclass(frozen=True)
class Header:
    format: int
    kind: str
    receiver: str


@dataclass(frozen=True)
class Opened:
    header: Header
    manifest: dict[str, Any]
    parts: dict[str, bytes]
    file_hash: str  # sha256 hex of the whole file


@dataclass(frozen=True)
class _Clear:
    header: Header
    ephemeral: bytes
    nonce: bytes
    size: int  # bytes of the clear header, the cipher's associated data


def _parse_header(data: bytes) -> _Clear:
    if len(data) < _FIXED.size:
        raise DamagedError(NOT_A_BUNDLE)
    magic, version, kind_code, receiver_size = _FIXED.unpack_from(data)
    if magic != MAGIC:
        raise DamagedError(NOT_A_BUNDLE)
    if version > FORMAT:  # checked before anything a newer format may lay out otherwise
        raise DamagedError(NEWER_FORMAT)
    kind = next((name for name, code in KINDS.items() if code == kind_code), None)
    end = _FIXED.size + receiver_size + 32 + 12
    if version != FORMAT or kind is None or len(data) < end:
        raise DamagedError(NOT_A_BUNDLE)
    try:
        receiver = data[_FIXED.size : _FIXED.size + receiver_size].decode("ascii")
    except UnicodeDecodeError as exc:
        raise DamagedError(NOT_A_BUNDLE) from exc
    ephemeral = data[end - 44 : end - 12]
    return _Clear(Header(version, kind, receiver), ephemeral, data[end - 12 : end], end)


def read_header(data: bytes) -> Header:
    """The clear header: what the file is and for whom, readable without any key."""
    return _parse_header(data).header


def _cipher(shared: bytes, ephemeral: bytes, receiver_public: bytes) -> AESGCM:
    # both public keys in the derivation bind the key to this exchange and this receiver
    kdf = HKDF(hashes.SHA256(), 32, salt=None, info=_KDF_INFO + ephemeral + receiver_public)
    return AESGCM(kdf.derive(shared))


def seal(
    *,
    kind: str,
    identity: ExchangeIdentity,
    receiver_instance: str,
    receiver_box_public: str,
    manifest: dict[str, Any],
    parts: dict[str, bytes],
    credentials: dict[str, Any] | None = None,
) -> bytes:
    """The whole file: ``manifest`` (plus the sender's keys, credentials and every part's
    size and SHA-256) signed with this store's key, all of it readable only by the receiver."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if clash := [name for name in RESERVED if name in manifest]:
        raise ValueError(f"the manifest may not set {clash}")
    stored: list[bytes] = []
    listing: list[dict[str, Any]] = []
    for name, content in parts.items():
        packed = zlib.compress(content, 1)  # level 1: nearly the size of 6, several times faster
        stored.append(packed)
        digest = hashlib.sha256(content).hexdigest()
        listing.append(
            {"name": name, "size": len(content), "stored": len(packed), "sha256": digest}
        )
    body = keys.canonical(
        {
            **manifest,
            "envelope": {"format": FORMAT, "kind": kind, "receiver": receiver_instance},
            "sender": {
                "instance": identity.instance_id,
                "sign_public": identity.sign_public,
                "box_public": identity.box_public,
            },
            "credentials": credentials or {},
            "parts": listing,
        }
    )
    signature = keys.decode(keys.sign(identity, _MANIFEST_DOMAIN, body), _SIGNATURE)
    assert signature is not None
    plain = b"".join([struct.pack(">I", len(body)), body, signature, *stored])
    return envelope(kind, receiver_instance, receiver_box_public, plain)


def envelope(kind: str, receiver_instance: str, receiver_box_public: str, plain: bytes) -> bytes:
    """The clear header and ``plain`` encrypted to the receiver under a one-time key."""
    receiver_raw = receiver_instance.encode("ascii")
    receiver_public = keys.decode(receiver_box_public, 32)
    if receiver_public is None or len(receiver_raw) > 255 or kind not in KINDS:
        raise ValueError("not a receiver key")
    ephemeral_key = X25519PrivateKey.generate()
    ephemeral = ephemeral_key.public_key().public_bytes_raw()
    nonce = os.urandom(12)
    header = (
        _FIXED.pack(MAGIC, FORMAT, KINDS[kind], len(receiver_raw))
        + receiver_raw
        + ephemeral
        + nonce
    )
    shared = ephemeral_key.exchange(X25519PublicKey.from_public_bytes(receiver_public))
    return header + _cipher(shared, ephemeral, receiver_public).encrypt(nonce, plain, header)


def open_envelope(data: bytes, identity: ExchangeIdentity) -> tuple[Header, bytes]:
    """The header and the decrypted content of a file addressed to this store."""
    clear = _parse_header(data)
    if clear.header.receiver != identity.instance_id:
        raise DamagedError(OTHER_RECEIVER)
    own = keys.box_key(identity)
    try:
        shared = own.exchange(X25519PublicKey.from_public_bytes(clear.ephemeral))
        receiver_public = own.public_key().public_bytes_raw()
        plain = _cipher(shared, clear.ephemeral, receiver_public).decrypt(
            clear.nonce, data[clear.size :], data[: clear.size]
        )
    except (InvalidTag, ValueError) as exc:  # ValueError: an all-zero shared secret
        raise DamagedError(NOT_A_BUNDLE) from exc
    return clear.header, plain


def unseal(data: bytes, identity: ExchangeIdentity) -> Opened:
    """Decrypt, then check the signature (against the key the manifest names: whether that
    key is trusted is trust.verify_sender's question) and every part's size and hash."""
    header, plain = open_envelope(data, identity)
    manifest, body, signature, offset = _manifest(plain)
    sender = manifest.get("sender")
    sign_public = sender.get("sign_public") if isinstance(sender, dict) else None
    if not isinstance(sign_public, str) or not keys.verify(
        sign_public, keys.encode(signature), _MANIFEST_DOMAIN, body
    ):
        raise DamagedError(BAD_SIGNATURE)
    sealed_for = manifest.get("envelope")
    if not isinstance(sealed_for, dict) or sealed_for.get("receiver") != identity.instance_id:
        raise DamagedError(OTHER_RECEIVER)  # signed for someone else, sealed again for us
    if sealed_for.get("format") != FORMAT or sealed_for.get("kind") != header.kind:
        raise DamagedError(BAD_SIGNATURE)
    parts = _parts(manifest.get("parts"), plain, offset)
    return Opened(header, manifest, parts, hashlib.sha256(data).hexdigest())


def _manifest(plain: bytes) -> tuple[dict[str, Any], bytes, bytes, int]:
    """The manifest, its bytes as signed, the signature, and where the parts begin."""
    if len(plain) < 4:
        raise DamagedError(NOT_A_BUNDLE)
    (size,) = struct.unpack_from(">I", plain)
    offset = 4 + size + _SIGNATURE
    if len(plain) < offset:
        raise DamagedError(NOT_A_BUNDLE)
    body = plain[4 : 4 + size]
    try:
        manifest = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DamagedError(NOT_A_BUNDLE) from exc
    if not isinstance(manifest, dict):
        raise DamagedError(NOT_A_BUNDLE)
    return manifest, body, plain[4 + size : offset], offset


def _parts(listing: Any, plain: bytes, offset: int) -> dict[str, bytes]:
    """Each part unpacked and checked against the size and hash the signed manifest gives."""
    if not isinstance(listing, list):
        raise DamagedError(BAD_SIGNATURE)
    parts: dict[str, bytes] = {}
    for entry in listing:
        if not isinstance(entry, dict):
            raise DamagedError(BAD_SIGNATURE)
        name, size, stored, digest = (entry.get(k) for k in ("name", "size", "stored", "sha256"))
        if not (isinstance(name, str) and isinstance(size, int) and isinstance(stored, int)):
            raise DamagedError(BAD_SIGNATURE)
        if stored < 0 or size < 0 or offset + stored > len(plain) or name in parts:
            raise DamagedError(BAD_SIGNATURE)
        unpacker = zlib.decompressobj()
        try:  # never more than the size the sender signed: no zip bomb fills the memory
            content = unpacker.decompress(plain[offset : offset + stored], size + 1)
        except zlib.error as exc:
            raise DamagedError(BAD_SIGNATURE) from exc
        if (
            len(content) != size
            or not unpacker.eof
            or unpacker.unused_data
            or hashlib.sha256(content).hexdigest() != digest
        ):
            raise DamagedError(BAD_SIGNATURE)
        parts[name] = content
        offset += stored
    if offset != len(plain):
        raise DamagedError(BAD_SIGNATURE)
    return parts
