"""The row encoder bundles use writes exactly what the ORM encoder writes, dossier by dossier,
on demo dossiers that hold every section (ratings with their lines included)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cadre_desktop.services.demo import generate_demo
from cadre_desktop.services.dossier_json import encode_dossier
from cadre_desktop.services.dossier_rows import encode_rows
from cadre_desktop.services.stores import init_store
from cadre_desktop.storage.queries import all_cadre_ids, load_dossiers, unit_codes
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    store, _key = init_store(
        tmp_path_factory.mktemp("rows") / "demo.cadre", unit_name="Tỉnh ủy", unit_code="TU",
        officer="Lan", passphrase=PASSPHRASE,
    )  # fmt: skip
    generate_demo(store, cadres=40, seed=7)
    yield store
    store.close()


def test_rows_encode_like_the_objects(demo: Any) -> None:
    with demo.unit_of_work() as uow:
        ids = all_cadre_ids(uow.session)
        codes = unit_codes(uow.session)
        expected = [encode_dossier(c, codes) for c in load_dossiers(uow.session, ids)]
        found = encode_rows(uow.session, ids, codes)
    assert [d["id"] for d in found] == ids
    assert found == expected
    assert any(e["checks"] for d in found for e in d["evaluations"])  # nested rows too


def test_unknown_ids_are_left_out(demo: Any, tmp_path: Path) -> None:
    with demo.unit_of_work() as uow:
        ids = all_cadre_ids(uow.session)[:2]
        found = encode_rows(uow.session, [ids[0], "x" * 36, ids[1]], unit_codes(uow.session))
    assert [d["id"] for d in found] == ids


def test_without_empty_fields_the_same_dossiers_read_back(demo: Any) -> None:
    with demo.unit_of_work() as uow:
        ids = all_cadre_ids(uow.session)
        codes = unit_codes(uow.session)
        full = encode_rows(uow.session, ids, codes)
        short = encode_rows(uow.session, ids, codes, keep_empty=False)

    def without_empty(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: without_empty(v) for k, v in value.items() if v is not None}
        return [without_empty(v) for v in value] if isinstance(value, list) else value

    assert short == without_empty(full)
