"""Long work off the GUI thread: a task reports progress, can be cancelled, and hands back
its result (or its error) to the GUI thread through signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QWidget

from cadre_desktop.errors import CadreError, InvalidInput
from cadre_desktop.logs import log_file
from ui import prompts

Progress = Callable[[int, int], bool]  # (done, total) → False once cancelled
log = logging.getLogger("cadre.ui")


def report_failure(parent: QWidget | None, error: BaseException) -> None:
    """One sentence for what the officer can act on; the calm dialog for anything else."""
    if isinstance(error, InvalidInput):
        prompts.show_report(parent, error.sentence(), error.problems)
    elif isinstance(error, CadreError):
        prompts.show_error(parent, error.sentence())
    else:
        log.error("background work failed", exc_info=error)
        prompts.show_unexpected(parent, log_file())


class Task(QThread):
    """Runs ``work(progress)`` in its own thread; ``cancel`` makes the next progress call
    return False, so the service stops and rolls its transaction back."""

    finished_with = Signal(object)  # the result
    failed_with = Signal(object)  # the exception
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancelled

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Exception as error:  # handed to the GUI thread, which shows one sentence
            self.failed_with.emit(error)
        else:
            self.finished_with.emit(result)
