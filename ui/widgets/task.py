"""Long work off the GUI thread: a task reports progress, can be cancelled, and hands back
its result (or its error) to the GUI thread through signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
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


Handler = Callable[[Any], None]


class TaskRunner(QObject):
    """Starts tasks for a widget and hands their results back on the GUI thread.

    Every signal of a task goes to a slot of this object (which lives on the GUI thread), so
    the widget's callbacks never run on the worker thread. A task is kept until its thread
    has ended; the result of a task that a newer one of the same kind replaced is dropped
    (the officer changed the question in the meantime).
    """

    idle = Signal()  # the last running task's thread has ended

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._running: list[Task] = []
        self._latest: dict[str, Task] = {}
        self._handlers: dict[int, tuple[Handler, Handler, Callable[[int, int], None] | None]] = {}

    def start(
        self, kind: str, work: Callable[[Progress], Any], done: Handler, failed: Handler,
        progressed: Callable[[int, int], None] | None = None,
    ) -> Task:  # fmt: skip
        task = Task(work)
        task.setObjectName(kind)
        self._handlers[id(task)] = (done, failed, progressed)
        task.finished_with.connect(self._done)
        task.failed_with.connect(self._failed)
        task.progressed.connect(self._progressed)
        task.finished.connect(self._ended)
        self._latest[kind] = task
        self._running.append(task)
        task.start()
        return task

    def _current(self) -> tuple[Handler, Handler, Callable[[int, int], None] | None] | None:
        task = self.sender()
        if not isinstance(task, Task) or self._latest.get(task.objectName()) is not task:
            return None
        return self._handlers.get(id(task))

    @Slot(object)
    def _done(self, result: Any) -> None:
        handlers = self._current()
        if handlers is not None:
            handlers[0](result)

    @Slot(object)
    def _failed(self, error: Any) -> None:
        handlers = self._current()
        if handlers is not None:
            handlers[1](error)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        handlers = self._current()
        if handlers is not None and handlers[2] is not None:
            handlers[2](done, total)

    @Slot()
    def _ended(self) -> None:
        task = self.sender()
        if isinstance(task, Task) and task in self._running:
            self._running.remove(task)
            self._handlers.pop(id(task), None)
        if not self.running():
            self.idle.emit()

    def running(self, kind: str | None = None) -> bool:
        """A task is still working, or its result has not reached the widget yet."""
        return any(kind is None or t.objectName() == kind for t in self._running)

    def latest(self, kind: str) -> Task | None:
        return self._latest.get(kind)

    def cancel(self) -> None:
        for task in self._running:
            task.cancel()

    def wait(self) -> None:
        """Block until every thread has ended (before the store closes, and in tests)."""
        for task in list(self._running):
            task.wait()
