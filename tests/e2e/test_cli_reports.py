"""`cadre report`, `cadre targets`, `cadre import-xlsx | export-xlsx | xlsx-template` on a real
demo store: JSON, the review PDF read back, Excel files, a 2026-2030 set entered, refusals."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.e2e.test_cli import cadre


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "Kho bao cao.cadre"
    result = cadre("--db", str(path), "demo", "--cadres", "40", "--seed", "4")
    assert result.returncode == 0, result.stderr
    return path


def test_targets_as_json_and_text(demo: Path) -> None:
    result = cadre("--db", str(demo), "report", "targets", "--year", "2024", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["set"] == "2021-2025" and len(found["indicators"]) == 14
    first = found["indicators"][0]
    assert first["denominator"] == 40 and first["colour"] in ("green", "amber", "red")
    text = cadre("--db", str(demo), "report", "targets", "--year", "2024", "--details")
    assert text.returncode == 0 and "2021-2025" in text.stdout


def test_the_review_report_pdf(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "so-ket.pdf"
    result = cadre("--db", str(demo), "report", "targets", "--year", "2023", "-o", str(target))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "BÁO CÁO" in text
    assert "Sơ kết giữa nhiệm kỳ" in text and "31/12/2023" in text
    assert "Biểu đồ 1" in text and "SỐ LƯỢNG, CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ" in text
    fonts = {
        str(font.get("/BaseFont"))
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert fonts and all("Liberation" in f for f in fonts)  # embedded serif, no Helvetica
    final = tmp_path / "tong-ket.pdf"
    result = cadre("--db", str(demo), "report", "targets", "--year", "2025", "-o", str(final))
    assert result.returncode == 0, result.stderr
    text = " ".join(PdfReader(io.BytesIO(final.read_bytes())).pages[0].extract_text().split())
    assert "Tổng kết" in text


def test_statistics_and_exports(demo: Path, tmp_path: Path) -> None:
    stats = cadre("--db", str(demo), "report", "stats", "--json", "--date", "01/12/2026")
    assert stats.returncode == 0, stats.stderr
    found = json.loads(stats.stdout)
    sex = next(t for t in found["tables"] if t["key"] == "sex")
    assert sum(sex["total"]) == 40
    book = tmp_path / "thong-ke.xlsx"
    assert cadre("--db", str(demo), "report", "stats", "-o", str(book)).returncode == 0
    assert len(openpyxl.load_workbook(book).sheetnames) == 13
    report = tmp_path / "chi-tieu.xlsx"
    assert (
        cadre(
            "--db", str(demo), "report", "targets", "--year", "2024", "-o", str(report)
        ).returncode
        == 0
    )
    sheet = openpyxl.load_workbook(report)["Chỉ tiêu"]
    header = [c.value for c in sheet[3]]
    assert header[:5] == ["TT", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Chênh lệch"]
    assert isinstance(sheet["D4"].value, float) and sheet["D4"].number_format == "0.0%"


def test_export_import_and_template(demo: Path, tmp_path: Path) -> None:
    listed = tmp_path / "ds.xlsx"
    result = cadre("--db", str(demo), "export-xlsx", "-o", str(listed), "--sex", "F")
    assert result.returncode == 0, result.stderr
    women = openpyxl.load_workbook(listed).worksheets[0].max_row - 1
    assert women > 0
    dry = cadre("--db", str(demo), "import-xlsx", str(listed), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["unchanged"] == women
    again = cadre("--db", str(demo), "import-xlsx", str(listed), "--json")
    assert json.loads(again.stdout) == {"created": 0, "updated": 0, "unchanged": women}
    template = tmp_path / "mau.xlsx"
    assert cadre("--db", str(demo), "xlsx-template", "-o", str(template)).returncode == 0
    book = openpyxl.Workbook()
    book.active.append(["Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc"])
    book.active.append(["Lò Văn Pá", "31/02/1980", "Nam", "Thái"])
    bad = tmp_path / "sai.xlsx"
    book.save(bad)
    refused = cadre("--db", str(demo), "import-xlsx", str(bad))
    assert refused.returncode == 5 and "Traceback" not in refused.stderr
    assert 'Dòng 2, cột "Ngày sinh": "31/02/1980" không phải là ngày' in refused.stderr


def test_a_leader_enters_the_2026_2030_set(demo: Path, tmp_path: Path) -> None:
    source = tmp_path / "2021.csv"
    listed = cadre(
        "--db", str(demo), "targets", "list", "--code", "2021-2025", "--csv", str(source)
    )
    assert listed.returncode == 0, listed.stderr
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows = [r for r in rows if r["code"] in ("rated_good_all", "language_leaders")]
    rows[1]["target"] = "50"  # the new resolution asks for more
    new = tmp_path / "2026.csv"
    with new.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    base = ["--db", str(demo), "targets", "set", "2026-2030"]
    missing = cadre(*base, "--file", str(new), "--reason", "Nghị quyết mới")
    assert missing.returncode == 2  # a new set needs its title, years and resolution
    entered = cadre(*base, "--file", str(new), "--title", "Chỉ tiêu giai đoạn 2026-2030",
                    "--years", "2026-2030", "--basis", "Nghị quyết Đại hội XVI",
                    "--reason", "Nghị quyết mới")  # fmt: skip
    assert entered.returncode == 0, entered.stderr
    changed = cadre(*base, "--indicator", "3", "--wording", "Cán bộ nữ", "--kind", "share",
                    "--population", "cadres", "--condition", "woman", "--comparison", ">=",
                    "--target", "35", "--reason", "Bổ sung chỉ tiêu")  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    bad = cadre(*base, "--indicator", "4", "--wording", "x", "--condition", "nothing",
                "--target", "abc", "--reason", "thử")  # fmt: skip
    assert bad.returncode == 5 and "chỉ tiêu 4" in bad.stderr
    sets = json.loads(cadre("--db", str(demo), "targets", "list", "--all", "--json").stdout)
    assert [(s["code"], s["revision"]) for s in sets] == [
        ("2021-2025", 0),
        ("2026-2030", 1),
        ("2026-2030", 2),
    ]
    shown = cadre("--db", str(demo), "report", "targets", "--year", "2026", "--json")
    assert shown.returncode == 0, shown.stderr
    found = json.loads(shown.stdout)
    assert (found["set"], found["revision"]) == ("2026-2030", 2)
    assert [i["target"] for i in found["indicators"]] == ["100", "50", "35"]
    old = cadre("--db", str(demo), "report", "targets", "--year", "2027")
    assert old.returncode == 2 and len(old.stderr.strip().splitlines()) == 1
