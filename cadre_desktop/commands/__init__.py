"""Subcommands of `cadre`, one module per group; each registers its parsers."""

from cadre_desktop.commands import (
    bundle,
    conflicts,
    demo,
    dossier,
    oversight,
    personnel,
    proposals,
    reports,
    revocations,
    rotations,
    rules,
    store,
    training,
    unit,
    xlsx,
    yearly,
)
from cadre_desktop.commands import print as print_forms

MODULES = (
    store, dossier, demo, rules, personnel, proposals, rotations, yearly, print_forms,
    oversight, revocations, training, reports, xlsx, bundle, unit, conflicts,
)  # fmt: skip
