"""Is a cadre local to the place of a post? Facts from the dossier, the agencies' localities
and the administrative-unit catalog (current units after the 2025 mergers)."""

from __future__ import annotations

import datetime as dt

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.model import Cadre, UnitLocality
from cadre_desktop.errors import UsageError
from cadre_desktop.rules.dates import whole_months
from cadre_desktop.rules.findings import Finding
from cadre_desktop.rules.locality import PlaceFacts, local_reasons
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.rotation import local_secretary_alert
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import personnel as q


def containing(catalogs: Catalogs, code: str | None, on: dt.date) -> frozenset[str]:
    """The current unit standing for ``code`` and every unit above it (commune → province)."""
    if not code:
        return frozenset()
    found: set[str] = set()
    item = catalogs.current_admin_unit(code, on)
    while item is not None and item.code not in found:
        found.add(item.code)
        parent = item.extra.get("parent_id")
        item = catalogs.current_admin_unit(str(parent), on) if parent else None
    return frozenset(found)


def place_facts(
    cadre: Cadre, locality: str, localities: dict[str, str], catalogs: Catalogs, on: dt.date
) -> PlaceFacts:
    here = catalogs.current_admin_unit(locality, on)
    place = here.code if here else locality
    months = 0
    for posting in cadre.postings:
        unit_place = localities.get(posting.unit_id or "")
        if unit_place and place in containing(catalogs, unit_place, on):
            end = posting.end.latest() if posting.end else on
            months += max(0, whole_months(posting.start.latest(), min(end, on)))
    residence = containing(catalogs, cadre.permanent_address_unit, on) | containing(
        catalogs, cadre.current_address_unit, on
    )
    return PlaceFacts(
        locality=place,
        home_town=containing(catalogs, cadre.home_town_unit, on),
        birth_place=containing(catalogs, cadre.birth_place_unit, on),
        residence=residence,
        months_worked_there=months,
    )


def local_findings(
    cadre: Cadre, title_code: str | None, unit_id: str | None, localities: dict[str, str],
    catalogs: Catalogs, params: ParameterSet, on: dt.date,
) -> list[Finding]:  # fmt: skip
    """The "not a local person" rule for a secretary's post at ``unit_id``."""
    locality = localities.get(unit_id or "")
    if not title_code or locality is None:
        return []
    reasons = local_reasons(place_facts(cadre, locality, localities, catalogs, on), params, on)
    return local_secretary_alert(title_code, bool(reasons))


def set_locality(store: Store, unit_code: str, admin_unit: str) -> None:
    """Say which administrative unit an agency serves (audited)."""
    if not store.catalogs().has("admin_unit", admin_unit):
        raise UsageError("There is no administrative unit {code}.", code=admin_unit)
    with store.unit_of_work(write=True, reason="unit locality") as uow:
        unit = q.unit_by_code(uow.session, unit_code)
        if unit is None:
            raise UsageError("There is no unit with the code {code}.", code=unit_code)
        old = uow.session.get(UnitLocality, unit.id)
        uow.session.merge(UnitLocality(unit_id=unit.id, admin_unit=admin_unit))
        uow.audit.append(
            "update", "unit_locality", unit.id, None,
            {"admin_unit": [old.admin_unit if old else None, admin_unit]}, "unit locality",
        )  # fmt: skip
