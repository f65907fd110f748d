"""Store-wide settings (the ``setting`` table): a JSON value per key."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from cadre_desktop.domain.control import Setting


def read_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return None if row is None else row.value


def write_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
