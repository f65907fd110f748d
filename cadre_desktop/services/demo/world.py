"""The demo province: its organisation tree and administrative units, put into the store,
and the plain lookup tables the dossier generator draws from."""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.enums import UnitKind, UnitLevel
from cadre_desktop.domain.model import Unit
from cadre_desktop.errors import UsageError
from cadre_desktop.paths import resources_dir
from cadre_desktop.services.demo.chance import uuid4
from cadre_desktop.services.demo.names import NameBook
from cadre_desktop.storage.bulk import units_in_order
from cadre_desktop.storage.catalogs import add_catalog_rows, add_succession, read_catalog_file
from cadre_desktop.storage.queries import unit_codes
from cadre_desktop.storage.store import OpenStore
from cadre_desktop.text import clean

DEMO_UNIT_CODE = "TU"
DEMO_UNIT_NAME = "Tỉnh ủy Hòa Sơn"
PROVINCE_ID = "DM"
PROVINCE_NAME = "tỉnh Hòa Sơn"
# The fictional province has no real code; its citizen IDs open with this one (an assumption).
PROVINCE_CCCD = "037"
OLD_PROVINCE_END = dt.date(2025, 6, 30)

_DISTRICT = re.compile(r"\.D(\d+)$")  # HU.D01, UBH.D01, DM.D01
_COMMUNE = re.compile(r"\.X(\d+)$")  # DU.X05, DM.X05


def demo_dir() -> Path:
    return resources_dir() / "demo"


@dataclass(frozen=True)
class OrgUnit:
    id: str
    code: str
    name: str
    kind: str
    level: str
    valid_to: dt.date | None


@dataclass(frozen=True)
class Place:
    """An administrative unit: its catalog code and how a CV writes it."""

    id: str
    label: str
    written: str  # "Xã Lam Hồ, huyện Lam Điền, tỉnh Hòa Sơn"
    cccd: str = PROVINCE_CCCD


