"""Đào tạo, bồi dưỡng: the six training tables of the current CV, and the summary fields of
the cadre (highest degree, political theory, state management, IT) that agree with them."""

from __future__ import annotations

from typing import Any

from cadre_desktop.services.demo.career import COLLEGES, UNIVERSITIES
from cadre_desktop.services.demo.chance import TODAY, chance, iso_month, one_of, rint
from cadre_desktop.services.demo.profile import Context, Person

ENGINEERS = ("Trường Đại học Xây dựng", "Trường Đại học Bách khoa Hà Nội")
MASTERS = {
    "Học viện Chính trị quốc gia Hồ Chí Minh": (
        "Kinh tế chính trị",
        "Xây dựng Đảng và chính quyền nhà nước",
    ),
    "Học viện Hành chính Quốc gia": ("Quản lý công", "Quản lý kinh tế"),
    "Trường Đại học Luật Hà Nội": ("Luật Hiến pháp và Luật Hành chính", "Luật Kinh tế"),
    "Trường Đại học Kinh tế Quốc dân": ("Quản lý kinh tế", "Kinh tế phát triển"),
}
ABROAD = (
    ("Đại học Quốc gia Úc", "Ô-xtrây-li-a", "Hội Sinh viên Việt Nam tại Ô-xtrây-li-a", "en"),
    (
        "Trường Đại học Tổng hợp Quốc gia Moskva",
        "Liên bang Nga",
        "Hội Sinh viên Việt Nam tại Liên bang Nga",
        "ru",
    ),
    ("Đại học Paris 1 Panthéon-Sorbonne", "Cộng hòa Pháp", "Hội Sinh viên Việt Nam tại Pháp", "fr"),
    ("Đại học Kyoto", "Nhật Bản", "Hội Sinh viên Việt Nam tại Nhật Bản", "ja"),
)
THEORY = {
    "so_cap": ("Trung tâm Chính trị huyện", "Giấy chứng nhận sơ cấp lý luận chính trị", 3),
    "trung_cap": (
        "Trường Chính trị tỉnh Hòa Sơn",
        "Bằng tốt nghiệp trung cấp lý luận chính trị - hành chính",
        9,
    ),
    "cao_cap": ("Học viện Chính trị khu vực I", "Bằng tốt nghiệp cao cấp lý luận chính trị", 14),
    "cu_nhan": ("Học viện Chính trị quốc gia Hồ Chí Minh", "Bằng cử nhân chính trị", 36),
}
MANAGEMENT = {
    "can_su": "Chứng chỉ bồi dưỡng ngạch cán sự",
    "chuyen_vien": "Chứng chỉ bồi dưỡng ngạch chuyên viên",
    "chuyen_vien_chinh": "Chứng chỉ bồi dưỡng ngạch chuyên viên chính",
    "chuyen_vien_cao_cap": "Chứng chỉ bồi dưỡng ngạch chuyên viên cao cấp",
}
ETHNIC_LANGUAGE = {
    "02": "tay",
    "03": "thai",
    "06": "muong",
    "07": "nung",
    "08": "mong",
    "09": "dao",
    "04": "hoa",
    "17": "cham",
}


def _theory_level(person: Person) -> str | None:
    rng, rank = person.rng, person.post.rank
    if rank <= 6:
        return "cu_nhan" if chance(rng, 0.1) else "cao_cap"
    if rank <= 8:
        return "cao_cap" if chance(rng, 0.5) else "trung_cap"
    if rank <= 10:
        return "trung_cap"
    roll = rng.random()
    return "trung_cap" if roll < 0.35 else ("so_cap" if roll < 0.8 else None)


def _management_level(person: Person) -> str | None:
    rng, rank = person.rng, person.post.rank
    if rank <= 5:
        return "chuyen_vien_cao_cap"
    if rank <= 8 and chance(rng, 0.7):
        return "chuyen_vien_chinh"
    if person.education in ("trung_cap", "cao_dang"):
        return "can_su" if chance(rng, 0.5) else None
    return "chuyen_vien" if chance(rng, 0.85) else None


def _when(rng: Any, person: Person, low_years: int, high_years: int, length: int) -> int:
    """A course start some years into the career, ending before the demo's today."""
    start = person.career_start + rint(rng, low_years * 12, high_years * 12)
    return min(start, TODAY - length - 1)


