"""Shared fixtures: every test gets its own settings folder and, when asked, a real store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Argon2id stays at 64 MiB but one pass: the tests create many stores.
os.environ["CADRE_KDF_SECONDS"] = "0.01"

PASSPHRASE = "mật khẩu thử nghiệm"


@pytest.fixture(autouse=True)
def _isolated_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CADRE_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("CADRE_LOG_DIR", str(home / "log"))
    for name in ("CADRE_DB", "CADRE_PASSPHRASE", "CADRE_NEW_PASSPHRASE", "CADRE_RECOVERY_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "Ho so thu nghiem.cadre"


@pytest.fixture
def store(store_path: Path) -> Iterator[object]:
    from cadre_desktop.services.stores import init_store

    opened, _recovery = init_store(
        store_path,
        unit_name="Tỉnh ủy Thử Nghiệm",
        unit_code="TU",
        officer="Lan",
        passphrase=PASSPHRASE,
    )
    yield opened
    opened.close()


@pytest.fixture
def province(tmp_path: Path) -> Iterator[object]:
    """A provincial store whose unit tree names the departments (exchange tests)."""
    from tests.exchange import make_store

    opened = make_store(tmp_path, "TU", "Tỉnh ủy Thử Nghiệm")
    yield opened
    opened.close()


@pytest.fixture
def department(tmp_path: Path, province: object) -> Iterator[object]:
    """A department's store that trusts the province, and is trusted by it, for everything."""
    from tests.exchange import make_store, trust_each_other

    opened = make_store(tmp_path, "SNV", "Sở Nội vụ")
    trust_each_other(province, opened, tmp_path, ("TU",))
    yield opened
    opened.close()
