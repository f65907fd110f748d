"""Print the official forms: gather plain data from the store, render with printing/, audit.

A PDF holds personal data: callers get bytes (the preview renders them from memory) and a file
is written only where the officer chose, atomically. Every printing is audited (who: the store's
officer; which form; which cadre)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from cadre_desktop.errors import UsageError
from cadre_desktop.printing.cv_data import CvData
from cadre_desktop.printing.forms import CV_LAYOUTS, render_cv, render_cvs, render_register
from cadre_desktop.printing.headings import PartyHeading
from cadre_desktop.printing.page import Cancelled, PrintContext
from cadre_desktop.printing.registers import RegisterData, RegisterPart
from cadre_desktop.services import clearances as clearance_service
from cadre_desktop.services import planning as planning_service
from cadre_desktop.services.conflicts import conflict_sections_of
from cadre_desktop.services.print_cv import cv_data
from cadre_desktop.services.print_gather import Progress, halves
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.blobs import read_blob
from cadre_desktop.storage.browse import unit_rows
from cadre_desktop.storage.files import write_atomically
from cadre_desktop.storage.queries import all_cadre_ids, load_dossiers
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.text import fold

LAYOUTS = tuple(CV_LAYOUTS)
DEFAULT_LAYOUT = "tctw98"
BATCH = 50  # dossiers loaded per transaction while batch printing


@dataclass(frozen=True)
class Printed:
    """A rendered form: its bytes and a file name to suggest."""

    form: str
    pdf: bytes
    suggested_name: str


def print_context(store: Store, title: str, today: dt.date, page_mark: str = "") -> PrintContext:
    """What every page of a print shows besides the form: the store's unit and the date."""
    return PrintContext(
        unit_name=store.unit_name, printed_on=today, title=title, page_mark=page_mark
    )


def _unit_names(uow: UnitOfWork) -> dict[str, str]:
    return {row.id: row.name for row in unit_rows(uow.session)}


def file_name(cadre_name: str, form: str, suffix: str = "") -> str:
    """A file name to suggest: the form and the cadre's name without diacritics."""
    slug = "-".join(fold(cadre_name).split())
    return f"{form}-{slug}{suffix}.pdf"


def _check_layout(layout: str) -> None:
    if layout not in CV_LAYOUTS:
        raise UsageError(
            "There is no CV layout {layout}; choose one of {choices}.",
            layout=layout,
            choices=", ".join(LAYOUTS),
        )


def print_cv(
    store: Store, cadre_id: str, layout: str = DEFAULT_LAYOUT, today: dt.date | None = None
) -> Printed:
    """The CV of one cadre in the chosen layout; audited."""
    _check_layout(layout)
    return next(iter_cvs(store, [cadre_id], layout, today))


def _cv_datas(
    store: Store, cadre_ids: Sequence[str], layout: str, day: dt.date
) -> Iterator[tuple[str, CvData]]:
    """Plain CV data batch by batch (bounded memory); each cadre audited in its batch."""
    catalogs = store.catalogs()
    for start in range(0, len(cadre_ids), BATCH):
        chunk = list(cadre_ids[start : start + BATCH])
        with store.unit_of_work(write=True, reason=f"print 2c-{layout}") as uow:
            cadres = load_dossiers(uow.session, chunk)
            missing = set(chunk) - {c.id for c in cadres}
            if missing:
                raise UsageError("No dossier has the id {id}.", id=sorted(missing)[0])
            names = _unit_names(uow)
            in_conflict = conflict_sections_of(uow, chunk)  # marked on the form, never hidden
            done: list[tuple[str, CvData]] = []
            for cadre in cadres:
                data = cv_data(
                    cadre,
                    catalogs,
                    unit_names=names,
                    today=day,
                    read_blob=lambda digest: read_blob(uow.session, digest),
                    conflicts=in_conflict.get(cadre.id, ()),
                )
                uow.audit.append("print", "cadre", cadre.id, cadre.id, {"form": f"2c-{layout}"})
                done.append((cadre.full_name, data))
        yield from done


