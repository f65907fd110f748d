"""The statements units hand each other: a public-key file, a certificate, a revocation."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cadre_desktop.domain.exchange import ExchangeIdentity, KeyRevocation
from cadre_desktop.errors import DamagedError, UsageError
from cadre_desktop.i18n import N_
from cadre_desktop.sync import keys
from cadre_desktop.text import clean

KEY_FORMAT = "cadre-key"
CERTIFICATE_FORMAT = "cadre-certificate"
VERSION = 1
_CERTIFICATE_DOMAIN = b"cadre-certificate-v1"
_REVOCATION_DOMAIN = b"cadre-revocation-v1"
_MAX_FILE = 256 * 1024  # a key or a certificate is a few hundred bytes

NOT_A_KEY_FILE = N_(
    "The file {path} is not a Cadre Desktop key or certificate file, or it is damaged; "
    "ask the other unit for a new copy."
)


@dataclass(frozen=True)
class PublicKey:
    """What a `.cadrekey` file holds: which store it is, and its two public keys."""

    instance: str
    unit_code: str
    unit_name: str
    sign_public: str
    box_public: str

    @property
    def keys(self) -> tuple[str, str, str]:
        """What the fingerprint covers: the store and its two keys (names are labels)."""
        return self.instance, self.sign_public, self.box_public

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint(self.instance, self.sign_public, self.box_public)

    def as_json(self) -> dict[str, Any]:
        return {
            "instance": self.instance,
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "sign_public": self.sign_public,
            "box_public": self.box_public,
        }

    @classmethod
    def of(cls, identity: ExchangeIdentity, unit_code: str, unit_name: str) -> PublicKey:
        return cls(
            identity.instance_id, unit_code, unit_name, identity.sign_public, identity.box_public
        )

    @classmethod
    def parse(cls, value: Any) -> PublicKey | None:
        """The key described by a JSON value, or None when it is not a well-formed one."""
        if not isinstance(value, dict):
            return None
        fields = [value.get(name) for name in ("instance", "unit_code", "unit_name")]
        limits = (36, 40, 300)  # the columns they are kept in
        if not all(
            isinstance(f, str) and 0 < len(f) <= n for f, n in zip(fields, limits, strict=True)
        ):
            return None
        sign_public, box_public = value.get("sign_public"), value.get("box_public")
        if not isinstance(sign_public, str) or keys.decode(sign_public, 32) is None:
            return None
        if not isinstance(box_public, str) or keys.decode(box_public, 32) is None:
            return None
        instance, code, name = (str(f) for f in fields)
        return cls(instance, clean(code) or code, clean(name) or name, sign_public, box_public)


def key_file(key: PublicKey) -> bytes:
    document = {"format": KEY_FORMAT, "version": VERSION, **key.as_json()}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def read_document(path: Path) -> dict[str, Any]:
    """The JSON of a key or certificate file; DamagedError when it is neither."""
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_FILE + 1)
    except OSError as exc:
        raise UsageError("The file {path} cannot be read.", path=str(path)) from exc
    try:
        document = json.loads(data.decode("utf-8")) if len(data) <= _MAX_FILE else None
    except (UnicodeDecodeError, ValueError):
        document = None
    if not isinstance(document, dict) or document.get("format") not in (
        KEY_FORMAT,
        CERTIFICATE_FORMAT,
    ):
        raise DamagedError(NOT_A_KEY_FILE, path=str(path))
    if not isinstance(document.get("version"), int) or document["version"] > VERSION:
        raise DamagedError(
            "The file {path} was made by a newer version of Cadre Desktop; "
            "update the app, then try again.",
            path=str(path),
        )
    return document


def parse_key(document: dict[str, Any], path: Path) -> PublicKey:
    key = PublicKey.parse(document) if document.get("format") == KEY_FORMAT else None
    if key is None:
        raise DamagedError(NOT_A_KEY_FILE, path=str(path))
    return key


# -- certificates --------------------------------------------------------------------------


def certificate(
    issuer: ExchangeIdentity, issuer_key: PublicKey, subject: PublicKey, scope: list[str]
) -> dict[str, Any]:
    """The issuer's signed statement that ``subject``'s key may write the ``scope`` subtrees."""
    body = {
        "format": CERTIFICATE_FORMAT,
        "version": VERSION,
        "subject": subject.as_json(),
        "scope": list(scope),
        "issuer": issuer_key.as_json(),
        "issued_at": _timestamp(dt.datetime.now(dt.UTC)),
    }
    return {**body, "signature": keys.sign(issuer, _CERTIFICATE_DOMAIN, keys.canonical(body))}


@dataclass(frozen=True)
class Certificate:
    subject: PublicKey
    issuer: PublicKey
    scope: tuple[str, ...]
    document: dict[str, Any]


def check_certificate(document: Any) -> Certificate | None:
    """The certificate, when well formed and signed by the issuer it names; otherwise None.

    Whether that issuer is trusted is for the reader to decide."""
    if not isinstance(document, dict) or document.get("format") != CERTIFICATE_FORMAT:
        return None
    subject, issuer = (
        PublicKey.parse(document.get("subject")),
        PublicKey.parse(document.get("issuer")),
    )
    scope, signature = document.get("scope"), document.get("signature")
    if subject is None or issuer is None or not isinstance(signature, str):
        return None
    if not isinstance(scope, list) or not scope or not all(isinstance(c, str) for c in scope):
        return None
    body = {k: v for k, v in document.items() if k != "signature"}
    if not keys.verify(issuer.sign_public, signature, _CERTIFICATE_DOMAIN, keys.canonical(body)):
        return None
    return Certificate(subject, issuer, tuple(scope), document)


# -- revocations ---------------------------------------------------------------------------


def _timestamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _revocation_body(row: KeyRevocation) -> dict[str, Any]:
    return {
        "instance": row.instance_id,
        "sign_public": row.sign_public,
        "revoked_by": row.revoked_by,
        "revoked_at": _timestamp(row.revoked_at),
        "reason": row.reason,
    }


def sign_revocation(issuer: ExchangeIdentity, row: KeyRevocation) -> None:
    row.revoked_at = row.revoked_at.replace(microsecond=0)
    row.signature = keys.sign(issuer, _REVOCATION_DOMAIN, keys.canonical(_revocation_body(row)))


def revocation_statement(row: KeyRevocation, issuer_key: str) -> dict[str, Any]:
    """The row as it travels: with the issuer's public key, so a receiver can check it."""
    return {**_revocation_body(row), "issuer_key": issuer_key, "signature": row.signature}


def check_revocation(statement: Any) -> tuple[KeyRevocation, str] | None:
    """The revocation and its issuer's key when the statement is well formed and signed by
    that key; otherwise None. Whether the issuer may revoke that key is for the reader."""
    if not isinstance(statement, dict):
        return None
    texts = ("instance", "sign_public", "revoked_by", "revoked_at", "issuer_key", "signature")
    if not all(isinstance(statement.get(name), str) for name in texts):
        return None
    reason = statement.get("reason")
    if reason is not None and not isinstance(reason, str):
        return None
    try:
        at = dt.datetime.fromisoformat(statement["revoked_at"])
    except ValueError:
        return None
    if at.tzinfo is None:
        return None
    row = KeyRevocation(
        instance_id=statement["instance"],
        sign_public=statement["sign_public"],
        revoked_by=statement["revoked_by"],
        revoked_at=at,
        reason=reason,
        signature=statement["signature"],
    )
    body = keys.canonical(_revocation_body(row))
    if not keys.verify(statement["issuer_key"], row.signature, _REVOCATION_DOMAIN, body):
        return None
    return row, statement["issuer_key"]
