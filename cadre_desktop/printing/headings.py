"""Document headings: the Party heading of HD 36-HD/VPTW and the national motto of NĐ 30/2020."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from cadre_desktop.printing import styles
from cadre_desktop.printing.blocks import UnderlinedText, two_columns
from cadre_desktop.printing.fonts import SERIF_BOLD
from cadre_desktop.printing.page import FRAME_WIDTH
from cadre_desktop.printing.text import dots, markup


@dataclass(frozen=True)
class PartyHeading:
    """Who issues a Party document, its number, and where and when."""

    issuing_body: str  # e.g. "Ban Tổ chức Tỉnh ủy Quảng Ninh"
    higher_body: str | None = None  # e.g. "Tỉnh ủy Quảng Ninh"
    number: str | None = None  # the registry number once assigned; blank "Số …-…/TU" until then
    symbol: str = "TU"
    kind: str | None = None  # the document type letters ("BC" → "Số ……-BC/TU"), when known
    numbered: bool = True  # a personal paper (a self-review) carries no registry number
    place: str | None = None
    date: dt.date | None = None


def date_line(place: str | None, day: dt.date | None) -> str:
    """ "Hạ Long, ngày 20 tháng 02 năm 2018"; dotted blanks for what is not yet known."""
    where = place or dots(12)
    if day is None:
        return f"{where}, ngày {dots(5)} tháng {dots(5)} năm {dots(6)}"
    return f"{where}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def party_heading(heading: PartyHeading) -> list[Flowable]:
    """Issuing body top left with the star and number; the Party's name top right, underlined."""
    left: list[Flowable] = []
    if heading.higher_body:
        left.append(Paragraph(markup(heading.higher_body.upper()), styles.BODY_NAME))
    left += [
        Paragraph(markup(heading.issuing_body.upper()), styles.BODY_NAME_BOLD),
        Paragraph("*", styles.BODY_NAME),
    ]
    if heading.numbered:
        kind = heading.kind or dots(6)
        number = heading.number or f"{dots(6)}-{kind}/{heading.symbol}"
        left.append(Paragraph(markup(f"Số {number}"), styles.NUMBER))
    right_width = FRAME_WIDTH * 0.55
    right: list[Flowable] = [
        UnderlinedText("ĐẢNG CỘNG SẢN VIỆT NAM", SERIF_BOLD, 15, right_width),
        Spacer(1, 2 * mm),
        Paragraph(markup(date_line(heading.place, heading.date)), styles.PLACE_DATE),
    ]
    return [two_columns(left, right, (0.45, 0.55)), Spacer(1, 6 * mm)]


def national_motto(agency: str | None = None) -> list[Flowable]:
    """ "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over "Độc lập - Tự do - Hạnh phúc", underlined."""
    width = FRAME_WIDTH * 0.62 if agency else FRAME_WIDTH
    right: list[Flowable] = [
        Paragraph(markup("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), styles.MOTTO_NATION),
        UnderlinedText("Độc lập - Tự do - Hạnh phúc", SERIF_BOLD, 13, width),
    ]
    left: list[Flowable] = []
    if agency:
        left.append(Paragraph(markup(agency.upper()), styles.BODY_NAME_BOLD))
    if not left:
        return [*right, Spacer(1, 6 * mm)]
    return [two_columns(left, right, (0.38, 0.62)), Spacer(1, 6 * mm)]
