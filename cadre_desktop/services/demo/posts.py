"""Where the demo's people work: "seats" (a unit, or a body the tree does not list, such as
a commune People's Committee) with their posts, ranked like the "title" catalog
(1 = Bí thư Tỉnh ủy … 11 = chuyên viên), and the roster of posts only one person holds."""

from __future__ import annotations

import random
from dataclasses import dataclass

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.services.demo.titles import (
    COMMUNE_CIVIL,
    COMMUNE_DEPTS,
    DECISION_SUFFIX,
    DISTRICT_BANS,
    DISTRICT_DEPTS,
    HEADS,
    HOLDERS,
    PARTY_DEPTS,
    STAFF,
    STATE_DEPTS,
    TOP,
)
from cadre_desktop.services.demo.world import OrgUnit, Place, World


@dataclass(frozen=True)
class Post:
    rank: int
    code: str | None  # a "title" catalog code, when the catalog has the post
    title: str  # as the CV writes it, before the unit's name


@dataclass(frozen=True)
class Seat:
    key: str
    level: str  # province | district | commune | old_commune
    kind: str  # a PostingKind value
    unit_id: str | None
    unit_name: str | None  # written out when the tree has no unit for the body
    label: str  # the body's name as a CV writes it
    posts: tuple[Post, ...]
    number: str  # decision number pattern, "{n}/QĐ-UBND"
    body: str  # who signs the decisions
    district: int | None = None
    weight: int = 1  # how many of the body's staff come to it, relative to its neighbours

    def post_for(self, rng: random.Random, rank: int, lowest: int = 1) -> Post:
        """A post as high as ``rank`` allows (never above it, nor above ``lowest``)."""
        allowed = [p for p in self.posts if p.rank >= max(rank, lowest)]
        if not allowed:
            return max(self.posts, key=lambda p: p.rank)
        best = min(p.rank for p in allowed)
        choices = [p for p in allowed if p.rank == best]
        return choices[int(rng.random() * len(choices))]


def _rank(catalogs: Catalogs, code: str | None, default: int) -> int:
    item = catalogs.get("title", code) if code else None
    return int(item.extra.get("rank", default)) if item else default


def _depts(
    catalogs: Catalogs, depts: tuple[str, ...], head: str | None, deputy: str | None, staff: bool
) -> list[Post]:
    posts: list[Post] = []
    for dept in depts:
        posts.append(Post(_rank(catalogs, head, 7), head, f"Trưởng {dept}"))
        posts.append(Post(_rank(catalogs, deputy, 8), deputy, f"Phó Trưởng {dept}"))
        if staff:
            posts.append(Post(STAFF, "chuyen_vien", f"Chuyên viên {dept}"))
    return posts


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _province_seats(world: World) -> list[Seat]:
    cat = world.catalogs
    seats = []
    for unit in world.units.values():
        if unit.level != "province":
            continue
        posts: list[Post] = []
        if unit.code in TOP:
            posts += [Post(_rank(cat, c, 4), c, t) for c, t in TOP[unit.code]]
        if unit.code in HEADS:
            (head, head_title), (deputy, deputy_title) = HEADS[unit.code]
            posts += [Post(_rank(cat, head, 5), head, head_title)]
            posts += [Post(_rank(cat, deputy, 6), deputy, deputy_title)]
        elif unit.code.startswith("UB.S"):
            posts += [Post(_rank(cat, "giam_doc_so", 5), "giam_doc_so", "Giám đốc")]
            posts += [Post(_rank(cat, "pho_giam_doc_so", 6), "pho_giam_doc_so", "Phó Giám đốc")]
        party = unit.kind == "party"
        if unit.code != "TU" and unit.code != "UB":
            if party:
                posts += _depts(
                    cat, PARTY_DEPTS, "truong_phong_ban_dang", "pho_truong_phong_ban_dang", True
                )
            else:
                posts += _depts(cat, STATE_DEPTS, "truong_phong", "pho_truong_phong", True)
        if unit.code == "TU.UBKT":
            posts.append(
                Post(_rank(cat, "uy_vien_ubkt_tinh_uy", 7), "uy_vien_ubkt_tinh_uy", "Ủy viên")
            )
        top = unit.code in TOP and unit.code not in ("HDND", "MT")
        suffix = DECISION_SUFFIX.get(unit.code, unit.code.split(".")[-1])
        number = "{n}-QĐ/TU" if party else ("{n}/NQ-HĐND" if top else f"{{n}}/QĐ-{suffix}")
        if unit.kind == "council":
            number = "{n}/NQ-HĐND"
        body = "Ban Thường vụ Tỉnh ủy Hòa Sơn" if party else unit.name
        if unit.code == "UB":
            body = world.units["HDND"].name if "HDND" in world.units else unit.name
        kind = {"council": "state"}.get(unit.kind, unit.kind)
        seats.append(
            Seat(unit.code, "province", kind, unit.id, None, unit.name, tuple(posts), number, body)
        )
    return seats


