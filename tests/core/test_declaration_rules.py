"""Declaration rules at their boundaries and the year-on-year change table."""

import datetime as dt
from decimal import Decimal

from cadre_desktop.domain.yearly_enums import ChangeDirection, DeclarationKind
from cadre_desktop.rules.declaration_changes import ItemFact, compare
from cadre_desktop.rules.declarations import ChangeFact, DeclarationFacts, check_declaration
from cadre_desktop.rules.yearly_params import yearly_parameters

PARAMS = yearly_parameters()
MILLION = 1_000_000
HOUSE = ItemFact("2.1", "Nhà ở số 5 phố Huế", 2_000 * MILLION, ref="nha-1")
SAVINGS = ItemFact("5", "Tiền gửi tiết kiệm", 400 * MILLION)


def annual(items, changes=(), no_change=False, on=dt.date(2025, 12, 15)) -> DeclarationFacts:
    return DeclarationFacts(
        kind=DeclarationKind.ANNUAL,
        year=on.year,
        declared_on=on,
        items=tuple(items),
        changes=tuple(changes),
        no_change=no_change,
    )


def ids(facts, previous=None) -> list[str]:
    report, _table = check_declaration(facts, previous, PARAMS)
    return report.ids()


def test_section_three_is_forbidden_on_the_first_and_required_from_the_second() -> None:
    assert ids(annual([HOUSE], no_change=True)) == ["DECLARATION_SECTION_III_ON_FIRST"]
    assert ids(annual([HOUSE])) == []
    assert ids(annual([HOUSE]), previous=[HOUSE]) == ["DECLARATION_SECTION_III_MISSING"]
    assert ids(annual([HOUSE], no_change=True), previous=[HOUSE]) == []


def increase(amount: int, explanation: str | None = "Lương và thưởng") -> ChangeFact:
    return ChangeFact("5", ChangeDirection.INCREASE, amount, explanation=explanation)


def test_an_increase_of_exactly_300_million_needs_its_origin() -> None:
    before = [HOUSE, SAVINGS]
    grown = [HOUSE, ItemFact("5", "Tiền gửi tiết kiệm", 700 * MILLION)]
    unexplained = annual(grown, [increase(300 * MILLION, None)])
    assert "DECLARATION_UNEXPLAINED_INCREASE" in ids(unexplained, before)
    assert ids(annual(grown, [increase(300 * MILLION)]), before) == []
    just_under = [HOUSE, ItemFact("5", "Tiền gửi tiết kiệm", 700 * MILLION - 1)]
    assert ids(annual(just_under, [increase(300 * MILLION - 1, None)]), before) == []


def test_a_computed_increase_missing_from_section_three_is_caught() -> None:
    before = [HOUSE]
    grown = [HOUSE, ItemFact("1.1", "Thửa đất 120 m2", 900 * MILLION)]
    listed = annual(grown, [increase(1 * MILLION)])
    result = ids(listed, before)
    assert "DECLARATION_CHANGE_NOT_LISTED" in result
    assert "DECLARATION_UNEXPLAINED_INCREASE" in result


def test_thresholds_per_type_category_total_and_per_item() -> None:
    under_item = ItemFact("7.2", "Bộ bàn ghế", 50 * MILLION - 1)
    at_item = ItemFact("7.2", "Tranh", 50 * MILLION)
    gold_a = ItemFact("4", "Vàng 2 lượng", 30 * MILLION)
    gold_b = ItemFact("4", "Nhẫn kim cương", 20 * MILLION)
    tree = ItemFact("3.1", "Vườn cây", 49 * MILLION)
    report, _ = check_declaration(annual([under_item, at_item, gold_a, gold_b, tree]), None, PARAMS)
    below = [f.params["category"] for f in report if f.rule_id == "DECLARATION_BELOW_THRESHOLD"]
    assert below == ["7.2", "3.1"]


def test_foreign_currency_needs_its_value_in_dong() -> None:
    dollars = ItemFact("5", "USD", None, currency="USD", foreign_amount=Decimal("10000"))
    assert "DECLARATION_FOREIGN_WITHOUT_VND" in ids(annual([dollars]))


def test_annual_deadline_is_before_31_december() -> None:
    assert ids(annual([HOUSE], on=dt.date(2025, 12, 30))) == []
    assert ids(annual([HOUSE], on=dt.date(2025, 12, 31))) == ["DECLARATION_LATE"]


def test_personnel_declaration_at_least_10_days_before_the_appointment() -> None:
    def personnel(on: dt.date) -> DeclarationFacts:
        return DeclarationFacts(
            kind=DeclarationKind.PERSONNEL,
            year=2026,
            declared_on=on,
            items=(HOUSE,),
            appointment_expected_on=dt.date(2026, 3, 20),
        )

    assert ids(personnel(dt.date(2026, 3, 10))) == []
    assert ids(personnel(dt.date(2026, 3, 11))) == ["DECLARATION_LATE"]


def test_first_declaration_within_10_days_of_taking_the_post() -> None:
    def first(on: dt.date) -> DeclarationFacts:
        return DeclarationFacts(
            kind=DeclarationKind.FIRST,
            year=2026,
            declared_on=on,
            items=(HOUSE,),
            post_taken_on=dt.date(2026, 2, 1),
        )

    assert ids(first(dt.date(2026, 2, 11))) == []
    assert ids(first(dt.date(2026, 2, 12))) == ["DECLARATION_LATE"]


def test_change_table_item_by_item_with_totals() -> None:
    previous = [HOUSE, SAVINGS, ItemFact("7.1", "Ô tô Toyota", 800 * MILLION, ref="oto")]
    current = [
        ItemFact("2.1", "Nhà ở số 5 phố Huế (đã sửa)", 2_300 * MILLION, ref="nha-1"),
        ItemFact("5", "tien gui tiet kiem", 250 * MILLION),
        ItemFact("1.1", "Thửa đất", 600 * MILLION),
        ItemFact("10", "Thu nhập người kê khai", 480 * MILLION, holder="declarant"),
    ]
    table = compare(previous, current)
    changes = {(r.category, r.delta) for r in table.changed}
    assert changes == {
        ("1.1", 600 * MILLION),
        ("2.1", 300 * MILLION),
        ("5", -150 * MILLION),
        ("7.1", -800 * MILLION),
        ("10", 480 * MILLION),
    }
    assert table.total_increase == 900 * MILLION
    assert table.total_decrease == 950 * MILLION
    assert table.assets_before == 3_200 * MILLION and table.assets_after == 3_150 * MILLION
    assert table.by_category["7.1"] == (800 * MILLION, 0)
    assert all(isinstance(v, int) for v in table.as_json()["categories"]["5"].values())
