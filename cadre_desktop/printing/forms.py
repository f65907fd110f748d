"""Which forms and layouts exist, and the entry points: form data in, PDF bytes out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from cadre_desktop.printing import (
    cv_bnv2008,
    cv_moha,
    cv_tctw98,
    declaration,
    evaluation,
    proposal,
    registers,
)
from cadre_desktop.printing.page import PrintContext, build_pdf
from cadre_desktop.printing.registers import RegisterData

Story = Callable[[Any], list[Flowable]]
Progress = Callable[[float], bool]  # the fraction laid out → False to cancel

CV_LAYOUTS: dict[str, Story] = {
    "tctw98": cv_tctw98.story,
    "bnv2008": cv_bnv2008.story,
    "bnv-current": cv_moha.story,
}
# The yearly records and the personnel proposal, each printed from its own plain data.
RECORD_FORMS: dict[str, Story] = {
    "assets": declaration.story,
    "evaluation": evaluation.story,
    "proposal": proposal.story,
}


def _joined(story: Story, datas: Sequence[Any]) -> list[Flowable]:
    """Several forms in one document, each starting on a new page."""
    out: list[Flowable] = []
    for index, data in enumerate(datas):
        if index:
            out.append(PageBreak())
        out += story(data)
    return out


def render_cv(data: Any, context: PrintContext, layout: str = "tctw98") -> bytes:
    return build_pdf(CV_LAYOUTS[layout](data), context)


def render_register(data: RegisterData, context: PrintContext) -> bytes:
    return build_pdf(registers.story(data), context)


def render_cvs(
    datas: Sequence[Any],
    context: PrintContext,
    layout: str = "tctw98",
    progress: Progress | None = None,
) -> bytes:
    """Several CVs in one PDF (batch printing), each starting on a new page."""
    return build_pdf(_joined(CV_LAYOUTS[layout], datas), context, progress)


def render_record(form: str, data: Any, context: PrintContext) -> bytes:
    """One declaration, evaluation or proposal summary."""
    return build_pdf(RECORD_FORMS[form](data), context)


def render_records(
    form: str, datas: Sequence[Any], context: PrintContext, progress: Progress | None = None
) -> bytes:
    """Several records' forms in one PDF, each starting on a new page."""
    return build_pdf(_joined(RECORD_FORMS[form], datas), context, progress)
