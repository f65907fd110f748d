"""The demo generator on real encrypted stores: plausible, searchable, valid, deterministic."""

from __future__ import annotations

import logging
import os
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.model import (
    AdminSuccession,
    AuditEntry,
    Cadre,
    Clearance,
    FamilyMember,
    Posting,
    SalaryStep,
    Training,
    Unit,
)
from cadre_desktop.services.demo import DEMO_UNIT_CODE, DEMO_UNIT_NAME, generate_demo
from cadre_desktop.services.demo.generate import fill
from cadre_desktop.services.dossier_json import (
    FORMAT,
    VERSION,
    DecodeContext,
    Problems,
    decode_file,
    encode_dossier,
)
from cadre_desktop.services.dossiers import export_json, import_json
from cadre_desktop.services.search import search_cadres
from cadre_desktop.services.stores import Store, init_store
from cadre_desktop.storage.audit import verify_chain
from cadre_desktop.storage.queries import all_cadre_ids, load_dossiers, unit_codes
from cadre_desktop.text import fold

os.environ["CADRE_KDF_SECONDS"] = "0.01"

COUNT = 200


def _demo_store(path: Path, *, cadres: int = COUNT, seed: int = 1) -> tuple[Store, Any]:
    store, _recovery = init_store(
        path,
        unit_name=DEMO_UNIT_NAME,
        unit_code=DEMO_UNIT_CODE,
        officer="Lan",
        passphrase="demo-pass-123",
    )
    calls: list[tuple[int, int]] = [(0, cadres)]
    changes = generate_demo(
        store, cadres=cadres, seed=seed, progress=lambda d, t: calls.append((d, t))
    )
    assert calls[-1] == (cadres, cadres)
    return store, changes


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Any]]:
    store, changes = _demo_store(tmp_path_factory.mktemp("demo") / "demo.cadre")
    yield store, changes
    store.close()


def _count(store: Store, cls: type[Any]) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.execute(select(func.count()).select_from(cls)).scalar_one())


def test_counts_are_plausible(demo: tuple[Store, Any]) -> None:
    store, changes = demo
    assert len(changes.cadres) == COUNT and changes.units and changes.catalogs
    assert _count(store, Cadre) == COUNT
    for cls, low, high in (
        (Posting, 2, 15),
        (SalaryStep, 2, 20),
        (Training, 2, 12),
        (FamilyMember, 2, 20),
    ):
        per_cadre = _count(store, cls) / COUNT
        assert low <= per_cadre <= high, (cls.__name__, per_cadre)
    clearances = _count(store, Clearance)
    assert 0.5 * COUNT <= clearances <= 1.5 * COUNT
    assert _count(store, Unit) > 60
    assert _count(store, AdminSuccession) > 40
    assert store.catalogs().has("admin_unit", "DM.X01")


def test_derived_columns_and_search(demo: tuple[Store, Any]) -> None:
    store, _ = demo
    with store.unit_of_work() as uow:
        rows = uow.session.execute(
            select(
                Cadre.sort_key,
                Cadre.search_rowid,
                Cadre.current_position,
                Cadre.family_name,
                Cadre.middle_name,
                Cadre.given_name,
                Cadre.sex,
            )
        ).all()
        assert all(r.sort_key for r in rows)
        assert len({r.search_rowid for r in rows if r.search_rowid is not None}) == COUNT
        assert sum(1 for r in rows if r.current_position) >= 0.9 * COUNT
        men = sum(1 for r in rows if r.sex == Sex.MALE) / COUNT
        assert 0.45 <= men <= 0.75
        names = " ".join(" ".join(p for p in r[3:6] if p) for r in rows)
        assert "Đ" in names and "ư" in names
        nguyen = sum(1 for r in rows if r.family_name == "Nguyễn")
        hits = search_cadres(uow, "nguyen")
        named = [h for h in hits if fold(h.full_name).startswith("nguyen ")]
        assert nguyen > COUNT // 5 and len(named) == nguyen
        # the rest work in a unit whose name has the word (Xã Tường Nguyên…)
        assert all("nguyen" in fold(f"{h.full_name} {h.unit}") for h in hits)
        ascii_name = search_cadres(uow, "dang uy")  # đ folds to d in the unit names too
        assert ascii_name


def test_every_dossier_passes_the_import_checks(demo: tuple[Store, Any]) -> None:
    store, _ = demo
    with store.unit_of_work() as uow:
        ids = all_cadre_ids(uow.session)
        codes = unit_codes(uow.session)
        dossiers = [encode_dossier(c, codes) for c in load_dossiers(uow.session, ids)]
    problems = Problems()
    context = DecodeContext(store.catalogs(), {code: uid for uid, code in codes.items()})
    data = {"format": FORMAT, "version": VERSION, "dossiers": dossiers}
    drafts = decode_file(data, context, problems)
    assert problems.items == []
    assert len(drafts) == COUNT
    texts = [v for d in dossiers for v in _strings(d)]
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    kinds = Counter(t["kind"] for d in dossiers for t in d["trainings"])
    assert {"professional", "political_theory", "it", "language"} <= set(kinds)
    relations = Counter(f["relation"] for d in dossiers for f in d["family"])
    assert relations["bo_de"] == COUNT and relations["me_de"] == COUNT
    assert any(f["abroad"] for d in dossiers for f in d["family"]) or COUNT < 100


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_the_reform_dates_are_kept(demo: tuple[Store, Any]) -> None:
    store, _ = demo
    with store.unit_of_work() as uow:
        levels = {r.id: r.level for r in uow.session.execute(select(Unit.id, Unit.level))}
        posts = uow.session.execute(select(Posting.unit_id, Posting.start, Posting.end)).all()
    for unit_id, start, end in posts:
        level = levels.get(unit_id)
        if level is not None and level.value == "district":
            assert end is not None and end.latest().isoformat() <= "2025-06-30"
        if level is not None and level.value == "commune":
            assert start.earliest().isoformat() >= "2025-07-01"


