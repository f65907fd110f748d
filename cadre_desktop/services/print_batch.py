"""Printing a form for many cadres (a filtered list, a unit, everyone): which record of each
cadre the form prints, and the batch itself, one PDF per cadre or all in one.

Which record: for a declaration the latest one (of ``year`` when given; a completed one
before a draft of the same day); for an evaluation the standing rating of the latest period
(the year's own rating before its quarters); for a proposal the latest by its expected date.
Cadres without such a record are left out, and the caller is told how many.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cadre_desktop.domain.yearly_enums import DeclarationStatus
from cadre_desktop.errors import UsageError
from cadre_desktop.services import print_records, printing
from cadre_desktop.services.browse import CadreFilter, count, page
from cadre_desktop.services.print_gather import Progress
from cadre_desktop.services.printing import Printed
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.print_lookup import declaration_rows, evaluation_rows, proposal_rows
from cadre_desktop.storage.yearly import cadre_names

FORMS = ("2c", "assets", "evaluation", "proposal", "clearances")
ONE_FILE_ONLY = frozenset({"clearances"})  # a register lists every cadre in one document
YEARLY = frozenset({"assets", "evaluation", "proposal"})


@dataclass(frozen=True)
class BatchChoice:
    form: str
    layout: str = printing.DEFAULT_LAYOUT
    year: int | None = None

    def check(self) -> None:
        if self.form not in FORMS:
            raise UsageError(
                "There is no form {form}; choose one of {choices}.",
                form=self.form,
                choices=", ".join(FORMS),
            )
        if self.form == "2c" and self.layout not in printing.LAYOUTS:
            raise UsageError(
                "There is no CV layout {layout}; choose one of {choices}.",
                layout=self.layout,
                choices=", ".join(printing.LAYOUTS),
            )


def _latest(rows: list[Any], key: Any) -> dict[str, str]:
    best: dict[str, Any] = {}
    for row in rows:
        if row[0] not in best or key(row) > key(best[row[0]]):
            best[row[0]] = row
    return {cadre: row[1] for cadre, row in best.items()}


def chosen_records(
    store: Store, form: str, cadre_ids: Sequence[str], year: int | None = None
) -> list[str]:
    """The record each cadre's form prints, in the cadres' order (cadres without one left out)."""
    with store.unit_of_work() as uow:
        if form == "assets":
            rows = [r for r in declaration_rows(uow.session, cadre_ids) if year in (None, r[2])]
            done = DeclarationStatus.COMPLETED
            chosen = _latest(rows, lambda r: (r[3].iso(), r[4] is done, r[1]))
        elif form == "evaluation":
            rows = [r for r in evaluation_rows(uow.session, cadre_ids) if year in (None, r[2])]
            chosen = _latest(rows, lambda r: (r[2], r[3] is None, r[3] or 0, r[4]))
        elif form == "proposal":
            rows = proposal_rows(uow.session, cadre_ids)
            rows = [r for r in rows if year in (None, r[2].earliest().year)]
            chosen = _latest(rows, lambda r: (r[2].iso(), r[1]))
        else:
            raise UsageError("The form {form} is not printed from a record.", form=form)
    return [chosen[c] for c in cadre_ids if c in chosen]


def batch_items(store: Store, choice: BatchChoice, cadre_ids: Sequence[str]) -> list[str]:
    """What the batch prints: the cadres themselves, or the record chosen for each."""
    choice.check()
    if choice.form in YEARLY:
        return chosen_records(store, choice.form, cadre_ids, choice.year)
    return list(cadre_ids)


def iter_batch(
    store: Store, choice: BatchChoice, items: Sequence[str], today: dt.date | None = None
) -> Iterator[Printed]:
    """One PDF per item, in order (a register: one PDF for them all)."""
    if choice.form == "2c":
        yield from printing.iter_cvs(store, items, choice.layout, today)
    elif choice.form == "clearances":
        yield printing.print_clearance_register(store, items, today)
    else:
        yield from print_records.iter_records(store, choice.form, items, today)


def batch_together(
    store: Store,
    choice: BatchChoice,
    items: Sequence[str],
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Printed | None:
    """Every item's form in one PDF; None when cancelled (nothing to write then)."""
    if choice.form == "2c":
        return printing.print_cvs_together(store, items, choice.layout, today, progress)
    if choice.form == "clearances":
        printed = printing.print_clearance_register(store, items, today)
        return printed if progress is None or progress(1, 1) else None
    return print_records.records_together(store, choice.form, items, today, progress)


def require_cadres(store: Store, cadre_ids: Sequence[str]) -> None:
    """Refuse, in one sentence, an id that is no dossier of the store."""
    with store.unit_of_work() as uow:
        known = cadre_names(uow.session, list(cadre_ids))
    for cadre_id in cadre_ids:
        if cadre_id not in known:
            raise UsageError("No dossier has the id {id}.", id=cadre_id)


def filtered_ids(store: Store, query: CadreFilter) -> list[str]:
    """Every cadre the list shows for ``query``, in the list's order."""
    total = count(store, query)
    ids: list[str] = []
    while len(ids) < total:
        rows = page(store, query, len(ids), 2000, total)
        if not rows:
            break
        ids += [row.id for row in rows]
    return ids


def unique_target(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, numbered when taken (two people may share a name)."""
    target, suffix = folder / name, 2
    while target.exists():
        target = folder / name.replace(".pdf", f"-{suffix}.pdf")
        suffix += 1
    return target


def save_each(
    printed: Iterator[Printed], total: int, folder: Path, progress: Progress | None = None
) -> int:
    """Write each PDF into ``folder`` as it comes (each file whole or not at all) until done or
    ``progress`` cancels; returns how many files were written."""
    if not folder.is_dir():
        raise UsageError("The folder {path} does not exist.", path=str(folder))
    written = 0
    for one in printed:
        printing.save_pdf(one, unique_target(folder, one.suggested_name))
        written += 1
        if progress is not None and not progress(written, total):
            break
    return written
