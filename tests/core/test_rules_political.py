"""The political-standard gate and staleness, over plain facts."""

import pytest

from cadre_desktop.domain.basis import Change, basis_text, stale_reasons
from cadre_desktop.domain.enums import ClearanceResult, DossierStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.rules.political import Conclusion, GateFacts, political_gate


class Row:
    def __init__(self, id: str, **values: object) -> None:
        self.id = id
        self.__dict__.update(values)


def family(id: str, name: str, abroad: bool = False) -> Row:
    fields = dict.fromkeys(
        ("side", "relation", "birth_year", "death_year", "home_town", "occupation", "post",
         "workplace", "residence", "country", "organisations", "history_note")
    )  # fmt: skip
    return Row(id, full_name=name, abroad=abroad, deceased=False, **fields)


class Dossier:
    def __init__(self, *members: Row, disciplines: tuple[Row, ...] = ()) -> None:
        self.family = list(members)
        self.history_facts: list[Row] = []
        self.disciplines = list(disciplines)


def gate(conclusion: Conclusion | None, target_rank: int = 5, status=DossierStatus.COMPLETE):
    return [
        f.rule_id for f in political_gate(GateFacts(conclusion, status, "giam_doc_so", target_rank))
    ]


DAY = PartialDate(2024, 5, 10)


@pytest.mark.parametrize(
    ("result", "rule"),
    [
        (ClearanceResult.DOES_NOT_MEET, "POLITICAL_STANDARD_NEGATIVE"),
        (ClearanceResult.PENDING, "POLITICAL_STANDARD_PENDING"),
    ],
)
def test_negative_and_pending_block(result: ClearanceResult, rule: str) -> None:
    assert gate(Conclusion("1", DAY, result)) == [rule]


def test_missing_blocks_and_a_valid_one_passes() -> None:
    assert gate(None) == ["POLITICAL_STANDARD_MISSING"]
    assert gate(Conclusion("1", DAY, ClearanceResult.MEETS)) == []


def test_the_ceiling_is_compared_by_rank() -> None:
    ceiling = Conclusion("1", DAY, ClearanceResult.MEETS_WITH_CEILING, "uy_vien_btv_tinh_uy", 4)
    assert gate(ceiling, target_rank=4) == []  # the ceiling itself is allowed
    assert gate(ceiling, target_rank=5) == []
    assert gate(ceiling, target_rank=3) == ["POLITICAL_STANDARD_CEILING"]
    unknown = Conclusion("1", DAY, ClearanceResult.MEETS_WITH_CEILING, "x", None)
    assert gate(unknown) == ["POLITICAL_STANDARD_CEILING"]


@pytest.mark.parametrize(
    ("status", "rule"),
    [
        (DossierStatus.INCOMPLETE, "DOSSIER_INCOMPLETE"),
        (DossierStatus.UNTRUTHFUL, "DOSSIER_UNTRUTHFUL"),
    ],
)
def test_a_dossier_marked_incomplete_or_untruthful_blocks(status, rule) -> None:
    assert gate(Conclusion("1", DAY, ClearanceResult.MEETS), status=status) == [rule]


def test_staleness_names_the_change() -> None:
    from cadre_desktop.domain.basis import dossier_facts

    father = family("a1", "Nguyễn Văn Bình")
    before = Dossier(father)
    basis = basis_text(dossier_facts(before))
    assert stale_reasons(basis, dossier_facts(before), DAY) == []
    changed = Dossier(family("a1", "Nguyễn Văn Bình", abroad=True), family("b2", "Lê Thị Hoa"))
    reasons = stale_reasons(basis, dossier_facts(changed), DAY)
    assert [(r.change, r.row_id) for r in reasons] == [(Change.CHANGED, "a1"), (Change.ADDED, "b2")]
    assert [(r.change, r.row_id) for r in stale_reasons(basis, [], DAY)] == [(Change.REMOVED, "a1")]
    stale = Conclusion("1", DAY, ClearanceResult.MEETS, stale=tuple(reasons))
    assert gate(stale) == ["POLITICAL_STANDARD_STALE"]


def test_a_discipline_dated_after_the_conclusion_makes_it_stale() -> None:
    from cadre_desktop.domain.basis import dossier_facts

    fields = dict.fromkeys(("end", "violation", "decision_number", "decision_date"))
    later = Row("d1", form="party_canh_cao", start=PartialDate(2024, 5, 11), **fields)
    same_year = Row("d2", form="party_canh_cao", start=PartialDate(2024), **fields)
    facts = dossier_facts(Dossier(disciplines=(later, same_year)))
    basis = basis_text(facts)
    assert [(r.change, r.row_id) for r in stale_reasons(basis, facts, DAY)] == [
        (Change.DATED_AFTER, "d1")
    ]
