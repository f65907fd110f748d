"""One whole demo dossier: the cadre's own row (identity, addresses, Party, army, health,
family economy) and every history table, drawn in a fixed order from one seeded generator."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cadre_desktop.services.demo.career import Stint, plan, posting_rows
from cadre_desktop.services.demo.chance import (
    Weighted,
    chance,
    day_in,
    iso_day,
    iso_month,
    month,
    rint,
)
from cadre_desktop.services.demo.chance import one_of as pick
from cadre_desktop.services.demo.family import family_rows
from cadre_desktop.services.demo.names import MALE, email_local
from cadre_desktop.services.demo.profile import TABLES, Context, Person, draw_person
from cadre_desktop.services.demo.records import (
    award_rows,
    clearance_rows,
    discipline_rows,
    evaluation_rows,
    history_rows,
    membership_rows,
)
from cadre_desktop.services.demo.salary import BASE_SALARY_VND, allowance_rows, salary_rows
from cadre_desktop.services.demo.training import training_rows

FAMILY_ORIGIN = Weighted(
    (
        ("nong_dan", 45),
        ("cong_chuc", 20),
        ("cong_nhan", 10),
        ("vien_chuc", 8),
        ("tri_thuc", 7),
        ("quan_nhan", 5),
        ("tieu_thuong", 3),
        ("khac", 2),
    )
)
HEALTH = Weighted((("tot", 80), ("kha", 17), ("trung_binh", 3)))
BLOOD = Weighted((("O", 42), ("B", 30), ("A", 22), ("AB", 6)))
POLICY = ("con_thuong_binh", "con_liet_si", "con_benh_binh", "gia_dinh_liet_si")
STREETS = (
    "Trần Phú",
    "Lê Lợi",
    "Nguyễn Trãi",
    "Hùng Vương",
    "Lý Thường Kiệt",
    "Bà Triệu",
    "Quang Trung",
    "Phan Đình Phùng",
    "Điện Biên Phủ",
    "Hai Bà Trưng",
)
HAMLETS = ("Thôn Đông", "Thôn Đoài", "Thôn Thượng", "Thôn Hạ", "Xóm Mới", "Thôn Trung")
STRENGTHS = (
    "Công tác tổ chức, cán bộ",
    "Tham mưu, tổng hợp",
    "Quản lý kinh tế",
    "Công tác tuyên giáo",
    "Pháp chế",
    "Quản lý tài chính, ngân sách",
    "Công tác dân vận",
    "Kiểm tra, giám sát",
)
INCOMPLETE = (
    "Thiếu bản sao văn bằng, chứng chỉ có chứng thực.",
    "Chưa bổ sung phiếu lý lịch hằng năm.",
    "Thiếu giấy chứng nhận sức khỏe trong 6 tháng gần nhất.",
    "Chưa có nhận xét của chi ủy nơi cư trú.",
)
OTHER_NAMES = ("Tư", "Út", "Ba", "Bé", "Hai")
HONOURS = {"UB.SGDDT": "ngut", "UB.SYT": "ttut"}


@dataclass
class Batch:
    cadres: list[dict[str, Any]] = field(default_factory=list)
    children: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {name: [] for name in TABLES}
    )


def _address(person: Person, ctx: Context, district: int) -> tuple[str, str]:
    rng = person.rng
    place = pick(rng, ctx.world.new_communes[district])
    if place.label.startswith("Phường"):
        detail = f"Số {rint(rng, 1, 250)} đường {pick(rng, STREETS)}"
    else:
        detail = pick(rng, HAMLETS)
    return place.id, f"{detail}, {place.written[:1].lower()}{place.written[1:]}"


def _cccd(ctx: Context, person: Person) -> str:
    """Province of birth, sex and century, year of birth, then a serial unique per index."""
    year = person.birth_year
    digit = (0 if person.sex == MALE else 1) + (2 if year >= 2000 else 0)
    serial = (person.index * 7919 + ctx.seed * 104_729) % 1_000_000
    return f"{person.birth_place.cccd}{digit}{year % 100:02d}{serial:06d}"


def _agency_since(stints: list[Stint]) -> int:
    final = stints[-1]
    since = final.start
    for stint in reversed(stints[:-1]):
        if stint.seat.unit_id != final.seat.unit_id or stint.seat.unit_id is None:
            break
        since = stint.start
    return since


def cadre_row(
    ctx: Context, person: Person, stints: list[Stint], extra: dict[str, Any]
) -> dict[str, Any]:
    rng, world = person.rng, ctx.world
    year, birth_month, birth_day = person.birth
    home_district = person.district if chance(rng, 0.8) else pick(rng, sorted(world.districts))
    permanent_unit, permanent = _address(person, ctx, home_district)
    current_unit, current = (permanent_unit, permanent)
    if chance(rng, 0.2):
        current_unit, current = _address(person, ctx, pick(rng, sorted(world.districts)))
    row: dict[str, Any] = dict(
        id=person.id,
        managing_unit_id=world.root.id,
        staff_number=f"HS{person.index + 1:06d}",
        family_name=person.name.family,
        middle_name=person.name.middle,
        given_name=person.name.given,
        other_names=pick(rng, OTHER_NAMES) if chance(rng, 0.03) else None,
        sex=person.sex,
        birth_date=f"{year:04d}-{birth_month:02d}-{birth_day:02d}",
        birth_place_unit=person.birth_place.id,
        birth_place=person.birth_place.written,
        home_town_unit=person.home.id,
        home_town=person.home.written,
        permanent_address_unit=permanent_unit,
        permanent_address=permanent,
        current_address_unit=current_unit,
        current_address=current,
        phone=f"{pick(rng, ('09', '03', '08'))}{rint(rng, 0, 99_999_999):08d}",
        ethnicity=person.ethnicity,
        religion=ctx.religion.pick(rng),
        family_origin=FAMILY_ORIGIN.pick(rng),
        id_number=_cccd(ctx, person),
        id_issue_date=day_in(rng, rint(rng, month(2021, 3), month(2025, 6))),
        id_issue_place="Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        social_insurance_number=f"37{rint(rng, 0, 99_999_999):08d}",
        health_insurance_number=f"CH437{rint(rng, 0, 9_999_999_999):010d}",
        recruitment_date=iso_month(stints[0].start),
        recruiting_agency=stints[0].seat.label,
        current_agency_date=iso_month(_agency_since(stints)),
        main_job=pick(rng, STRENGTHS),
        strengths=pick(rng, STRENGTHS),
        longest_job=pick(rng, STRENGTHS),
        health_status=HEALTH.pick(rng),
        blood_group=BLOOD.pick(rng),
        **extra,
    )
    if chance(rng, 0.6):
        row["email"] = f"{email_local(person.name)}{rint(rng, 1, 99)}@hoason.gov.vn"
    if person.sex == MALE:
        row["height_cm"], row["weight_kg"] = rint(rng, 158, 185), rint(rng, 52, 90)
    else:
        row["height_cm"], row["weight_kg"] = rint(rng, 150, 170), rint(rng, 45, 68)
    if chance(rng, 0.7):
        row["revolution_date"] = row["recruitment_date"]
    row["occupation_before_recruitment"] = "Sinh viên mới tốt nghiệp"
    if person.army is not None:
        enlist, discharge = person.army
        row.update(
            enlistment_date=iso_month(enlist),
            discharge_date=iso_month(discharge),
            military_rank=pick(rng, ("binh_nhat", "ha_si", "trung_si", "thuong_si")),
            military_position=pick(rng, ("Chiến sĩ", "Tiểu đội phó", "Tiểu đội trưởng")),
            occupation_before_recruitment="Bộ đội xuất ngũ",
            revolution_date=iso_month(enlist),
        )
    if person.party_join is not None:
        day = rint(rng, 1, 28)
        row["party_join_date"] = iso_day(person.party_join, day)
        row["party_official_date"] = iso_day(person.party_join + 12, day)
        row["party_card_number"] = f"{rint(rng, 10_000_000, 99_999_999)}"
    if chance(rng, 0.03):
        row["policy_subject"] = pick(rng, POLICY)
    if chance(rng, 0.6):
        row["national_code"] = f"{rint(rng, 10**9, 10**10 - 1)}"
    if chance(rng, 0.7):
        area = rint(rng, 60, 250)
        row.update(
            housing=pick(rng, ("Nhà ở tự xây, 2 tầng", "Nhà ở tự xây, 3 tầng", "Căn hộ chung cư")),
            housing_area_m2=f"{area}.{rint(rng, 0, 9)}",
            housing_certificate=f"Giấy chứng nhận QSDĐ số CS {rint(rng, 1, 99999):05d}",
            land_area_m2=f"{rint(rng, area // 2 + 40, area + 120)}.0",
        )
    if chance(rng, 0.3):
        row["income_other_vnd"] = rint(rng, 10, 200) * 1_000_000
        row["income_other_sources"] = pick(
            rng, ("Cho thuê nhà", "Kinh doanh của gia đình", "Sản xuất nông nghiệp")
        )
    if chance(rng, 0.03):
        row["dossier_status"] = "incomplete"
        row["dossier_note"] = pick(rng, INCOMPLETE)
    return {name: value for name, value in row.items() if value is not None}


def add_dossier(ctx: Context, index: int, batch: Batch) -> None:
    """Draw dossier number ``index`` and append its rows to ``batch``."""
    person = draw_person(ctx, index)
    trainings, summary = training_rows(ctx, person)
    stints = plan(ctx, person)
    postings = posting_rows(ctx, person, stints)
    salaries, coefficient, beyond, since = salary_rows(ctx, person, stints)
    allowances, position = allowance_rows(ctx, person, stints, beyond, since)
    children = batch.children
    children["posting"] += postings
    children["salary_step"] += salaries
    children["allowance"] += allowances
    children["training"] += trainings
    children["membership"] += membership_rows(ctx, person)
    children["award"] += award_rows(ctx, person)
    facts = {
        "family": family_rows(ctx, person),
        "history_facts": history_rows(ctx, person),
        "disciplines": discipline_rows(ctx, person),
    }
    children["family_member"] += facts["family"]
    children["history_fact"] += facts["history_facts"]
    children["discipline"] += facts["disciplines"]
    children["evaluation"] += evaluation_rows(ctx, person)
    children["clearance"] += clearance_rows(ctx, person, facts)
    monthly = (coefficient + position) * BASE_SALARY_VND
    summary["income_salary_vnd"] = int(monthly * 12 // 1000 * 1000)
    honour = HONOURS.get(person.seat.key)  # Nhà giáo / Thầy thuốc Ưu tú, in their sector
    if honour is not None and person.post.rank <= 8 and chance(person.rng, 0.3):
        summary["honorary_title"] = honour
        summary["honorary_title_year"] = 2015 + 2 * rint(person.rng, 0, 5)
    batch.cadres.append(cadre_row(ctx, person, stints, summary))


def make_batch(ctx: Context, start: int, count: int) -> Batch:
    batch = Batch()
    for index in range(start, start + count):
        add_dossier(ctx, index, batch)
    return batch
