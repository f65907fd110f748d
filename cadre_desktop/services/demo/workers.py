"""Batches of demo dossiers, drawn in order ahead of the writer: in a second process when
the demo is big enough to pay for starting one (drawing is pure Python, so a thread would
share the writer's interpreter lock), else on a thread."""

from __future__ import annotations

import logging
import marshal
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from cadre_desktop.services.demo.people import Batch, make_batch
from cadre_desktop.services.demo.profile import Context

log = logging.getLogger("cadre.demo")
T = TypeVar("T")

AHEAD = 2  # batches drawn ahead of the one being written
_CONTEXT: list[Context] = []  # the worker process's context, set once when it starts


def _start_worker(context: Context) -> None:
    _CONTEXT[:] = [context]


def _make_in_worker(start: int, count: int) -> bytes:
    # marshal writes plain dicts, lists, str and int twice as fast as pickle does
    batch = make_batch(_CONTEXT[0], start, count)
    return marshal.dumps((batch.cadres, batch.children))


def _made(future: Future[bytes]) -> Batch:
    cadres, children = marshal.loads(future.result())
    return Batch(cadres, children)


def _pipeline(
    submit: Callable[[int, int], Future[T]],
    result: Callable[[Future[T]], Batch],
    starts: list[int],
    size: int,
    total: int,
) -> Iterator[Batch]:
    pending: deque[Future[T]] = deque()
    queued = iter(starts)
    for start in queued:
        pending.append(submit(start, min(size, total - start)))
        if len(pending) > AHEAD:
            break
    while pending:
        batch = result(pending.popleft())
        following = next(queued, None)
        if following is not None:
            pending.append(submit(following, min(size, total - following)))
        yield batch


def _shut(pool: Executor) -> None:
    pool.shutdown(wait=True, cancel_futures=True)


def batches(context: Context, total: int, size: int, *, processes: bool) -> Iterator[Batch]:
    """Batches for dossiers 0 … total-1, ``size`` at a time, in order. The data do not
    depend on where they are drawn: each dossier has its own seeded generator."""
    starts = list(range(0, total, size))
    done = 0
    if processes:
        # "spawn" everywhere: a forked child of a threaded (GUI) process may deadlock.
        worker = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(context,),
        )

        def in_worker(start: int, count: int) -> Future[bytes]:
            return worker.submit(_make_in_worker, start, count)

        try:
            for batch in _pipeline(in_worker, _made, starts, size, total):
                done += 1
                yield batch
            return
        except (BrokenProcessPool, OSError) as exc:
            # No second process here (frozen app without freeze_support, sandbox…):
            # carry on drawing on a thread, from the first batch not yet written.
            log.warning("demo: drawing on a thread, the worker process failed: %s", type(exc))
        finally:
            _shut(worker)
    thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo")

    def on_thread(start: int, count: int) -> Future[Batch]:
        return thread.submit(make_batch, context, start, count)

    try:
        yield from _pipeline(on_thread, Future.result, starts[done:], size, total)
    finally:
        _shut(thread)
