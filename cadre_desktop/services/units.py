"""Units this store exchanges with: its own key file, trusting another unit's key by its
fingerprint, certifying a lower unit's key, revoking a key, and the list of trusted units."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cadre_desktop.domain.base import utcnow
from cadre_desktop.domain.exchange import ExchangeIdentity, KeyRevocation, TrustedUnit
from cadre_desktop.domain.model import StoreInstance
from cadre_desktop.errors import DamagedError, UsageError
from cadre_desktop.i18n import N_
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.files import write_atomically
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.sync import keyfile, trust
from cadre_desktop.sync.keyfile import PublicKey
from cadre_desktop.sync.keys import ensure_identity, same_fingerprint
from cadre_desktop.text import clean

BAD_CERTIFICATE = N_(
    "The certificate {path} is not signed by the unit it names, or it was changed on the way; "
    "ask the issuing unit for a new one."
)


def _own_key(uow: UnitOfWork) -> tuple[ExchangeIdentity, PublicKey]:
    """This store's keys (made now, audited, when an older store has none yet)."""
    identity = uow.session.get(ExchangeIdentity, uow.instance_id)
    if identity is None:
        identity = ensure_identity(uow.session, uow.instance_id)
        uow.audit.append("create_keys", "exchange_identity", uow.instance_id)
    instance = uow.session.get(StoreInstance, uow.instance_id)
    assert instance is not None
    return identity, PublicKey.of(identity, instance.unit_code, instance.unit_name)


def ensure_keys(store: Store) -> None:
    """Make this store's exchange keys if it has none (at creation, or on first need)."""
    with store.unit_of_work() as uow:
        if uow.session.get(ExchangeIdentity, store.instance_id) is not None:
            return
    with store.unit_of_work(write=True) as uow:
        _own_key(uow)


def own_key(store: Store) -> dict[str, Any]:
    """This store's public key, its fingerprint and the certificates upper units gave it."""
    ensure_keys(store)
    with store.unit_of_work() as uow:
        identity, key = _own_key(uow)
        certificates = [keyfile.check_certificate(c) for c in identity.certificates]
    return {
        **key.as_json(),
        "fingerprint": key.fingerprint,
        "certificates": [
            {
                "issuer_code": c.issuer.unit_code,
                "issuer_name": c.issuer.unit_name,
                "scope": list(c.scope),
                "issued_at": c.document.get("issued_at"),
            }
            for c in certificates
            if c is not None
        ],
    }


def export_key(store: Store, path: Path) -> str:
    """Write this store's `.cadrekey` file; returns the fingerprint to read to the other unit."""
    with store.unit_of_work(write=True) as uow:
        _identity, key = _own_key(uow)
        uow.audit.append(
            "export_key",
            "exchange_identity",
            uow.instance_id,
            changes={"fingerprint": key.fingerprint, "to": path.name},
        )
        uow.session.flush()
        write_atomically(path, keyfile.key_file(key))
    return key.fingerprint


def _scope(uow: UnitOfWork, codes: Sequence[str]) -> list[str]:
    """The scope as typed, cleaned; every code must be a unit of this store."""
    scope = list(dict.fromkeys(c for c in (clean(code) for code in codes) if c))
    if not scope:
        raise UsageError("Say which units it may write with --scope CODE (each with its subtree).")
    tree = trust.UnitTree(uow.session)
    for code in scope:
        if code not in tree.by_code:
            raise UsageError("There is no unit with the code {code}.", code=code)
    return scope


def _check_fingerprint(key: PublicKey, typed: str | None) -> None:
    if not typed:
        raise UsageError(
            "Type the fingerprint the other unit read to you with --fingerprint; "
            "it is how you know this key file is theirs."
        )
    if not same_fingerprint(typed, key.fingerprint):
        raise DamagedError(
            "The fingerprint does not match this key file: the file may have been changed on "
            "the way, or a character was misheard; compare it again with the other unit."
        )


