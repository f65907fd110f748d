"""Work history (Tóm tắt quá trình công tác): study, army service and a career of posts that
climbs to the post held now, with the 2025 reform respected: district and old-commune
posts end by 30/06/2025, posts in the new communes start on 01/07/2025 or later."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from cadre_desktop.services.demo.chance import (
    LAST_DISTRICT_MONTH,
    REFORM,
    TODAY,
    chance,
    day_in,
    iso_month,
    one_of,
    rint,
)
from cadre_desktop.services.demo.posts import Post, Seat
from cadre_desktop.services.demo.profile import Context, Person
from cadre_desktop.services.demo.titles import STAFF

UNIVERSITIES = {
    "Học viện Hành chính Quốc gia": ("Hành chính học", "Quản lý nhà nước"),
    "Trường Đại học Luật Hà Nội": ("Luật học", "Luật kinh tế"),
    "Trường Đại học Kinh tế Quốc dân": ("Kinh tế", "Quản trị kinh doanh", "Kế toán"),
    "Học viện Tài chính": ("Tài chính - Ngân hàng", "Kế toán"),
    "Trường Đại học Sư phạm Hà Nội": ("Sư phạm Ngữ văn", "Sư phạm Toán học", "Sư phạm Lịch sử"),
    "Trường Đại học Nông nghiệp Hà Nội": ("Kinh tế nông nghiệp", "Khoa học cây trồng"),
    "Trường Đại học Xây dựng": ("Kỹ thuật xây dựng", "Kiến trúc"),
    "Học viện Báo chí và Tuyên truyền": ("Xây dựng Đảng và chính quyền nhà nước", "Báo chí"),
    "Trường Đại học Khoa học Xã hội và Nhân văn": ("Xã hội học", "Lịch sử", "Triết học"),
    "Trường Đại học Bách khoa Hà Nội": ("Công nghệ thông tin", "Kỹ thuật điện"),
    "Trường Đại học Y Hà Nội": ("Y đa khoa", "Y tế công cộng"),
}
COLLEGES = {
    "Trường Cao đẳng Sư phạm Hòa Sơn": ("Sư phạm Tiểu học", "Sư phạm Toán - Lý"),
    "Trường Trung cấp Kinh tế - Kỹ thuật Hòa Sơn": ("Kế toán", "Quản lý đất đai"),
}
ARMY_UNITS = (
    "Sư đoàn 312, Quân đoàn 1",
    "Trung đoàn 42, Bộ Chỉ huy Quân sự tỉnh Hòa Sơn",
    "Lữ đoàn 454, Quân khu 3",
    "Sư đoàn 968, Quân khu 4",
)


@dataclass(frozen=True)
class Stint:
    seat: Seat
    post: Post
    start: int  # months
    end: int | None


def _boundaries(rng: random.Random, start: int, final_start: int, local: bool) -> list[int]:
    """Start months of the posts before the final one, at least a year apart."""
    span = final_start - start
    count = max(0, min(6, round(span / (12 * rng.uniform(3.5, 6.5)))))
    cuts = sorted({start + rint(rng, 12, max(12, span - 12)) for _ in range(count)})
    marks = [start]
    for cut in cuts:
        if cut - marks[-1] >= 12 and final_start - cut >= 12:
            marks.append(cut)
    if local and start < REFORM < final_start:
        marks = [m for m in marks if abs(m - REFORM) >= 6 or m == start] + [REFORM]
        marks = sorted(set(marks))
    return marks


def _final_start(rng: random.Random, person: Person) -> int:
    """When the post held now began: new-commune posts at the reform or later."""
    if person.seat.level == "commune":
        return REFORM if chance(rng, 0.8) else rint(rng, REFORM + 1, TODAY - 1)
    if person.leader:
        low = max(person.career_start + 60, TODAY - 72)
    else:
        low = person.career_start + (0 if chance(rng, 0.25) else 24)
    low = min(low, TODAY - 6)
    return rint(rng, low, TODAY - 6)


def _seat_for(ctx: Context, rng: random.Random, person: Person, start: int, end: int) -> Seat:
    seats = ctx.seats
    district = person.district
    if person.track == "local" and end <= LAST_DISTRICT_MONTH:
        if chance(rng, 0.45) and seats.old_commune.get(district):
            return one_of(rng, one_of(rng, seats.old_commune[district]))
        return one_of(rng, seats.district[district])
    if person.track == "local" and start >= REFORM:
        return one_of(rng, seats.commune[district])
    if end <= LAST_DISTRICT_MONTH and chance(rng, 0.2):
        return one_of(rng, seats.district[district])
    return one_of(rng, seats.province)


def plan(ctx: Context, person: Person) -> list[Stint]:
    """The posts of a career, oldest first; the last one is the post held now."""
    rng = person.rng
    final_start = _final_start(rng, person)
    local = person.track == "local"
    marks = _boundaries(rng, person.career_start, final_start, local)
    if marks[-1] >= final_start:
        marks = marks[:-1] or [person.career_start]
    if final_start - marks[-1] < 1:  # the final post starts with the career
        marks = []
    stints: list[Stint] = []
    peak = person.post.rank
    previous: Seat | None = None
    for i, start in enumerate(marks):
        end = (marks[i + 1] if i + 1 < len(marks) else final_start) - 1
        share = ((i + 1) / (len(marks) + 1)) ** 1.2
        rank = max(peak, round(STAFF - (STAFF - peak) * share * rng.uniform(0.75, 1.0)))
        if previous is not None and chance(rng, 0.55) and _valid(previous, start, end):
            seat = previous
        else:
            seat = _seat_for(ctx, rng, person, start, end)
        lowest = 5 if seat.level != "old_commune" else 9
        stints.append(Stint(seat, seat.post_for(rng, rank, lowest=max(lowest, peak)), start, end))
        previous = seat
    stints.append(Stint(person.seat, person.post, final_start, None))
    return stints


def _valid(seat: Seat, start: int, end: int) -> bool:
    if seat.level in ("district", "old_commune"):
        return end <= LAST_DISTRICT_MONTH
    if seat.level == "commune":
        return start >= REFORM
    return True


def decision(
    ctx: Context, rng: random.Random, seat: Seat, post: Post, start: int
) -> dict[str, Any]:
    number, body = seat.number, seat.body
    provincial_leader = seat.level == "province" and seat.kind == "state" and post.rank <= 6
    if provincial_leader and "HĐND" not in number:  # appointed by the People's Committee
        number, body = "{n}/QĐ-UBND", "Ủy ban nhân dân tỉnh Hòa Sơn"
    return {
        "decision_number": number.format(n=rint(rng, 12, 2899)),
        "decision_date": day_in(rng, start - 1),
        "decision_signer": ctx.signer(rng),
        "decision_body": body,
    }


def posting_rows(ctx: Context, person: Person, stints: list[Stint]) -> list[dict[str, Any]]:
    rng = person.rng
    rows: list[dict[str, Any]] = []

    def add(**values: Any) -> None:
        rows.append(ctx.row("posting", person, len(rows), **values))

    if person.army is not None:
        enlist, discharge = person.army
        add(
            start=iso_month(enlist),
            end=iso_month(discharge),
            kind="army",
            unit_name=one_of(rng, ARMY_UNITS),
            title_name="Chiến sĩ",
        )
    school = person.extra["school"]
    if chance(rng, 0.5):
        add(
            start=iso_month(person.study_start),
            end=iso_month(person.career_start - 1),
            kind="study",
            unit_name=school,
            title_name="Sinh viên",
        )
    for stint in stints:
        seat, post = stint.seat, stint.post
        add(
            start=iso_month(stint.start),
            end=None if stint.end is None else iso_month(stint.end),
            kind=seat.kind,
            unit_id=seat.unit_id,
            unit_name=seat.unit_name,
            title_code=post.code,
            title_name=post.title,
            **decision(ctx, rng, seat, post, stint.start),
        )
    final = stints[-1]
    committee = _committee(ctx, final)
    if committee is not None and chance(rng, 0.8):
        unit_id, code, title, body = committee
        signed = decision(ctx, rng, final.seat, final.post, final.start)
        signed.update(decision_number=f"{rint(rng, 12, 899)}-QĐ/TU", decision_body=body)
        add(
            start=iso_month(final.start),
            kind="committee",
            unit_id=unit_id,
            title_code=code,
            title_name=title,
            concurrent=1,
            **signed,
        )
    return rows


def _committee(ctx: Context, stint: Stint) -> tuple[str, str, str, str] | None:
    """The Party-committee seat that goes with a senior post (held concurrently)."""
    rank, seat = stint.post.rank, stint.seat
    if seat.level == "province" and rank <= 5 and seat.key != "TU":
        code, title = (
            ("uy_vien_btv_tinh_uy", "Ủy viên Ban Thường vụ")
            if rank <= 4
            else ("tinh_uy_vien", "Tỉnh ủy viên")
        )
        return ctx.world.root.id, code, title, "Ban Chấp hành Đảng bộ tỉnh Hòa Sơn"
    if seat.level == "commune" and rank <= 8 and seat.unit_id is not None and seat.kind != "party":
        code, title = (
            ("uy_vien_btv_dang_uy_xa", "Ủy viên Ban Thường vụ Đảng ủy")
            if rank <= 7
            else ("uy_vien_bch_dang_bo_xa", "Đảng ủy viên")
        )
        return seat.unit_id, code, title, "Ban Thường vụ Tỉnh ủy Hòa Sơn"
    return None
