"""Which layouts exist, and the one entry point: form data in, PDF bytes out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from cadre_desktop.printing import cv_bnv2008, cv_moha, cv_tctw98, registers
from cadre_desktop.printing.page import PrintContext, build_pdf
from cadre_desktop.printing.registers import RegisterData

CV_LAYOUTS: dict[str, Callable[[Any], list[Flowable]]] = {
    "tctw98": cv_tctw98.story,
    "bnv2008": cv_bnv2008.story,
    "bnv-current": cv_moha.story,
}


def render_cv(data: Any, context: PrintContext, layout: str = "tctw98") -> bytes:
    return build_pdf(CV_LAYOUTS[layout](data), context)


def render_register(data: RegisterData, context: PrintContext) -> bytes:
    return build_pdf(registers.story(data), context)


def render_cvs(datas: Sequence[Any], context: PrintContext, layout: str = "tctw98") -> bytes:
    """Several CVs in one PDF (batch printing), each starting on a new page."""
    story: list[Flowable] = []
    for index, data in enumerate(datas):
        if index:
            story.append(PageBreak())
        story += CV_LAYOUTS[layout](data)
    return build_pdf(story, context)
