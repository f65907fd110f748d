"""Search ignores case and diacritics (đ too) and lists people in Vietnamese order."""

from __future__ import annotations

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.model import Cadre
from cadre_desktop.services.search import search_cadres
from tests.dossiers import add_cadre

PEOPLE = [
    ("Nguyễn", "Văn", "Đức", "001075123456", Sex.MALE),
    ("Trần", "Thị", "Dung", "001175123457", Sex.FEMALE),
    ("Lê", None, "Anh", "001075123458", Sex.MALE),
    ("Đặng", "Thị", "Ánh", "001175123459", Sex.FEMALE),
    ("Phạm", "Văn", "Đăng", "001075123460", Sex.MALE),
]


def fill(store) -> dict[str, str]:
    return {
        given: add_cadre(
            store, family=family, middle=middle, given=given, id_number=number, sex=sex
        )
        for family, middle, given, number, sex in PEOPLE
    }


def names(store, query: str | None = None) -> list[str]:
    with store.unit_of_work() as uow:
        return [hit.full_name for hit in search_cadres(uow, query)]


def test_the_list_is_in_vietnamese_name_order(store) -> None:
    fill(store)
    assert names(store) == [
        "Lê Anh",
        "Đặng Thị Ánh",
        "Trần Thị Dung",
        "Phạm Văn Đăng",
        "Nguyễn Văn Đức",
    ]


def test_search_ignores_case_and_diacritics(store) -> None:
    fill(store)
    assert names(store, "nguyen van duc") == ["Nguyễn Văn Đức"]
    assert names(store, "Đức") == ["Nguyễn Văn Đức"]
    assert names(store, "DANG") == ["Đặng Thị Ánh", "Phạm Văn Đăng"]
    assert names(store, "thi") == ["Đặng Thị Ánh", "Trần Thị Dung"]


def test_search_by_id_number_prefix_and_unit(store) -> None:
    fill(store)
    assert names(store, "0011751234") == ["Đặng Thị Ánh", "Trần Thị Dung"]
    assert len(names(store, "tinh uy thu nghiem")) == 5


def test_search_follows_edits(store) -> None:
    ids = fill(store)
    with store.unit_of_work(write=True) as uow:
        uow.session.get(Cadre, ids["Anh"]).given_name = "Quỳnh"
    assert names(store, "quynh") == ["Lê Quỳnh"]
    assert names(store, "anh") == ["Đặng Thị Ánh"]


def test_limit_and_an_empty_query(store) -> None:
    fill(store)
    assert len(names(store, "")) == 5
    with store.unit_of_work() as uow:
        assert len(search_cadres(uow, None, limit=2)) == 2
    assert names(store, "???") == []


def test_hits_carry_the_fields_of_the_cli_contract(store) -> None:
    fill(store)
    with store.unit_of_work() as uow:
        hit = search_cadres(uow, "duc")[0].as_json()
    assert set(hit) == {
        "id",
        "full_name",
        "birth_date",
        "gender",
        "unit",
        "position",
        "political_standard",
    }
    assert hit["birth_date"] == "1975-03-02" and hit["political_standard"] == "meets"
    assert hit["position"] == "Phó Trưởng ban Tỉnh ủy Thử Nghiệm"
