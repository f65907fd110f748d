"""Shared pieces of the benchmarks: the cached 50,000-cadre demo store and timing."""

from __future__ import annotations

import os
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CACHE = Path(__file__).parent / ".cache"
PASSPHRASE = "bench-passphrase-2026"
CADRES = int(os.environ.get("CADRE_BENCH_CADRES", "50000"))


@dataclass
class Result:
    name: str
    target: str
    value: str
    ratio: str = ""
    ok: bool = True


def median_ms(action: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def demo_store(cadres: int = CADRES, rebuild: bool = False) -> tuple[Path, float | None]:
    """The benchmark store (built once and cached); returns its path and the build seconds."""
    os.environ.setdefault("CADRE_KDF_SECONDS", "0.05")
    path = CACHE / f"demo-{cadres}.cadre"
    if path.exists() and not rebuild:
        return path, None
    shutil.rmtree(path, ignore_errors=True)
    CACHE.mkdir(exist_ok=True)
    from cadre_desktop.services import stores
    from cadre_desktop.services.demo import DEMO_UNIT_CODE, DEMO_UNIT_NAME, generate_demo

    started = time.perf_counter()
    store, _ = stores.init_store(
        path,
        unit_name=DEMO_UNIT_NAME,
        unit_code=DEMO_UNIT_CODE,
        officer="bench",
        passphrase=PASSPHRASE,
    )
    generate_demo(store, cadres=cadres, seed=7)
    store.close()
    return path, time.perf_counter() - started