def trust_unit(
    store: Store, path: Path, fingerprint: str | None, scope: Sequence[str]
) -> dict[str, Any]:
    """Trust a unit's key file (fingerprint checked) with a scope, or take a certificate:
    one for this store's own key is kept and travels in its bundles; one for another unit,
    issued by a unit trusted here, trusts that unit within the issuer's scope."""
    document = keyfile.read_document(path)
    with store.unit_of_work(write=True) as uow:
        identity, own = _own_key(uow)
        if document["format"] == keyfile.CERTIFICATE_FORMAT:
            return _take_certificate(uow, identity, document, path)
        key = keyfile.parse_key(document, path)
        if key.instance == own.instance:
            raise UsageError("This is this store's own key; trust the other unit's key file.")
        _check_fingerprint(key, fingerprint)
        codes = _scope(uow, scope)
        if trust.revocation(uow.session, key.instance) is not None:
            raise UsageError(
                "The key of {unit} was revoked here; it cannot be trusted again.",
                unit=key.unit_name,
            )
        row = uow.session.get(TrustedUnit, key.instance)
        before = _summary(row) if row is not None else {}
        if row is None:
            row = TrustedUnit(instance_id=key.instance)
            uow.session.add(row)
        row.unit_code, row.unit_name = key.unit_code, key.unit_name
        row.sign_public, row.box_public = key.sign_public, key.box_public
        row.fingerprint, row.scope = key.fingerprint, codes
        row.certified_by, row.certificate, row.trusted_at = None, None, utcnow()
        after = _summary(row)
        uow.audit.append(
            "trust_unit",
            "trusted_unit",
            key.instance,
            changes={k: [before.get(k), v] for k, v in after.items() if before.get(k) != v},
        )
        return after


def _take_certificate(
    uow: UnitOfWork, identity: ExchangeIdentity, document: dict[str, Any], path: Path
) -> dict[str, Any]:
    cert = keyfile.check_certificate(document)
    if cert is None:
        raise DamagedError(BAD_CERTIFICATE, path=str(path))
    if cert.subject.instance == identity.instance_id:
        if cert.subject.keys != (identity.instance_id, identity.sign_public, identity.box_public):
            raise DamagedError(
                "The certificate {path} was made for another key, not this store's; "
                "ask the issuing unit to certify this store's key file.",
                path=str(path),
            )
        kept = [c for c in identity.certificates if c.get("issuer") != document["issuer"]]
        identity.certificates = [*kept, document]
        uow.audit.append(
            "add_certificate",
            "exchange_identity",
            identity.instance_id,
            changes={"issuer": cert.issuer.unit_code, "scope": list(cert.scope)},
        )
        return {
            "certificate": True,
            "issuer_code": cert.issuer.unit_code,
            "issuer_name": cert.issuer.unit_name,
            "scope": list(cert.scope),
        }
    if trust.revocation(uow.session, cert.subject.instance) is not None:
        raise UsageError(
            "The key of {unit} was revoked here; it cannot be trusted again.",
            unit=cert.subject.unit_name,
        )
    sender = trust.certified_sender(uow.session, [document], cert.subject)
    if sender is None:
        raise UsageError(
            "The certificate was issued by {unit}, which this store does not trust by its "
            "fingerprint (or whose scope does not reach it); trust that unit's key first.",
            unit=cert.issuer.unit_name,
        )
    trust.record_certified(uow.session, sender, cert.subject, uow.audit)
    row = uow.session.get(TrustedUnit, cert.subject.instance)
    assert row is not None
    return _summary(row)


