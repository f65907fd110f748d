"""The register printed (HD 36 heading) and exported, with the usual confidentiality: only on
purpose, audited (who, when, which matters, why), restricted content only when chosen, secret
content and complainants never."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from cadre_desktop.domain.oversight_enums import Sensitivity
from cadre_desktop.errors import UsageError
from cadre_desktop.printing.headings import PartyHeading
from cadre_desktop.printing.matter_register import (
    MatterLine,
    MatterRegister,
    render_matter_register,
)
from cadre_desktop.printing.page import PrintContext
from cadre_desktop.services.matter_queries import Filters, MatterRow, list_matters
from cadre_desktop.services.printing import Printed
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import oversight as q
from cadre_desktop.storage.files import write_atomically
from cadre_desktop.text import clean

TITLE = "Sổ theo dõi đơn thư, kiến nghị về cán bộ"
COLUMNS = ("number", "received_on", "kind", "subject", "summary", "handling_body", "due_on",
           "status", "outcome", "conclusion_number")  # fmt: skip


def _summaries(store: Store, rows: list[MatterRow], restricted: bool) -> dict[str, str | None]:
    """What each row may print: normal summaries; restricted ones only when chosen."""
    shown: dict[str, str | None] = {r.id: r.summary for r in rows}
    if restricted:
        with store.unit_of_work() as uow:
            for m in q.matters(uow.session):
                if m.id in shown and m.sensitivity is Sensitivity.RESTRICTED:
                    shown[m.id] = m.summary
    return shown


def _lines(rows: list[MatterRow], shown: dict[str, str | None]) -> list[MatterLine]:
    return [
        MatterLine(r.number, r.received_on.strftime("%d/%m/%Y"), r.kind.value, r.subject,
                   shown[r.id], r.handling_body, r.due_on.strftime("%d/%m/%Y"), r.status.value,
                   r.outcome, r.overdue)
        for r in reversed(rows)  # the register reads oldest first
    ]  # fmt: skip


def _audit(store: Store, action: str, rows: list[MatterRow], what: dict[str, object],
           reason: str, then: Callable[[], None] | None = None) -> None:  # fmt: skip
    """Record the printing or export; ``then`` (writing the file) runs inside the same
    transaction, so a file that cannot be written leaves no record of an export."""
    with store.unit_of_work(write=True, reason=reason) as uow:
        uow.audit.append(action, "matter_register", None, None,
                         {**what, "matters": [r.number for r in rows]}, reason)  # fmt: skip
        for cadre_id in dict.fromkeys(r.cadre_id for r in rows if r.cadre_id):
            uow.audit.append(action, "cadre", cadre_id, cadre_id, {"form": "matter_register"})
        uow.session.flush()
        if then is not None:
            then()


def print_register(
    store: Store, filters: Filters | None = None, *, include_restricted: bool = False,
    scope: str = "toàn bộ sổ", today: dt.date | None = None,
) -> Printed:  # fmt: skip
    """The register (or the filtered part of it) as a PDF; the printing is audited."""
    day = today or dt.date.today()
    rows = list_matters(store, filters, day)
    shown = _summaries(store, rows, include_restricted)
    data = MatterRegister(
        heading=PartyHeading(issuing_body=store.unit_name, date=day),
        lines=_lines(rows, shown), scope=scope,
        confidential=any(r.sensitivity is not Sensitivity.NORMAL and shown[r.id] for r in rows),
    )  # fmt: skip
    context = PrintContext(unit_name=store.unit_name, printed_on=day, title=TITLE)
    pdf = render_matter_register(data, context)
    _audit(store, "print", rows, {"restricted": include_restricted}, "print matter register")
    return Printed("matter-register", pdf, f"so-theo-doi-don-thu-{day:%Y%m%d}.pdf")


def export_register(
    store: Store, target: Path, *, purpose: str, filters: Filters | None = None,
    include_restricted: bool = False, today: dt.date | None = None,
) -> int:  # fmt: skip
    """Write the register as CSV (UTF-8 for spreadsheets) where the officer chose, for the
    purpose given; returns the number of matters written."""
    why = clean(purpose)
    if not why:
        raise UsageError("Say for what purpose the register is exported; the export is recorded.")
    if not target.parent.is_dir():
        raise UsageError("The folder {path} does not exist.", path=str(target.parent))
    day = today or dt.date.today()
    rows = list_matters(store, filters, day)
    shown = _summaries(store, rows, include_restricted)
    with store.unit_of_work() as uow:
        numbers = {m.id: m.conclusion_number for m in q.matters(uow.session)}
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for r in reversed(rows):
        writer.writerow([
            r.number, r.received_on.isoformat(), r.kind.value, r.subject, shown[r.id] or "",
            r.handling_body or "", r.due_on.isoformat(), r.status.value, r.outcome or "",
            numbers.get(r.id) or "",
        ])  # fmt: skip

    def write() -> None:
        try:
            write_atomically(target, buffer.getvalue().encode("utf-8-sig"))
        except OSError as exc:
            raise UsageError("The file cannot be written to {path}.", path=str(target)) from exc

    what = {"file": target.name, "restricted": include_restricted}
    _audit(store, "export", rows, what, why, then=write)
    return len(rows)
