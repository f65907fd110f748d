"""`cadre print` on a real demo store: one CV, a batch folder, a register, clear refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.e2e.test_cli import cadre, search


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("print") / "Kho in.cadre"
    result = cadre("--db", str(path), "demo", "--cadres", "12", "--seed", "5")
    assert result.returncode == 0, result.stderr
    return path


def test_print_one_cv_in_each_layout(demo: Path, tmp_path: Path) -> None:
    person = search(demo)[0]
    for layout in ("tctw98", "bnv2008", "bnv-current"):
        target = tmp_path / f"{layout}.pdf"
        result = cadre("--db", str(demo), "print", "2c", "--cadre", person["id"],
                       "--layout", layout, "-o", str(target))  # fmt: skip
        assert result.returncode == 0, result.stderr
        reader = PdfReader(io.BytesIO(target.read_bytes()))
        text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
        assert person["full_name"].upper() in text


def test_batch_writes_one_file_per_cadre(demo: Path, tmp_path: Path) -> None:
    result = cadre("--db", str(demo), "print", "2c", "--all", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert len(list(tmp_path.glob("*.pdf"))) == len(search(demo))
    assert not [p for p in tmp_path.iterdir() if p.suffix != ".pdf"]


def test_register_and_usage_errors(demo: Path, tmp_path: Path) -> None:
    result = cadre("--db", str(demo), "print", "clearances", "--all", "-o", str(tmp_path / "r.pdf"))
    assert result.returncode == 0, result.stderr
    refused = cadre("--db", str(demo), "print", "2c", "-o", str(tmp_path / "x.pdf"))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    missing = cadre("--db", str(demo), "print", "2c", "--all", "-o", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and not (tmp_path / "nowhere").exists()


def test_print_the_record_forms_one_by_one_and_in_batch(
    store, store_path: Path, tmp_path: Path
) -> None:
    from cadre_desktop.services.proposals import propose
    from tests.conftest import PASSPHRASE
    from tests.db.test_print_records import HOUSE, declare, rate
    from tests.personnel import draft, ready_cadre

    cadre_id = ready_cadre(store)
    other = ready_cadre(store, given="Hòa")
    declaration = declare(store, cadre_id, 2025, [HOUSE])
    rate(store, other, 2026)  # both were rated for 2023-2025 already
    proposal = propose(store, draft(cadre_id))
    store.close()

    def cli(*args: str):  # type: ignore[no-untyped-def]
        return cadre("--db", str(store_path), "--lang", "en", "print", *args, passphrase=PASSPHRASE)

    def read(path: Path) -> str:
        reader = PdfReader(io.BytesIO(path.read_bytes()))
        return " ".join(" ".join(p.extract_text() for p in reader.pages).split())

    one = tmp_path / "assets.pdf"
    assert cli("assets", "--cadre", cadre_id, "--year", "2025", "-o", str(one)).returncode == 0
    assert "BẢN KÊ KHAI TÀI SẢN, THU NHẬP HẰNG NĂM" in read(one)
    by_id = tmp_path / "by-id.pdf"
    assert cli("assets", "--record", declaration, "-o", str(by_id)).returncode == 0
    assert read(by_id) == read(one)
    summary = tmp_path / "proposal.pdf"
    assert cli("proposal", "--record", proposal, "-o", str(summary)).returncode == 0
    assert "BÁO CÁO" in read(summary) and "Nguyễn Văn Đức" in read(summary)
    folder = tmp_path / "evaluations"
    folder.mkdir()
    batch = cli("evaluation", "--all", "-o", str(folder))
    assert batch.returncode == 0, batch.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "evaluation-nguyen-van-duc-2025.pdf",
        "evaluation-nguyen-van-hoa-2026.pdf",
    ]
    only_2026 = cli(
        "evaluation", "--all", "--year", "2026", "--one-file", "-o", str(tmp_path / "e.pdf")
    )
    assert only_2026.returncode == 0 and "1 cadre(s) have no record" in only_2026.stdout
    none = cli("assets", "--cadre", other, "--year", "2024", "-o", str(tmp_path / "none.pdf"))
    assert none.returncode == 2 and len(none.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "none.pdf").exists()
    unknown = cli("assets", "--cadre", "no-such-id", "-o", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 2 and "no-such-id" in unknown.stderr
    wrong = cli("2c", "--record", declaration, "-o", str(tmp_path / "x.pdf"))
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
