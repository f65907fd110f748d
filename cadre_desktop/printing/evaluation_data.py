"""The yearly (or quarterly) review and rating as plain data, every value already text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cadre_desktop.printing.headings import PartyHeading

Text = str | None


@dataclass(frozen=True)
class CheckLine:
    """One of the 27 manifestations (NQ 04-NQ/TW): its number, and the official wording only
    when an administrator has loaded it (DOMAIN.md decision 5)."""

    code: str  # "1.1" … "3.9"
    group: int
    official_text: Text = None
    state: str | None = None  # a CheckState value: none | present | remedied
    remark: Text = None


@dataclass(frozen=True)
class ReviewLines:
    """The collective's comment from one place where the cadre was reviewed."""

    venue: str  # "Chi bộ nơi sinh hoạt", "Tập thể lãnh đạo nơi công tác", …
    body: Text = None
    held_on: Text = None
    remarks: Text = None
    proposed: Text = None


@dataclass(frozen=True)
class EvaluationData:
    heading: PartyHeading
    period: str  # "năm 2025", "quý I năm 2026"
    leader: bool
    # full_name, birth_date, position, unit, party_cell; results, tasks, unit_tasks,
    # shortcomings, commitment, self_rating; appraisal_body, appraisal, proposed_rating;
    # rating, rated_by, rated_on, decision, signer, disclosed_on, rerating
    fields: Mapping[str, Text]
    checks: Sequence[CheckLine] = ()
    scores: tuple[Text, Text, Text] | None = None  # general, tasks, total; None: no sheet
    reviews: Sequence[ReviewLines] = ()
    complaints: Sequence[str] = ()
    final: bool = False

    def get(self, key: str) -> Text:
        value = self.fields.get(key)
        return value if value is not None and str(value).strip() else None

    @property
    def checklist_official(self) -> bool:
        return bool(self.checks) and all(c.official_text for c in self.checks)
