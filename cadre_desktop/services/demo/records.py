"""The rest of a dossier's history: memberships, awards, discipline, yearly ratings,
political-standard conclusions and the "đặc điểm lịch sử bản thân" facts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cadre_desktop.services.demo.chance import (
    TODAY,
    TODAY_YEAR,
    Weighted,
    chance,
    day_in,
    iso_day,
    iso_month,
    month,
    one_of,
    rint,
)
from cadre_desktop.services.demo.profile import Context, Person
from cadre_desktop.storage.bulk import defaults_of

PROVINCE_BTV = "Ban Thường vụ Tỉnh ủy Hòa Sơn"
AWARDS = {  # form → (weight, decision number, issuing body or None for the cadre's own agency)
    "giay_khen": (50, "{n}/QĐ-KT", None),
    "chien_si_thi_dua_co_so": (15, "{n}/QĐ-KT", None),
    "bang_khen_cap_tinh": (25, "{n}/QĐ-UBND", "Ủy ban nhân dân tỉnh Hòa Sơn"),
    "bang_khen_btv_tinh_uy": (10, "{n}-QĐ/TU", PROVINCE_BTV),
    "bang_khen_thu_tuong": (0, "{n}/QĐ-TTg", "Thủ tướng Chính phủ"),
    "huan_chuong_lao_dong_3": (0, "{n}/QĐ-CTN", "Chủ tịch nước"),
}
RATINGS = Weighted((("excellent", 15), ("good", 72), ("completed", 11), ("not_completed", 2)))
PURPOSES = Weighted(
    (("planning", 45), ("appointment", 30), ("nomination", 10), ("rotation", 5), ("other", 10))
)
RESULTS = Weighted((("meets", 84), ("meets_with_ceiling", 6), ("does_not_meet", 2), ("pending", 8)))
CLEARANCE_NOTES = {
    "meets_with_ceiling": "Có người thân ở nước ngoài; chỉ bố trí đến chức danh đã ghi.",
    "does_not_meet": "Kê khai lý lịch không đầy đủ về quan hệ gia đình.",
    "pending": "Đang thẩm tra, xác minh lý lịch.",
}
DISCIPLINES = (
    ("party_khien_trach", 35),
    ("gov_khien_trach", 30),
    ("party_canh_cao", 15),
    ("gov_canh_cao", 15),
    ("gov_ha_bac_luong", 5),
)
VIOLATIONS = (
    "Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao",
    "Vi phạm quy định về quản lý tài chính, tài sản công",
    "Vi phạm quy định trong công tác tiếp công dân, giải quyết khiếu nại",
    "Vi phạm những điều đảng viên không được làm",
)


def membership_rows(ctx: Context, person: Person) -> list[dict[str, Any]]:
    rng, (year, _, _) = person.rng, person.birth
    found: list[tuple[str, str, str | None, str | None]] = []  # organisation, join, leave, role
    youth_end = month(year + 30, 3)
    found.append(
        (
            "doan_tncs_hcm",
            iso_day(month(year + 16, 3), 26),
            iso_month(youth_end) if youth_end < TODAY else None,
            "Bí thư Chi đoàn" if chance(rng, 0.1) else None,
        )
    )
    found.append(("cong_doan", iso_month(person.career_start), None, None))
    if person.sex == "F" and chance(rng, 0.6):
        join = person.career_start + rint(rng, 0, 24)
        found.append(("hoi_lhpn", iso_month(min(join, TODAY - 1)), None, None))
    if person.army is not None:
        found.append(("hoi_ccb", iso_month(person.army[1] + rint(rng, 12, 60)), None, None))
    found.sort(key=lambda item: item[1])
    return [
        ctx.row("membership", person, i, organisation=o, join_date=j, leave_date=left, role=r)
        for i, (o, j, left, r) in enumerate(found)
        if ctx.world.catalogs.has("mass_organization", o)
    ]


def award_rows(ctx: Context, person: Person) -> list[dict[str, Any]]:
    rng, catalogs = person.rng, ctx.world.catalogs
    years = (TODAY - person.career_start) // 12
    count = rint(rng, 0, 1 + years // 6) + (1 if person.post.rank <= 8 else 0)
    weights = {form: w for form, (w, _, _) in AWARDS.items()}
    if person.post.rank <= 6:
        weights.update(bang_khen_thu_tuong=12, huan_chuong_lao_dong_3=8)
    forms = Weighted((f, w) for f, w in weights.items() if catalogs.has("award_form", f))
    found: list[tuple[str, str, str, str, str]] = []  # date, form, reason, number, body
    for _ in range(min(count, 5)):
        when = rint(rng, person.career_start + 12, TODAY - 1)
        form = forms.pick(rng)
        _, number, body = AWARDS[form]
        reason = f"Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm {when // 12 - 1}"
        found.append((day_in(rng, when), form, reason, number, body or person.seat.body))
    if person.party_join is not None and person.party_join + 360 < TODAY:
        badge = "huy_hieu_30_nam"
        if catalogs.has("award_form", badge):
            when = person.party_join + 360 + rint(rng, 1, 11)
            found.append(
                (
                    iso_month(min(when, TODAY - 1)) + "-02",
                    badge,
                    "Tặng Huy hiệu 30 năm tuổi Đảng",
                    "{n}-QĐ/TU",
                    PROVINCE_BTV,
                )
            )
    found.sort()
    return [
        ctx.row(
            "award",
            person,
            i,
            date=date,
            form=form,
            reason=reason,
            decision_number=number.format(n=rint(rng, 15, 2999)),
            decision_date=date,
            decision_signer=ctx.signer(rng),
            decision_body=body,
        )
        for i, (date, form, reason, number, body) in enumerate(found)
    ]


def discipline_rows(ctx: Context, person: Person) -> list[dict[str, Any]]:
    rng, catalogs = person.rng, ctx.world.catalogs
    if not chance(rng, 0.02):
        return []
    start = rint(rng, max(person.career_start + 24, month(2012)), TODAY - 3)
    day = dt.date(start // 12, start % 12 + 1, 15)
    forms = Weighted(
        (code, w)
        for code, w in DISCIPLINES
        if (item := catalogs.get("discipline_form", code)) is not None and item.valid_on(day)
    )
    form = forms.pick(rng)
    party = form.startswith("party_")
    person.extra["disciplined"] = start // 12
    return [
        ctx.row(
            "discipline",
            person,
            0,
            start=iso_month(start),
            end=iso_month(start + 12),
            form=form,
            violation=one_of(rng, VIOLATIONS),
            decision_number=f"{rint(rng, 10, 999)}" + ("-QĐ/UBKTTU" if party else "/QĐ-UBND"),
            decision_date=day_in(rng, start),
            decision_signer=ctx.signer(rng),
            decision_body="Ủy ban Kiểm tra Tỉnh ủy Hòa Sơn" if party else person.seat.body,
        )
    ]


def evaluation_rows(ctx: Context, person: Person) -> list[dict[str, Any]]:
    rng = person.rng
    first = person.career_start // 12 + 1
    years = [y for y in range(TODAY_YEAR - rint(rng, 3, 5), TODAY_YEAR) if y >= first]
    rows = []
    for i, year in enumerate(years):
        rating = RATINGS.pick(rng)
        disciplined = person.extra.get("disciplined") == year
        if disciplined:
            rating = "completed" if chance(rng, 0.7) else "not_completed"
        title = None
        if rating == "excellent" and chance(rng, 0.6):
            title = "chien_si_thi_dua_co_so"
        elif rating == "good" and chance(rng, 0.7):
            title = "lao_dong_tien_tien"
        rows.append(
            ctx.row("evaluation", person, i, year=year, rating=rating, emulation_title=title)
        )
        known = ctx.columns["evaluation"]
        if "leader" in known and person.post.rank <= 10:
            rows[-1]["leader"] = 1  # holds a leadership post
        if "disciplined" in known and disciplined:
            rows[-1]["disciplined"] = 1
    return rows


def _basis(ctx: Context, facts: dict[str, list[dict[str, Any]]], day: str) -> str:
    """The fingerprint (domain/basis.py) of the facts known on ``day``: every relative, and
    the history facts and disciplines begun by then (later ones make a conclusion stale)."""
    from cadre_desktop.domain.basis import FACT_FIELDS, Fact, FactKind, basis_text

    found = []
    for kind, collection in ((FactKind.FAMILY, "family"), (FactKind.HISTORY, "history_facts"),
                             (FactKind.DISCIPLINE, "disciplines")):  # fmt: skip
        defaults = ctx.cache.get(kind) or ctx.cache.setdefault(kind, defaults_of(kind.value))
        for row in facts[collection]:
            if kind is not FactKind.FAMILY and row.get("start", "") > day:
                continue
            # the stored text of each value is what basis._plain makes of the ORM's value
            content = tuple(
                "" if v is None else str(v)
                for v in (row.get(name, defaults.get(name)) for name in FACT_FIELDS[kind])
            )
            found.append(Fact(kind, row["id"], "", content))
    return basis_text(found)


def clearance_rows(
    ctx: Context, person: Person, facts: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Political-standard conclusions; ``facts`` are the dossier's family, history-fact
    and discipline rows, which each conclusion fingerprints."""
    rng = person.rng
    if not (person.leader or chance(rng, 0.72)):
        return []
    local = person.seat.level == "commune" and not person.leader
    body = f"Ban Thường vụ {ctx.world.unit_name(person.seat.unit_id)}" if local else PROVINCE_BTV
    pattern = "{n}-KL/ĐU" if local else "{n}-KL/TU"
    latest = rint(rng, month(2022), TODAY - 1)
    dates = [latest] if chance(rng, 0.8) else [latest - rint(rng, 36, 60), latest]
    rows = []
    for i, when in enumerate(dates):
        result = RESULTS.pick(rng) if i == len(dates) - 1 else "meets"
        if person.leader and result in ("does_not_meet", "pending"):
            result = "meets"
        ceiling = None
        if result == "meets_with_ceiling":
            ceiling = person.post.code or "chuyen_vien"
        day = day_in(rng, when)
        checked = int(result != "pending")
        # What the conclusion verified, and the facts it rested on, where the schema has them.
        verified = {
            "verified_history": 1,
            "verified_family": 1,
            "verified_abroad": checked,
            "verified_foreign_links": checked,
            "verified_complaints": checked,
        }
        row = ctx.row(
            "clearance",
            person,
            i,
            number=pattern.format(n=rint(rng, 10, 1999)),
            date=day,
            body=body,
            purpose=PURPOSES.pick(rng),
            result=result,
            ceiling_title=ceiling,
            note=CLEARANCE_NOTES.get(result),
        )
        known = ctx.columns["clearance"]
        row.update((k, v) for k, v in verified.items() if k in known)
        if "basis" in known:
            row["basis"] = _basis(ctx, facts, day)
        rows.append(row)
    return rows


def history_rows(ctx: Context, person: Person) -> list[dict[str, Any]]:
    abroad = person.extra.get("abroad")
    if abroad is None:
        return []
    (_, country, organisation, _), start, end = abroad
    return [
        ctx.row(
            "history_fact",
            person,
            0,
            kind="foreign_organisation",
            start=iso_month(start),
            end=iso_month(end),
            place=country,
            organisation=organisation,
            position="Hội viên",
            details="Tham gia sinh hoạt trong thời gian học tập ở nước ngoài.",
        )
    ]
