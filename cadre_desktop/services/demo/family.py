"""Quan hệ gia đình: parents, spouse, children and siblings on the cadre's side; the
spouse's parents and siblings; a few relatives abroad and older ones deceased."""

from __future__ import annotations

from typing import Any

from cadre_desktop.services.demo.chance import TODAY_YEAR, Weighted, chance, one_of, rint
from cadre_desktop.services.demo.names import FEMALE, MALE
from cadre_desktop.services.demo.profile import Context, Person
from cadre_desktop.services.demo.world import Place

OLD_JOBS = ("Nông dân", "Hưu trí", "Cán bộ hưu trí", "Giáo viên nghỉ hưu", "Buôn bán nhỏ")
JOBS = {  # occupation → (post, workplace) patterns; {c} = commune, {d} = district
    "Giáo viên": ("Giáo viên", "Trường Trung học cơ sở {c}"),
    "Công chức": ("Chuyên viên", "Ủy ban nhân dân {c}"),
    "Viên chức": ("Điều dưỡng", "Trung tâm Y tế {d}"),
    "Bác sĩ": ("Bác sĩ", "Bệnh viện Đa khoa tỉnh Hòa Sơn"),
    "Kế toán": ("Kế toán viên", "Công ty Cổ phần Xây dựng Hòa Sơn"),
    "Công nhân": ("Công nhân", "Công ty TNHH May mặc Hòa Sơn"),
    "Kinh doanh tự do": (None, None),
    "Nông dân": (None, None),
    "Bộ đội": ("Đại úy", "Bộ Chỉ huy Quân sự tỉnh Hòa Sơn"),
}
ABROAD = (
    ("Nhật Bản", "Tỉnh Aichi, Nhật Bản", "Lao động"),
    ("Hàn Quốc", "Thành phố Busan, Hàn Quốc", "Lao động"),
    ("Cộng hòa Liên bang Đức", "Thành phố Leipzig, Cộng hòa Liên bang Đức", "Kinh doanh"),
    ("Hoa Kỳ", "Bang California, Hoa Kỳ", "Du học sinh"),
    ("Ô-xtrây-li-a", "Thành phố Melbourne, Ô-xtrây-li-a", "Du học sinh"),
    ("Cộng hòa Séc", "Thủ đô Praha, Cộng hòa Séc", "Kinh doanh"),
)
CHILDREN = Weighted(((0, 8), (1, 25), (2, 55), (3, 12)))
SIBLINGS = Weighted(((0, 5), (1, 25), (2, 35), (3, 22), (4, 13)))
IN_LAWS = Weighted(((0, 20), (1, 45), (2, 35)))
SIBLING_RELATION = {  # (side, sex, older) → relation code
    ("own", MALE, True): "anh_ruot",
    ("own", FEMALE, True): "chi_ruot",
    ("own", MALE, False): "em_trai",
    ("own", FEMALE, False): "em_gai",
    ("vo", MALE, True): "anh_vo",
    ("vo", FEMALE, True): "chi_vo",
    ("vo", MALE, False): "em_vo",
    ("vo", FEMALE, False): "em_vo",
    ("chong", MALE, True): "anh_chong",
    ("chong", FEMALE, True): "chi_chong",
    ("chong", MALE, False): "em_chong",
    ("chong", FEMALE, False): "em_chong",
}


