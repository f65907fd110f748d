# ruff: noqa: E501
"""Training plans on a hand-built store: the needs match the expected list (planned cadres
first), courses at the start or end of the year warn, assigning follows the rules, and a
completed course fills the cadre's training history."""

import datetime as dt

import pytest
from sqlalchemy import select

from cadre_desktop.domain.enums import CadreStatus, TrainingKind
from cadre_desktop.domain.model import AuditEntry, Cadre, PlanningEntry, Posting, Training
from cadre_desktop.domain.personnel import PlanningGroup
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import RefusedError
from cadre_desktop.services import courses
from cadre_desktop.services.training_needs import training_needs, training_progress
from cadre_desktop.storage.queries import load_dossier
from tests.dossiers import add_cadre

D = PartialDate.parse_vn
TODAY = dt.date(2026, 6, 1)


def _edit(store, cadre_id: str, change) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work(write=True) as uow:
        change(load_dossier(uow.session, cadre_id))


def _plan(cadre: Cadre, group: PlanningGroup, start: str) -> None:
    cadre.planning_entries.append(
        PlanningEntry(term_code="2025-2030", title_code="giam_doc_so", group=group, start=D(start))
    )


def _post(cadre: Cadre, title: str, start: str) -> None:
    cadre.postings[0].end = D(start)
    cadre.postings.append(Posting(start=D(start), title_code=title))


def hand_built(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """An: group 2, intermediate theory, no language, no IT. Bình: group 1 with everything.
    Cúc: a department director (a head) without the senior-specialist programme, not
    planned. Dũng: neither planned nor a head. Em: group 1, old level C English, IT level A."""
    ids = {name: add_cadre(store, given=name) for name in ("An", "Bình", "Cúc", "Dũng", "Em")}

    def an(c: Cadre) -> None:
        c.trainings[0].level = "trung_cap"
        _post(c, "pho_giam_doc_so", "01/01/2024")
        _plan(c, PlanningGroup.TWO, "01/02/2026")

    def binh(c: Cadre) -> None:
        _post(c, "pho_giam_doc_so", "01/01/2024")
        _plan(c, PlanningGroup.ONE, "01/02/2026")
        c.it_level = "co_ban"
        c.trainings.append(Training(kind=TrainingKind.LANGUAGE, institution="ĐH Ngoại ngữ",
                                    level="bac_3", language="en"))  # fmt: skip

    def cuc(c: Cadre) -> None:
        _post(c, "giam_doc_so", "01/06/2025")
        c.state_management = "chuyen_vien_chinh"

    def em(c: Cadre) -> None:
        _post(c, "pho_giam_doc_so", "01/01/2024")
        _plan(c, PlanningGroup.ONE, "01/03/2026")
        c.it_level = "a"
        c.trainings.append(Training(kind=TrainingKind.LANGUAGE, institution="Trung tâm Ngoại ngữ",
                                    level="c", language="en"))  # fmt: skip

    for name, change in (("An", an), ("Bình", binh), ("Cúc", cuc), ("Em", em)):
        _edit(store, ids[name], change)
    return ids


def test_training_needs_on_a_hand_built_store_match_the_expected_list(store) -> None:
    ids = hand_built(store)
    found = [(r.need.name.split()[-1], r.need.rule_id, r.need.due.strftime("%d/%m/%Y"), r.need.planned)
             for r in training_needs(store, TODAY)]  # fmt: skip
    assert found == [
        ("An", "TRAINING_NEED_THEORY", "01/02/2028", True),  # group 2: 24 months
        ("An", "TRAINING_NEED_IT", "01/02/2028", True),
        ("Em", "TRAINING_NEED_IT", "01/03/2028", True),
        ("An", "TRAINING_NEED_LANGUAGE", "01/02/2029", True),
        ("Cúc", "TRAINING_NEED_SENIOR_SPECIALIST", "01/06/2027", False),  # planned come first
    ]
    assert ids["Dũng"] not in {r.need.cadre_id for r in training_needs(store, TODAY)}
    progress = training_progress(store, TODAY)
    assert progress["TRAINING_NEED_THEORY"] == {"total": 3, "met": 2, "assigned": 0, "open": 1}
    assert progress["TRAINING_NEED_SENIOR_SPECIALIST"] == {
        "total": 1,
        "met": 0,
        "assigned": 0,
        "open": 1,
    }


def _course(**changes) -> courses.CourseDraft:  # type: ignore[no-untyped-def]
    base = {"name": "Cao cấp lý luận chính trị K75", "kind": TrainingKind.POLITICAL_THEORY,
            "institution": "Học viện Chính trị khu vực I", "start": D("02/03/2026"),
            "end": D("30/10/2026"), "level": "cao_cap", "capacity": 2}  # fmt: skip
    return courses.CourseDraft(**{**base, **changes})


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("02/01/2027", "30/04/2027", ["COURSE_YEAR_START"]),
        ("01/09/2026", "28/12/2026", ["COURSE_YEAR_END"]),
        ("15/01/2027", "30/04/2027", ["COURSE_YEAR_START"]),  # the last day of the window
        ("16/01/2027", "30/04/2027", []),
        ("01/09/2026", "17/12/2026", ["COURSE_YEAR_END"]),
        ("01/09/2026", "16/12/2026", []),
        ("20/12/2026", "10/01/2027", ["COURSE_YEAR_START", "COURSE_YEAR_END"]),
    ],
)
def test_courses_at_the_start_or_end_of_the_year_warn(store, start, end, expected) -> None:  # type: ignore[no-untyped-def]
    draft = _course(start=D(start), end=D(end))
    assert courses.check_course(store, draft).ids() == expected
    course_id = courses.add_course(store, draft)  # a warning does not refuse
    [row] = [c for c in courses.list_courses(store) if c["id"] == course_id]
    assert [w["rule"] for w in row["warnings"]] == expected