def training_rows(ctx: Context, person: Person) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Training rows and the cadre's summary fields (education_level, political_theory…)."""
    rng, catalogs = person.rng, ctx.world.catalogs
    rows: list[dict[str, Any]] = []
    if person.education == "ts" and person.career_start > TODAY - 132:
        person.education = "ths"  # no room for a doctorate in so short a career
    summary: dict[str, Any] = {"education_level": person.education}

    def add(kind: str, start: int, length: int, institution: str, **values: Any) -> None:
        rows.append(
            ctx.row(
                "training",
                person,
                len(rows),
                kind=kind,
                start=iso_month(start),
                end=iso_month(start + length),
                institution=institution,
                **values,
            )
        )

    first = person.education if person.education in ("trung_cap", "cao_dang") else "dai_hoc"
    schools = COLLEGES if first != "dai_hoc" else UNIVERSITIES
    school = one_of(rng, sorted(schools))
    major = one_of(rng, schools[school])
    person.extra["school"] = school
    years = {"trung_cap": 2, "cao_dang": 3}.get(first, 4)
    degree = {"trung_cap": "Trung cấp", "cao_dang": "Cao đẳng"}.get(first, "Cử nhân")
    if school in ENGINEERS:
        degree = "Kỹ sư"
    elif school == "Trường Đại học Y Hà Nội":
        degree = "Bác sĩ"
    add(
        "professional",
        person.study_start,
        years * 12 - 3,
        school,
        major=major,
        form="chinh_quy",
        qualification=degree,
        level=first,
    )
    summary["education_major"] = major
    abroad = None
    if person.education in ("ths", "ts"):
        start = (
            _when(rng, person, 1, 4, 24)
            if person.education == "ts"
            else _when(rng, person, 2, 12, 24)
        )
        if chance(rng, 0.1):
            abroad = one_of(rng, ABROAD)
            institution, form, major = abroad[0], "chinh_quy", "Chính sách công"
        else:
            institution = one_of(rng, sorted(MASTERS))
            form, major = "vua_lam_vua_hoc", one_of(rng, MASTERS[institution])
        add(
            "professional",
            start,
            24,
            institution,
            major=major,
            form=form,
            qualification="Thạc sĩ",
            level="ths",
            abroad=int(abroad is not None),
        )
        summary["education_major"] = major
        if abroad is not None and chance(rng, 0.6):
            person.extra["abroad"] = (abroad, start, start + 24)
        if person.education == "ts":
            phd = max(start + 25, min(start + 24 + rint(rng, 12, 60), TODAY - 49))
            add(
                "professional",
                phd,
                48,
                "Học viện Chính trị quốc gia Hồ Chí Minh",
                major=major,
                form="khong_tap_trung",
                qualification="Tiến sĩ",
                level="ts",
            )
            if chance(rng, 0.1):
                summary["academic_title"], summary["academic_title_year"] = "pgs", 2024
    theory = _theory_level(person)
    if theory is not None:
        if theory != "so_cap" and chance(rng, 0.4):
            add(
                "political_theory",
                _when(rng, person, 1, 3, 3),
                3,
                THEORY["so_cap"][0],
                form="boi_duong",
                qualification=THEORY["so_cap"][1],
                level="so_cap",
            )
        place, paper, length = THEORY[theory]
        low = {"so_cap": 1, "trung_cap": 3, "cao_cap": 8, "cu_nhan": 6}[theory]
        add(
            "political_theory",
            _when(rng, person, low, low + 8, length),
            length,
            place,
            form="tap_trung" if chance(rng, 0.5) else "khong_tap_trung",
            qualification=paper,
            level=theory,
        )
    summary["political_theory"] = theory
    management = _management_level(person)
    if management is not None:
        after = {"can_su": 1, "chuyen_vien": 1, "chuyen_vien_chinh": 8, "chuyen_vien_cao_cap": 14}
        add(
            "state_management",
            _when(rng, person, after[management], after[management] + 6, 3),
            3,
            "Học viện Hành chính Quốc gia"
            if management.endswith("cao_cap")
            else "Trường Chính trị tỉnh Hòa Sơn",
            form="boi_duong",
            qualification=MANAGEMENT[management],
            level=management,
        )
    summary["state_management"] = management
    if chance(rng, 0.6):
        grade = 2 if person.post.rank <= 5 else (3 if person.post.rank <= 8 else 4)
        add(
            "defence_security",
            _when(rng, person, 2, 15, 1),
            1,
            "Bộ Chỉ huy Quân sự tỉnh Hòa Sơn",
            form="boi_duong",
            qualification=f"Chứng chỉ bồi dưỡng kiến thức quốc phòng và an ninh đối tượng {grade}",
        )
    if major == "Công nghệ thông tin":
        summary["it_level"] = "dai_hoc"
    else:
        start = _when(rng, person, 0, 8, 3)
        modern = start >= 2015 * 12
        level = ("nang_cao" if chance(rng, 0.2) else "co_ban") if modern else one_of(rng, "abbbc")
        add(
            "it",
            start,
            3,
            "Trung tâm Tin học - Ngoại ngữ tỉnh Hòa Sơn",
            form="boi_duong",
            qualification=catalogs.label("it_level", level),
            level=level,
        )
        summary["it_level"] = level
    if abroad is not None:
        add(
            "language",
            _when(rng, person, 1, 2, 6),
            6,
            "Trung tâm Ngoại ngữ quốc tế",
            form="boi_duong",
            language=abroad[3],
            level="bac_5",
            qualification="Chứng chỉ bậc 5",
        )
    elif chance(rng, 0.85):
        start = _when(rng, person, 0, 10, 4)
        language = "en" if chance(rng, 0.85) else one_of(rng, ("fr", "ru", "zh", "ja", "ko"))
        modern = start >= 2015 * 12
        level = one_of(rng, ("bac_2", "bac_3", "bac_3", "bac_4")) if modern else one_of(rng, "abbc")
        add(
            "language",
            start,
            4,
            "Trung tâm Tin học - Ngoại ngữ tỉnh Hòa Sơn",
            form="boi_duong",
            language=language,
            level=level,
            qualification=f"Chứng chỉ {catalogs.label('foreign_language_level', level)}",
        )
    ethnic = ETHNIC_LANGUAGE.get(person.ethnicity)
    if ethnic is not None and chance(rng, 0.3) and catalogs.has("language", ethnic):
        add(
            "language",
            _when(rng, person, 1, 6, 3),
            3,
            "Trường Chính trị tỉnh Hòa Sơn",
            form="boi_duong",
            language=ethnic,
            qualification="Chứng chỉ tiếng dân tộc thiểu số",
        )
    born = person.birth_year
    summary["general_education"] = "10_10" if born <= 1966 and chance(rng, 0.5) else "12_12"
    return rows, summary
