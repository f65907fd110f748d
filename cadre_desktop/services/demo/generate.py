"""`generate_demo`: the demo province's units and catalogs, then N synthetic dossiers written
in batches through storage/bulk.py while the next batches are drawn in parallel."""

from __future__ import annotations

import sys
from collections.abc import Callable

from cadre_desktop.errors import UsageError
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.demo.oversight import generate_oversight
from cadre_desktop.services.demo.personnel import generate_personnel
from cadre_desktop.services.demo.profile import make_context
from cadre_desktop.services.demo.workers import batches
from cadre_desktop.services.demo.world import build_world, install_reference
from cadre_desktop.services.demo.yearly import generate_yearly
from cadre_desktop.storage.bulk import count_cadres, insert_dossiers
from cadre_desktop.storage.store import OpenStore

BATCH = 2000  # dossiers per transaction
PROCESS_FROM = 3 * BATCH  # below this, starting a second process costs more than it saves
REASON = "demo data"


def generate_demo(
    store: OpenStore,
    *,
    cadres: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> Changes:
    """Fill a new store with ``cadres`` synthetic dossiers; the same seed and count give
    the same dossiers, ids included (the yearly records, written through the services,
    get new ids)."""
    changes = fill(store, cadres=cadres, seed=seed, progress=progress)
    generate_yearly(store, seed)  # ratings and declarations: a case for every yearly rule
    return changes


def fill(
    store: OpenStore,
    *,
    cadres: int,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
    processes: bool | None = None,
) -> Changes:
    """generate_demo, saying whether the dossiers are drawn in a second process (by
    default when there are many); the dossiers are the same either way."""
    if cadres < 0:
        raise UsageError("The number of demo cadres cannot be negative.")
    with store.unit_of_work() as uow:
        if count_cadres(uow.session):
            raise UsageError("The demo fills a new store; this store already has dossiers.")
    install_reference(store, seed)
    context = make_context(build_world(store), seed=seed, total=cadres)
    if processes is None:
        # A frozen app re-runs itself in a spawned process unless its entry point calls
        # multiprocessing.freeze_support(), which this module cannot know: use a thread.
        processes = cadres >= PROCESS_FROM and not getattr(sys, "frozen", False)
    ids: list[str] = []
    done = 0
    for batch in batches(context, cadres, BATCH, processes=processes):
        with store.unit_of_work(write=True, reason=REASON) as uow:
            ids += insert_dossiers(
                uow,
                batch.cadres,
                batch.children,
                action="demo",
                changes={"cadres": len(batch.cadres), "seed": seed, "first": done},
                reason=REASON,
            )
        done += len(batch.cadres)
        if progress is not None:
            progress(done, cadres)
    generate_personnel(store, seed)  # planning, proposals, rotations: a case for every rule
    generate_oversight(store, seed)  # the oversight register and the training plans
    return Changes(cadres=frozenset(ids), units=True, catalogs=True)
