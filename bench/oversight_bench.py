"""Oversight and training benchmarks on the 50,000-cadre demo store: the training needs over
every planned cadre and head (≤ 3 s; baseline: loading the same dossiers, nothing judged),
the open-matter counts a list page asks for its 200 rows (≤ 20 ms; baseline: the same
GROUP BY in raw SQL), and the register's and training plans' alerts (≤ 3 s)."""

from __future__ import annotations

import datetime as dt
import time

from sqlalchemy import text

from bench.common import PASSPHRASE, Result, demo_store, median_ms
from cadre_desktop.services import matter_queries, oversight_alerts, rule_params
from cadre_desktop.services.stores import unlock
from cadre_desktop.services.training_needs import is_head_title, training_needs
from cadre_desktop.storage import oversight as q
from cadre_desktop.storage.personnel import cadre_ids
from cadre_desktop.storage.queries import load_dossiers

TODAY = dt.date(2026, 5, 20)
RAW_COUNTS = text(
    "SELECT cadre_id, count(*) FROM matter WHERE status IN ('received', 'assigned', "
    "'verifying') AND cadre_id IN (SELECT value FROM json_each(:ids)) GROUP BY cadre_id"
)


def _seconds(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def run() -> list[Result]:
    path, _built = demo_store()
    store = unlock(path, PASSPHRASE)
    try:
        with store.unit_of_work() as uow:
            heads = [i.code for i in store.catalogs().items("title") if is_head_title(i.extra)]
            judged = q.planned_or_heads(uow.session, heads)
            page = cadre_ids(uow.session)[:200]

        def load_only() -> None:
            with store.unit_of_work() as uow:
                for start in range(0, len(judged), 500):
                    load_dossiers(uow.session, judged[start : start + 500])

        needs_s = min(_seconds(lambda: training_needs(store, TODAY)) for _ in range(3))
        load_s = min(_seconds(load_only) for _ in range(3))
        found = len(training_needs(store, TODAY))
        counts_ms = median_ms(lambda: matter_queries.open_matter_counts(store, page))

        def raw_counts() -> None:
            import json

            with store.engine.connect() as connection:
                connection.execute(RAW_COUNTS, {"ids": json.dumps(page)}).all()

        raw_ms = median_ms(raw_counts)

        def alerts() -> None:
            with store.unit_of_work() as uow:
                oversight_alerts.oversight_alerts(uow, TODAY, rule_params.parameters(uow))

        alerts_s = min(_seconds(alerts) for _ in range(3))
    finally:
        store.close()
    return [
        Result(
            f"training needs over {len(judged):,} planned cadres and heads",
            "≤ 3 s",
            f"{needs_s:.2f} s",
            f"{needs_s / load_s:.2f}× loading the same dossiers ({load_s:.2f} s); {found} needs",
            needs_s <= 3,
        ),
        Result(
            "open matters of a list page (200 cadres)",
            "≤ 20 ms",
            f"{counts_ms:.1f} ms",
            f"{counts_ms / raw_ms:.1f}× raw SQL ({raw_ms:.1f} ms)",
            counts_ms <= 20,
        ),
        Result(
            "oversight and training alerts (check --rules)",
            "≤ 3 s",
            f"{alerts_s:.2f} s",
            "",
            alerts_s <= 3,
        ),
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
