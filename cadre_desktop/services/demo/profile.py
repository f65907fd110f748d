"""Who a demo cadre is before any table is written: sex, birth, name, origins, schooling,
the post they hold now, and the shared context every part of a dossier is drawn from."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from cadre_desktop.services.demo.chance import (
    TODAY,
    Weighted,
    chance,
    month,
    one_of,
    ordered_uuid,
    rint,
)
from cadre_desktop.services.demo.names import FEMALE, MALE, Name
from cadre_desktop.services.demo.posts import Post, Seat, Seats, build_seats
from cadre_desktop.services.demo.titles import STAFF
from cadre_desktop.services.demo.world import Place, World
from cadre_desktop.storage.bulk import columns_of

TABLES = (
    "posting",
    "salary_step",
    "allowance",
    "training",
    "membership",
    "award",
    "discipline",
    "history_fact",
    "family_member",
    "evaluation",
    "clearance",
)
MINORITY_FAMILIES = ("Lò", "Hà", "Nông", "Vi", "Triệu", "Lục", "Bế", "Ma", "Sầm", "Lương", "Đinh")
ETHNICITY = {
    "01": 860,
    "02": 30,
    "03": 25,
    "06": 30,
    "07": 15,
    "08": 10,
    "09": 10,
    "04": 5,
    "05": 5,
    "18": 5,
    "17": 3,
    "15": 2,
}
RELIGION = {"99": 900, "01": 60, "02": 30, "08": 5, "05": 3, "03": 2}
EDUCATION_LEADER = {"ths": 55, "ts": 8, "dai_hoc": 37}
EDUCATION = {"dai_hoc": 74, "ths": 17, "ts": 1, "cao_dang": 3, "trung_cap": 5}
# Peak rank of the people who hold no roster post (the title catalog's rank).
PEAK = {STAFF: 70, 10: 4, 9: 9, 8: 9, 7: 8}
LATEST_START = month(2021, 6)  # every demo career is at least about five years long


@dataclass
class Context:
    """What every dossier is drawn from; built once per demo."""

    world: World
    seats: Seats
    seed: int
    total: int
    roster: dict[int, tuple[Seat, Post]]  # cadre index → the one-holder post they hold
    ethnicity: Weighted[str]
    religion: Weighted[str]
    peak: Weighted[int]
    columns: dict[str, frozenset[str]]  # what each table has (some columns are recent)
    minority_families: tuple[str, ...]
    signers: tuple[str, ...]  # who signs decisions: a pool, so a signer recurs across dossiers
    open_seats: dict[str, dict[int, list[Seat]]]  # track → district → seats below the roster
    cache: dict[str, Any] = field(default_factory=dict)

    def signer(self, rng: random.Random) -> str:
        return one_of(rng, self.signers)

    def row(self, table: str, person: Person, seq: int, **values: Any) -> dict[str, Any]:
        """A child row: a fresh id, the cadre, the order and the values that are not
        empty (storage/bulk.py writes a column left out as NULL or its default)."""
        row = {name: value for name, value in values.items() if value is not None}
        row["id"] = person.next_id()
        row["cadre_id"] = person.id
        row["seq"] = seq
        return row


def _weighted(catalogs: Any, catalog: str, weights: dict[str, int]) -> Weighted[str]:
    return Weighted((code, w) for code, w in weights.items() if catalogs.has(catalog, code))


def make_context(world: World, *, seed: int, total: int) -> Context:
    seats = build_seats(world)
    # Leaders are spread through the roll, most senior first; at most one in eight is one.
    used = seats.roster[: max(1, total // 8)] if total >= 8 else []
    stride = max(1, total // max(1, len(used)))
    roster = {i * stride: slot for i, slot in enumerate(used)}
    families = set(world.names.family.values)
    signers = random.Random(f"cadre-demo-signers:{seed}")
    return Context(
        world=world,
        seats=seats,
        seed=seed,
        total=total,
        roster=roster,
        ethnicity=_weighted(world.catalogs, "ethnicity", ETHNICITY),
        religion=_weighted(world.catalogs, "religion", RELIGION),
        peak=Weighted(PEAK.items()),
        columns={name: columns_of(name) for name in (*TABLES, "cadre")},
        minority_families=tuple(f for f in MINORITY_FAMILIES if f in families),
        signers=tuple(world.names.full(signers) for _ in range(400)),
        open_seats={
            "local": {  # most commune staff work for the People's Committee
                n: [s for s in group for _ in range(s.weight) if any(p.rank >= 9 for p in s.posts)]
                for n, group in seats.commune.items()
            },
            "province": {0: [s for s in seats.province if any(p.rank >= 7 for p in s.posts)]},
        },
    )


@dataclass
class Person:
    index: int
    rng: random.Random
    id: str
    sex: str
    birth: tuple[int, int, int]  # year, month, day
    name: Name
    ethnicity: str
    district: int  # home district (where a local career is spent)
    home: Place  # home town (quê quán), a commune abolished in 2025
    birth_place: Place
    track: str  # "province" or "local"
    seat: Seat  # where they work now
    post: Post
    leader: bool  # holds a roster post
    education: str  # education_level code of the highest degree
    study_start: int  # months
    career_start: int
    army: tuple[int, int] | None = None  # enlistment, discharge (months)
    party_join: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    rows: int = 0  # ids handed out after the cadre's own

    def next_id(self) -> str:
        self.rows += 1
        return ordered_uuid(self.rng, self.index, self.rows)

    @property
    def birth_year(self) -> int:
        return self.birth[0]


def _final_post(ctx: Context, rng: random.Random, index: int) -> tuple[str, Seat, Post, bool]:
    slot = ctx.roster.get(index)
    if slot is not None:
        seat, post = slot
        return ("province" if seat.level == "province" else "local"), seat, post, True
    track = "local" if chance(rng, 0.55) else "province"
    peak = ctx.peak.pick(rng)
    # Posts above these ranks are the roster's; bodies with none below them are skipped.
    lowest = 9 if track == "local" else 7
    seats = ctx.open_seats[track]
    seat = one_of(rng, seats[one_of(rng, sorted(seats))])
    return track, seat, seat.post_for(rng, peak, lowest=lowest), False


def _birth_year(rng: random.Random, rank: int, sex: str) -> int:
    if rank <= 4:
        low, high = 1966, 1975
    elif rank <= 6:
        low, high = 1966, 1982
    elif rank <= 8:
        low, high = 1968, 1990
    elif rank <= 10:
        low, high = 1970, 1994
    else:
        low, high = (1965 if sex == MALE else 1970), 2000
    return int(rng.triangular(low, high + 0.999, (low + high) / 2 + 2))


def draw_person(ctx: Context, index: int) -> Person:
    """The first draws of a dossier, from a generator seeded by (seed, index) alone."""
    rng = random.Random(f"cadre-demo:{ctx.seed}:{index}")
    world = ctx.world
    cadre_id = ordered_uuid(rng, index, 0)
    track, seat, post, leader = _final_post(ctx, rng, index)
    women = 0.9 if seat.key == "MT.HPN" else (0.2 if leader else 0.4)
    sex = FEMALE if chance(rng, women) else MALE
    year = _birth_year(rng, post.rank, sex)
    birth = (year, rint(rng, 1, 12), rint(rng, 1, 28))
    ethnicity = ctx.ethnicity.pick(rng)
    family = None
    if ethnicity not in ("01", "04") and ctx.minority_families and chance(rng, 0.6):
        family = one_of(rng, ctx.minority_families)
    name = world.names.person(rng, sex, family)
    district = seat.district if seat.district is not None else one_of(rng, sorted(world.districts))
    home = one_of(rng, world.old_communes[district])
    if chance(rng, 0.88):
        number = district if chance(rng, 0.7) else one_of(rng, sorted(world.old_communes))
        birth_place = home if chance(rng, 0.6) else one_of(rng, world.old_communes[number])
    else:
        birth_place = one_of(rng, world.other_provinces) if world.other_provinces else home
    education = Weighted((EDUCATION_LEADER if post.rank <= 6 else EDUCATION).items()).pick(rng)
    army = None
    study_age = 18
    if sex == MALE and year <= 1994 and chance(rng, 0.08):  # served before studying
        enlist = month(year + 18, rint(rng, 2, 3))
        army = (enlist, enlist + rint(rng, 22, 30))
        study_age = 21
    years = {"trung_cap": 2, "cao_dang": 3}.get(education, 4)
    study_start = month(year + study_age, 9)
    career_start = study_start + years * 12 + rint(rng, 0, 14)
    if career_start > LATEST_START:
        career_start = LATEST_START - rint(rng, 0, 6)
        study_start = min(study_start, career_start - years * 12)
    party_join = None
    if leader or chance(rng, 0.9):
        earliest = max(career_start + 6, month(year + 19, 1))
        if army is not None and chance(rng, 0.5):
            earliest = army[0] + 12
        party_join = min(earliest + rint(rng, 0, 96), TODAY - 14)
    return Person(
        index=index,
        rng=rng,
        id=cadre_id,
        sex=sex,
        birth=birth,
        name=name,
        ethnicity=ethnicity,
        district=district,
        home=home,
        birth_place=birth_place,
        track=track,
        seat=seat,
        post=post,
        leader=leader,
        education=education,
        study_start=study_start,
        career_start=career_start,
        army=army,
        party_join=party_join,
    )
