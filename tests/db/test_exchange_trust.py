"""Unit keys and trust on real stores: fingerprints, certificates within scope, revocations
that travel down in a certifier's bundles, and the sentence each refusal ends with."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from cadre_desktop.domain.enums import UnitKind, UnitLevel
from cadre_desktop.domain.exchange import ExchangeIdentity, KeyRevocation, TrustedUnit
from cadre_desktop.domain.model import AuditEntry, Unit
from cadre_desktop.errors import DamagedError, UsageError
from cadre_desktop.services import units
from cadre_desktop.services.stores import Store, init_store
from cadre_desktop.sync import trust
from cadre_desktop.sync.container import seal, unseal
from cadre_desktop.sync.keys import ensure_identity, fingerprint, load_identity, new_identity
from tests.conftest import PASSPHRASE

# the province's tree, the same codes in every store: TU > BTC > BTC-P1, TU > SNV
TREE = [("TU", None), ("BTC", "TU"), ("BTC-P1", "BTC"), ("SNV", "TU")]


def _with_tree(store: Store) -> Store:
    with store.unit_of_work(write=True) as uow:
        by_code = {u.code: u for u in uow.session.scalars(select(Unit))}
        for code, parent in TREE:
            unit = by_code.get(code) or Unit(
                code=code, name=f"Đơn vị {code}", kind=UnitKind.PARTY, level=UnitLevel.PROVINCE
            )
            uow.session.add(unit)
            uow.session.flush()
            by_code[code] = unit
            unit.parent_id = by_code[parent].id if parent else None
    return store


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Store, Store]]:
    """A province, its organisation board and the interior department: made once, since
    making a store takes a while; each test starts them with no trust at all."""
    folder = tmp_path_factory.mktemp("units")
    made = tuple(
        _with_tree(init_store(folder / f"{code}.cadre", unit_name=name, unit_code=code,
                              officer="Lan", passphrase=PASSPHRASE)[0])
        for code, name in (("TU", "Tỉnh ủy"), ("BTC", "Ban Tổ chức"), ("SNV", "Sở Nội vụ"))
    )  # fmt: skip
    yield made  # type: ignore[misc]
    for store in made:
        store.close()


@pytest.fixture
def stores(three: tuple[Store, Store, Store]) -> tuple[Store, Store, Store]:
    for store in three:
        with store.unit_of_work(write=True) as uow:
            uow.session.execute(delete(TrustedUnit))
            uow.session.execute(delete(KeyRevocation))
            for identity in uow.session.scalars(select(ExchangeIdentity)):
                identity.certificates = []
    return three


def key_of(store: Store, folder: Path) -> tuple[Path, str]:
    path = folder / f"{store.instance_id[:8]}.cadrekey"
    return path, units.export_key(store, path)


def trusts(store: Store, other: Store, folder: Path, *scope: str) -> None:
    path, fp = key_of(other, folder)
    units.trust_unit(store, path, fp, list(scope))


def certify(upper: Store, lower: Store, folder: Path, *scope: str) -> Path:
    """The upper unit certifies the lower one's key, and the lower one keeps the certificate."""
    path, fp = key_of(lower, folder)
    out = folder / f"{lower.instance_id[:8]}.cadrecert"
    units.certify(upper, path, list(scope), out, fp)
    units.trust_unit(lower, out, None, [])
    return out


def bundle(sender: Store, receiver: Store) -> bytes:
    with sender.unit_of_work() as uow:
        identity = load_identity(uow.session)
        credentials = trust.credentials(uow.session, sender.instance_id)
    with receiver.unit_of_work() as uow:
        to = load_identity(uow.session)
    assert identity is not None and to is not None
    return seal(
        kind="bundle", identity=identity, receiver_instance=to.instance_id,
        receiver_box_public=to.box_public, manifest={"bundle_id": "b"}, parts={"p": b"x"},
        credentials=credentials,
    )  # fmt: skip


def accept(store: Store, data: bytes) -> trust.Sender:
    """What an import does with trust: verify, then record what the bundle vouched for."""
    with store.unit_of_work(write=True) as uow:
        identity = load_identity(uow.session)
        assert identity is not None
        opened = unseal(data, identity)
        sender = trust.verify_sender(uow.session, opened)
        trust.absorb(uow.session, opened, sender, uow.audit)
    return sender


def refused(store: Store, data: bytes) -> str:
    with pytest.raises(DamagedError) as caught:
        accept(store, data)
    assert caught.value.exit_code == 5
    return caught.value.msgid


