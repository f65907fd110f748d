"""What a rule says about an action: findings with a stable id, a severity and a legal source."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cadre_desktop.i18n import gettext


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"


@dataclass(frozen=True)
class Finding:
    """One rule's verdict: ``msgid`` is English, formatted with ``params`` when shown."""

    rule_id: str
    severity: Severity
    msgid: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def sentence(self) -> str:
        return gettext(self.msgid).format(**self.params)

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule_id,
            "severity": self.severity.value,
            "message": self.sentence(),
            "source": self.source,
            "params": {k: str(v) for k, v in self.params.items()},
        }


@dataclass(frozen=True)
class Report:
    """Every finding about one action, in the order the rules ran."""

    findings: tuple[Finding, ...] = ()

    @classmethod
    def of(cls, *parts: Iterable[Finding]) -> Report:
        return cls(tuple(f for part in parts for f in part))

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __add__(self, other: Report) -> Report:
        return Report(self.findings + other.findings)

    @property
    def blocked(self) -> bool:
        return any(f.severity is Severity.BLOCK for f in self.findings)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.BLOCK)

    @property
    def rule_ids(self) -> list[str]:
        return [f.rule_id for f in self.findings]

    def ids(self, severity: Severity | None = None) -> list[str]:
        return [f.rule_id for f in self.findings if severity is None or f.severity is severity]
