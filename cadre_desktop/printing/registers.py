"""Party registers and lists (HD 36 heading): political-standard conclusions, planning."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from cadre_desktop.printing import styles
from cadre_desktop.printing.blocks import history_table, section, signatures
from cadre_desktop.printing.headings import PartyHeading, party_heading
from cadre_desktop.printing.text import markup


@dataclass(frozen=True)
class RegisterPart:
    """One table of a register (e.g. one planned title), with figures printed under it."""

    title: str | None
    rows: Sequence[Sequence[str | None]]
    notes: Sequence[str] = ()


@dataclass(frozen=True)
class RegisterData:
    heading: PartyHeading
    kind: str  # the document type name, e.g. "DANH SÁCH"
    subject: str  # the trích yếu
    columns: Sequence[str]
    fractions: Sequence[float]
    parts: Sequence[RegisterPart]
    centered: Sequence[int] = (0,)
    signer_title: str = "T/M BAN TỔ CHỨC"
    signer_role: str = "TRƯỞNG BAN"
    footnotes: Sequence[str] = field(default_factory=tuple)


def story(data: RegisterData) -> list[Flowable]:
    out: list[Flowable] = [
        *party_heading(data.heading),
        Paragraph(markup(data.kind.upper()), styles.TITLE),
        Paragraph(markup(data.subject), styles.SUBTITLE),
        Spacer(1, 5 * mm),
    ]
    for part in data.parts:
        if part.title:
            out.append(section(part.title))
        out.append(history_table(data.columns, part.rows, data.fractions, centered=data.centered))
        for note in part.notes:
            out.append(Paragraph(markup(note), styles.SMALL))
    for note in data.footnotes:
        out.append(Paragraph(markup(note), styles.ITALIC))
    out.append(signatures([], [data.signer_title, data.signer_role], date_line=None))
    return out