def _district_seats(world: World) -> list[Seat]:
    cat = world.catalogs

    def post(code: str, title: str, default: int) -> Post:
        return Post(_rank(cat, code, default), code, title)

    seats = []
    for number in sorted(world.districts):
        party, state = world.district_units(number)
        if party is not None:
            posts = [
                post("bi_thu_huyen_uy", "Bí thư", 5),
                post("pho_bi_thu_huyen_uy", "Phó Bí thư", 6),
                post("uy_vien_btv_huyen_uy", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức", 7),
            ]
            for ban in DISTRICT_BANS:
                head = "Chánh Văn phòng" if ban == "Văn phòng" else f"Trưởng {ban}"
                posts += [Post(8, None, head), Post(9, None, f"Phó {head}")]
                posts.append(Post(STAFF, "chuyen_vien", f"Chuyên viên {ban}"))
            suffix = {"Thành": "ThU", "Thị": "TxU"}.get(party.name.split()[0], "HU")
            pattern = f"{{n}}-QĐ/{suffix}"
            seats.append(_seat(party, "district", "party", posts, pattern, party.name, number))
        if state is not None:
            posts = [
                post("chu_tich_ubnd_huyen", "Chủ tịch", 6),
                post("pho_chu_tich_ubnd_huyen", "Phó Chủ tịch", 7),
                *_depts(cat, DISTRICT_DEPTS, "truong_phong_huyen", "pho_truong_phong_huyen", True),
            ]
            body = state.name
            seats.append(_seat(state, "district", "state", posts, "{n}/QĐ-UBND", body, number))
    return seats


def _seat(
    unit: OrgUnit, level: str, kind: str, posts: list[Post], number: str, body: str, district: int
) -> Seat:
    return Seat(
        unit.code, level, kind, unit.id, None, unit.name, tuple(posts), number, body, district
    )


def _commune_seats(world: World) -> list[Seat]:
    cat = world.catalogs
    seats = []
    for number, places in sorted(world.new_communes.items()):
        for place in places:
            unit = world.commune_units.get(place.id)
            if unit is None:
                continue
            name = _lower(place.label)  # "phường Ngọc Khê"
            head, deputy = "truong_co_quan_dang_uy_xa", "pho_truong_co_quan_dang_uy_xa"
            party = [
                Post(_rank(cat, "bi_thu_dang_uy_xa", 6), "bi_thu_dang_uy_xa", "Bí thư"),
                Post(_rank(cat, "pho_bi_thu_dang_uy_xa", 7), "pho_bi_thu_dang_uy_xa", "Phó Bí thư"),
                *_depts(cat, ("Ban Xây dựng Đảng",), head, deputy, True),
                Post(_rank(cat, head, 9), head, "Chánh Văn phòng"),
                Post(_rank(cat, deputy, 10), deputy, "Phó Chánh Văn phòng"),
                Post(STAFF, "chuyen_vien", "Chuyên viên Văn phòng"),
            ]
            state = [
                Post(_rank(cat, "chu_tich_ubnd_xa", 7), "chu_tich_ubnd_xa", "Chủ tịch"),
                Post(_rank(cat, "pho_chu_tich_ubnd_xa", 8), "pho_chu_tich_ubnd_xa", "Phó Chủ tịch"),
                *_depts(
                    cat, COMMUNE_DEPTS, "truong_phong_ubnd_xa", "pho_truong_phong_ubnd_xa", True
                ),
            ]
            council = [
                Post(_rank(cat, "chu_tich_hdnd_xa", 7), "chu_tich_hdnd_xa", "Chủ tịch"),
                Post(_rank(cat, "pho_chu_tich_hdnd_xa", 8), "pho_chu_tich_hdnd_xa", "Phó Chủ tịch"),
            ]
            front = [
                Post(_rank(cat, "chu_tich_ubmttq_xa", 8), "chu_tich_ubmttq_xa", "Chủ tịch"),
                Post(
                    _rank(cat, "pho_chu_tich_ubmttq_xa", 10),
                    "pho_chu_tich_ubmttq_xa",
                    "Phó Chủ tịch",
                ),
                Post(STAFF, "chuyen_vien", "Chuyên viên"),
            ]
            ubnd = f"Ủy ban nhân dân {name}"
            for kind, posts, written, pattern, weight in (
                ("party", party, None, "{n}-QĐ/ĐU", 3),
                ("state", state, ubnd, "{n}/QĐ-UBND", 5),
                ("state", council, f"Hội đồng nhân dân {name}", "{n}/NQ-HĐND", 0),
                ("front", front, f"Ủy ban Mặt trận Tổ quốc Việt Nam {name}", "{n}/QĐ-MTTQ", 1),
            ):
                label = written or unit.name
                body = unit.name if kind == "party" else (written if kind == "front" else ubnd)
                seats.append(
                    Seat(
                        key=f"{unit.code}:{pattern}",
                        level="commune",
                        kind=kind,
                        unit_id=unit.id,
                        unit_name=written,
                        label=label,
                        posts=tuple(posts),
                        number=pattern,
                        body=body or label,
                        district=number,
                        weight=weight,
                    )
                )
    return seats


def old_commune_seats(world: World, place: Place, number: int) -> tuple[Seat, Seat]:
    """The People's Committee and Party committee of a commune abolished on 01/07/2025."""
    district = world.districts[number]
    where = f"{_lower(place.label)}, {_lower(district.label)}"
    party_unit, state_unit = world.district_units(number)
    state = Seat(
        f"{place.id}:state",
        "old_commune",
        "state",
        None,
        f"Ủy ban nhân dân {where}",
        f"Ủy ban nhân dân {where}",
        (
            Post(9, None, "Chủ tịch"),
            Post(10, None, "Phó Chủ tịch"),
            *(Post(STAFF, None, f"Công chức {c}") for c in COMMUNE_CIVIL),
        ),
        "{n}/QĐ-UBND",
        state_unit.name if state_unit else f"Ủy ban nhân dân {district.label}",
        number,
    )
    party = Seat(
        f"{place.id}:party",
        "old_commune",
        "party",
        None,
        f"Đảng ủy {where}",
        f"Đảng ủy {where}",
        (
            Post(9, None, "Bí thư"),
            Post(10, None, "Phó Bí thư"),
            Post(STAFF, None, "Cán bộ Văn phòng"),
        ),
        "{n}-QĐ/HU",
        f"Ban Thường vụ {party_unit.name if party_unit else district.label}",
        number,
    )
    return state, party


@dataclass
class Seats:
    province: list[Seat]
    district: dict[int, list[Seat]]
    commune: dict[int, list[Seat]]
    old_commune: dict[int, list[tuple[Seat, Seat]]]
    roster: list[tuple[Seat, Post]]  # posts one person holds now, most senior first


def build_seats(world: World) -> Seats:
    province = _province_seats(world)
    district: dict[int, list[Seat]] = {}
    for seat in _district_seats(world):
        district.setdefault(seat.district or 0, []).append(seat)
    commune: dict[int, list[Seat]] = {}
    for seat in _commune_seats(world):
        commune.setdefault(seat.district or 0, []).append(seat)
    old = {
        number: [old_commune_seats(world, place, number) for place in places]
        for number, places in world.old_communes.items()
    }
    roster: list[tuple[int, int, Seat, Post]] = []
    for order, seat in enumerate(province + [s for n in sorted(commune) for s in commune[n]]):
        limit = 6 if seat.level == "province" else 8
        for post in seat.posts:
            if post.rank <= limit:
                for _ in range(HOLDERS.get(post.code or "", 1)):
                    roster.append((post.rank, order, seat, post))
    roster.sort(key=lambda entry: (entry[0], entry[1]))
    return Seats(province, district, commune, old, [(seat, post) for _, _, seat, post in roster])
