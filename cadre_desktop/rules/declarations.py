"""Rules of the asset and income declaration (Luật PCTN 2018 Điều 33-41; NĐ 130/2020/NĐ-CP).

Thresholds, deadlines and the form's categories are versioned data read on the date the
declaration was completed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from cadre_desktop.domain.yearly_enums import ChangeDirection, DeclarationKind
from cadre_desktop.i18n import N_
from cadre_desktop.rules.declaration_changes import ChangeTable, ItemFact, compare
from cadre_desktop.rules.findings import Finding, Report, Severity
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.yearly_params import categories, category


@dataclass(frozen=True)
class ChangeFact:
    """A line of section III as declared."""

    category: str
    direction: ChangeDirection
    value_vnd: int
    ref: str | None = None
    explanation: str | None = None


@dataclass(frozen=True)
class DeclarationFacts:
    kind: DeclarationKind
    year: int
    declared_on: dt.date
    items: tuple[ItemFact, ...] = ()
    changes: tuple[ChangeFact, ...] = ()
    no_change: bool = False
    post_taken_on: dt.date | None = None
    appointment_expected_on: dt.date | None = None


def _finding(rule: str, severity: Severity, msgid: str, source: str, **params: object) -> Finding:
    return Finding(rule, severity, msgid, source, dict(params))


def deadline(facts: DeclarationFacts, params: ParameterSet) -> tuple[dt.date, str] | None:
    """The last day the declaration may be completed on, and its legal source."""
    day = facts.declared_on
    if facts.kind is DeclarationKind.FIRST:
        if facts.post_taken_on is None:
            return None
        rule = params.get("declare.first.max_days", day)
        return facts.post_taken_on + dt.timedelta(days=rule.as_int), rule.legal_basis
    if facts.kind is DeclarationKind.PERSONNEL:
        if facts.appointment_expected_on is None:
            return None
        rule = params.get("declare.personnel.min_days_before", day)
        return facts.appointment_expected_on - dt.timedelta(days=rule.as_int), rule.legal_basis
    return annual_deadline(facts.year, params)


def annual_deadline(year: int, params: ParameterSet) -> tuple[dt.date, str]:
    """Completed *before* 31 December: the last good day is the 30th."""
    on = dt.date(year, 12, 1)
    month = params.get("declare.annual.deadline_month", on)
    day = params.whole("declare.annual.deadline_day", on)
    return dt.date(year, month.as_int, day) - dt.timedelta(days=1), month.legal_basis


def check_dates(facts: DeclarationFacts, params: ParameterSet) -> list[Finding]:
    if facts.kind is DeclarationKind.FIRST and facts.post_taken_on is None:
        return [
            _finding(
                "DECLARATION_POST_DATE_MISSING",
                Severity.BLOCK,
                N_("A first declaration needs the date the post was taken."),
                "Luật PCTN 2018 Đ36.1",
            )
        ]
    if facts.kind is DeclarationKind.PERSONNEL and facts.appointment_expected_on is None:
        return [
            _finding(
                "DECLARATION_APPOINTMENT_DATE_MISSING",
                Severity.BLOCK,
                N_("A declaration for personnel work needs the expected appointment date."),
                "Luật PCTN 2018 Đ36.4",
            )
        ]
    limit = deadline(facts, params)
    if limit is not None and facts.declared_on > limit[0]:
        return [
            _finding(
                "DECLARATION_LATE",
                Severity.WARN,
                N_("The declaration was completed after its deadline ({deadline})."),
                limit[1],
                deadline=limit[0].strftime("%d/%m/%Y"),
            )
        ]
    return []


def check_items(facts: DeclarationFacts, params: ParameterSet) -> list[Finding]:
    """Known categories, whole non-negative amounts, foreign currency with its VND value."""
    found: list[Finding] = []
    source = "NĐ 130/2020/NĐ-CP Phụ lục I"
    for item in facts.items:
        if category(item.category) is None:
            found.append(
                _finding(
                    "DECLARATION_UNKNOWN_CATEGORY",
                    Severity.BLOCK,
                    N_('"{category}" is not a category of the declaration form.'),
                    source,
                    category=item.category,
                )
            )
        if item.value_vnd is not None and item.value_vnd < 0:
            found.append(
                _finding(
                    "DECLARATION_NEGATIVE_VALUE",
                    Severity.BLOCK,
                    N_('The value of "{item}" cannot be negative.'),
                    source,
                    item=item.description,
                )
            )
        if item.currency and (item.foreign_amount is None or item.value_vnd is None):
            found.append(
                _finding(
                    "DECLARATION_FOREIGN_WITHOUT_VND",
                    Severity.BLOCK,
                    N_('"{item}" is in {currency}: give the amount and its value in đồng.'),
                    source,
                    item=item.description,
                    currency=item.currency,
                )
            )
    return found + check_thresholds(facts, params)


def check_thresholds(facts: DeclarationFacts, params: ParameterSet) -> list[Finding]:
    """Items under 50,000,000 đồng in categories with a threshold need not be declared."""
    rule = params.get("declare.threshold_vnd", facts.declared_on)
    limit = rule.as_int
    totals: dict[str, int] = {}
    scope_of = {c.code: c for c in categories()}
    for item in facts.items:
        cat = scope_of.get(item.category)
        if cat is None or cat.threshold == "none":
            continue
        if cat.threshold == "per_item":
            if (item.value_vnd or 0) < limit:
                totals[f"{cat.code}:{item.description}"] = item.value_vnd or 0
            continue
        group = cat.code if cat.threshold == "per_type" else cat.group
        totals[group] = totals.get(group, 0) + (item.value_vnd or 0)
    return [
        _finding(
            "DECLARATION_BELOW_THRESHOLD",
            Severity.WARN,
            N_(
                "Category {category} totals under the declaring threshold; it need not be declared."
            ),
            rule.legal_basis,
            category=where.split(":")[0],
        )
        for where, total in totals.items()
        if total < limit
    ]


def check_section_three(
    facts: DeclarationFacts, previous: Iterable[ItemFact] | None, params: ParameterSet
) -> tuple[list[Finding], ChangeTable | None]:
    """Section III: forbidden on the first declaration, required from the second; and an
    increase of 300,000,000 đồng or more needs the origin of every increase explained."""
    source = "NĐ 130/2020/NĐ-CP Phụ lục I mục III"
    declared = bool(facts.changes) or facts.no_change
    if previous is None:
        if declared:
            return [
                _finding(
                    "DECLARATION_SECTION_III_ON_FIRST",
                    Severity.BLOCK,
                    N_("A first declaration has no section III (changes); remove it."),
                    source,
                )
            ], None
        return [], None
    table = compare(previous, facts.items)
    found: list[Finding] = []
    if not declared:
        found.append(
            _finding(
                "DECLARATION_SECTION_III_MISSING",
                Severity.BLOCK,
                N_(
                    "Section III (changes since the previous declaration) is required; "
                    'write the changes, or mark "no change".'
                ),
                source,
            )
        )
    if facts.no_change and facts.changes:
        found.append(
            _finding(
                "DECLARATION_SECTION_III_CONTRADICTS",
                Severity.BLOCK,
                N_('Section III says "no change" and also lists changes; keep one.'),
                source,
            )
        )
    asset_changes = [r for r in table.changed if r.category != "10"]
    if facts.no_change and asset_changes:
        found.append(
            _finding(
                "DECLARATION_NO_CHANGE_DIFFERS",
                Severity.WARN,
                N_(
                    '"No change" was declared but {count} item(s) differ from the '
                    "previous declaration."
                ),
                source,
                count=len(asset_changes),
            )
        )
    listed = {(c.category, c.direction) for c in facts.changes}
    missing = [r for r in asset_changes if (r.category, r.direction) not in listed]
    if facts.changes and missing:
        found.append(
            _finding(
                "DECLARATION_CHANGE_NOT_LISTED",
                Severity.WARN,
                N_("{count} change(s) against the previous declaration are not in section III."),
                source,
                count=len(missing),
            )
        )
    found += check_increase(facts, table, params)
    return found, table


def check_increase(
    facts: DeclarationFacts, table: ChangeTable, params: ParameterSet
) -> list[Finding]:
    rule = params.get("declare.change_vnd", facts.declared_on)
    if table.total_increase < rule.as_int:
        return []
    explained = {
        c.category
        for c in facts.changes
        if c.direction is ChangeDirection.INCREASE and (c.explanation or "").strip()
    }
    unexplained = [
        r
        for r in table.changed
        if r.category != "10" and r.delta > 0 and r.category not in explained
    ]
    unexplained_lines = [
        c
        for c in facts.changes
        if c.direction is ChangeDirection.INCREASE and not (c.explanation or "").strip()
    ]
    if not unexplained and not unexplained_lines:
        return []
    return [
        _finding(
            "DECLARATION_UNEXPLAINED_INCREASE",
            Severity.BLOCK,
            N_(
                "Assets grew by {amount} đồng since the previous declaration without the "
                "origin of every increase explained; explain it (verification may follow)."
            ),
            rule.legal_basis,
            amount=f"{table.total_increase:,}".replace(",", "."),
        )
    ]


def check_declaration(
    facts: DeclarationFacts, previous: Iterable[ItemFact] | None, params: ParameterSet
) -> tuple[Report, ChangeTable | None]:
    """Everything checked before a declaration is completed; blocks refuse completion."""
    section_three, table = check_section_three(facts, previous, params)
    report = Report.of(check_dates(facts, params), check_items(facts, params), section_three)
    return report, table