def certify(
    store: Store,
    keyfile_path: Path,
    scope: Sequence[str],
    out: Path,
    fingerprint: str | None = None,
) -> dict[str, Any]:
    """Sign a lower unit's key with the unit subtrees it may write, into a certificate file.

    The key must be trusted here already with the same keys, or its fingerprint typed."""
    key = keyfile.parse_key(keyfile.read_document(keyfile_path), keyfile_path)
    with store.unit_of_work(write=True) as uow:
        identity, own = _own_key(uow)
        if key.instance == own.instance:
            raise UsageError("This is this store's own key; a unit does not certify itself.")
        known = uow.session.get(TrustedUnit, key.instance)
        if (
            known is None
            or known.certified_by is not None
            or ((known.sign_public, known.box_public) != (key.sign_public, key.box_public))
        ):
            _check_fingerprint(key, fingerprint)
        codes = _scope(uow, scope)
        document = keyfile.certificate(identity, own, key, codes)
        uow.audit.append(
            "certify_key",
            "trusted_unit",
            key.instance,
            changes={"fingerprint": key.fingerprint, "scope": codes, "to": out.name},
        )
        uow.session.flush()
        write_atomically(out, json.dumps(document, ensure_ascii=False, indent=2).encode() + b"\n")
    return {"fingerprint": key.fingerprint, "unit_code": key.unit_code, "scope": codes}


def _target(uow: UnitOfWork, unit: str) -> tuple[str, str, str]:
    """Instance, signing key and name of the key to revoke: a trusted unit or a key file."""
    path = Path(unit)
    if path.is_file():
        document = keyfile.read_document(path)
        if document["format"] == keyfile.CERTIFICATE_FORMAT:
            cert = keyfile.check_certificate(document)
            if cert is None:
                raise DamagedError(BAD_CERTIFICATE, path=str(path))
            key = cert.subject
        else:
            key = keyfile.parse_key(document, path)
        return key.instance, key.sign_public, key.unit_name
    row = (
        uow.session.get(TrustedUnit, unit)
        or uow.session.scalars(
            select(TrustedUnit).where(TrustedUnit.unit_code == clean(unit))
        ).first()
    )
    if row is None:
        raise UsageError("No trusted unit is called {unit}; see cadre unit list.", unit=unit)
    return row.instance_id, row.sign_public, row.unit_name


def revoke(store: Store, unit: str, reason: str | None = None) -> dict[str, Any]:
    """Withdraw a unit's key here, signed by this store: its bundles are refused from now on,
    and this store's bundles carry the revocation to the units below that trust it."""
    with store.unit_of_work(write=True) as uow:
        identity, own = _own_key(uow)
        instance, sign_public, name = _target(uow, unit)
        if instance == own.instance:
            raise UsageError("This is this store's own key; a store does not revoke itself.")
        if trust.revocation(uow.session, instance) is not None:
            raise UsageError("The key of {unit} is already revoked.", unit=name)
        row = KeyRevocation(
            instance_id=instance,
            sign_public=sign_public,
            revoked_by=own.instance,
            revoked_at=utcnow(),
            reason=clean(reason),
        )
        keyfile.sign_revocation(identity, row)
        uow.session.add(row)
        uow.audit.append(
            "revoke_key", "key_revocation", instance, changes={"unit": name}, reason=row.reason
        )
    return {"instance": instance, "unit_name": name, "revoked_at": row.revoked_at.isoformat()}


def _summary(row: TrustedUnit) -> dict[str, Any]:
    return {
        "instance": row.instance_id,
        "unit_code": row.unit_code,
        "unit_name": row.unit_name,
        "fingerprint": row.fingerprint,
        "scope": list(row.scope or []),
        "trust": "certified" if row.certified_by else "direct",
        "certified_by": row.certified_by,
    }


def list_units(store: Store) -> list[dict[str, Any]]:
    """The trusted units, plain values for the command line and the screen."""
    with store.unit_of_work() as uow:
        rows = uow.session.scalars(select(TrustedUnit).order_by(TrustedUnit.unit_code)).all()
        units = []
        for row in rows:
            summary = _summary(row)
            voucher = uow.session.get(TrustedUnit, row.certified_by) if row.certified_by else None
            revoked = trust.revocation(uow.session, row.instance_id)
            units.append(
                {
                    **summary,
                    "certified_by_code": voucher.unit_code if voucher else None,
                    "trusted_at": row.trusted_at.isoformat(),
                    "revoked": revoked is not None,
                    "revoked_at": revoked.revoked_at.isoformat() if revoked else None,
                    "revoked_by": revoked.revoked_by if revoked else None,
                    "revoked_reason": revoked.reason if revoked else None,
                }
            )
    return units
