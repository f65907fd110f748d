"""Which work screens the window offers and which record pages a dossier shows.

Entries name their class by import path, so the window imports a screen only when the officer
opens it (start-up stays quick), and each capability adds its screen here in one line.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from cadre_desktop.i18n import N_


@dataclass(frozen=True)
class Entry:
    key: str
    title: str  # msgid
    target: str  # "module:Class"
    shortcut: str | None = None

    def load(self) -> Any:
        module, _colon, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


# Screens of the "Work" menu: Screen subclasses built as cls(store).
SCREENS: tuple[Entry, ...] = (
    Entry("planning", N_("Planning"), "ui.pages.planning_screen:PlanningScreen", "Ctrl+Shift+P"),
    Entry(
        "proposals",
        N_("Appointments and nominations"),
        "ui.pages.proposal_screen:ProposalScreen",
        "Ctrl+Shift+B",
    ),
    Entry("rotations", N_("Rotation"), "ui.pages.rotation_screen:RotationScreen", "Ctrl+Shift+R"),
    Entry("alerts", N_("Alerts"), "ui.pages.alerts_screen:AlertsScreen", "Ctrl+Shift+A"),
    Entry("rules", N_("Rules and parameters"), "ui.pages.rules_screen:RulesScreen"),
    Entry(
        "oversight",
        N_("Oversight register"),
        "ui.pages.oversight_screen:OversightScreen",
        "Ctrl+Shift+O",
    ),
    Entry(
        "training", N_("Training plans"), "ui.pages.training_screen:TrainingScreen", "Ctrl+Shift+T"
    ),
    Entry("reports", N_("Targets and statistics"), "ui.pages.reports_screen:ReportsScreen"),
    Entry(
        "conflicts",
        N_("Conflicts"),
        "ui.pages.conflict_review:ConflictReviewScreen",
        "Ctrl+Shift+X",
    ),
    Entry(
        "exchange",
        N_("Exchange with other units"),
        "ui.pages.exchange_screen:ExchangeScreen",
        "Ctrl+Shift+E",
    ),
)

# Pages after the CV sections in a saved dossier: QWidget subclasses built as
# cls(store, cadre_id); each saves its own records (clearances, ratings, declarations…).
RECORD_PAGES: tuple[Entry, ...] = (
    Entry("clearance", N_("Political standards"), "ui.pages.clearance_page:ClearancePage"),
    Entry("evaluation", N_("Evaluation and rating"), "ui.pages.evaluation_page:EvaluationPage"),
    Entry("assets", N_("Asset and income declarations"), "ui.pages.assets_page:AssetsPage"),
)