def iter_cvs(
    store: Store, cadre_ids: Sequence[str], layout: str, today: dt.date | None = None
) -> Iterator[Printed]:
    """One PDF per cadre, in the order asked."""
    _check_layout(layout)
    day = today or dt.date.today()
    context = print_context(store, "Sơ yếu lý lịch", day)
    for name, data in _cv_datas(store, cadre_ids, layout, day):
        yield Printed(f"2c-{layout}", render_cv(data, context, layout), file_name(name, "2c"))


def print_cvs_together(
    store: Store,
    cadre_ids: Sequence[str],
    layout: str,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Printed | None:
    """Every CV in one PDF, each starting on a new page; None when cancelled."""
    _check_layout(layout)
    day = today or dt.date.today()
    gathered, laid_out = halves(progress, len(cadre_ids))
    datas: list[CvData] = []
    for _name, data in _cv_datas(store, cadre_ids, layout, day):
        datas.append(data)
        if not gathered(len(datas)):
            return None
    try:
        pdf = render_cvs(datas, print_context(store, "Sơ yếu lý lịch", day), layout, laid_out)
    except Cancelled:
        return None
    return Printed(f"2c-{layout}", pdf, f"2c-{layout}.pdf")


def cadre_ids(store: Store, unit_code: str | None = None) -> list[str]:
    """Every cadre, or those managed by or working in a unit and the units under it."""
    with store.unit_of_work() as uow:
        ids = all_cadre_ids(uow.session)
        if unit_code is None:
            return ids
        rows = unit_rows(uow.session)
        root = next((r.id for r in rows if r.code == unit_code), None)
        if root is None:
            raise UsageError("There is no unit with the code {code}.", code=unit_code)
        subtree = {root}
        grew = True
        while grew:
            before = len(subtree)
            subtree |= {r.id for r in rows if r.parent_id in subtree}
            grew = len(subtree) != before
        chosen: list[str] = []
        for start in range(0, len(ids), 500):
            for cadre in load_dossiers(uow.session, ids[start : start + 500]):
                if cadre.managing_unit_id in subtree or cadre.current_unit_id in subtree:
                    chosen.append(cadre.id)
        return chosen


def save_pdf(printed: Printed | bytes, target: Path) -> Path:
    """Write a PDF where the officer chose; never a half-written file."""
    data = printed.pdf if isinstance(printed, Printed) else printed
    if not target.parent.is_dir():
        raise UsageError("The folder {path} does not exist.", path=str(target.parent))
    write_atomically(target, data)
    return target


# -- Party registers ------------------------------------------------------------------------

RESULT_TEXT = {
    "meets": "Đủ tiêu chuẩn chính trị",
    "meets_with_ceiling": "Đủ tiêu chuẩn chính trị, có mức trần",
    "does_not_meet": "Không đủ tiêu chuẩn chính trị",
    "pending": "Đang thẩm tra, xác minh",
}
PURPOSE_TEXT = {
    "planning": "Quy hoạch",
    "appointment": "Bổ nhiệm",
    "nomination": "Giới thiệu ứng cử",
    "rotation": "Luân chuyển",
    "other": "Khác",
}
GROUP_TEXT = {"1": "Đối tượng 1", "2": "Đối tượng 2"}
FIGURE_TEXT = {
    "lower_post": "giữ chức vụ thấp hơn liền kề",
    "women": "nữ",
    "under_40": "dưới 40 tuổi",
    "under_42": "dưới 42 tuổi",
    "ethnic_minority": "dân tộc thiểu số",
    "science": "khoa học, công nghệ",
}


def _heading(store: Store, day: dt.date) -> PartyHeading:
    return PartyHeading(issuing_body=store.unit_name, date=day)


def print_clearance_register(
    store: Store, ids: Sequence[str], today: dt.date | None = None
) -> Printed:
    """The register of political-standard conclusions of the given cadres; audited per cadre."""
    day = today or dt.date.today()
    catalogs = store.catalogs()
    rows: list[list[str | None]] = []
    with store.unit_of_work() as uow:
        people = {c.id: c.full_name for c in load_dossiers(uow.session, list(ids))}
    for cadre_id in ids:
        if cadre_id not in people:
            raise UsageError("No dossier has the id {id}.", id=cadre_id)
        for c in clearance_service.list_clearances(store, cadre_id):
            ceiling = catalogs.label("title", c["ceiling"]) if c["ceiling"] else None
            result = RESULT_TEXT.get(c["result"], c["result"])
            rows.append(
                [
                    str(len(rows) + 1),
                    people[cadre_id],
                    f"Số {c['number']}, ngày {c['date']}",
                    c["body"],
                    PURPOSE_TEXT.get(c["purpose"], c["purpose"]),
                    f"{result} ({ceiling})" if ceiling else result,
                    ("Còn hiệu lực" if not c["stale"] else "Cần kết luận lại")
                    if c["in_force"]
                    else "Đã thay thế",
                ]
            )
    data = RegisterData(
        heading=_heading(store, day),
        kind="Sổ theo dõi",
        subject="kết luận tiêu chuẩn chính trị của cán bộ",
        columns=[
            "TT",
            "Họ và tên",
            "Số, ngày kết luận",
            "Cơ quan kết luận",
            "Mục đích",
            "Kết luận",
            "Tình trạng",
        ],
        fractions=(0.7, 3, 2.6, 2.6, 1.8, 3, 1.8),
        parts=[RegisterPart(None, rows)],
    )
    pdf = render_register(
        data, print_context(store, "Sổ theo dõi kết luận tiêu chuẩn chính trị", day)
    )
    _audit(store, "clearances", ids)
    return Printed("clearances", pdf, "clearances.pdf")


def print_planning_list(store: Store, term_code: str, today: dt.date | None = None) -> Printed:
    """The planning list of a term: per title the people planned and the structure figures."""
    day = today or dt.date.today()
    catalogs = store.catalogs()
    titles = planning_service.planning_list(store, term_code, day)
    parts = []
    planned: list[str] = []
    for title in titles:
        rows = [
            [str(i), p["name"], GROUP_TEXT.get(p["group"], p["group"]), p["since"]]
            for i, p in enumerate(title["planned"], start=1)
        ]
        planned += [p["cadre"] for p in title["planned"]]
        figures = title["figures"]
        structure = "; ".join(f"{FIGURE_TEXT.get(k, k)}: {v}" for k, v in figures.items())
        notes = [
            f"Số người được bố trí: {title['seats']}; số người quy hoạch: {len(rows)}."
            f" Cơ cấu — {structure}."
        ]
        name = catalogs.label("title", title["title"]) or title["title"]
        parts.append(RegisterPart(name, rows, notes))
    data = RegisterData(
        heading=_heading(store, day),
        kind="Danh sách",
        subject=f"cán bộ quy hoạch nhiệm kỳ {term_code}",
        columns=["TT", "Họ và tên", "Đối tượng", "Quy hoạch từ"],
        fractions=(0.7, 5, 2.4, 2),
        parts=parts,
    )
    pdf = render_register(data, print_context(store, f"Danh sách quy hoạch {term_code}", day))
    _audit(store, "planning", planned, extra={"term": term_code})
    return Printed("planning", pdf, f"planning-{term_code}.pdf")


def _audit(
    store: Store, form: str, ids: Sequence[str], extra: dict[str, str] | None = None
) -> None:
    with store.unit_of_work(write=True, reason=f"print {form}") as uow:
        for cadre_id in dict.fromkeys(ids):
            uow.audit.append("print", "cadre", cadre_id, cadre_id, {"form": form, **(extra or {})})
