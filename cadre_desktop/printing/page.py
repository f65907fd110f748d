"""The printed page of every form: A4, NĐ 30 margins, page numbers, a discreet footer."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from cadre_desktop.printing.fonts import SERIF, SERIF_ITALIC, register_fonts
from cadre_desktop.printing.text import nfc_text

# NĐ 30/2020 Phụ lục I: top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT


@dataclass(frozen=True)
class PrintContext:
    """What every page shows besides the form: who printed it and when."""

    unit_name: str
    printed_on: dt.date
    title: str = ""
    # A line every page repeats above the footer, e.g. where the declarant signs each page.
    page_mark: str = ""


def _decorate(canvas: Canvas, doc: BaseDocTemplate, context: PrintContext) -> None:
    canvas.saveState()
    page = canvas.getPageNumber()
    if page > 1:  # NĐ 30: Arabic numerals centred in the top margin, not on the first page
        canvas.setFont(SERIF, 13)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 12 * mm, str(page))
    canvas.setFont(SERIF_ITALIC, 7.5)
    canvas.setFillGray(0.45)
    footer = nfc_text(f"{context.unit_name} — in ngày {context.printed_on:%d/%m/%Y}")
    canvas.drawString(MARGIN_LEFT, 10 * mm, footer)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, 10 * mm, f"Trang {page}")
    if context.page_mark:
        canvas.setFont(SERIF_ITALIC, 9)
        canvas.setFillGray(0)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, 14.5 * mm, nfc_text(context.page_mark))
    canvas.restoreState()


class Cancelled(Exception):
    """The officer cancelled a print while it was being laid out."""


def build_pdf(
    story: Sequence[Flowable],
    context: PrintContext,
    progress: Callable[[float], bool] | None = None,
) -> bytes:
    """Lay the flowables out on as many A4 pages as they need; return the PDF bytes.

    ``progress`` hears the fraction laid out (every whole per cent) and cancels the build by
    returning False: then :class:`Cancelled` is raised and no bytes exist."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=nfc_text(context.title),
        author=nfc_text(context.unit_name),
        creator="Cadre Desktop",
        invariant=1,
        initialFontName=SERIF,  # no stray Helvetica: every font is the embedded serif
        initialFontSize=12,
    )
    # No frame padding: the text block is exactly the NĐ 30 margins.
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _decorate(canvas, doc, context)

    doc.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=decorate)])
    if progress is not None:
        doc.setProgressCallBack(_reporter(progress, len(story)))
    doc.build(list(story))
    return buffer.getvalue()


def _reporter(progress: Callable[[float], bool], total: int) -> Callable[[str, int], None]:
    last = -1

    def report(kind: str, value: int) -> None:
        nonlocal last
        if kind != "PROGRESS":
            return
        percent = value * 100 // max(total, 1)
        if percent != last:
            last = percent
            if not progress(percent / 100):
                raise Cancelled

    return report
