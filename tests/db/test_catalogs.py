"""The shipped catalogs are versioned data with validity dates and a legal basis."""

import datetime as dt

BEFORE, AFTER = dt.date(2025, 6, 30), dt.date(2025, 7, 1)


def test_provinces_before_and_after_the_2025_reform(store) -> None:
    catalogs = store.catalogs()
    provinces = [i for i in catalogs.items("admin_unit") if i.extra.get("level") == "province"]
    assert len([p for p in provinces if p.valid_on(BEFORE)]) == 63
    assert len([p for p in provinces if p.valid_on(AFTER)]) == 34


def test_an_abolished_province_prints_as_its_successor_today(store) -> None:
    catalogs = store.catalogs()
    ha_giang = catalogs.get("admin_unit", "P02")
    assert ha_giang is not None and ha_giang.label == "Tỉnh Hà Giang"
    assert catalogs.current_admin_unit("P02", BEFORE).code == "P02"
    current = catalogs.current_admin_unit("P02", dt.date(2026, 1, 1))
    assert current is not None and current.label == "Tỉnh Tuyên Quang"


def test_catalogs_carry_their_legal_basis_and_ranks(store) -> None:
    catalogs = store.catalogs()
    assert len(catalogs.items("ethnicity")) >= 54
    assert catalogs.label("religion", "99")
    assert catalogs.get("political_theory_level", "cao_cap").extra["rank"] == 3
    title = catalogs.get("title", "giam_doc_so")
    assert title is not None and title.legal_basis and isinstance(title.extra["rank"], int)
    assert all(item.legal_basis for item in catalogs.items("discipline_form"))


def test_district_titles_end_with_the_district_level(store) -> None:
    titles = store.catalogs().items("title")
    district = [t for t in titles if t.extra.get("level") == "district"]
    assert district and all(t.valid_to == BEFORE for t in district)


def test_a_newer_app_merges_its_catalogs_into_an_older_store(store, store_path) -> None:
    from sqlalchemy import delete, update

    from cadre_desktop.domain.model import CatalogEntry, StoreInstance
    from cadre_desktop.services.stores import unlock
    from tests.conftest import PASSPHRASE

    with store.unit_of_work(write=True) as uow:
        uow.session.execute(delete(CatalogEntry).where(CatalogEntry.code == "giam_doc_so"))
        uow.session.execute(update(StoreInstance).values(catalog_version=0))
    store.close()
    reopened = unlock(store_path, PASSPHRASE)
    assert reopened.catalogs().get("title", "giam_doc_so") is not None
    reopened.close()
