"""The sealed bundle file: what goes in comes out, and any damage or misuse is one sentence."""

from __future__ import annotations

import json
import struct
import zlib

import pytest

from cadre_desktop.errors import DamagedError
from cadre_desktop.sync import container
from cadre_desktop.sync.container import FORMAT, Header, open_envelope, read_header, seal, unseal
from cadre_desktop.sync.keys import new_identity

SENDER = new_identity("11111111-1111-4111-8111-111111111111")
RECEIVER = new_identity("22222222-2222-4222-8222-222222222222")
STRANGER = new_identity("33333333-3333-4333-8333-333333333333")
NAME = "Nguyễn Thị Minh Khai"
PARTS = {
    "dossiers.json": json.dumps([{"family_name": "Nguyễn", "given_name": NAME}]).encode(),
    "blob/ab12": bytes(range(256)) * 40,
    "empty": b"",
}


def sealed(kind: str = "bundle", receiver=RECEIVER) -> bytes:  # type: ignore[no-untyped-def]
    return seal(
        kind=kind,
        identity=SENDER,
        receiver_instance=receiver.instance_id,
        receiver_box_public=receiver.box_public,
        manifest={"bundle_id": "b-1", "seq": 7, "note": NAME},
        parts=PARTS,
        credentials={"unit_code": "BTC", "certificates": []},
    )


DATA = sealed()
HEADER_SIZE = 8 + 2 + 1 + 1 + 36 + 32 + 12


def refused(data: bytes, identity=RECEIVER) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DamagedError) as caught:
        unseal(data, identity)
    assert caught.value.exit_code == 5
    return caught.value.msgid


def test_what_is_sealed_comes_out_whole() -> None:
    opened = unseal(DATA, RECEIVER)
    assert opened.header == Header(FORMAT, "bundle", RECEIVER.instance_id)
    assert opened.parts == PARTS and list(opened.parts) == list(PARTS)
    assert opened.manifest["bundle_id"] == "b-1" and opened.manifest["note"] == NAME
    assert opened.manifest["sender"]["sign_public"] == SENDER.sign_public
    assert opened.manifest["sender"]["box_public"] == SENDER.box_public
    assert opened.manifest["credentials"] == {"unit_code": "BTC", "certificates": []}
    listed = {p["name"]: p for p in opened.manifest["parts"]}
    assert listed["blob/ab12"]["size"] == len(PARTS["blob/ab12"])
    assert len(listed["blob/ab12"]["sha256"]) == 64
    assert len(opened.file_hash) == 64
    assert read_header(DATA) == opened.header
    ack = sealed("ack")
    assert read_header(ack).kind == "ack" and unseal(ack, RECEIVER).parts == PARTS


def test_nothing_personal_is_readable_in_the_file() -> None:
    for secret in (NAME.encode(), "Nguyễn".encode(), b"family_name", b"bundle_id", b"b-1"):
        assert secret not in DATA
    assert zlib.compress(PARTS["dossiers.json"], 6) not in DATA
    assert SENDER.sign_public.encode() not in DATA  # not even who sent it
    assert sealed() != DATA  # a fresh one-time key every time


def test_a_bit_flipped_anywhere_is_refused() -> None:
    seen = set()
    for position in range(len(DATA)):
        damaged = bytearray(DATA)
        damaged[position] ^= 1 << (position % 8)
        seen.add(refused(bytes(damaged)))
    # the magic and the cipher say damaged; the receiver field says another unit; the
    # format field says newer (a flipped high bit) or damaged
    assert container.NOT_A_BUNDLE in seen and container.OTHER_RECEIVER in seen


@pytest.mark.parametrize(
    "region", ["magic", "format", "kind", "receiver", "ephemeral", "nonce", "manifest", "last"]
)
def test_each_region_of_the_file_is_covered(region: str) -> None:
    position = {
        "magic": 0, "format": 9, "kind": 10, "receiver": 20, "ephemeral": 60,
        "nonce": HEADER_SIZE - 1, "manifest": HEADER_SIZE + 10, "last": len(DATA) - 1,
    }[region]  # fmt: skip
    damaged = bytearray(DATA)
    damaged[position] ^= 0x04
    refused(bytes(damaged))


