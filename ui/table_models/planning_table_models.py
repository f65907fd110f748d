"""The planning screen's tables: the titles of a term, the candidates of a title (with what
the rules say about each), and the structure figures against the targets."""

from __future__ import annotations

from collections.abc import Callable

from cadre_desktop.domain.enums import PoliticalStandard
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report, Severity
from cadre_desktop.services.personnel_words import FIGURE_LABELS
from cadre_desktop.services.planning_board import Candidate, Figure, TitleBoard
from ui import colours
from ui.labels import enum_label
from ui.table_models.record_table_model import (
    Column,
    RecordTableModel,
    percent,
    share_text,
    text_of,
)

Names = Callable[[str | None], str]


def verdict(report: Report) -> str:
    blocks = len(report.ids(Severity.BLOCK))
    warns = len(report.ids(Severity.WARN))
    if blocks:
        return _("✗ {count} blocking").format(count=blocks) + (
            _(", {count} warning(s)").format(count=warns) if warns else ""
        )
    if warns:
        return _("⚠ {count} warning(s)").format(count=warns)
    return _("✓ meets the rules")


def verdict_colour(report: Report) -> str:
    if report.blocked:
        return colours.BLOCK
    return colours.WARN if report.findings else colours.GOOD


def _share_colour(board: TitleBoard) -> str | None:
    lower = next((f for f in board.figures if f.key == "lower_post"), None)
    if lower is None or lower.met is None:
        return None
    return colours.GOOD if lower.met else colours.WARN


def _lower(board: TitleBoard) -> str:
    lower = next(f for f in board.figures if f.key == "lower_post")
    return percent(lower.count, lower.total)


class TitleTableModel(RecordTableModel[TitleBoard]):
    def __init__(self, title_name: Names) -> None:
        super().__init__(
            [
                Column(N_("Title"), lambda t: title_name(t.title_code)),
                Column(N_("Seats"), lambda t: str(t.seats), numeric=True),
                Column(
                    N_("Planned"),
                    lambda t: f"{len(t.candidates)}/{t.limit}",
                    tooltip=lambda t: _("{count} planned; at most {limit}").format(
                        count=len(t.candidates), limit=t.limit
                    ),
                    colour=lambda t: colours.BLOCK if len(t.candidates) > t.limit else None,
                    numeric=True,
                ),
                Column(N_("Hold the lower post"), _lower, colour=_share_colour),
                Column(
                    N_("Group 1"),
                    lambda t: str(sum(c.group == "1" for c in t.candidates)),
                    numeric=True,
                ),
                Column(
                    N_("Group 2"),
                    lambda t: str(sum(c.group == "2" for c in t.candidates)),
                    numeric=True,
                ),
            ]
        )


class CandidateTableModel(RecordTableModel[Candidate]):
    def __init__(self, title_name: Names) -> None:
        super().__init__(
            [
                Column(N_("Full name"), lambda c: c.name),
                Column(
                    N_("Rules today"),
                    lambda c: verdict(c.report) if c.removed_on is None else _("Removed"),
                    colour=lambda c: (
                        verdict_colour(c.report) if c.removed_on is None else colours.MUTED
                    ),
                ),
                Column(N_("Group"), lambda c: c.group, numeric=True),
                Column(N_("Current post"), lambda c: title_name(c.current_title)),
                Column(
                    N_("Political standard"), lambda c: enum_label(PoliticalStandard(c.standard))
                ),
                Column(N_("Planned from"), lambda c: c.since.vn()),
                Column(N_("Decision"), lambda c: text_of(c.decision_number)),
                Column(
                    N_("Removed"),
                    lambda c: " — ".join(
                        x
                        for x in (
                            c.removed_on.vn() if c.removed_on else "",
                            c.removal_decision or "",
                            c.removal_reason or "",
                        )
                        if x
                    ),
                ),
            ]
        )


def _figure_target(f: Figure) -> str:
    if f.target is None:
        return _("no target")
    return _("at least {share}").format(share=share_text(f.target))


def _figure_met(f: Figure) -> str:
    if f.met is None:
        return ""
    return _("met") if f.met else _("below the target")


class FigureTableModel(RecordTableModel[Figure]):
    def __init__(self) -> None:
        super().__init__(
            [
                Column(N_("Structure"), lambda f: _(FIGURE_LABELS[f.key])),
                Column(N_("Planned"), lambda f: percent(f.count, f.total), numeric=True),
                Column(N_("Target"), _figure_target, tooltip=lambda f: f.legal_basis),
                Column(
                    N_("Result"),
                    _figure_met,
                    colour=lambda f: (
                        None if f.met is None else (colours.GOOD if f.met else colours.WARN)
                    ),
                ),
            ]
        )
