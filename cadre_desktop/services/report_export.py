"""The report tables to Excel: the targets with the cadres behind each shortfall, and every
statistics table and list, with Vietnamese headers and real numbers and dates; audited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cadre_desktop.services.stats import Statistics
from cadre_desktop.services.stores import Store
from cadre_desktop.services.target_text import target_text
from cadre_desktop.services.targets import Dashboard, behind
from cadre_desktop.services.xlsx_write import Percent, SheetData, Writer

STATUS_VI = {"green": "Đạt", "amber": "Gần đạt", "red": "Chưa đạt", "grey": "Chưa có số liệu"}


def export_dashboard(store: Store, dashboard: Dashboard, target: Path) -> Path:
    """Sheet 1: each target with its result; sheet 2: who is missing what, per target."""
    s = dashboard.target_set
    heading = [
        f"Kết quả thực hiện {s.title[:1].lower()}{s.title[1:]} — năm {dashboard.year}",
        f"{dashboard.scope.name}; số liệu đến ngày {dashboard.on:%d/%m/%Y}",
    ]

    def figure(result: Any, value: Any) -> Any:
        if value is None:
            return None
        return Percent(float(value)) if result.indicator.kind == "share" else float(value)

    rows = [
        [r.indicator.number, r.indicator.wording, target_text(r.indicator), figure(r, r.value),
         float(r.gap) if r.gap is not None else None, r.numerator, r.denominator,
         STATUS_VI[r.colour], r.indicator.legal_basis]
        for r in dashboard.results
    ]  # fmt: skip
    lists = [(r.indicator.number, behind(store, r)) for r in dashboard.results]
    details = [
        [number, b.name, b.birth, b.post, b.unit, b.note] for number, rows in lists for b in rows
    ]
    with store.unit_of_work(write=True, reason=f"export report {target.name}") as uow:
        writer = Writer()
        writer.sheet(SheetData(
            "Chỉ tiêu",
            ["TT", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Chênh lệch", "Số đạt", "Tổng số",
             "Đánh giá", "Căn cứ"],
            rows, (5, 60, 12, 10, 11, 9, 9, 14, 40), heading,
        ))  # fmt: skip
        writer.sheet(SheetData(
            "Chi tiết", ["Chỉ tiêu", "Họ và tên", "Ngày sinh", "Chức vụ", "Đơn vị", "Ghi chú"],
            details, (9, 26, 12, 40, 30, 50), heading,
        ))  # fmt: skip
        for cadre_id in sorted({b.cadre_id for _n, rows in lists for b in rows}):
            uow.audit.append("export", "cadre", cadre_id, cadre_id, {"file": target.name})
        uow.audit.append("export", "target_report", s.code,
                         changes={"year": dashboard.year, "unit": dashboard.scope.code,
                                  "file": target.name})  # fmt: skip
        uow.session.flush()
        writer.save(target)
    return target


def export_statistics(store: Store, statistics: Statistics, target: Path) -> Path:
    """A sheet per table (units by categories, with totals) and per list."""
    heading = [f"{statistics.scope.name}; số liệu đến ngày {statistics.on:%d/%m/%Y}"]
    writer = Writer()
    for table in statistics.tables:
        rows: list[list[Any]] = [[unit, *counts, sum(counts)] for unit, counts in table.rows]
        rows.append(["Tổng số", *table.total, sum(table.total)])
        writer.sheet(SheetData(
            table.title, ["Đơn vị", *table.columns, "Tổng số"], rows,
            (36, *([12] * (len(table.columns) + 1))), [table.title, *heading],
        ))  # fmt: skip
    listed: set[str] = set()
    for found in statistics.lists:
        listed |= {i for i in found.cadre_ids if i}
        widths = (26, *([16] * (len(found.columns) - 1)))
        writer.sheet(SheetData(found.title, list(found.columns), [list(r) for r in found.rows],
                               widths, [found.title, *heading]))  # fmt: skip
    with store.unit_of_work(write=True, reason=f"export statistics {target.name}") as uow:
        for cadre_id in sorted(listed):
            uow.audit.append("export", "cadre", cadre_id, cadre_id, {"file": target.name})
        changes = {"date": statistics.on.isoformat(), "file": target.name}
        uow.audit.append("export", "statistics", statistics.scope.code, changes=changes)
        uow.session.flush()
        writer.save(target)
    return target