@dataclass
class World:
    """Everything a dossier is drawn from, as plain values (no session, no SQL)."""

    catalogs: Catalogs
    names: NameBook
    root: OrgUnit
    units: dict[str, OrgUnit]  # by code
    districts: dict[int, Place]
    old_communes: dict[int, list[Place]]  # district number → its communes before 07/2025
    new_communes: dict[int, list[Place]]  # district number → the communes that took over
    commune_units: dict[str, OrgUnit]  # new commune place id → its Party committee unit
    other_provinces: list[Place] = field(default_factory=list)
    _names: dict[str, str] = field(default_factory=dict)  # unit id → name, when first asked

    def unit_name(self, unit_id: str | None) -> str:
        if not self._names:
            self._names.update((unit.id, unit.name) for unit in self.units.values())
        return self._names.get(unit_id or "", self.root.name)

    def district_units(self, number: int) -> tuple[OrgUnit | None, OrgUnit | None]:
        """The district's Party committee and People's Committee (abolished 07/2025)."""
        return self.units.get(f"HU.D{number:02d}"), self.units.get(f"UBH.D{number:02d}")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _read_org_units(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def install_reference(store: OpenStore, seed: int) -> None:
    """Add the demo organisation tree, administrative units and succession to the store.

    The store's own root unit (code TU) is reused; rows already present are left alone.
    Unit ids are drawn from the seed, like every other id of the demo.
    """
    rng = random.Random(f"cadre-demo-units:{seed}")
    folder = demo_dir()
    with store.unit_of_work(write=True, reason="demo data") as uow:
        ids = {code: uid for uid, code in unit_codes(uow.session).items()}
        if DEMO_UNIT_CODE not in ids:
            raise UsageError(
                "The demo needs a store whose unit code is {code}.", code=DEMO_UNIT_CODE
            )
        for seq, row in enumerate(_read_org_units(folder / "demo_org_units.csv")):
            unit_id = uuid4(rng)  # drawn for every row, so ids do not shift when one exists
            code = row["code"]
            if code in ids:
                continue
            parent = row["parent_code"] or DEMO_UNIT_CODE
            if parent not in ids:
                raise UsageError("Demo unit {code} names an unknown parent.", code=code)
            uow.session.add(
                Unit(
                    id=unit_id,
                    code=code,
                    name=clean(row["name"]) or code,
                    kind=UnitKind(row["kind"]),
                    level=UnitLevel(row["level"]),
                    parent_id=ids[parent],
                    valid_from=_date(row["valid_from"]),
                    valid_to=_date(row["valid_to"]),
                    seq=seq,
                )
            )
            ids[code] = unit_id
        uow.session.flush()
        if not store.catalogs().has("admin_unit", PROVINCE_ID):
            items = list(read_catalog_file("admin_unit", folder / "demo_admin_units.csv"))
            add_catalog_rows(uow.session, items)
            add_succession(uow.session, folder / "demo_admin_succession.csv")
            uow.audit.append(
                "load_catalogs",
                "catalog_entry",
                changes={"rows": len(items), "file": "demo_admin_units.csv"},
                reason="demo data",
            )
    store.forget_catalogs()


def _number(pattern: re.Pattern[str], code: str) -> int | None:
    match = pattern.search(code)
    return int(match.group(1)) if match else None


def build_world(store: OpenStore) -> World:
    """Read back what install_reference put in, with the store's catalogs."""
    catalogs = store.catalogs()
    with store.unit_of_work() as uow:
        units = {
            u.code: OrgUnit(u.id, u.code, u.name, u.kind.value, u.level.value, u.valid_to)
            for u in units_in_order(uow.session)
        }
    items = {item.code: item for item in catalogs.items("admin_unit")}
    districts: dict[int, Place] = {}
    old_communes: dict[int, list[Place]] = {}
    new_communes: dict[int, list[Place]] = {}
    for item in items.values():
        level = item.extra.get("level")
        if not item.code.startswith(f"{PROVINCE_ID}.") and item.code != PROVINCE_ID:
            continue
        number = _number(_DISTRICT, item.code)
        if level == "district" and number is not None:
            districts[number] = Place(item.code, item.label, f"{item.label}, {PROVINCE_NAME}")
    for item in items.values():
        parent = str(item.extra.get("parent_id") or "")
        number = _number(_DISTRICT, parent)
        if item.extra.get("level") == "commune" and number in districts:
            district = districts[number].label
            written = f"{item.label}, {district[0].lower()}{district[1:]}, {PROVINCE_NAME}"
            old_communes.setdefault(number, []).append(Place(item.code, item.label, written))
    successors = _successors(demo_dir() / "demo_admin_succession.csv")
    for number, communes in old_communes.items():
        for successor in dict.fromkeys(successors.get(c.id, "") for c in communes):
            if successor in items:
                label = items[successor].label
                place = Place(successor, label, f"{label}, {PROVINCE_NAME}")
                new_communes.setdefault(number, []).append(place)
    commune_units = {}
    for code, unit in units.items():
        number = _number(_COMMUNE, code)
        if unit.level == "commune" and number is not None:
            commune_units[f"{PROVINCE_ID}.X{number:02d}"] = unit
    others = [
        Place(item.code, item.label, item.label, f"0{int(item.extra['gso_code']):02d}")
        for item in items.values()
        if item.extra.get("level") == "province"
        and item.code != PROVINCE_ID
        and item.valid_from is None
        and item.extra.get("gso_code") not in (None, "")
    ]
    if not districts or not new_communes or DEMO_UNIT_CODE not in units:
        raise UsageError("The demo's units are missing from the store.")
    return World(
        catalogs=catalogs,
        names=NameBook(demo_dir() / "names.csv"),
        root=units[DEMO_UNIT_CODE],
        units=units,
        districts=districts,
        old_communes=old_communes,
        new_communes=new_communes,
        commune_units=commune_units,
        other_provinces=others,
    )


def _successors(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["from_id"]: row["to_id"] for row in csv.DictReader(handle)}
