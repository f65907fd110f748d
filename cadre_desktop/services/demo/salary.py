"""Diễn biến quá trình lương: a rank (ngạch) with its salary group, a step every two or three
years, promotions to the principal and senior ranks, seniority beyond the last step; and
the position allowances of leaders."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from cadre_desktop.services.demo.career import Stint, decision
from cadre_desktop.services.demo.chance import TODAY, chance, iso_month, rint
from cadre_desktop.services.demo.profile import Context, Person

BASE_SALARY_VND = 2_340_000  # lương cơ sở from 01/07/2024 (NĐ 73/2024/NĐ-CP)
LINES = {
    "general": ("01.003", "01.002", "01.001"),
    "lower": ("01.004", "01.003", "01.002"),
    "inspector": ("04.025", "04.024", "04.023"),
    "party_inspector": ("ktv_dang", "ktv_dang_chinh", "ktv_dang_cao_cap"),
    "accountant": ("06.031", "06.030", "06.029"),
}
POSITION_ALLOWANCE = {
    1: "1.30",
    2: "1.25",
    3: "1.15",
    4: "1.00",
    5: "0.90",
    6: "0.70",
    7: "0.60",
    8: "0.40",
    9: "0.30",
    10: "0.20",
}


def scale(ctx: Context, rank_code: str) -> tuple[str, tuple[str, ...]]:
    """The rank's salary group and its coefficients as the catalog writes them ("4.40")."""
    key = f"scale:{rank_code}"
    if key not in ctx.cache:
        catalogs = ctx.world.catalogs
        rank = catalogs.get("civil_service_rank", rank_code)
        group = catalogs.get("salary_scale", str(rank.extra.get("salary_group"))) if rank else None
        if group is None:
            raise ValueError(f"no salary scale for rank {rank_code}")
        ctx.cache[key] = (group.code, tuple(str(group.extra["coefficients"]).split()))
    return ctx.cache[key]  # type: ignore[no-any-return]


def _line(ctx: Context, person: Person) -> tuple[str, ...]:
    rng = person.rng
    key = "general"
    if person.education in ("trung_cap", "cao_dang"):
        key = "lower"
    elif person.seat.key == "UB.TTR" and chance(rng, 0.6):
        key = "inspector"
    elif person.seat.key == "TU.UBKT" and chance(rng, 0.6):
        key = "party_inspector"
    elif chance(rng, 0.05):
        key = "accountant"
    line = LINES[key]
    return (
        line
        if all(ctx.world.catalogs.has("civil_service_rank", c) for c in line)
        else LINES["general"]
    )


def _promotions(person: Person) -> list[int]:
    rng, rank, start = person.rng, person.post.rank, person.career_start
    principal = 0.9 if rank <= 8 else (0.6 if rank <= 10 else 0.35)
    times: list[int] = []
    if chance(rng, principal):
        times.append(start + rint(rng, 9, 14) * 12 + rint(rng, 0, 11))
        if rank <= 5 or (rank == 6 and chance(rng, 0.5)):
            times.append(times[0] + rint(rng, 6, 10) * 12)
    return [t for t in times if t < TODAY]


def _stint_at(stints: list[Stint], months: int) -> Stint:
    for stint in reversed(stints):
        if stint.start <= months:
            return stint
    return stints[0]


def salary_rows(
    ctx: Context, person: Person, stints: list[Stint]
) -> tuple[list[dict[str, Any]], Decimal, int | None, str | None]:
    """The salary history; the coefficient received now; the seniority beyond the last
    step (percent) and since when."""
    rng = person.rng
    line = _line(ctx, person)
    level, step, beyond, since = 0, 1, None, None
    group, coefficients = scale(ctx, line[0])
    every = 36 if group.startswith(("A", "CGCC")) else 24  # nâng bậc: 3 years, 2 for B/C
    start = person.career_start
    changes: list[tuple[int, str, int, int, int | None]] = [  # month, rank, step, %, beyond
        (start, line[0], 1, 85, None),  # probation (tập sự) at 85 %
        (start + 12, line[0], 1, 100, None),
    ]
    promotions = _promotions(person)
    next_step = start + every
    while True:
        promotion = promotions[0] if promotions else None
        when = next_step if promotion is None else min(next_step, promotion)
        if when >= TODAY:
            break
        if when == promotion:
            promotions.pop(0)
            current = Decimal(coefficients[step - 1])
            level = min(level + 1, len(line) - 1)
            _, coefficients = scale(ctx, line[level])
            step = next(
                (i + 1 for i, c in enumerate(coefficients) if Decimal(c) >= current),
                len(coefficients),
            )
            beyond, since = None, None
            next_step = when + every
        elif step < len(coefficients):
            step += 1
            next_step = when + every
        else:
            if beyond is None:
                since = iso_month(when)
            beyond = 5 if beyond is None else beyond + 2
            next_step = when + 24
        changes.append((when, line[level], step, 100, beyond))
    rows: list[dict[str, Any]] = []
    for i, (when, rank_code, step_, percent, beyond_) in enumerate(changes):
        end = changes[i + 1][0] - 1 if i + 1 < len(changes) else None
        stint = _stint_at(stints, when)
        rows.append(
            ctx.row(
                "salary_step",
                person,
                i,
                start=iso_month(when),
                end=None if end is None else iso_month(end),
                rank_code=rank_code,
                step=step_,
                coefficient=scale(ctx, rank_code)[1][step_ - 1],
                percent=percent,
                beyond_frame_percent=beyond_,
                **decision(ctx, rng, stint.seat, stint.post, when),
            )
        )
    return rows, Decimal(coefficients[step - 1]), beyond, since


def allowance_rows(
    ctx: Context, person: Person, stints: list[Stint], beyond: int | None, since: str | None
) -> tuple[list[dict[str, Any]], Decimal]:
    """Position allowances of the last two leadership posts; the one received now."""
    rng = person.rng
    rows: list[dict[str, Any]] = []
    led = [s for s in stints if s.post.rank in POSITION_ALLOWANCE][-2:]
    current = Decimal(0)
    for stint in led:
        coefficient = POSITION_ALLOWANCE[stint.post.rank]
        if stint.end is None:
            current = Decimal(coefficient)
        rows.append(
            ctx.row(
                "allowance",
                person,
                len(rows),
                start=iso_month(stint.start),
                end=None if stint.end is None else iso_month(stint.end),
                kind="position",
                name="Phụ cấp chức vụ lãnh đạo",
                coefficient=coefficient,
                form="Hằng tháng",
                **decision(ctx, rng, stint.seat, stint.post, stint.start),
            )
        )
    if beyond is not None and since is not None:
        rows.append(
            ctx.row(
                "allowance",
                person,
                len(rows),
                start=since,
                kind="seniority_beyond_frame",
                name="Phụ cấp thâm niên vượt khung",
                percent=beyond,
                form="Hằng tháng",
            )
        )
    return rows, current
