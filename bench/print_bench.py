"""Printing benchmarks: one 2C CV (≤ 150 ms), a batch of 1,000 dossiers (≤ 90 s), and one of
each record form (declaration, evaluation, proposal summary; no target, reported).

The baseline is a bare ReportLab document with the same number of pages (one line of text per
page, built-in font), built in the same run: the ratio says what the forms cost over ReportLab.
The demo generator does not make yearly records yet, so the first run adds the demo's few
evaluations and declarations to the cached store (services/demo/yearly.py)."""

from __future__ import annotations

import io
import time
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.common import PASSPHRASE, Result, demo_store, median_ms
from cadre_desktop.services import print_batch, print_records, printing
from cadre_desktop.services.demo.yearly import generate_yearly
from cadre_desktop.services.stores import Store, unlock

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


def _records(store: Store, ids: list[str]) -> dict[str, str]:
    """One record of each form: the first cadre (of the first 2,000) that has one."""
    found: dict[str, str] = {}
    for form in print_records.RECORD_FORMS:
        for start in range(0, len(ids), 2000):
            chosen = print_batch.chosen_records(store, form, ids[start : start + 2000])
            if chosen:
                found[form] = chosen[0]
                break
    return found


def _forms(store: Store, ids: list[str]) -> list[Result]:
    records = _records(store, ids)
    if "evaluation" not in records or "assets" not in records:
        generate_yearly(store, seed=1)
        records = _records(store, ids)
    results = []
    names = {
        "assets": "an asset declaration",
        "evaluation": "a review and rating form",
        "proposal": "a proposal summary",
    }
    printers = {
        "assets": print_records.print_declaration,
        "evaluation": print_records.print_evaluation,
        "proposal": print_records.print_proposal,
    }
    for form, record_id in records.items():
        pages = max(_pages(printers[form](store, record_id).pdf), 1)
        form_ms = median_ms(partial(printers[form], store, record_id), repeat=7)
        bare_ms = median_ms(partial(_bare, pages), repeat=7)
        results.append(
            Result(
                f"print {names[form]} (read, lay out, audit)",
                "—",
                f"{form_ms:.0f} ms",
                f"{form_ms / bare_ms:.0f}× a bare ReportLab document of {pages} pages",
            )
        )
    return results


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
        forms = _forms(store, printing.cadre_ids(store))
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
        *forms,
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
