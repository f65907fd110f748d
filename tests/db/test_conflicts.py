"""Conflicts between two real stores, resolved on one: chosen values applied, a version that
dominates both sides, audited, closed once; deletions both ways; the gate; the printed mark."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.model import (
    AuditEntry,
    Cadre,
    Conflict,
    DossierTick,
    Evaluation,
    EvaluationCheck,
    FamilyMember,
    PlanningEntry,
    Posting,
    Tombstone,
    Training,
)
from cadre_desktop.domain.personnel import PlanningGroup
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import CheckState, EvaluationStatus
from cadre_desktop.errors import RefusedError, UsageError
from cadre_desktop.services import conflicts, printing
from cadre_desktop.storage.queries import load_dossier
from cadre_desktop.sync.vectors import covers as dominates
from cadre_desktop.sync.vectors import merged as merge_versions
from tests.conflict_helpers import copy_dossier, record_conflict, second_store
from tests.dossiers import add_cadre

MARK = "đang có xung đột"


@pytest.fixture
def pair(store: Any, tmp_path: Path) -> Any:
    """(A, B, cadre id): one dossier made in A and copied to B."""
    other = second_store(tmp_path)
    cadre_id = add_cadre(store)
    copy_dossier(store, other, cadre_id, tmp_path)
    yield store, other, cadre_id
    other.close()


def _edit(store: Any, cadre_id: str, change: Any) -> None:
    with store.unit_of_work(write=True) as uow:
        change(load_dossier(uow.session, cadre_id))


def _version(store: Any, cls: type[Any], row_id: str) -> dict[str, int]:
    with store.unit_of_work() as uow:
        obj = uow.session.get(cls, row_id)
        return dict(obj.version if obj is not None else uow.session.get(Tombstone, row_id).version)


def _conflict(store: Any, conflict_id: str) -> Conflict:
    with store.unit_of_work() as uow:
        return uow.session.get(Conflict, conflict_id)


def _resolutions(store: Any) -> list[AuditEntry]:
    with store.unit_of_work() as uow:
        return list(uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "resolve")))


def _usage(msgid_part: str, call: Any) -> None:
    """The call is refused as a usage error whose sentence (its English msgid) says so."""
    with pytest.raises(UsageError) as refused:
        call()
    assert msgid_part in refused.value.msgid.format(**refused.value.params)


def _set(attr: str, value: Any) -> Any:
    return lambda cadre: setattr(cadre, attr, value)


def test_merged_versions_dominate_both() -> None:
    merged = merge_versions({"a": 3, "b": 1}, {"b": 4, "c": 2}, None)
    assert merged == {"a": 3, "b": 4, "c": 2}
    assert dominates(merged, {"a": 3, "b": 1}) and dominates(merged, {"b": 4, "c": 2})
    assert not dominates({"a": 3}, {"a": 3, "b": 1})


def test_typed_values_come_back_from_plain_json() -> None:
    from decimal import Decimal

    from cadre_desktop.domain.enums import Sex
    from cadre_desktop.domain.model import SalaryStep
    from cadre_desktop.storage.audit import plain
    from cadre_desktop.sync.resolve import typed_values

    cadre = typed_values(Cadre, {"sex": "F", "birth_date": "1975-03", "height_cm": 160,
                                 "income_salary_vnd": 12_000_000, "unknown": 1})  # fmt: skip
    assert cadre == {"sex": Sex.FEMALE, "birth_date": PartialDate(1975, 3), "height_cm": 160,
                     "income_salary_vnd": 12_000_000}  # fmt: skip
    step = typed_values(SalaryStep, {"coefficient": "4.98", "cadre_id": "x" * 36})
    assert step == {"coefficient": Decimal("4.98"), "cadre_id": "x" * 36}
    member = typed_values(FamilyMember, {"deceased": True, "birth_year": "1948"})
    assert member == {"deceased": True, "birth_year": PartialDate(1948)}
    from cadre_desktop.domain.model import TargetSet

    entered = typed_values(TargetSet, {"entered_at": "2026-01-05T08:30:00+00:00"})["entered_at"]
    assert plain(entered) == "2026-01-05T08:30:00+00:00" and entered.tzinfo is not None
    with pytest.raises(ValueError):
        typed_values(FamilyMember, {"deceased": "yes"})


def test_an_identity_edit_on_both_sides_resolved_with_theirs(pair: Any) -> None:
    a, b, cadre_id = pair
    _edit(a, cadre_id, _set("other_names", "Tư Hùng"))
    _edit(b, cadre_id, _set("other_names", "Ba Hùng"))
    theirs, before = _version(a, Cadre, cadre_id), _version(b, Cadre, cadre_id)
    assert not dominates(theirs, before) and not dominates(before, theirs)  # concurrent
    conflict_id = record_conflict(b, a, Cadre, cadre_id, cadre_id)
    [view] = conflicts.open_conflicts(b)
    assert (view.kind, view.section, view.cadre_name) == ("edit", "identity", "Nguyễn Văn Đức")
    assert view.section_title == "Thông tin cá nhân" and view.peer == a.instance_id
    first = view.fields[0]
    assert (first.attr, first.mine, first.theirs, first.differs) == (
        "other_names", "Ba Hùng", "Tư Hùng", True,
    )  # fmt: skip
    assert [f.attr for f in view.fields if f.differs] == ["other_names"]
    assert view.field("birth_date").mine == "02/03/1975"  # dd/mm/yyyy
    assert view.field("ethnicity").mine == "Kinh"  # the catalog's label
    assert conflicts.conflict_sections(b, cadre_id) == {"identity"}

    changes = conflicts.resolve(b, conflict_id, "theirs", "Theo quyết định của Ban")
    assert changes.cadres == {cadre_id}
    with b.unit_of_work() as uow:
        assert uow.session.get(Cadre, cadre_id).other_names == "Tư Hùng"
    after = _version(b, Cadre, cadre_id)
    assert dominates(after, theirs) and dominates(after, before) and after != before
    assert after[b.instance_id] > before[b.instance_id]
    closed = _conflict(b, conflict_id)
    assert closed.resolved_at is not None
    assert closed.resolution == {
        "choice": "theirs",
        "reason": "Theo quyết định của Ban",
        "version": after,
    }
    [entry] = _resolutions(b)
    assert (entry.entity, entry.entity_id, entry.cadre_id) == (
        "sync_conflict",
        conflict_id,
        cadre_id,
    )
    assert entry.changes["@version"] == after and entry.reason == "Theo quyết định của Ban"
    assert conflicts.open_conflicts(b) == [] and conflicts.conflict_sections(b, cadre_id) == set()
    _usage("already resolved", lambda: conflicts.resolve(b, conflict_id, "mine", None))
    assert len(_resolutions(b)) == 1


def test_keeping_mine_still_makes_a_new_version_that_travels(pair: Any) -> None:
    a, b, cadre_id = pair
    _edit(a, cadre_id, _set("phone", "0912345678"))
    _edit(b, cadre_id, _set("phone", "0987654321"))
    conflict_id = record_conflict(b, a, Cadre, cadre_id, cadre_id)
    with b.unit_of_work() as uow:
        tick_before = uow.session.get(DossierTick, cadre_id).tick
    theirs, before = _version(a, Cadre, cadre_id), _version(b, Cadre, cadre_id)
    conflicts.resolve(b, conflict_id, "mine")
    after = _version(b, Cadre, cadre_id)
    assert dominates(after, theirs) and dominates(after, before) and after != before
    with b.unit_of_work() as uow:
        assert uow.session.get(Cadre, cadre_id).phone == "0987654321"
        assert uow.session.get(DossierTick, cadre_id).tick > tick_before  # the next bundle has it


def test_a_history_row_resolved_field_by_field(pair: Any) -> None:
    a, b, cadre_id = pair
    with a.unit_of_work() as uow:
        post_id = load_dossier(uow.session, cadre_id).postings[0].id

    def there(cadre: Cadre) -> None:
        cadre.postings[0].title_name, cadre.postings[0].unit_name = "Trưởng ban", "Ban Tổ chức"

    _edit(a, cadre_id, there)
    _edit(b, cadre_id, lambda c: setattr(c.postings[0], "title_name", "Phó Trưởng ban thường trực"))
    conflict_id = record_conflict(b, a, Posting, post_id, cadre_id)
    [view] = conflicts.open_conflicts(b, cadre_id)
    assert view.section == "postings" and view.section_title == "Tóm tắt quá trình công tác"
    assert "01/2020" in view.row_text and {"title_name", "unit_name"} <= {
        f.attr for f in view.fields if f.differs
    }
    assert view.field("title_name").editable and not view.field("kind").editable
    choice = {
        "title_name": ("value", "Trưởng ban (kiêm)"),
        "unit_name": "theirs",
        "start": ("value", PartialDate(2019, 12)),
    }
    conflicts.resolve(b, conflict_id, choice, "Ghép hai bản")
    with b.unit_of_work() as uow:
        post = uow.session.get(Posting, post_id)
        assert (post.title_name, post.unit_name, post.start) == (
            "Trưởng ban (kiêm)", "Ban Tổ chức", PartialDate(2019, 12),
        )  # fmt: skip
        assert dominates(post.version, _version(a, Posting, post_id))
    resolution = _conflict(b, conflict_id).resolution
    assert resolution["choice"]["start"] == ["value", "2019-12"]


def test_wrong_choices_and_values_change_nothing(pair: Any) -> None:
    a, b, cadre_id = pair
    _edit(a, cadre_id, _set("ethnicity", "02"))
    _edit(b, cadre_id, _set("ethnicity", "03"))
    conflict_id = record_conflict(b, a, Cadre, cadre_id, cadre_id)
    before = _version(b, Cadre, cadre_id)
    _usage("one of mine, theirs", lambda: conflicts.resolve(b, conflict_id, "delete"))
    _usage("no field", lambda: conflicts.resolve(b, conflict_id, {"no_such_field": "mine"}))
    _usage(
        "cannot be saved", lambda: conflicts.resolve(b, conflict_id, {"ethnicity": ("value", "zz")})
    )
    _usage("No conflict", lambda: conflicts.resolve(b, "0" * 36, "mine"))
    assert _version(b, Cadre, cadre_id) == before and _conflict(b, conflict_id).resolved_at is None


def _family_id(store: Any, cadre_id: str) -> str:
    with store.unit_of_work() as uow:
        return load_dossier(uow.session, cadre_id).family[0].id


def _deleted_there(pair: Any) -> tuple[str, str]:
    a, b, cadre_id = pair
    member_id = _family_id(a, cadre_id)
    _edit(a, cadre_id, lambda c: c.family.clear())
    _edit(b, cadre_id, lambda c: setattr(c.family[0], "occupation", "Hưu trí"))
    return member_id, record_conflict(b, a, FamilyMember, member_id, cadre_id)


def test_deleted_there_edited_here_delete(pair: Any) -> None:
    a, b, cadre_id = pair
    member_id, conflict_id = _deleted_there(pair)
    [view] = conflicts.open_conflicts(b)
    assert view.kind == "deleted_there" and view.choices == ("keep", "delete")
    assert view.section == "family" and "Nguyễn Văn Bình" in view.row_text
    assert view.field("occupation").mine == "Hưu trí" and view.field("occupation").theirs == ""
    theirs, mine = _version(a, FamilyMember, member_id), _version(b, FamilyMember, member_id)
    conflicts.resolve(b, conflict_id, "delete", "Đã xác minh")
    with b.unit_of_work() as uow:
        assert uow.session.get(FamilyMember, member_id) is None
        tombstone = uow.session.get(Tombstone, member_id)
        assert dominates(tombstone.version, theirs) and dominates(tombstone.version, mine)
        assert load_dossier(uow.session, cadre_id).family == []


def test_deleted_there_edited_here_keep(pair: Any) -> None:
    a, b, _cadre_id = pair
    member_id, conflict_id = _deleted_there(pair)
    theirs, mine = _version(a, FamilyMember, member_id), _version(b, FamilyMember, member_id)
    conflicts.resolve(b, conflict_id, "keep")
    with b.unit_of_work() as uow:
        member = uow.session.get(FamilyMember, member_id)
        assert member.occupation == "Hưu trí"
        assert dominates(member.version, theirs) and dominates(member.version, mine)
        assert member.version != mine


def _deleted_here(pair: Any) -> tuple[str, str]:
    a, b, cadre_id = pair
    with a.unit_of_work() as uow:
        training_id = load_dossier(uow.session, cadre_id).trainings[0].id
    _edit(a, cadre_id, lambda c: setattr(c.trainings[0], "major", "Chính trị học"))
    _edit(b, cadre_id, lambda c: c.trainings.clear())
    return training_id, record_conflict(b, a, Training, training_id, cadre_id)


def test_deleted_here_edited_there_restore(pair: Any) -> None:
    a, b, cadre_id = pair
    training_id, conflict_id = _deleted_here(pair)
    [view] = conflicts.open_conflicts(b)
    assert view.kind == "deleted_here" and view.field("major").theirs == "Chính trị học"
    theirs, mine = _version(a, Training, training_id), _version(b, Tombstone, training_id)
    conflicts.resolve(b, conflict_id, "restore")
    with b.unit_of_work() as uow:
        [training] = load_dossier(uow.session, cadre_id).trainings
        assert (training.id, training.major, training.level) == (
            training_id,
            "Chính trị học",
            "cao_cap",
        )
        assert dominates(training.version, theirs) and dominates(training.version, mine)
        assert uow.session.get(Tombstone, training_id) is None


def test_deleted_here_edited_there_keep_deleted(pair: Any) -> None:
    a, b, _cadre_id = pair
    training_id, conflict_id = _deleted_here(pair)
    theirs, mine = _version(a, Training, training_id), _version(b, Tombstone, training_id)
    conflicts.resolve(b, conflict_id, "keep_deleted", "Khai trùng")
    with b.unit_of_work() as uow:
        assert uow.session.get(Training, training_id) is None
        tombstone = uow.session.get(Tombstone, training_id)
        assert dominates(tombstone.version, theirs) and dominates(tombstone.version, mine)
        assert tombstone.version != mine and tombstone.origin == b.instance_id


def test_a_restored_planning_entry_passes_the_political_standard_gate(
    pair: Any, tmp_path: Path
) -> None:
    a, b, cadre_id = pair

    def planned(cadre: Cadre) -> None:
        cadre.planning_entries.append(
            PlanningEntry(term_code="2025-2030", title_code="giam_doc_so",
                          group=PlanningGroup.ONE, start=PartialDate(2026, 2, 1))
        )  # fmt: skip

    _edit(a, cadre_id, planned)
    copy_dossier(a, b, cadre_id, tmp_path)
    with a.unit_of_work() as uow:
        entry_id = load_dossier(uow.session, cadre_id).planning_entries[0].id
    _edit(a, cadre_id, lambda c: setattr(c.planning_entries[0], "training_plan", "Cao cấp LLCT"))

    def dropped(cadre: Cadre) -> None:  # no conclusion here any more, and the entry deleted
        cadre.planning_entries.clear()
        cadre.clearances.clear()

    _edit(b, cadre_id, dropped)
    conflict_id = record_conflict(b, a, PlanningEntry, entry_id, cadre_id)
    with pytest.raises(RefusedError) as refused:
        conflicts.resolve(b, conflict_id, "restore")
    assert refused.value.rule_ids == ["POLITICAL_STANDARD_MISSING"]
    with b.unit_of_work() as uow:
        assert uow.session.get(PlanningEntry, entry_id) is None
        assert uow.session.get(Conflict, conflict_id).resolved_at is None
        [refusal] = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "refused"))
        assert refusal.entity == "resolve" and refusal.changes["conflict"] == conflict_id
    conflicts.resolve(b, conflict_id, "keep_deleted")  # the way that the gate lets through


def _rated(pair: Any, tmp_path: Path) -> str:
    """A rating with one self-check line, in both stores; the line's id."""
    a, b, cadre_id = pair

    def rate(cadre: Cadre) -> None:
        evaluation = Evaluation(year=2024, rating=Rating.GOOD, status=EvaluationStatus.DRAFT)
        evaluation.checks.append(EvaluationCheck(item="1.1", state=CheckState.NONE))
        cadre.evaluations.append(evaluation)

    _edit(a, cadre_id, rate)
    copy_dossier(a, b, cadre_id, tmp_path)
    with a.unit_of_work() as uow:
        return load_dossier(uow.session, cadre_id).evaluations[0].checks[0].id


