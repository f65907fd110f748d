"""Whom a bundle may come from and what it may write: units trusted by fingerprint or by an
upper unit's certificate, each with a scope of unit subtrees, and the revocations that travel."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadre_desktop.domain.exchange import ExchangeIdentity, KeyRevocation, TrustedUnit
from cadre_desktop.domain.model import StoreInstance, Unit
from cadre_desktop.errors import DamagedError, UsageError
from cadre_desktop.i18n import N_
from cadre_desktop.storage.audit import AuditChain
from cadre_desktop.sync import keyfile
from cadre_desktop.sync.container import NOT_A_BUNDLE, Opened
from cadre_desktop.sync.keys import fingerprint

UNTRUSTED = N_(
    "This bundle comes from {unit}, a unit this store does not trust; "
    "trust its key first (cadre unit trust), then import it again."
)
REVOKED = N_("The key of {unit}, the unit that sent this bundle, has been revoked; it is refused.")
WRONG_KEY = N_(
    "This bundle claims to come from {unit} but is not signed with the key this store "
    "trusts for it; it must not be imported."
)


@dataclass(frozen=True)
class Sender:
    instance_id: str
    unit_code: str
    unit_name: str
    scope: tuple[str, ...]
    certified_by: str | None = None  # the directly trusted unit whose certificate vouched
    certificate: dict[str, Any] | None = None


# -- scopes: unit codes, each with its subtree ---------------------------------------------


class UnitTree:
    """The store's units by id and by code, to place a unit under a scope's subtrees."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(Unit.id, Unit.code, Unit.parent_id)).all()
        self.parent: dict[str, str | None] = {r.id: r.parent_id for r in rows}
        self.code: dict[str, str] = {r.id: r.code for r in rows}
        self.by_code: dict[str, str] = {r.code: r.id for r in rows}

    def lineage(self, unit_id: str | None) -> list[str]:
        """The unit's code and its ancestors' codes, nearest first."""
        codes: list[str] = []
        seen: set[str] = set()
        while unit_id is not None and unit_id not in seen and unit_id in self.code:
            seen.add(unit_id)
            codes.append(self.code[unit_id])
            unit_id = self.parent.get(unit_id)
        return codes

    def covers(self, scope: Iterable[str], code: str) -> bool:
        """Whether the unit with ``code`` lies inside one of the scope's subtrees."""
        wanted = set(scope)
        return code in wanted or any(c in wanted for c in self.lineage(self.by_code.get(code)))

    def unit_ids(self, scope: Iterable[str]) -> frozenset[str]:
        wanted = set(scope)
        return frozenset(u for u in self.code if any(c in wanted for c in self.lineage(u)))

    def limit(self, scope: Iterable[str], bound: Iterable[str]) -> tuple[str, ...]:
        """The part of ``scope`` inside ``bound``, as the fewest codes."""
        scope, bound = list(scope), list(bound)
        inside = {c for c in scope if self.covers(bound, c)}
        inside |= {c for c in bound if self.covers(scope, c)}
        return tuple(sorted(c for c in inside if not self.covers(inside - {c}, c)))


def in_scope(session: Session, scope: Sequence[str], unit_id: str | None) -> bool:
    """Whether the (local) unit lies inside the scope's subtrees; no unit is in no scope."""
    return any(code in set(scope) for code in UnitTree(session).lineage(unit_id))


def scope_unit_ids(session: Session, scope: Sequence[str]) -> frozenset[str]:
    """Every local unit inside the scope: for checking many records with one query."""
    return UnitTree(session).unit_ids(scope)


# -- revocations ---------------------------------------------------------------------------


def revocation(session: Session, instance_id: str) -> KeyRevocation | None:
    return session.get(KeyRevocation, instance_id)


def _issuer_key(session: Session, row: KeyRevocation) -> str | None:
    identity = session.get(ExchangeIdentity, row.revoked_by)
    if identity is not None:
        return identity.sign_public
    issuer = session.get(TrustedUnit, row.revoked_by)
    return issuer.sign_public if issuer is not None else None


