"""Locks the window after an idle time, measured on the wall clock so sleep counts too."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    """Calls ``lock`` when no key or mouse event came for ``idle_seconds`` of wall-clock time."""

    def __init__(
        self,
        idle_seconds: float,
        lock: Callable[[], None],
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.idle_seconds = idle_seconds
        self._lock = lock
        self._clock = clock
        self.last_activity = clock()
        self.active = True
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY:
            self.last_activity = self._clock()
        return False

    def check(self) -> None:
        idle = self._clock() - self.last_activity
        if self.active and self.idle_seconds > 0 and idle >= self.idle_seconds:
            self.active = False
            self._lock()

    def resume(self) -> None:
        self.last_activity = self._clock()
        self.active = True


class ClipboardGuard(QObject):
    """Whatever is copied from this app's fields is cleared after a while, if still there."""

    def __init__(self, seconds: float = 30) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self.clear_if_ours)
        self.copied: str | None = None
        QGuiApplication.clipboard().dataChanged.connect(self._noticed)

    def _noticed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if _copied_here() and clipboard.text():
            self.copied = clipboard.text()
            self.timer.start()

    def clear_if_ours(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.copied is not None and clipboard.text() == self.copied:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self.copied = None


def _copied_here() -> bool:
    """X11 and Windows say who owns the clipboard; where the platform cannot (offscreen, some
    Wayland compositors), a copy made while this application is in front is taken as ours."""
    if QGuiApplication.clipboard().ownsClipboard():
        return True
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
