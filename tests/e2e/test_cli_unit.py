"""`cadre unit key|trust|certify|revoke|list` on real stores: exit codes 0, 2 and 5, one
sentence on stderr, JSON output, and the key and certificate files."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sqlalchemy import select

from cadre_desktop.domain.enums import UnitKind, UnitLevel
from cadre_desktop.domain.model import Unit
from cadre_desktop.services.stores import init_store
from tests.conftest import PASSPHRASE
from tests.e2e.test_cli import cadre

FINGERPRINT = re.compile(r"\b[A-Z2-7]{4}(-[A-Z2-7]{4}){4}\b")


def _cli(store_path: Path, *args: str):  # type: ignore[no-untyped-def]
    return cadre("--db", str(store_path), "--lang", "en", *args, passphrase=PASSPHRASE)


def _one_sentence(result, code: int) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == code, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def _department(tmp_path: Path) -> Path:
    path = tmp_path / "Ban To chuc.cadre"
    opened, _key = init_store(
        path, unit_name="Ban Tổ chức Tỉnh ủy", unit_code="BTC", officer="Hà", passphrase=PASSPHRASE
    )
    opened.close()
    return path


def test_two_units_trust_certify_and_revoke(store, store_path: Path, tmp_path: Path) -> None:
    with store.unit_of_work(write=True) as uow:  # the province knows the board in its tree
        root = uow.session.scalars(select(Unit).where(Unit.code == "TU")).one()
        uow.session.add(Unit(code="BTC", name="Ban Tổ chức Tỉnh ủy", kind=UnitKind.PARTY,
                             level=UnitLevel.PROVINCE, parent_id=root.id))  # fmt: skip
    store.close()
    department = _department(tmp_path)
    key_file = tmp_path / "btc.cadrekey"
    shown = _cli(department, "unit", "key", "-o", str(key_file))
    assert shown.returncode == 0, shown.stderr
    found = FINGERPRINT.search(shown.stdout)
    assert found is not None and key_file.exists()
    fp = found.group(0)

    wrong = ("AAAA" if not fp.startswith("AAAA") else "BBBB") + fp[4:]
    trust = ("unit", "trust", str(key_file), "--scope", "BTC")
    _one_sentence(_cli(store_path, *trust, "--fingerprint", wrong), 5)
    _one_sentence(_cli(store_path, *trust), 2)  # no fingerprint typed
    assert json.loads(_cli(store_path, "unit", "list", "--json").stdout) == []
    trusted = _cli(store_path, *trust, "--fingerprint", fp.lower())
    assert trusted.returncode == 0, trusted.stderr
    assert fp in trusted.stdout and "BTC" in trusted.stdout
    [row] = json.loads(_cli(store_path, "unit", "list", "--json").stdout)
    assert (row["unit_code"], row["scope"], row["trust"], row["revoked"]) == (
        "BTC", ["BTC"], "direct", False,
    )  # fmt: skip

    cert = tmp_path / "btc.cadrecert"
    certified = _cli(store_path, "unit", "certify", str(key_file), "--scope", "BTC",
                     "-o", str(cert))  # fmt: skip
    assert certified.returncode == 0, certified.stderr
    assert json.loads(cert.read_text(encoding="utf-8"))["scope"] == ["BTC"]
    kept = _cli(department, "unit", "trust", str(cert))
    assert kept.returncode == 0, kept.stderr
    own = json.loads(_cli(department, "unit", "key", "--json").stdout)
    assert own["fingerprint"] == fp and own["certificates"][0]["issuer_code"] == "TU"
    assert own["certificates"][0]["scope"] == ["BTC"]

    junk = tmp_path / "junk.cadrekey"
    junk.write_text("not a key", encoding="utf-8")
    _one_sentence(_cli(store_path, "unit", "trust", str(junk), "--fingerprint", fp,
                       "--scope", "BTC"), 5)  # fmt: skip

    revoked = _cli(store_path, "unit", "revoke", "BTC", "--reason", "Máy bị mất")
    assert revoked.returncode == 0, revoked.stderr
    [row] = json.loads(_cli(store_path, "unit", "list", "--json").stdout)
    assert row["revoked"] and row["revoked_reason"] == "Máy bị mất"
    in_vietnamese = cadre("--db", str(store_path), "unit", "list", passphrase=PASSPHRASE)
    assert "ĐÃ THU HỒI" in in_vietnamese.stdout and fp in in_vietnamese.stdout
    _one_sentence(_cli(store_path, "unit", "revoke", "BTC"), 2)  # already revoked
    _one_sentence(_cli(store_path, *trust, "--fingerprint", fp), 2)  # not trusted again
