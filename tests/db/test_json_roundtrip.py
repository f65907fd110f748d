"""Hypothesis: any valid dossier survives export → import → export unchanged."""

from __future__ import annotations

import json
import unicodedata
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cadre_desktop.services import dossiers
from cadre_desktop.services.dossier_json import FORMAT, VERSION
from cadre_desktop.services.stores import init_store

LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)
name = st.text(alphabet=LETTERS, min_size=1, max_size=10).map(str.capitalize)
words = st.lists(name, min_size=1, max_size=4).map(" ".join)
ids = st.just("to be replaced")


@st.composite
def partial_dates(draw: st.DrawFn, low: int = 1950, high: int = 2025) -> str:
    day = draw(
        st.dates(
            min_value=__import__("datetime").date(low, 1, 1),
            max_value=__import__("datetime").date(high, 12, 31),
        )
    )
    return draw(st.sampled_from([day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]]))


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def nfd_sometimes(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(strategy, st.booleans()).map(
        lambda t: unicodedata.normalize("NFD", t[0]) if t[1] else t[0]
    )


postings = st.fixed_dictionaries(
    {
        "id": ids,
        "start": partial_dates(1990, 2010),
        "end": maybe(partial_dates(2011, 2025)),
        "kind": st.sampled_from(["state", "party", "mass"]),
        "unit": st.just("TU"),
        "title_name": maybe(nfd_sometimes(words)),
        "concurrent": st.booleans(),
        "decision_number": maybe(st.from_regex(r"[0-9]{1,4}/QĐ-UBND", fullmatch=True)),
        "decision_date": maybe(partial_dates()),
    }
)
family = st.fixed_dictionaries(
    {
        "id": ids,
        "side": st.just("own"),
        "relation": st.sampled_from(["bo_de", "me_de"]),
        "full_name": nfd_sometimes(words),
        "birth_year": maybe(partial_dates(1930, 1970).map(lambda d: d[:4])),
        "abroad": st.booleans(),
        "residence": maybe(words),
    }
)
dossier = st.fixed_dictionaries(
    {
        "id": ids,
        "managing_unit": st.just("TU"),
        "family_name": nfd_sometimes(name),
        "middle_name": maybe(nfd_sometimes(name)),
        "given_name": nfd_sometimes(name),
        "other_names": maybe(words),
        "sex": st.sampled_from(["M", "F"]),
        "birth_date": partial_dates(1960, 2000),
        "ethnicity": st.sampled_from(["01", "02", "08"]),
        "religion": st.sampled_from(["99", "01", "02"]),
        "phone": maybe(st.from_regex(r"09[0-9]{8}", fullmatch=True)),
        "height_cm": maybe(st.integers(140, 200)),
        "housing_area_m2": maybe(st.decimals(min_value=0, max_value=1000, places=2).map(str)),
        "income_salary_vnd": maybe(st.integers(0, 10**10)),
        "postings": st.lists(postings, max_size=3),
        "family": st.lists(family, max_size=3),
    }
)


def fresh(entry: dict[str, Any]) -> None:
    entry["id"] = str(uuid.uuid4())
    for rows in (entry["postings"], entry["family"]):
        for row in rows:
            row["id"] = str(uuid.uuid4())


@pytest.fixture(scope="module")
def two_stores(tmp_path_factory: pytest.TempPathFactory) -> Any:
    base = tmp_path_factory.mktemp("roundtrip")
    first, _ = init_store(
        base / "a.cadre",
        unit_name="Tỉnh ủy",
        unit_code="TU",
        officer="A",
        passphrase="mật khẩu một",
    )
    second, _ = init_store(
        base / "b.cadre",
        unit_name="Tỉnh ủy",
        unit_code="TU",
        officer="B",
        passphrase="mật khẩu hai",
    )
    yield first, second, base
    first.close()
    second.close()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entry=dossier)
def test_export_import_export_is_lossless(two_stores: Any, entry: dict[str, Any]) -> None:
    first, second, base = two_stores
    fresh(entry)  # a new dossier each time: updates are a different story
    source = base / "in.json"
    source.write_text(
        json.dumps({"format": FORMAT, "version": VERSION, "dossiers": [entry]}, ensure_ascii=False),
        encoding="utf-8",
    )
    dossiers.import_json(first, source)
    dossiers.export_json(first, [entry["id"]], base / "a.json")
    dossiers.import_json(second, base / "a.json")
    dossiers.export_json(second, [entry["id"]], base / "b.json")
    exported_a = json.loads(Path(base / "a.json").read_text(encoding="utf-8"))["dossiers"]
    exported_b = json.loads(Path(base / "b.json").read_text(encoding="utf-8"))["dossiers"]
    assert exported_a == exported_b
    assert exported_a[0]["given_name"] == unicodedata.normalize("NFC", entry["given_name"])
