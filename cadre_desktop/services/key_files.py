"""What a key or certificate file says (whose it is, its fingerprint, a certificate's scope),
read before the officer trusts or certifies it; nothing in the store changes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cadre_desktop.errors import DamagedError
from cadre_desktop.services.units import BAD_CERTIFICATE
from cadre_desktop.sync import keyfile
from cadre_desktop.sync.keys import same_fingerprint

KEY_SUFFIX, CERTIFICATE_SUFFIX = ".cadrekey", ".cadrecert"


@dataclass(frozen=True)
class KeyFileInfo:
    kind: str  # "key" or "certificate"
    instance: str
    unit_code: str
    unit_name: str
    fingerprint: str
    scope: tuple[str, ...] = ()  # a certificate's: the subtrees its subject may write
    issuer_code: str | None = None
    issuer_name: str | None = None


def describe(path: Path) -> KeyFileInfo:
    """The unit a `.cadrekey` file names, or the subject and issuer of a certificate."""
    document = keyfile.read_document(path)
    if document["format"] == keyfile.CERTIFICATE_FORMAT:
        cert = keyfile.check_certificate(document)
        if cert is None:
            raise DamagedError(BAD_CERTIFICATE, path=str(path))
        subject = cert.subject
        return KeyFileInfo(
            "certificate", subject.instance, subject.unit_code, subject.unit_name,
            subject.fingerprint, cert.scope, cert.issuer.unit_code, cert.issuer.unit_name,
        )  # fmt: skip
    key = keyfile.parse_key(document, path)
    return KeyFileInfo("key", key.instance, key.unit_code, key.unit_name, key.fingerprint)


def matches(typed: str, info: KeyFileInfo) -> bool:
    """Whether the fingerprint the officer typed (as read over the phone) is the file's."""
    return bool(typed.strip()) and same_fingerprint(typed, info.fingerprint)
