"""Driving real widgets the way an officer does, including Vietnamese input methods."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_vietnamese(widget: QWidget, text: str) -> None:
    """Deliver text as a Vietnamese keyboard (IME) does: one commit string."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
