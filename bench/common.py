"""Shared pieces of the benchmarks: the cached 50,000-cadre demo store and timing."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
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
    """The benchmark store (built once and cached); returns its path and the build seconds.

    The build runs in a child process, as `cadre demo` would, so that its memory does not
    count against the benchmarks measured afterwards in this process.
    """
    path = CACHE / f"demo-{cadres}.cadre"
    if path.exists() and not rebuild:
        return path, None
    shutil.rmtree(path, ignore_errors=True)
    CACHE.mkdir(exist_ok=True)
    env = {**os.environ, "CADRE_KDF_SECONDS": "0.05", "CADRE_PASSPHRASE": PASSPHRASE}
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "cadre_desktop.cli",
            "--db",
            str(path),
            "demo",
            "--cadres",
            str(cadres),
            "--seed",
            "7",
        ],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - started
    build_seconds_file(cadres).write_text(f"{seconds:.1f}", encoding="utf-8")
    return path, seconds


def build_seconds_file(cadres: int = CADRES) -> Path:
    """Where the last build time is kept, so later runs can still report it."""
    return CACHE / f"demo-{cadres}.build-seconds"
