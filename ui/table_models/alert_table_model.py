"""The alerts screen's tables: the groups (one per rule, with its count) and the alerts of
the chosen group, each naming the cadre, what the rule found and its legal source."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.services.alerts import Alert
from cadre_desktop.services.personnel_words import SEVERITY_WORDS, rule_summary
from ui import colours
from ui.table_models.record_table_model import Column, RecordTableModel


@dataclass(frozen=True)
class AlertGroup:
    rule_id: str
    severity: Severity
    alerts: tuple[Alert, ...]


def _colour(severity: Severity) -> str:
    return colours.BLOCK if severity is Severity.BLOCK else colours.WARN


def group_alerts(alerts: list[Alert]) -> list[AlertGroup]:
    """One group per rule, blocking rules first, then by how many cadres each concerns."""
    by_rule: dict[str, list[Alert]] = {}
    for alert in alerts:
        by_rule.setdefault(alert.finding.rule_id, []).append(alert)
    groups = [
        AlertGroup(
            rule,
            Severity.BLOCK
            if any(a.finding.severity is Severity.BLOCK for a in found)
            else Severity.WARN,
            tuple(found),
        )
        for rule, found in by_rule.items()
    ]
    return sorted(groups, key=lambda g: (g.severity is not Severity.BLOCK, -len(g.alerts)))


class AlertGroupTableModel(RecordTableModel[AlertGroup]):
    def __init__(self) -> None:
        super().__init__(
            [
                Column(
                    N_("What the rule checks"),
                    lambda g: rule_summary(g.rule_id),
                    tooltip=lambda g: f"{g.rule_id}: {rule_summary(g.rule_id)}",
                    colour=lambda g: _colour(g.severity),
                ),
                Column(N_("Cadres"), lambda g: str(len(g.alerts)), numeric=True),
                Column(N_("Severity"), lambda g: _(SEVERITY_WORDS[g.severity])),
            ]
        )


class AlertTableModel(RecordTableModel[Alert]):
    def __init__(self, words: Callable[[Finding], str]) -> None:
        super().__init__(
            [
                Column(N_("Full name"), lambda a: a.name),
                Column(
                    N_("What was found"),
                    lambda a: words(a.finding),
                    colour=lambda a: _colour(a.finding.severity),
                ),
                Column(N_("Legal source"), lambda a: a.finding.source),
            ]
        )
