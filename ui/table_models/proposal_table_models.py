"""The proposal screen's tables: the proposals, a proposal's steps with their ballots (shares of
those invited), and the named units' opinions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.personnel_words import step_name
from ui import colours
from ui.labels import enum_label
from ui.table_models.record_table_model import Column, RecordTableModel, percent

Row = dict[str, Any]
Names = Callable[[str | None], str]
STATUS_COLOURS = {"open": None, "stopped": colours.BLOCK, "decided": colours.GOOD}


class ProposalTableModel(RecordTableModel[Row]):
    def __init__(self, title_name: Names) -> None:
        super().__init__(
            [
                Column(N_("Full name"), lambda r: str(r["name"])),
                Column(N_("Kind"), lambda r: enum_label(r["kind"])),
                Column(N_("Post"), lambda r: title_name(r["title"])),
                Column(N_("Expected on"), lambda r: str(r["expected"])),
                Column(N_("Steps"), lambda r: f"{r['steps']}/{r['total_steps']}", numeric=True),
                Column(
                    N_("Status"),
                    lambda r: enum_label(r["status"]),
                    colour=lambda r: STATUS_COLOURS.get(r["status"]),
                ),
            ]
        )


def votes_text(step: Row) -> str:
    votes = sorted(step["votes"].items(), key=lambda item: -item[1])
    return "; ".join(f"{name} {percent(n, step['invited'])}" for name, n in votes)


class StepTableModel(RecordTableModel[Row]):
    """Rows are show_proposal's steps, each with the proposal's ``procedure`` added."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column(N_("Step"), lambda r: str(r["step"]), numeric=True),
                Column(N_("Meeting"), lambda r: step_name(r["procedure"], r["step"])),
                Column(N_("Date"), lambda r: str(r["date"])),
                Column(N_("Invited"), lambda r: str(r["invited"]), numeric=True),
                Column(N_("Present"), lambda r: percent(r["present"], r["invited"]), numeric=True),
                Column(N_("Votes (share of those invited)"), votes_text),
            ]
        )


class OpinionTableModel(RecordTableModel[Row]):
    def __init__(self, group_name: Names) -> None:
        super().__init__(
            [
                Column(N_("Group of units"), lambda r: group_name(r["group"])),
                Column(N_("Unit"), lambda r: str(r["unit"])),
                Column(N_("Date"), lambda r: str(r["date"])),
                Column(N_("Invited"), lambda r: str(r["invited"]), numeric=True),
                Column(N_("Present"), lambda r: percent(r["present"], r["invited"]), numeric=True),
                Column(N_("In favour"), lambda r: percent(r["agree"], r["invited"]), numeric=True),
                Column(
                    N_("Criteria asked"),
                    lambda r: str(r["criteria"] or _("(not recorded)")),
                    colour=lambda r: None if r["criteria"] else colours.BLOCK,
                ),
            ]
        )