def actions(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return list(uow.session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_keys_are_made_with_the_store_and_once_for_an_older_store(store) -> None:
    with store.unit_of_work() as uow:
        made = load_identity(uow.session)
    assert made is not None and made.instance_id == store.instance_id
    assert "create_keys" in actions(store)
    with store.unit_of_work(write=True) as uow:  # a store from before the exchange has none
        uow.session.execute(delete(ExchangeIdentity))
    own = units.own_key(store)
    with store.unit_of_work(write=True) as uow:
        again = ensure_identity(uow.session, store.instance_id)
        assert ensure_identity(uow.session, store.instance_id) is again
        assert len(uow.session.scalars(select(ExchangeIdentity)).all()) == 1
    assert again.sign_public == own["sign_public"] != made.sign_public
    assert own["fingerprint"] == fingerprint(store.instance_id, again.sign_public, again.box_public)
    assert actions(store).count("create_keys") == 2


def test_the_key_file_and_its_fingerprint(store, tmp_path: Path) -> None:
    path = tmp_path / "tinh-uy.cadrekey"
    fp = units.export_key(store, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "cadre-key" and document["unit_code"] == "TU"
    assert document["unit_name"] == "Tỉnh ủy Thử Nghiệm"
    assert "sign_private" not in document and "box_private" not in document
    groups = fp.split("-")
    assert len(groups) == 5 and all(len(g) == 4 for g in groups)
    assert set("".join(groups)) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    other = new_identity(store.instance_id)
    assert fingerprint(store.instance_id, other.sign_public, other.box_public) != fp


def test_trust_needs_the_fingerprint_the_other_unit_read(stores, tmp_path: Path) -> None:
    province, department, _interior = stores
    path, fp = key_of(department, tmp_path)
    wrong = fp[:-1] + ("A" if fp[-1] != "A" else "B")
    with pytest.raises(DamagedError) as caught:
        units.trust_unit(province, path, wrong, ["BTC"])
    assert "fingerprint does not match" in caught.value.msgid
    with pytest.raises(UsageError):
        units.trust_unit(province, path, None, ["BTC"])
    with pytest.raises(UsageError):
        units.trust_unit(province, path, fp, ["NO-SUCH"])
    with pytest.raises(UsageError):
        units.trust_unit(province, path, fp, [])
    assert units.list_units(province) == []
    typed = fp.lower().replace("-", " ")  # as read over the phone
    units.trust_unit(province, path, typed, ["BTC"])
    [row] = units.list_units(province)
    assert (row["unit_code"], row["scope"], row["trust"], row["fingerprint"]) == (
        "BTC", ["BTC"], "direct", fp,
    )  # fmt: skip
    assert actions(province)[-1] == "trust_unit"
    with pytest.raises(UsageError):  # its own key
        units.trust_unit(province, key_of(province, tmp_path)[0], None, ["TU"])


def test_a_not_a_key_file_is_refused(store, tmp_path: Path) -> None:
    junk = tmp_path / "x.cadrekey"
    junk.write_bytes(b"\x00\x01 not json")
    with pytest.raises(DamagedError):
        units.trust_unit(store, junk, "AAAA", ["TU"])


def test_a_trusted_unit_is_accepted_with_its_scope(stores, tmp_path: Path) -> None:
    province, department, _interior = stores
    trusts(province, department, tmp_path, "BTC")
    sender = accept(province, bundle(department, province))
    assert (sender.instance_id, sender.unit_code, sender.scope) == (
        department.instance_id, "BTC", ("BTC",),
    )  # fmt: skip
    assert sender.certified_by is None
    with province.unit_of_work() as uow:
        tree = {u.code: u.id for u in uow.session.scalars(select(Unit))}
        assert trust.in_scope(uow.session, sender.scope, tree["BTC-P1"])
        assert trust.in_scope(uow.session, sender.scope, tree["BTC"])
        assert not trust.in_scope(uow.session, sender.scope, tree["SNV"])
        assert not trust.in_scope(uow.session, sender.scope, tree["TU"])
        assert not trust.in_scope(uow.session, sender.scope, None)
        assert trust.scope_unit_ids(uow.session, ["BTC"]) == {tree["BTC"], tree["BTC-P1"]}
        assert trust.receiver(uow.session, "BTC").instance_id == department.instance_id
        assert trust.receiver(uow.session, department.instance_id).unit_code == "BTC"
        with pytest.raises(UsageError):
            trust.receiver(uow.session, "SNV")


def test_a_bundle_signed_by_an_untrusted_key_is_refused(stores, tmp_path: Path) -> None:
    province, department, stranger = stores
    trusts(province, department, tmp_path, "BTC")
    assert refused(province, bundle(stranger, province)) == trust.UNTRUSTED
    # a stranger's key under the trusted unit's name: signed, but not by the trusted key
    with stranger.unit_of_work() as uow:
        own = load_identity(uow.session)
    with province.unit_of_work() as uow:
        to = load_identity(uow.session)
    assert own is not None and to is not None
    impostor = ExchangeIdentity(
        instance_id=department.instance_id, sign_private=own.sign_private,
        box_private=own.box_private, sign_public=own.sign_public, box_public=own.box_public,
    )  # fmt: skip
    data = seal(
        kind="bundle", identity=impostor, receiver_instance=to.instance_id,
        receiver_box_public=to.box_public, manifest={}, parts={},
    )  # fmt: skip
    assert refused(province, data) == trust.WRONG_KEY


def test_a_certified_unit_is_accepted_through_its_certifier_within_scope(
    stores, tmp_path: Path
) -> None:
    province, department, interior = stores
    trusts(interior, province, tmp_path, "BTC")  # the interior trusts the province for BTC
    assert refused(interior, bundle(department, interior)) == trust.UNTRUSTED
    certify(province, department, tmp_path, "TU")  # wider than what interior gives TU
    assert units.own_key(department)["certificates"][0]["scope"] == ["TU"]
    sender = accept(interior, bundle(department, interior))
    assert sender.scope == ("BTC",)  # limited to the certifier's scope at the receiver
    assert sender.certified_by == province.instance_id and sender.unit_code == "BTC"
    listed = {u["unit_code"]: u for u in units.list_units(interior)}
    assert listed["BTC"]["trust"] == "certified" and listed["BTC"]["certified_by_code"] == "TU"
    assert listed["BTC"]["scope"] == ["BTC"]
    assert "trust_certified" in actions(interior)
    with interior.unit_of_work() as uow:  # so that bundles can go back to it
        assert (
            trust.receiver(uow.session, "BTC").box_public == units.own_key(department)["box_public"]
        )
    assert accept(interior, bundle(department, interior)).scope == ("BTC",)  # stored, again
    units.revoke(interior, "TU")  # the voucher withdrawn: its word no longer counts
    assert refused(interior, bundle(department, interior)) == trust.UNTRUSTED


def test_a_certificate_outside_the_certifiers_scope_gives_no_trust(stores, tmp_path: Path) -> None:
    province, department, interior = stores
    trusts(interior, province, tmp_path, "SNV")
    certify(province, department, tmp_path, "BTC")
    assert refused(interior, bundle(department, interior)) == trust.UNTRUSTED
    trusts(interior, province, tmp_path, "TU")  # widened: now the certificate counts
    assert accept(interior, bundle(department, interior)).scope == ("BTC",)


def test_a_certificate_from_an_untrusted_unit_or_for_another_key_counts_for_nothing(
    stores, tmp_path: Path
) -> None:
    province, department, interior = stores
    certified = certify(province, department, tmp_path, "BTC")
    assert refused(interior, bundle(department, interior)) == trust.UNTRUSTED
    with pytest.raises(UsageError):  # handed over directly: its issuer is not trusted here
        units.trust_unit(interior, certified, None, [])
    trusts(interior, province, tmp_path, "TU")
    assert units.trust_unit(interior, certified, None, [])["trust"] == "certified"
    document = json.loads(certified.read_text(encoding="utf-8"))
    document["scope"] = ["TU"]  # widened by hand: the signature no longer holds
    forged = tmp_path / "forged.cadrecert"
    forged.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DamagedError):
        units.trust_unit(department, forged, None, [])
    # a certificate for another key under the department's name is not the department's
    other = new_identity(department.instance_id)
    fake = tmp_path / "fake.cadrekey"
    fake.write_text(json.dumps({
        "format": "cadre-key", "version": 1, "instance": department.instance_id,
        "unit_code": "BTC", "unit_name": "Ban Tổ chức", "sign_public": other.sign_public,
        "box_public": other.box_public,
    }), encoding="utf-8")  # fmt: skip
    out = tmp_path / "fake.cadrecert"
    units.certify(province, fake, ["BTC"], out, fingerprint(
        department.instance_id, other.sign_public, other.box_public))  # fmt: skip
    with pytest.raises(DamagedError):
        units.trust_unit(department, out, None, [])


def test_a_revocation_travels_down_in_the_certifiers_bundle(stores, tmp_path: Path) -> None:
    province, department, interior = stores
    trusts(interior, province, tmp_path, "TU")
    trusts(province, interior, tmp_path, "SNV")
    certify(province, department, tmp_path, "BTC")
    accept(interior, bundle(department, interior))  # accepted while the key stands
    department_key = tmp_path / f"{department.instance_id[:8]}.cadrekey"
    units.revoke(province, str(department_key), "Máy bị mất")
    assert refused(province, bundle(department, province)) == trust.REVOKED
    accept(interior, bundle(province, interior))  # the province's next bundle carries it
    with interior.unit_of_work() as uow:
        recorded = uow.session.get(KeyRevocation, department.instance_id)
        assert recorded is not None and recorded.revoked_by == province.instance_id
        assert recorded.reason == "Máy bị mất"
        with pytest.raises(UsageError):
            trust.receiver(uow.session, "BTC")
    assert refused(interior, bundle(department, interior)) == trust.REVOKED
    listed = {u["unit_code"]: u for u in units.list_units(interior)}
    assert listed["BTC"]["revoked"] and listed["BTC"]["revoked_by"] == province.instance_id
    assert "revoke_key" in actions(interior)


def test_a_revocation_from_a_unit_without_authority_is_ignored(stores, tmp_path: Path) -> None:
    province, department, interior = stores
    trusts(province, interior, tmp_path, "SNV")
    trusts(province, department, tmp_path, "BTC")
    trusts(interior, department, tmp_path, "BTC")
    units.revoke(interior, "BTC", "không có thẩm quyền với tỉnh")  # a sibling's word
    accept(province, bundle(interior, province))
    assert accept(province, bundle(department, province)).scope == ("BTC",)
    with province.unit_of_work() as uow:
        assert uow.session.get(KeyRevocation, department.instance_id) is None


def test_a_revocation_changed_on_the_way_is_ignored(stores, tmp_path: Path) -> None:
    province, department, interior = stores
    trusts(province, department, tmp_path, "BTC")
    trusts(interior, department, tmp_path, "BTC")
    trusts(interior, province, tmp_path, "TU")
    units.revoke(province, "BTC", "Máy bị mất")
    data = bundle(province, interior)
    with interior.unit_of_work() as uow:
        identity = load_identity(uow.session)
        assert identity is not None
        opened = unseal(data, identity)
        statement = opened.manifest["credentials"]["revocations"][0]
        statement["reason"] = "sửa trên đường"
        sender = trust.verify_sender(uow.session, opened)
    with interior.unit_of_work(write=True) as uow:
        trust.absorb(uow.session, opened, sender, uow.audit)
        assert uow.session.get(KeyRevocation, department.instance_id) is None
    accept(interior, data)  # as it was signed, the same statement is taken
    assert refused(interior, bundle(department, interior)) == trust.REVOKED


def test_revoking_here_refuses_the_unit_at_once(stores, tmp_path: Path) -> None:
    province, department, _interior = stores
    trusts(province, department, tmp_path, "BTC")
    result = units.revoke(province, "BTC", "Thay máy")
    assert result["unit_name"] == "Ban Tổ chức"
    assert refused(province, bundle(department, province)) == trust.REVOKED
    with pytest.raises(UsageError):
        units.revoke(province, "BTC")
    with pytest.raises(UsageError):
        units.revoke(province, "NO-SUCH")
    path, fp = key_of(department, tmp_path)
    with pytest.raises(UsageError):  # not trusted again behind the revocation's back
        units.trust_unit(province, path, fp, ["BTC"])
    with province.unit_of_work() as uow:
        statement = trust.credentials(uow.session, province.instance_id)["revocations"][0]
        assert uow.session.get(TrustedUnit, department.instance_id) is not None
    assert statement["instance"] == department.instance_id and statement["signature"]


def test_only_a_unit_trusted_by_its_fingerprint_vouches_for_another(stores, tmp_path: Path) -> None:
    """A certified unit's own certificates are no chain of trust: one hop, from a unit whose
    fingerprint the officers compared."""
    province, department, interior = stores
    trusts(interior, province, tmp_path, "TU")
    certify(province, department, tmp_path, "BTC")
    accept(interior, bundle(department, interior))  # the department: certified at interior
    office = new_identity("44444444-4444-4444-8444-444444444444")  # a unit below it
    key = tmp_path / "office.cadrekey"
    key.write_text(json.dumps({
        "format": "cadre-key", "version": 1, "instance": office.instance_id,
        "unit_code": "BTC-P1", "unit_name": "Phòng 1", "sign_public": office.sign_public,
        "box_public": office.box_public,
    }), encoding="utf-8")  # fmt: skip
    out = tmp_path / "office.cadrecert"
    units.certify(department, key, ["BTC-P1"], out, fingerprint(
        office.instance_id, office.sign_public, office.box_public))  # fmt: skip
    with interior.unit_of_work() as uow:
        to = load_identity(uow.session)
    assert to is not None
    data = seal(
        kind="bundle", identity=office, receiver_instance=to.instance_id,
        receiver_box_public=to.box_public, manifest={}, parts={},
        credentials={"certificates": [json.loads(out.read_text(encoding="utf-8"))]},
    )  # fmt: skip
    assert refused(interior, data) == trust.UNTRUSTED
