"""Shared blocks: a dotted blank fills the rest of its line and never spills onto another."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from cadre_desktop.printing import styles
from cadre_desktop.printing.blocks import MIN_BLANK, field_line
from cadre_desktop.printing.fonts import SERIF
from cadre_desktop.printing.page import FRAME_WIDTH

DOT = stringWidth(".", SERIF, styles.LINE.fontSize)


def lines_of(paragraph: Paragraph, width: float = FRAME_WIDTH) -> list[tuple[float, list[str]]]:
    paragraph.wrap(width, 10_000)
    return [(line[0], line[1]) for line in paragraph.blPara.lines]


def label_lines(label: str, width: float = FRAME_WIDTH) -> int:
    return len(lines_of(Paragraph(label, styles.LINE), width))


@pytest.mark.parametrize("words", range(1, 40))
def test_the_last_blank_ends_on_the_label_line_and_fills_it(words: int) -> None:
    label = " ".join(["Nơi làm việc"] * words) + ":"
    lines = lines_of(field_line([(label, None)]))
    dots_line = lines[-1]
    assert dots_line[1][-1].strip(".") == ""  # the blank is there
    if len(lines) > label_lines(label):  # only when the label ends flush with the margin
        assert len(lines) == label_lines(label) + 1 and len(dots_line[1]) == 1
    assert dots_line[0] < 2 * DOT  # the blank runs to the end of the line


def test_a_flush_label_shortens_the_inner_blanks_instead_of_taking_a_line() -> None:
    parts = [("16) Ngày nhập ngũ:", None), ("Ngày xuất ngũ:", None),
             ("Quân hàm, chức vụ cao nhất (năm):", None)]  # fmt: skip
    lines = lines_of(field_line(parts))
    assert len(lines) == 1
    assert lines[0][1][-1].count(".") >= MIN_BLANK


def test_a_narrow_column_beside_the_photo_keeps_its_blank_inside() -> None:
    width = FRAME_WIDTH * 0.7
    label = "3) Cấp ủy hiện tại, cấp ủy kiêm, chức vụ Đảng và chính quyền hiện nay:"
    lines = lines_of(field_line([(label, None)], width=width), width)
    assert len(lines) == label_lines(label, width) == 2
    assert 0 <= lines[-1][0] < 2 * DOT


def test_a_value_prints_instead_of_dots() -> None:
    lines = lines_of(field_line([("Họ và tên:", "Lê Thị Ánh"), ("Nam, nữ:", None)]))
    text = " ".join(w for _space, words in lines for w in words)
    assert "Lê Thị Ánh" in text and text.endswith(".") and "None" not in text
