"""Subcommands of `cadre`, one module per group; each registers its parsers."""

from cadre_desktop.commands import demo, dossier, store

MODULES = (store, dossier, demo)