@pytest.mark.parametrize("cut", [0, 1, 7, 8, 11, 47, HEADER_SIZE - 1, HEADER_SIZE, 200, -17, -1])
def test_a_file_cut_short_is_refused_as_damaged(cut: int) -> None:
    assert refused(DATA[:cut]) == container.NOT_A_BUNDLE


@pytest.mark.parametrize(
    "data",
    [b"", b"PK\x03\x04 not a bundle", b'{"format": "cadre-key"}', bytes(4096), b"\x89CADREX"],
)
def test_a_file_that_is_not_a_bundle_is_refused(data: bytes) -> None:
    assert refused(data) == container.NOT_A_BUNDLE
    with pytest.raises(DamagedError):
        read_header(data)


def test_a_bundle_for_another_unit_is_refused() -> None:
    assert refused(DATA, STRANGER) == container.OTHER_RECEIVER
    assert read_header(DATA).receiver == RECEIVER.instance_id


def test_a_bundle_opened_and_sealed_again_for_someone_else_is_refused() -> None:
    """The receiver could pass a bundle on under a new envelope; the signed receiver says no."""
    _header, plain = open_envelope(DATA, RECEIVER)
    forwarded = container.envelope("bundle", STRANGER.instance_id, STRANGER.box_public, plain)
    assert refused(forwarded, STRANGER) == container.OTHER_RECEIVER
    as_ack = container.envelope("ack", RECEIVER.instance_id, RECEIVER.box_public, plain)
    assert refused(as_ack) == container.BAD_SIGNATURE


def test_content_changed_under_a_valid_envelope_breaks_the_signature() -> None:
    """Someone who can make envelopes (anyone with the receiver's public key) still cannot
    change the manifest or a part without the sender's signing key."""
    _header, plain = open_envelope(DATA, RECEIVER)
    (size,) = struct.unpack_from(">I", plain)
    manifest_byte = bytearray(plain)
    manifest_byte[4 + size // 2] ^= 0x01
    signature_byte = bytearray(plain)
    signature_byte[4 + size + 3] ^= 0x01
    part_byte = bytearray(plain)
    part_byte[-5] ^= 0x01
    for changed in (manifest_byte, signature_byte, part_byte):
        again = container.envelope("bundle", RECEIVER.instance_id, RECEIVER.box_public, changed)
        assert refused(bytes(again)) in (container.BAD_SIGNATURE, container.NOT_A_BUNDLE)
    extra = container.envelope("bundle", RECEIVER.instance_id, RECEIVER.box_public, plain + b"x")
    assert refused(extra) == container.BAD_SIGNATURE


def test_a_signature_by_another_key_is_refused() -> None:
    _header, plain = open_envelope(DATA, RECEIVER)
    (size,) = struct.unpack_from(">I", plain)
    manifest = json.loads(plain[4 : 4 + size])
    manifest["sender"]["sign_public"] = STRANGER.sign_public  # claims a key it did not sign with
    body = json.dumps(manifest).encode()
    forged = struct.pack(">I", len(body)) + body + plain[4 + size :]
    data = container.envelope("bundle", RECEIVER.instance_id, RECEIVER.box_public, forged)
    assert refused(data) == container.BAD_SIGNATURE


def test_a_bundle_of_a_newer_format_is_refused_with_its_own_sentence() -> None:
    newer = bytearray(DATA)
    struct.pack_into(">H", newer, 8, FORMAT + 1)
    assert refused(bytes(newer)) == container.NEWER_FORMAT
    with pytest.raises(DamagedError) as caught:
        read_header(bytes(newer[:12]))  # even when little of it is there
    assert caught.value.msgid == container.NEWER_FORMAT
    assert "newer version of Cadre Desktop" in caught.value.msgid


def test_the_caller_cannot_overwrite_what_seal_adds() -> None:
    with pytest.raises(ValueError):
        seal(
            kind="bundle", identity=SENDER, receiver_instance=RECEIVER.instance_id,
            receiver_box_public=RECEIVER.box_public, manifest={"sender": "me"}, parts={},
        )  # fmt: skip
