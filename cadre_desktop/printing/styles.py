"""Paragraph styles of the forms (Times-metric serif, NĐ 30 / HD 36 sizes)."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from cadre_desktop.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts

register_fonts()  # paragraphs resolve <b>/<i> to faces when they are built

BODY = ParagraphStyle("body", fontName=SERIF, fontSize=12, leading=16, alignment=TA_JUSTIFY)
LINE = ParagraphStyle("line", parent=BODY, alignment=TA_LEFT, spaceBefore=1)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=10.5, leading=13, alignment=TA_LEFT)
CELL = ParagraphStyle("cell", fontName=SERIF, fontSize=10.5, leading=12.5, alignment=TA_LEFT)
CELL_CENTER = ParagraphStyle("cell_center", parent=CELL, alignment=TA_CENTER)
HEAD_CELL = ParagraphStyle("head_cell", parent=CELL, fontName=SERIF_BOLD, alignment=TA_CENTER)
TITLE = ParagraphStyle(
    "title", fontName=SERIF_BOLD, fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=2
)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontName=SERIF_BOLD, alignment=TA_CENTER)
SECTION = ParagraphStyle(
    "section",
    fontName=SERIF_BOLD,
    fontSize=12,
    leading=16,
    spaceBefore=8,
    spaceAfter=3,
    keepWithNext=1,
)
SECTION_FLOW = ParagraphStyle("section_flow", parent=SECTION, keepWithNext=0)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)
CENTER_BOLD = ParagraphStyle("center_bold", parent=CENTER, fontName=SERIF_BOLD)
CENTER_ITALIC = ParagraphStyle("center_italic", parent=CENTER, fontName=SERIF_ITALIC)
RIGHT_ITALIC = ParagraphStyle(
    "right_italic", parent=BODY, fontName=SERIF_ITALIC, alignment=TA_RIGHT
)
RIGHT_SMALL = ParagraphStyle(
    "right_small", parent=BODY, fontName=SERIF_ITALIC, fontSize=10, leading=12, alignment=TA_RIGHT
)
ITALIC = ParagraphStyle("italic", parent=BODY, fontName=SERIF_ITALIC, alignment=TA_LEFT)
# HD 36 / NĐ 30 heading elements.
PARTY_TITLE = ParagraphStyle(
    "party_title", fontName=SERIF_BOLD, fontSize=15, leading=18, alignment=TA_CENTER
)
BODY_NAME = ParagraphStyle(
    "body_name", fontName=SERIF, fontSize=13, leading=16, alignment=TA_CENTER
)
BODY_NAME_BOLD = ParagraphStyle("body_name_bold", parent=BODY_NAME, fontName=SERIF_BOLD)
NUMBER = ParagraphStyle("number", fontName=SERIF, fontSize=13, leading=16, alignment=TA_CENTER)
PLACE_DATE = ParagraphStyle(
    "place_date", fontName=SERIF_ITALIC, fontSize=13, leading=16, alignment=TA_CENTER
)
MOTTO_NATION = ParagraphStyle(
    "motto_nation", fontName=SERIF_BOLD, fontSize=12.5, leading=15, alignment=TA_CENTER
)
MOTTO = ParagraphStyle("motto", fontName=SERIF_BOLD, fontSize=13, leading=16, alignment=TA_CENTER)
SUBHEAD = ParagraphStyle("subhead", parent=LINE, keepWithNext=1, spaceBefore=3)