def family_rows(ctx: Context, person: Person) -> list[dict[str, Any]]:
    rng, names, world = person.rng, ctx.world.names, ctx.world
    rows: list[dict[str, Any]] = []
    born = person.birth_year
    district = person.district
    residence_place = one_of(rng, world.new_communes[district])
    commune = one_of(rng, world.old_communes[district])
    place_name = _bare(world.districts[district].label)

    def add(
        side: str,
        relation: str,
        sex: str,
        year: int,
        family: str | None,
        home: Place,
        older: bool = True,
    ) -> None:
        full = names.person(rng, sex, family).full
        age = TODAY_YEAR - year
        values: dict[str, Any] = {
            "side": side,
            "relation": relation,
            "full_name": full,
            "birth_year": f"{year:04d}",
            "home_town": home.written,
        }
        if older and age > 55 and chance(rng, min(0.9, max(0.0, (age - 62) / 30))):
            values["deceased"] = 1
            values["death_year"] = f"{rint(rng, max(year + 45, born + 1), TODAY_YEAR - 1):04d}"
            values["occupation"] = one_of(rng, ("Nông dân", "Cán bộ hưu trí", "Buôn bán nhỏ"))
        else:
            values["residence"] = residence_place.written if chance(rng, 0.7) else home.written
            values.update(_occupation(rng, age, commune, place_name))
            if age >= 20 and relation not in ("vo", "chong") and chance(rng, 0.025):
                country, place, job = one_of(rng, ABROAD)
                values.update(
                    abroad=1,
                    country=country,
                    residence=place,
                    occupation=job,
                    post=None,
                    workplace=None,
                )
            if age > 40 and chance(rng, 0.25):
                values["organisations"] = "Đảng viên Đảng Cộng sản Việt Nam"
        rows.append(ctx.row("family_member", person, len(rows), **values))

    family = person.name.family
    father = born - rint(rng, 22, 36)
    mother = min(father + rint(rng, -2, 7), born - 19)
    add("own", "bo_de", MALE, father, family, person.home)
    add("own", "me_de", FEMALE, mother, None, one_of(rng, world.old_communes[district]))
    married = chance(rng, 0.92 if born <= 1993 else (0.6 if born <= 1997 else 0.3))
    spouse_sex = FEMALE if person.sex == MALE else MALE
    spouse_family = names.family.pick(rng)
    spouse_home = one_of(rng, world.old_communes[one_of(rng, sorted(world.old_communes))])
    spouse = born + rint(rng, 0, 6) if person.sex == MALE else born - rint(rng, 0, 6)
    if married:
        add(
            "own",
            "vo" if person.sex == MALE else "chong",
            spouse_sex,
            spouse,
            spouse_family,
            spouse_home,
            older=False,
        )
        year = max(born, spouse) + rint(rng, 24, 31)
        child_family = family if person.sex == MALE else spouse_family
        for _ in range(CHILDREN.pick(rng)):
            if year >= TODAY_YEAR:
                break
            sex = MALE if chance(rng, 0.52) else FEMALE
            relation = "con_trai" if sex == MALE else "con_gai"
            add("own", relation, sex, year, child_family, person.home, older=False)
            year += rint(rng, 2, 6)
    for _ in range(SIBLINGS.pick(rng)):
        offset = rng.choice((-1, 1)) * rint(rng, 1, 12)
        year = min(born + offset, mother + 44)
        if year == born or year < mother + 17:
            continue
        sex = MALE if chance(rng, 0.5) else FEMALE
        add("own", SIBLING_RELATION[("own", sex, year < born)], sex, year, family, person.home)
    if married:
        side = "vo" if person.sex == MALE else "chong"
        in_law = spouse - rint(rng, 24, 34)
        add("spouse", f"bo_{side}", MALE, in_law, spouse_family, spouse_home)
        add("spouse", f"me_{side}", FEMALE, in_law + rint(rng, 0, 6), None, spouse_home)
        for _ in range(IN_LAWS.pick(rng)):
            year = born + rng.choice((-1, 1)) * rint(rng, 1, 10)
            sex = MALE if chance(rng, 0.5) else FEMALE
            add(
                "spouse",
                SIBLING_RELATION[(side, sex, year < born)],
                sex,
                year,
                spouse_family,
                spouse_home,
            )
    return rows


def _bare(label: str) -> str:
    """ "Huyện Lam Điền" → "Lam Điền", as schools and clinics are named."""
    for prefix in ("Thành phố ", "Thị xã ", "Huyện ", "Xã ", "Phường ", "Thị trấn "):
        if label.startswith(prefix):
            return label[len(prefix) :]
    return label


def _occupation(rng: Any, age: int, commune: Place, district: str) -> dict[str, Any]:
    if age < 6:
        return {"occupation": "Còn nhỏ"}
    if age < 18:
        school = (
            "Tiểu học" if age < 11 else ("Trung học cơ sở" if age < 15 else "Trung học phổ thông")
        )
        return {"occupation": "Học sinh", "workplace": f"Trường {school} {district}"}
    if age < 23:
        return {"occupation": "Sinh viên", "workplace": "Trường Đại học Hòa Sơn"}
    if age >= 62:
        return {"occupation": one_of(rng, OLD_JOBS)}
    job = one_of(rng, sorted(JOBS))
    post, workplace = JOBS[job]
    where = commune.label[:1].lower() + commune.label[1:]
    return {
        "occupation": job,
        "post": post,
        "workplace": workplace.format(c=where, d=district) if workplace else None,
    }
