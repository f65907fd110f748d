"""The officer's own settings on this PC (not in any store): last store, language, idle lock."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cadre_desktop.paths import config_dir

FILE = "settings.json"
DEFAULTS: dict[str, Any] = {
    "last_store": None,
    "language": "vi",
    "idle_minutes": 5,
    "saved_filters": {},
}


def _path() -> Path:
    return config_dir() / FILE


def load() -> dict[str, Any]:
    try:
        stored = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stored = {}
    return {**DEFAULTS, **(stored if isinstance(stored, dict) else {})}


def save(values: dict[str, Any]) -> None:
    path = _path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError:
        pass  # settings are a convenience; never fail a command over them


def last_store() -> str | None:
    value = load().get("last_store")
    return str(value) if value else None


def remember_store(path: Path) -> None:
    values = load()
    values["last_store"] = str(path.resolve())
    save(values)


def saved_filters() -> dict[str, dict[str, Any]]:
    """The officer's named list filters (name → filter fields as plain values)."""
    stored = load().get("saved_filters")
    return dict(stored) if isinstance(stored, dict) else {}


def save_filter(name: str, fields: dict[str, Any]) -> None:
    values = load()
    values["saved_filters"] = {**saved_filters(), name: fields}
    save(values)


def forget_filter(name: str) -> None:
    values = load()
    values["saved_filters"] = {k: v for k, v in saved_filters().items() if k != name}
    save(values)


def set_value(key: str, value: Any) -> None:
    values = load()
    values[key] = value
    save(values)
