"""Where things live: shipped resources, the user's settings and the technical log."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "CadreDesktop"


def resources_dir() -> Path:
    """The shipped resources folder (a package beside cadre_desktop, also in a checkout)."""
    import resources

    return Path(resources.__file__).parent


def config_dir() -> Path:
    override = os.environ.get("CADRE_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("CADRE_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP, appauthor=False))