def _may_revoke(session: Session, row: KeyRevocation, issuer_key: str) -> bool:
    """A trusted, unrevoked unit may revoke keys it certified, keys whose whole scope lies in
    its own, and keys this store does not know (so a later certificate cannot bring them)."""
    issuer = session.get(TrustedUnit, row.revoked_by)
    if (
        issuer is None
        or issuer.sign_public != issuer_key
        or revocation(session, issuer.instance_id)
    ):
        return False
    target = session.get(TrustedUnit, row.instance_id)
    if target is None or target.certified_by == issuer.instance_id:
        return True
    tree = UnitTree(session)
    return bool(target.scope) and all(tree.covers(issuer.scope, c) for c in target.scope)


def _carried_revocations(opened: Opened) -> list[tuple[KeyRevocation, str]]:
    credentials = opened.manifest.get("credentials")
    statements = credentials.get("revocations") if isinstance(credentials, dict) else None
    found = (keyfile.check_revocation(s) for s in statements or [])
    return [r for r in found if r is not None]


# -- what a bundle carries and how it is judged --------------------------------------------


def credentials(session: Session, instance_id: str) -> dict[str, Any]:
    """What seal() embeds: this store's unit, its certificates, and every revocation it
    issued or recorded (each signed by its issuer, so it can travel further down)."""
    identity = session.get(ExchangeIdentity, instance_id)
    instance = session.get(StoreInstance, instance_id)
    statements = []
    for row in session.scalars(select(KeyRevocation).order_by(KeyRevocation.instance_id)):
        issuer_key = _issuer_key(session, row)
        if issuer_key is not None and row.signature:
            statements.append(keyfile.revocation_statement(row, issuer_key))
    return {
        "unit_code": instance.unit_code if instance else "",
        "unit_name": instance.unit_name if instance else "",
        "certificates": list(identity.certificates) if identity else [],
        "revocations": statements,
    }


def _claimed(opened: Opened) -> tuple[str, str, str, str]:
    """The sender's instance, keys and a label for sentences, as the manifest states them."""
    sender, credentials = opened.manifest.get("sender"), opened.manifest.get("credentials")
    if not isinstance(sender, dict) or not isinstance(credentials, dict):
        raise DamagedError(NOT_A_BUNDLE)
    instance, sign_public, box_public = (
        sender.get(k) for k in ("instance", "sign_public", "box_public")
    )
    if not all(isinstance(v, str) for v in (instance, sign_public, box_public)):
        raise DamagedError(NOT_A_BUNDLE)
    label = credentials.get("unit_name") or instance
    return str(instance), str(sign_public), str(box_public), str(label)


def verify_sender(session: Session, opened: Opened) -> Sender:
    """The sender and its write scope, when this store trusts it directly or through a
    certificate from a unit it trusts directly, and no one it trusts has revoked it."""
    instance, sign_public, box_public, label = _claimed(opened)
    trusted = session.get(TrustedUnit, instance)
    name = trusted.unit_name if trusted else label
    if revocation(session, instance) is not None:
        raise DamagedError(REVOKED, unit=name)
    for row, issuer_key in _carried_revocations(opened):
        if row.instance_id == instance and _may_revoke(session, row, issuer_key):
            raise DamagedError(REVOKED, unit=name)
    other_key = trusted is not None and (trusted.sign_public, trusted.box_public) != (
        sign_public,
        box_public,
    )
    if trusted is not None and trusted.certified_by is None:
        if other_key:
            raise DamagedError(WRONG_KEY, unit=name)
        return Sender(instance, trusted.unit_code, trusted.unit_name, tuple(trusted.scope))
    carried = opened.manifest["credentials"].get("certificates")
    documents = list(carried) if isinstance(carried, list) else []
    if trusted is not None and trusted.certificate:
        documents.append(trusted.certificate)
    claimed = keyfile.PublicKey(instance, "", "", sign_public, box_public)
    certified = certified_sender(session, documents, claimed)
    if certified is not None:
        return certified
    if other_key:  # vouched for once, with another key
        raise DamagedError(WRONG_KEY, unit=name)
    raise DamagedError(UNTRUSTED, unit=name)  # or its voucher no longer counts here


