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
