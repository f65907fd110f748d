"""Printing benchmarks: one 2C CV (≤ 150 ms) and a batch of 1,000 dossiers (≤ 90 s).

The baseline is a bare ReportLab document with the same number of pages (one line of text per
page, built-in font), built in the same run: the ratio says what the forms cost over ReportLab."""

from __future__ import annotations

import io
import time

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.common import PASSPHRASE, Result, demo_store, median_ms
from cadre_desktop.services import printing
from cadre_desktop.services.stores import unlock

BATCH = 1000


def _bare(pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for page in range(pages):
        canvas.drawString(100, 700, f"page {page + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")


def run() -> list[Result]:
    path, _built = demo_store()
    store = unlock(path, PASSPHRASE)
    try:
        ids = printing.cadre_ids(store)[:BATCH]
        one = printing.print_cv(store, ids[0]).pdf
        pages = max(_pages(one), 1)
        cv_ms = median_ms(lambda: printing.print_cv(store, ids[0]), repeat=9)
        bare_ms = median_ms(lambda: _bare(pages), repeat=9)
        started = time.perf_counter()
        total_pages = 0
        for printed in printing.iter_cvs(store, ids, printing.DEFAULT_LAYOUT):
            total_pages += max(_pages(printed.pdf), 1)
        batch_s = time.perf_counter() - started
        started = time.perf_counter()
        _bare(total_pages)
        bare_batch_s = time.perf_counter() - started
    finally:
        store.close()
    return [
        Result(
            "print one 2C CV (read, lay out, audit)",
            "≤ 150 ms",
            f"{cv_ms:.0f} ms",
            f"{cv_ms / bare_ms:.0f}× a bare ReportLab document of {pages} pages",
            cv_ms <= 150,
        ),
        Result(
            f"print {len(ids):,} 2C CVs, one PDF each",
            "≤ 90 s",
            f"{batch_s:.1f} s",
            f"{batch_s / max(bare_batch_s, 1e-6):.0f}× bare ReportLab, {total_pages:,} pages",
            batch_s <= 90,
        ),
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