def test_a_self_check_line_deleted_here_is_restored_under_its_rating(
    pair: Any, tmp_path: Path
) -> None:
    a, b, cadre_id = pair
    check_id = _rated(pair, tmp_path)
    _edit(a, cadre_id, lambda c: setattr(c.evaluations[0].checks[0], "remark", "Đã tự phê bình"))
    _edit(b, cadre_id, lambda c: c.evaluations[0].checks.clear())
    conflict_id = record_conflict(b, a, EvaluationCheck, check_id, cadre_id)
    [view] = conflicts.open_conflicts(b)
    assert view.section == "evaluations" and view.field("remark").theirs == "Đã tự phê bình"
    assert conflicts.conflict_sections(b, cadre_id) == {"evaluations"}
    conflicts.resolve(b, conflict_id, "restore")
    with b.unit_of_work() as uow:
        [line] = load_dossier(uow.session, cadre_id).evaluations[0].checks
        assert (line.id, line.item, line.remark) == (check_id, "1.1", "Đã tự phê bình")
        assert dominates(line.version, _version(a, EvaluationCheck, check_id))


def test_a_self_check_line_deleted_there_is_deleted_here(pair: Any, tmp_path: Path) -> None:
    a, b, cadre_id = pair
    check_id = _rated(pair, tmp_path)
    with a.unit_of_work(write=True) as uow:  # deleted outright: a cleared list leaves no tombstone
        line = uow.session.get(EvaluationCheck, check_id)
        line.evaluation.checks.remove(line)
        uow.session.delete(line)
    _edit(b, cadre_id, lambda c: setattr(c.evaluations[0].checks[0], "state", CheckState.PRESENT))
    conflict_id = record_conflict(b, a, EvaluationCheck, check_id, cadre_id)
    mine = _version(b, EvaluationCheck, check_id)
    conflicts.resolve(b, conflict_id, "delete")
    with b.unit_of_work() as uow:
        assert load_dossier(uow.session, cadre_id).evaluations[0].checks == []
        tombstone = uow.session.get(Tombstone, check_id)
        assert dominates(tombstone.version, mine)
        assert dominates(tombstone.version, _version(a, EvaluationCheck, check_id))


def _pdf_text(store: Any, cadre_id: str, layout: str) -> str:
    printed = printing.print_cv(store, cadre_id, layout)
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(printed.pdf)).pages)


@pytest.mark.parametrize("layout", printing.LAYOUTS)
def test_a_section_in_conflict_prints_with_the_mark(pair: Any, layout: str) -> None:
    a, b, cadre_id = pair
    member_id, conflict_id = _deleted_there(pair)
    text = " ".join(_pdf_text(b, cadre_id, layout).split())
    assert MARK in text and "Quan hệ gia đình" in text
    assert "QUAN HỆ GIA ĐÌNH [đang có xung đột]" in text
    assert MARK not in " ".join(_pdf_text(a, cadre_id, layout).split())
    conflicts.resolve(b, conflict_id, "keep")
    assert MARK not in " ".join(_pdf_text(b, cadre_id, layout).split())
    assert member_id
