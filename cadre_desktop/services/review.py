"""The mid-term or final review report of a target set as PDF: the dashboard's figures, the
charts and the summary of the contingent, gathered here and laid out by printing/; audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from fractions import Fraction

from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import gettext, language, set_language
from cadre_desktop.printing.headings import PartyHeading
from cadre_desktop.printing.page import PrintContext
from cadre_desktop.printing.review_report import ReviewData, SummaryTable, TargetRow, render_review
from cadre_desktop.services.printing import Printed
from cadre_desktop.services.stats import Statistics, StatTable, statistics
from cadre_desktop.services.stores import Store
from cadre_desktop.services.target_text import gap_text, number_text, target_text, value_text
from cadre_desktop.services.targets import Dashboard
from cadre_desktop.storage.audit import plain

KINDS = ("midterm", "final")
SUMMARY = ("age", "sex", "political_theory", "state_management", "language", "party")
STATUS_VI = {"green": "Đạt", "amber": "Gần đạt", "red": "Chưa đạt", "grey": "Chưa có số liệu"}


def review_kind(dashboard: Dashboard, kind: str | None) -> str:
    """Final in the set's last year, mid-term before, unless the officer says which."""
    if kind is None:
        return "final" if dashboard.year >= dashboard.target_set.end_year else "midterm"
    if kind not in KINDS:
        raise UsageError("The review is midterm or final, not {kind}.", kind=kind)
    return kind


def _summary(table: StatTable) -> SummaryTable:
    total = sum(table.total) or 1
    rows = [
        (label, str(count), f"{number_text_share(count, total)}%")
        for label, count in zip(table.columns, table.total, strict=True)
        if count
    ]
    return SummaryTable(table.title, rows)


def number_text_share(part: int, whole: int) -> str:
    return number_text(Fraction(100 * part, whole))


def review_data(
    store: Store, dashboard: Dashboard, figures: Statistics | None, kind: str, day: dt.date
) -> ReviewData:
    s = dashboard.target_set
    rows = [
        TargetRow(
            r.indicator.number,
            r.indicator.wording,
            target_text(r.indicator),
            value_text(r),
            gap_text(r),
            STATUS_VI[r.colour],
            r.indicator.kind == "share",
            float(r.value) if r.value is not None else None,
            float(r.indicator.high or r.indicator.low),
        )
        for r in dashboard.results
    ]
    shortfalls = [
        f"Chỉ tiêu {r.indicator.number} ({r.indicator.wording}): đạt {value_text(r)}, "
        f"mục tiêu {target_text(r.indicator)}; {len(r.missing)} người chưa đạt."
        if r.indicator.kind == "share"
        else f"Chỉ tiêu {r.indicator.number} ({r.indicator.wording}): {value_text(r)}, "
        f"mục tiêu {target_text(r.indicator)}."
        for r in dashboard.results
        if r.met is False
    ]
    summaries = []
    if figures is not None:
        summaries = [_summary(t) for t in figures.tables if t.key in SUMMARY]
    what = "Sơ kết giữa nhiệm kỳ" if kind == "midterm" else "Tổng kết"
    return ReviewData(
        heading=PartyHeading(issuing_body=store.unit_name, date=day),
        kind="Báo cáo",
        subject=f"{what} việc thực hiện {s.title[:1].lower()}{s.title[1:]}",
        period=f"Số liệu đến ngày {dashboard.on:%d/%m/%Y} — {dashboard.scope.name}",
        rows=rows,
        summaries=summaries,
        shortfalls=shortfalls,
        notes=(
            f"Căn cứ: {s.legal_basis}. Số liệu tổng hợp từ hồ sơ cán bộ đang công tác "
            f"trong phần mềm, theo bộ chỉ tiêu {s.code} (lần nhập {s.revision}).",
        ),
    )


@contextmanager
def _in_vietnamese() -> Iterator[None]:
    """A Party document is written in Vietnamese whatever language the officer reads."""
    before = language()
    set_language("vi")
    try:
        yield
    finally:
        set_language(before)


def print_review(
    store: Store, dashboard: Dashboard, kind: str | None = None, today: dt.date | None = None,
    with_statistics: bool = True,
) -> Printed:  # fmt: skip
    """The review report as PDF bytes; the printing is recorded in the audit log."""
    day = today or dt.date.today()
    chosen = review_kind(dashboard, kind)
    with _in_vietnamese():
        figures = statistics(store, dashboard.scope.code, dashboard.on) if with_statistics else None
        data = review_data(store, dashboard, figures, chosen, day)
    title = gettext("Review report") + f" {dashboard.target_set.code}"
    pdf = render_review(data, PrintContext(store.unit_name, day, title))
    with store.unit_of_work(write=True, reason=f"print review {chosen}") as uow:
        uow.audit.append(
            "print", "target_report", dashboard.target_set.code,
            changes=plain({"form": f"review-{chosen}", "year": dashboard.year,
                           "unit": dashboard.scope.code}),
        )  # fmt: skip
    name = f"bao-cao-{'so-ket' if chosen == 'midterm' else 'tong-ket'}-{dashboard.year}.pdf"
    return Printed(f"review-{chosen}", pdf, name)