def certified_sender(
    session: Session, documents: Sequence[Any], key: keyfile.PublicKey
) -> Sender | None:
    """The unit with ``key`` as the certificates among ``documents`` vouch for it: issued by
    units trusted here by fingerprint and not revoked, each limited to its issuer's scope."""
    tree = UnitTree(session)
    scope: set[str] = set()
    first: tuple[keyfile.Certificate, str] | None = None
    for document in documents:
        cert = keyfile.check_certificate(document)
        if cert is None or cert.subject.keys != key.keys:
            continue
        issuer = session.get(TrustedUnit, cert.issuer.instance)
        if (
            issuer is None
            or issuer.certified_by is not None  # only a unit trusted by fingerprint vouches
            or issuer.sign_public != cert.issuer.sign_public
            or revocation(session, issuer.instance_id) is not None
        ):
            continue
        limited = tree.limit(cert.scope, issuer.scope)
        if limited:
            scope.update(limited)
            first = first or (cert, issuer.instance_id)
    if first is None:
        return None
    cert, issuer_id = first
    return Sender(
        key.instance,
        cert.subject.unit_code,
        cert.subject.unit_name,
        tree.limit(scope, scope),
        issuer_id,
        cert.document,
    )


def record_certified(
    session: Session, sender: Sender, key: keyfile.PublicKey, audit: AuditChain | None
) -> None:
    """Keep a certified unit among the trusted ones, so that bundles can go back to it."""
    sign_public, box_public = key.sign_public, key.box_public
    row = session.get(TrustedUnit, sender.instance_id)
    if row is not None and row.certified_by is None:
        return  # trusted by fingerprint: a certificate never overrides the officers' own check
    before = None if row is None else (row.sign_public, list(row.scope), row.certified_by)
    if row is None:
        row = TrustedUnit(instance_id=sender.instance_id)
        session.add(row)
    row.unit_code, row.unit_name = sender.unit_code, sender.unit_name
    row.sign_public, row.box_public = sign_public, box_public
    row.fingerprint = fingerprint(sender.instance_id, sign_public, box_public)
    row.scope, row.certified_by = list(sender.scope), sender.certified_by
    row.certificate = sender.certificate
    if audit is not None and before != (sign_public, list(sender.scope), sender.certified_by):
        audit.append(
            "trust_certified",
            "trusted_unit",
            sender.instance_id,
            changes={
                "scope": [before[1] if before else None, list(sender.scope)],
                "certified_by": [before[2] if before else None, sender.certified_by],
                "fingerprint": row.fingerprint,
            },
        )


def absorb(
    session: Session, opened: Opened, sender: Sender, audit: AuditChain | None = None
) -> None:
    """Record what a verified bundle vouched for: a certified sender (so this store can send
    back to it) and the revocations its issuers may make. Called in the import transaction;
    pass the unit of work's audit chain to have each change audited."""
    instance, sign_public, box_public, _label = _claimed(opened)
    if sender.certified_by is not None:
        key = keyfile.PublicKey(instance, "", "", sign_public, box_public)
        record_certified(session, sender, key, audit)
    own = session.scalars(select(ExchangeIdentity.instance_id)).all()
    for row_in, issuer_key in _carried_revocations(opened):
        if row_in.instance_id in own or revocation(session, row_in.instance_id) is not None:
            continue
        if not _may_revoke(session, row_in, issuer_key):
            continue
        session.add(row_in)
        session.flush()
        if audit is not None:
            audit.append(
                "revoke_key",
                "key_revocation",
                row_in.instance_id,
                changes={"revoked_by": row_in.revoked_by, "via": sender.instance_id},
                reason=row_in.reason,
            )


def receiver(session: Session, unit: str) -> TrustedUnit:
    """The trusted unit a bundle goes to, by instance id or unit code."""
    found = session.get(TrustedUnit, unit)
    if found is None:
        matches = session.scalars(select(TrustedUnit).where(TrustedUnit.unit_code == unit)).all()
        if len(matches) > 1:
            raise UsageError(
                "More than one trusted unit has the code {unit}; name it by its instance id "
                "(see cadre unit list).",
                unit=unit,
            )
        found = matches[0] if matches else None
    if found is None:
        raise UsageError("No trusted unit is called {unit}; see cadre unit list.", unit=unit)
    if revocation(session, found.instance_id) is not None:
        raise UsageError(
            "The key of {unit} has been revoked; nothing can be sent to it.", unit=found.unit_name
        )
    return found
