"""Subcommands of `cadre`, one module per group; each registers its parsers."""

from cadre_desktop.commands import (
    demo,
    dossier,
    personnel,
    proposals,
    reports,
    rotations,
    rules,
    store,
    xlsx,
    yearly,
)
from cadre_desktop.commands import print as print_forms

MODULES = (
    store, dossier, demo, rules, personnel, proposals, rotations, yearly, print_forms,
    reports, xlsx,
)  # fmt: skip
