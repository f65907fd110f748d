"""Printing from a real store: the data gathered, the audit entry, the file only where asked."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cadre_desktop.domain.control import AuditEntry
from cadre_desktop.domain.enums import PostingKind
from cadre_desktop.domain.model import Cadre, Posting
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.services import printing
from tests.dossiers import add_cadre, root_unit


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def print_entries(store: Any) -> list[AuditEntry]:
    with store.unit_of_work() as uow:
        return list(uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "print")))


def test_cv_holds_the_dossier_and_printing_is_audited(store: Any) -> None:
    cadre_id = add_cadre(store, "Trần", "Thị", "Ơn", religion="99")
    printed = printing.print_cv(store, cadre_id, "tctw98", dt.date(2025, 6, 1))
    text = text_of(printed.pdf)
    assert "TRẦN THỊ ƠN" in text
    assert "02 tháng 03 năm 1975" in text
    assert "Học viện Chính trị khu vực I" in text
    assert "Nguyễn Văn Bình" in text  # family, own side
    assert "Phó Trưởng ban" in text
    assert "None" not in text
    entries = print_entries(store)
    assert [(e.cadre_id, e.changes) for e in entries][-1][0] == cadre_id
    assert "2c-tctw98" in str(entries[-1].changes)


def test_every_layout_prints_from_the_store(store: Any) -> None:
    cadre_id = add_cadre(store)
    for layout in printing.LAYOUTS:
        assert "NGUYỄN VĂN ĐỨC" in text_of(printing.print_cv(store, cadre_id, layout).pdf)


def test_birthplace_prints_by_the_current_administrative_unit(store: Any) -> None:
    catalogs = store.catalogs()
    abolished = next(
        (
            i
            for i in catalogs.items("admin_unit")
            if i.valid_to and i.valid_to < dt.date(2025, 7, 2)
        ),
        None,
    )
    if abolished is None:
        pytest.skip("the shipped catalog has no abolished unit")
    current = catalogs.current_admin_unit(abolished.code, dt.date(2025, 8, 1))
    assert current is not None and current.code != abolished.code
    cadre_id = add_cadre(store, birth_place_unit=abolished.code)
    text = text_of(printing.print_cv(store, cadre_id, today=dt.date(2025, 8, 1)).pdf)
    assert current.label in text
    with store.unit_of_work() as uow:  # the record keeps the old unit
        assert uow.session.get(Cadre, cadre_id).birth_place_unit == abolished.code


def test_long_work_history_paginates_without_loss(store: Any) -> None:
    cadre_id = add_cadre(store)
    short = PdfReader(io.BytesIO(printing.print_cv(store, cadre_id).pdf))
    with store.unit_of_work(write=True) as uow:
        cadre = uow.session.get(Cadre, cadre_id)
        unit = root_unit(uow)
        for i in range(120):
            cadre.postings.append(
                Posting(
                    start=PartialDate(1960 + i // 12, 1 + i % 12),
                    end=PartialDate(1960 + i // 12, 1 + i % 12),
                    unit_id=unit.id,
                    kind=PostingKind.STATE,
                    title_name=f"Cương vị thứ {i}",
                )
            )
    printed = printing.print_cv(store, cadre_id)
    reader = PdfReader(io.BytesIO(printed.pdf))
    assert len(reader.pages) > len(short.pages)
    text = text_of(printed.pdf)
    assert all(f"Cương vị thứ {i}," in text for i in range(120))


def test_save_writes_only_where_asked_and_refuses_a_missing_folder(
    store: Any, tmp_path: Path
) -> None:
    cadre_id = add_cadre(store)
    printed = printing.print_cv(store, cadre_id)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    target = printing.save_pdf(printed, chosen / "cv.pdf")
    assert target.read_bytes()[:5] == b"%PDF-"
    assert sorted(p.name for p in chosen.iterdir()) == ["cv.pdf"]  # no temp file left
    with pytest.raises(UsageError):
        printing.save_pdf(printed, tmp_path / "absent" / "cv.pdf")


def test_unknown_cadre_or_layout_is_one_sentence(store: Any) -> None:
    with pytest.raises(UsageError):
        printing.print_cv(store, "no-such-id")
    with pytest.raises(UsageError):
        printing.print_cv(store, add_cadre(store), "tctw2099")


def test_clearance_register_lists_each_conclusion(store: Any) -> None:
    first = add_cadre(store, "Lê", "Văn", "An")
    second = add_cadre(store, "Phạm", "Thị", "Bích")
    printed = printing.print_clearance_register(store, [first, second])
    text = text_of(printed.pdf)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "SỔ THEO DÕI" in text
    assert "Lê Văn An" in text and "Phạm Thị Bích" in text
    assert text.count("12-KL/BTVTU") == 2
    assert {e.cadre_id for e in print_entries(store)} >= {first, second}


def test_batch_in_one_file_with_cancel(store: Any) -> None:
    ids = [add_cadre(store, given=g) for g in ("An", "Bình", "Chi")]
    together = printing.print_cvs_together(store, ids, "tctw98")
    assert together is not None
    text = text_of(together.pdf)
    assert all(f"NGUYỄN VĂN {g.upper()}" in text for g in ("An", "Bình", "Chi"))
    assert printing.print_cvs_together(store, ids, "tctw98", progress=lambda d, t: d < 2) is None
