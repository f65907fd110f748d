"""Reports benchmarks on the 50,000-cadre demo store: the targets dashboard (≤ 2 s), the import
of a 10,000-row sheet (≤ 30 s) and the export of 50,000 rows to Excel (≤ 20 s).

Baselines, measured in the same run: for the targets, the same facts read by raw SQL (the
rows the calculators start from); for the import, openpyxl reading every cell of the same
sheet; for the export, the same cadres' columns fetched by one raw query and written by a
bare openpyxl write-only workbook. The import runs against the full store and is cancelled
at its very end, so it does all its work (dry run, bulk writes, audit) and leaves the
cached store as it was."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

import openpyxl

from bench.common import PASSPHRASE, Result, demo_store, median_ms
from cadre_desktop.services import targets, xlsx_export, xlsx_import
from cadre_desktop.services.browse import CadreFilter
from cadre_desktop.services.stores import Store, unlock

YEAR = 2025
TODAY = dt.date(2026, 12, 1)
ROWS = 10_000
RAW_TARGET_QUERIES = (
    "SELECT id, sex, birth_date, ethnicity, religion, education_level, political_theory, "
    "state_management, party_join_date, coalesce(current_unit_id, managing_unit_id) "
    "FROM cadre WHERE status = 'active'",
    'SELECT cadre_id, id, title_code, unit_id, start, "end" FROM posting '
    "WHERE title_code IN ({titles}) AND start <= '2025-12-31' "
    'AND ("end" IS NULL OR "end" >= \'2025\')',
    "SELECT cadre_id, rating, status, revision, commitment_signed FROM evaluation "
    "WHERE year = 2025 AND quarter IS NULL",
    "SELECT cadre_id, kind, level, language, start, \"end\" FROM training WHERE kind = 'language'",
    "SELECT DISTINCT cadre_id FROM training WHERE start >= '2021-01-01' OR \"end\" >= '2021-01-01'",
)


def _raw_facts(store: Store, titles: list[str]) -> None:
    connection = store.engine.raw_connection()
    try:
        cursor = connection.cursor()
        listed = ", ".join(f"'{t}'" for t in titles)
        for query in RAW_TARGET_QUERIES:
            cursor.execute(query.format(titles=listed))
            cursor.fetchall()
    finally:
        connection.close()


def _sheet(path: Path) -> Path:
    rng = random.Random(8)
    families, middles = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"), ("Văn", "Thị", "Minh")
    givens = ("An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Mai", "Nam", "Sơn", "Yến")
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("Danh sách")
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo",
               "Lý luận chính trị", "Trình độ chuyên môn", "Ngoại ngữ", "Trình độ ngoại ngữ",
               "Chức vụ", "Giữ chức vụ từ"])  # fmt: skip
    for n in range(1, ROWS + 1):
        name = f"{rng.choice(families)} {rng.choice(middles)} Nhập{n} {rng.choice(givens)}"
        ws.append([n, name, f"{n % 28 + 1:02d}/{n % 12 + 1:02d}/{1965 + n % 35}",
                   rng.choice(("Nam", "Nữ")), "Kinh", "Không",
                   rng.choice(("Cao cấp", "Trung cấp", "so cap")), "Đại học", "Tiếng Anh",
                   "Bậc 3 (B1)", "Chuyên viên", "01/2015"])  # fmt: skip
    book.save(path)
    return path


def _raw_read(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True)
    cells = sum(1 for row in book.worksheets[0].iter_rows(values_only=True) for _v in row)
    book.close()
    return cells


def _import(store: Store, path: Path) -> float:
    """Seconds for the whole import, cancelled by its last progress call (nothing stays)."""

    def last_cancels(done: int, total: int) -> bool:
        return done < total

    started = time.perf_counter()
    with contextlib.suppress(xlsx_import.ImportCancelled):
        xlsx_import.import_xlsx(store, path, progress=last_cancels)
    return time.perf_counter() - started


def _raw_export(store: Store, target: Path) -> None:
    connection = store.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(
            "SELECT family_name, middle_name, given_name, birth_date, sex, id_number, ethnicity, "
            "religion, current_unit_id, current_position, party_join_date, education_level, "
            "political_theory, state_management FROM cadre ORDER BY sort_key"
        )
        book = openpyxl.Workbook(write_only=True)
        ws = book.create_sheet("raw")
        for number, row in enumerate(cursor, start=1):
            ws.append([number, *row])
        book.save(target)
    finally:
        connection.close()


def run() -> list[Result]:
    path, _built = demo_store()
    store = unlock(path, PASSPHRASE)
    folder = Path(tempfile.mkdtemp(prefix="reports-bench-"))
    try:
        dashboard = targets.compute(store, YEAR, today=TODAY)
        population = dashboard.results[0].denominator
        titles = sorted(targets.holder_titles(dashboard.target_set))
        targets_ms = median_ms(
            lambda: targets.compute(store, YEAR, today=TODAY), repeat=5, warmup=1
        )
        raw_ms = median_ms(lambda: _raw_facts(store, titles), repeat=5, warmup=1)

        sheet = _sheet(folder / "nhap.xlsx")
        started = time.perf_counter()
        _raw_read(sheet)
        read_s = time.perf_counter() - started
        import_s = _import(store, sheet)

        listed = folder / "xuat.xlsx"
        started = time.perf_counter()
        exported = xlsx_export.export_list(store, CadreFilter(), listed)
        export_s = time.perf_counter() - started
        started = time.perf_counter()
        _raw_export(store, folder / "raw.xlsx")
        raw_export_s = time.perf_counter() - started
    finally:
        store.close()
    return [
        Result(
            f"targets dashboard, 14 indicators over {population:,} cadres",
            "≤ 2 s",
            f"{targets_ms / 1000:.2f} s",
            f"{targets_ms / raw_ms:.1f}× raw SQL of the same facts ({raw_ms:.0f} ms)",
            targets_ms <= 2000,
        ),
        Result(
            f"import a {ROWS:,}-row sheet (dry run, checks, writes, audit)",
            "≤ 30 s",
            f"{import_s:.1f} s",
            f"{import_s / read_s:.1f}× openpyxl reading the sheet ({read_s:.1f} s)",
            import_s <= 30,
        ),
        Result(
            f"export {exported:,} rows to Excel ({len(xlsx_export.DEFAULT_COLUMNS)} columns)",
            "≤ 20 s",
            f"{export_s:.1f} s",
            f"{export_s / raw_export_s:.1f}× raw SQL + bare openpyxl ({raw_export_s:.1f} s)",
            export_s <= 20,
        ),
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
