"""The official wording loaded by an administrator is the one the evaluation form prints, by
the version in force at the end of the rated period; before it, no wording is printed."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from cadre_desktop.rules.rating_procedure import MANIFESTATION_CODES
from cadre_desktop.services import print_records
from cadre_desktop.services.evaluations import finalise_evaluation
from cadre_desktop.services.manifestations import load_manifestations, manifestation_wording
from tests.db.test_print_records import SIGNED, rate, text_of
from tests.dossiers import add_cadre


def _wording(path: Path, word: str) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "text"])
        writer.writerows([(c, f"{word} {c}") for c in MANIFESTATION_CODES])
    return path


def test_the_loaded_wording_in_force_for_the_period_is_printed(store: Any, tmp_path: Path) -> None:
    evaluation = rate(store, add_cadre(store, "Đặng", "Thị", "Ửng"))
    finalise_evaluation(store, evaluation, SIGNED)
    before = text_of(print_records.print_evaluation(store, evaluation).pdf)
    assert "chưa được nạp vào chương trình" in before
    load_manifestations(store, _wording(tmp_path / "a.csv", "Nội dung gốc"))
    later = dt.date(2026, 1, 1)  # applies to ratings of 2026 on, not to this 2025 one
    load_manifestations(store, _wording(tmp_path / "b.csv", "Nội dung mới"), valid_from=later)
    text = text_of(print_records.print_evaluation(store, evaluation).pdf)
    assert "Nội dung gốc 3.9" in text and "Nội dung mới" not in text
    assert manifestation_wording(store).text("3.9") == "Nội dung mới 3.9"
