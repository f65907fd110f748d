"""The rules screen's tables: every personnel rule (what it checks, severity, legal source,
whether a blocking rule rests on recollection) and the versioned parameters it reads."""

from __future__ import annotations

import datetime as dt

from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.params import Parameter
from cadre_desktop.services.personnel_words import ACTION_WORDS, CATALOG_WORDS, SEVERITY_WORDS
from cadre_desktop.services.rules_overview import RuleRow
from ui import colours
from ui.table_models.record_table_model import Column, RecordTableModel

LAYER_WORDS = {
    "central": N_("Central, in force"),
    "predecessor": N_("Central, earlier"),
    "provincial": N_("Provincial"),
}
CONFIDENCE_WORDS = {
    "C": N_("confirmed"),
    "S": N_("secondary source"),
    "R": N_("recollection: check the official text"),
}


def _severity(row: RuleRow) -> str:
    return " / ".join(_(SEVERITY_WORDS[s]) for s in row.info.severities)


def _unsure(row: RuleRow) -> str:
    return ", ".join(_(CATALOG_WORDS[r]) if r in CATALOG_WORDS else r for r in row.recollection)


def _mark(row: RuleRow) -> str:
    return "[R] " + _unsure(row) if row.marked else ""


def _mark_tip(row: RuleRow) -> str:
    if not row.marked:
        return ""
    return _(
        "A blocking rule that rests on recollection ({what}): an administrator should check "
        "it against the official text (DOMAIN.md decision 8)."
    ).format(what=_unsure(row))


class RuleTableModel(RecordTableModel[RuleRow]):
    def __init__(self) -> None:
        super().__init__(
            [
                Column(N_("Rule"), lambda r: r.rule_id),
                Column(N_("What it checks"), lambda r: _(r.info.summary)),
                Column(
                    N_("Severity"),
                    _severity,
                    colour=lambda r: colours.BLOCK if r.blocks else colours.WARN,
                ),
                Column(
                    N_("Check against the text"),
                    _mark,
                    tooltip=_mark_tip,
                    colour=lambda r: colours.WARN,
                ),
                Column(N_("Legal source"), lambda r: r.info.source),
                Column(N_("Actions"), lambda r: ", ".join(_(ACTION_WORDS[a]) for a in r.actions)),
            ]
        )


def _day(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "…"


def in_force(p: Parameter, today: dt.date) -> bool:
    return p.valid_on(today)


class ParameterTableModel(RecordTableModel[Parameter]):
    def __init__(self, today: dt.date) -> None:
        super().__init__(
            [
                Column(N_("Parameter"), lambda p: p.key, tooltip=lambda p: p.note or p.key),
                Column(N_("Value"), lambda p: p.text, numeric=True),
                Column(N_("Layer"), lambda p: _(LAYER_WORDS.get(p.layer.value, p.layer.value))),
                Column(N_("Legal basis"), lambda p: p.legal_basis),
                Column(N_("Valid from"), lambda p: _day(p.valid_from)),
                Column(N_("Valid until"), lambda p: _day(p.valid_to)),
                Column(
                    N_("Confidence"),
                    lambda p: _(CONFIDENCE_WORDS.get(p.confidence, p.confidence)),
                    colour=lambda p: colours.WARN if p.confidence == "R" else None,
                ),
                Column(
                    N_("In force"),
                    lambda p: _("in force") if in_force(p, today) else "",
                    colour=lambda p: colours.GOOD,
                ),
                Column(N_("Editable"), lambda p: _("yes") if p.editable else ""),
            ]
        )
