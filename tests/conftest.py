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