def test_the_windows_are_provincial_parameters_an_administrator_may_change(store) -> None:
    from cadre_desktop.services.rule_params import set_parameter

    draft = _course(start=D("02/01/2027"), end=D("30/04/2027"))
    assert courses.check_course(store, draft).ids() == ["COURSE_YEAR_START"]
    set_parameter(
        store, "training_window_start", "1", reason="Tỉnh ủy cho phép khai giảng từ 02/01"
    )
    assert courses.check_course(store, draft).ids() == []


def test_a_course_cannot_end_before_it_starts(store) -> None:
    with pytest.raises(RefusedError) as refused:
        courses.add_course(store, _course(start=D("02/03/2026"), end=D("01/03/2026")))
    assert refused.value.rule_ids == ["COURSE_DATES"]


def test_assigning_from_the_needs_then_completing_fills_the_training_history(store) -> None:
    ids = hand_built(store)
    course_id = courses.add_course(store, _course(capacity=1))
    [enrollment] = courses.assign_needs(store, course_id, D("01/06/2026"))
    [row] = courses.course_enrollments(store, course_id)
    assert (row["id"], row["cadre"], row["need"]) == (enrollment, ids["An"], "TRAINING_NEED_THEORY")
    theory = next(
        r for r in training_needs(store, TODAY) if r.need.rule_id == "TRAINING_NEED_THEORY"
    )
    assert theory.need.course is not None and theory.need.course.course_id == course_id
    with pytest.raises(RefusedError) as full:  # one place, taken
        courses.assign(store, course_id, [ids["Cúc"]], D("01/06/2026"))
    assert full.value.rule_ids == ["COURSE_FULL"]  # only blocking rules refuse
    [training_id] = courses.complete(
        store, course_id, D("30/10/2026"), qualification="Bằng cao cấp LLCT"
    )
    with store.unit_of_work() as uow:
        cadre = load_dossier(uow.session, ids["An"])
        line = next(t for t in cadre.trainings if t.id == training_id)
        assert (line.kind, line.level, line.institution, line.start, line.end) == (
            TrainingKind.POLITICAL_THEORY, "cao_cap", "Học viện Chính trị khu vực I",
            D("02/03/2026"), D("30/10/2026"),
        )  # fmt: skip
    rules = [(r.need.name.split()[-1], r.need.rule_id) for r in training_needs(store, TODAY)]
    assert ("An", "TRAINING_NEED_THEORY") not in rules


def test_only_working_cadres_are_sent_and_overlaps_warn(store) -> None:
    ids = hand_built(store)
    first = courses.add_course(store, _course())
    second = courses.add_course(
        store,
        _course(name="Bồi dưỡng QP-AN đối tượng 2", kind=TrainingKind.DEFENCE_SECURITY, level=None),
    )
    courses.assign(store, first, [ids["An"]], D("01/02/2026"))
    [enrollment] = courses.assign(store, second, [ids["An"]], D("01/02/2026"))
    with store.unit_of_work() as uow:
        warned = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "confirmed_with_warnings", AuditEntry.entity_id == enrollment
            )
        ).one()
        assert warned.changes["rules"] == ["ENROLL_OVERLAP"]
    _edit(store, ids["Dũng"], lambda c: setattr(c, "status", CadreStatus.RETIRED))
    with pytest.raises(RefusedError) as retired:
        courses.assign(store, second, [ids["Dũng"]], D("01/02/2026"))
    assert retired.value.rule_ids == ["ENROLL_INACTIVE"]
