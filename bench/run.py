"""Run the benchmarks and print (or write into README.md) their table.

.venv/bin/python -m bench.run [--readme] [--rebuild]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from bench import (
    common,
    gui_bench,
    oversight_bench,
    print_bench,
    reports_bench,
    store_bench,
    sync_bench,
)

README = Path(__file__).parents[1] / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def table(results: list[common.Result]) -> str:
    lines = [
        "| benchmark | target | result | against the baseline | |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in results:
        lines.append(f"| {r.name} | {r.target} | {r.value} | {r.ratio} | {'✓' if r.ok else '✗'} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--readme", action="store_true", help="write the table into README.md")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached demo store")
    args = parser.parse_args()
    built = common.demo_store(rebuild=True)[1] if args.rebuild else None
    results = store_bench.run(built) + gui_bench.run() + print_bench.run() + oversight_bench.run()
    results += reports_bench.run() + sync_bench.run()
    text = table(results)
    print(text)
    if args.readme:
        readme = README.read_text(encoding="utf-8")
        block = f"{START}\n{text}\n{END}"
        readme = re.sub(f"{re.escape(START)}.*?{re.escape(END)}", block, readme, flags=re.S)
        README.write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
