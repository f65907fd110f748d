"""Demo training plans: courses of every kind (two at the start or end of a year, one with its
dates the wrong way round), assignments from the needs with cadres in planning first, refused
and warned assignments, and a completed course that fills the training history."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

from cadre_desktop.domain.enums import TrainingKind
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import CadreError
from cadre_desktop.services import courses
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import personnel as pq
from cadre_desktop.storage.queries import load_dossiers

T = TypeVar("T")
D = PartialDate.parse_vn
K = TrainingKind
CITY = "Thành phố Hòa Sơn"
SCHOOL = "Trường Chính trị tỉnh Hòa Sơn"
COURSES = (
    ("Cao cấp lý luận chính trị hệ không tập trung khóa 2026-2027", K.POLITICAL_THEORY, "cao_cap",
     None, "Học viện Chính trị khu vực I", "02/03/2026", "30/11/2026", 10),
    ("Bồi dưỡng ngạch chuyên viên cao cấp", K.STATE_MANAGEMENT, "chuyen_vien_cao_cap", None,
     "Học viện Hành chính Quốc gia", "05/01/2027", "28/02/2027", 2),
    ("Tiếng Anh giao tiếp bậc 3", K.LANGUAGE, "bac_3", "en", SCHOOL, "01/09/2026", "28/12/2026",
     20),
    ("Tin học ứng dụng cơ bản", K.IT, "co_ban", None, "Trung tâm Tin học - Ngoại ngữ tỉnh Hòa Sơn",
     "06/04/2026", "30/04/2026", 2),
    ("Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 2", K.DEFENCE_SECURITY, None, None,
     "Bộ Chỉ huy Quân sự tỉnh Hòa Sơn", "04/05/2026", "15/05/2026", None),
    ("Lớp bồi dưỡng chuyển đổi số (đăng ký sai ngày)", K.OTHER, None, None, SCHOOL, "20/06/2026",
     "10/06/2026", 30),
)  # fmt: skip


def _try(action: Callable[[], T]) -> T | None:
    try:
        return action()
    except CadreError:
        return None


def _gaps(store: Store, planned: list[str]) -> None:
    """Some dossiers lack what the rules need, so that every need has a case: three
    directors in post since before 2024 without the senior-specialist programme (one of them
    past the due date without a course), three planned cadres with only the old IT level A."""
    with store.unit_of_work() as uow:
        held = pq.oldest_holders(uow.session, ["giam_doc_so"], 40)
    directors = [c for c, start in held if start.earliest().year < 2024][:3]
    lowered = {
        K.STATE_MANAGEMENT: ("state_management", "chuyen_vien_chinh"),
        K.IT: ("it_level", "a"),
    }
    with store.unit_of_work(write=True, reason="demo data") as uow:
        for kind, ids in ((K.STATE_MANAGEMENT, directors), (K.IT, planned[6:9])):
            field, level = lowered[kind]
            for cadre in load_dossiers(uow.session, ids):
                setattr(cadre, field, level)
                for row in cadre.trainings:
                    if row.kind is kind:
                        row.level = level


def generate_courses(store: Store, retired: str, holder: str, planned: list[str]) -> None:
    """``holder`` is a planned cadre who holds advanced political theory already."""
    _gaps(store, planned)
    made = []
    for name, kind, level, language, institution, start, end, places in COURSES:
        draft = courses.CourseDraft(
            name, kind, institution, D(start), D(end), level, language,
            provincial=kind is K.OTHER, place=CITY, capacity=places,
        )  # fmt: skip
        made.append(_try(partial(courses.add_course, store, draft)))  # the last one is refused
    theory, senior, english, it, defence, _wrong = made
    day = D("01/02/2026")

    def assign(course: str | None, cadre_id: str) -> None:
        if course:
            _try(partial(courses.assign, store, course, [cadre_id], day))

    for course in (theory, senior, english, it):
        if course:
            _try(partial(courses.assign_needs, store, course, day))  # planned cadres first
    assign(senior, holder)  # full
    assign(theory, holder)  # holds the level already: a warning
    assign(defence, holder)  # at the same time as the theory course: a warning
    assign(theory, retired)  # not working: refused
    if it:
        certificate = "Chứng chỉ ứng dụng công nghệ thông tin cơ bản"
        _try(partial(courses.complete, store, it, D("30/04/2026"), qualification=certificate))
        assign(it, holder)  # completed already: refused
