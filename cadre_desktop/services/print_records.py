"""Print the yearly records and proposals: one declaration, evaluation or proposal summary
(what the GUI pages call), or many, one PDF each or all in one; every printing is audited.

The record's data is gathered inside a writing unit of work that records the print in the
audit log; the PDF is laid out afterwards, from plain data, and handed back as bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence

from cadre_desktop.printing.forms import render_record, render_records
from cadre_desktop.printing.page import Cancelled, PrintContext
from cadre_desktop.services.print_declaration import gather_declaration
from cadre_desktop.services.print_evaluation import gather_evaluation
from cadre_desktop.services.print_gather import Gathered, Place, Progress, halves
from cadre_desktop.services.print_proposal import gather_proposal
from cadre_desktop.services.printing import BATCH, Printed, file_name, print_context
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.browse import unit_rows
from cadre_desktop.storage.uow import UnitOfWork

RECORD_FORMS = ("assets", "evaluation", "proposal")
_GATHER: dict[str, Callable[[UnitOfWork, str, Place], Gathered]] = {
    "assets": gather_declaration,
    "evaluation": gather_evaluation,
    "proposal": gather_proposal,
}
_ENTITY = {"assets": "asset_declaration", "evaluation": "evaluation", "proposal": "proposal"}
TITLES = {
    "assets": "Bản kê khai tài sản, thu nhập",
    "evaluation": "Bản kiểm điểm cá nhân",
    "proposal": "Báo cáo tóm tắt nhân sự",
}
# NĐ 130/2020 Mục B note 1: the declarant signs every page.
PAGE_MARKS = {"assets": "Người kê khai ký: ....................."}


def _context(store: Store, form: str, day: dt.date) -> PrintContext:
    return print_context(store, TITLES[form], day, PAGE_MARKS.get(form, ""))


def _gathered(
    store: Store, form: str, record_ids: Sequence[str], day: dt.date
) -> Iterator[Gathered]:
    """Batch by batch (bounded memory), each record audited in its batch's transaction."""
    gather = _GATHER[form]
    for start in range(0, len(record_ids), BATCH):
        chunk = record_ids[start : start + BATCH]
        with store.unit_of_work(write=True, reason=f"print {form}") as uow:
            place = Place({r.id: r.name for r in unit_rows(uow.session)}, store.unit_name, day)
            done = []
            for record_id in chunk:
                got = gather(uow, record_id, place)
                uow.audit.append("print", _ENTITY[form], record_id, got.cadre_id, {"form": form})
                done.append(got)
        yield from done


def _printed(store: Store, got: Gathered, day: dt.date) -> Printed:
    pdf = render_record(got.form, got.data, _context(store, got.form, day))
    return Printed(got.form, pdf, file_name(got.cadre_name, got.form, got.suffix))


def print_declaration(store: Store, declaration_id: str, today: dt.date | None = None) -> Printed:
    """An asset and income declaration in the official annex layout (audited)."""
    return next(iter_records(store, "assets", [declaration_id], today))


def print_evaluation(store: Store, evaluation_id: str, today: dt.date | None = None) -> Printed:
    """The review and rating form of one evaluation (audited)."""
    return next(iter_records(store, "evaluation", [evaluation_id], today))


def print_proposal(store: Store, proposal_id: str, today: dt.date | None = None) -> Printed:
    """The summary of a personnel proposal (audited)."""
    return next(iter_records(store, "proposal", [proposal_id], today))


def iter_records(
    store: Store, form: str, record_ids: Sequence[str], today: dt.date | None = None
) -> Iterator[Printed]:
    """One PDF per record, in the order asked."""
    day = today or dt.date.today()
    for got in _gathered(store, form, list(record_ids), day):
        yield _printed(store, got, day)


def records_together(
    store: Store,
    form: str,
    record_ids: Sequence[str],
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Printed | None:
    """Every record's form in one PDF, each on a new page; None when cancelled."""
    day = today or dt.date.today()
    gathered, laid_out = halves(progress, len(record_ids))
    datas = []
    for got in _gathered(store, form, list(record_ids), day):
        datas.append(got.data)
        if not gathered(len(datas)):
            return None
    try:
        pdf = render_records(form, datas, _context(store, form, day), laid_out)
    except Cancelled:
        return None
    return Printed(form, pdf, f"{form}.pdf")