def test_the_audit_chain_verifies(demo: tuple[Store, Any]) -> None:
    store, _ = demo
    with store.unit_of_work() as uow:
        assert verify_chain(uow.session) == []
        demo_entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "demo")
        ).all()
    assert sum(e.changes["cadres"] for e in demo_entries) == COUNT


def _derived(store: Store, ids: list[str]) -> dict[str, tuple[Any, ...]]:
    """What the store derived for each cadre, with the current unit named by its code."""
    with store.unit_of_work() as uow:
        codes = unit_codes(uow.session)
        rows = uow.session.execute(
            select(
                Cadre.id,
                Cadre.sort_key,
                Cadre.current_unit_id,
                Cadre.current_position,
                Cadre.political_standard,
            ).where(Cadre.id.in_(ids))
        ).all()
    return {r.id: (r.sort_key, codes.get(r.current_unit_id), r[3], r[4]) for r in rows}


def test_bulk_rows_are_what_the_orm_writes(demo: tuple[Store, Any], tmp_path: Path) -> None:
    """Dossiers re-imported through the ORM path derive the same columns and search."""
    store, _ = demo
    with store.unit_of_work() as uow:
        ids = all_cadre_ids(uow.session)[:60]
    export_json(store, ids, tmp_path / "demo.json")
    other, _ = _demo_store(tmp_path / "orm.cadre", cadres=0)
    try:
        result = import_json(other, tmp_path / "demo.json")
        assert result.created == len(ids)
        assert _derived(other, ids) == _derived(store, ids)
        standards = Counter(v[3] for v in _derived(store, ids).values())
        assert len(standards) >= 2, standards
        for query in ("nguyen", "thi", "dang uy"):
            with store.unit_of_work() as uow:
                mine = {h.id for h in search_cadres(uow, query)} & set(ids)
            with other.unit_of_work() as uow:
                theirs = {h.id for h in search_cadres(uow, query)}
            assert mine == theirs, query
    finally:
        other.close()


def _identity(store: Store) -> list[tuple[str, str, str]]:
    with store.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Cadre.id, Cadre.family_name, Cadre.given_name).order_by(Cadre.id)
        ).all()
    return [tuple(r) for r in rows]


def test_the_same_seed_gives_the_same_dossiers(tmp_path: Path) -> None:
    first, _ = _demo_store(tmp_path / "a.cadre", cadres=30, seed=7)
    second, _ = _demo_store(tmp_path / "b.cadre", cadres=30, seed=7)
    other, _ = _demo_store(tmp_path / "c.cadre", cadres=30, seed=8)
    try:
        assert _identity(first) == _identity(second)
        assert {r[0] for r in _identity(first)}.isdisjoint({r[0] for r in _identity(other)})
        assert [r[1:] for r in _identity(first)] != [r[1:] for r in _identity(other)]
    finally:
        for store in (first, second, other):
            store.close()


def _dossiers(store: Store) -> list[dict[str, Any]]:
    """Every dossier as exported, without what names the store (origin, versions)."""

    def bare(row: dict[str, Any]) -> dict[str, Any]:
        return {
            k: [bare(r) for r in v] if isinstance(v, list) else v
            for k, v in row.items()
            if k not in ("origin", "counter", "version")
        }

    with store.unit_of_work() as uow:
        codes = unit_codes(uow.session)
        cadres = load_dossiers(uow.session, all_cadre_ids(uow.session))
        return [bare(encode_dossier(c, codes)) for c in cadres]


def test_a_worker_process_draws_the_same_dossiers(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="cadre.demo")
    stores = []
    try:
        for name, processes in (("thread", False), ("process", True)):
            store, _ = init_store(
                tmp_path / f"{name}.cadre",
                unit_name=DEMO_UNIT_NAME,
                unit_code=DEMO_UNIT_CODE,
                officer="Lan",
                passphrase="demo-pass-123",
            )
            stores.append(store)
            fill(store, cadres=25, seed=3, processes=processes)
        assert _dossiers(stores[0]) == _dossiers(stores[1])
        assert not caplog.records  # the second process did start and draw
    finally:
        for store in stores:
            store.close()


def test_a_store_with_dossiers_is_refused(demo: tuple[Store, Any]) -> None:
    from cadre_desktop.errors import UsageError

    store, _ = demo
    with pytest.raises(UsageError):
        generate_demo(store, cadres=1)
