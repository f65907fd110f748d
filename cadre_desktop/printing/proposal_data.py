"""A personnel proposal's summary as plain data: the person, the post, each step's ballots and
surplus, the units' opinions, the dossier and the rule report, every value already text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cadre_desktop.printing.headings import PartyHeading

Text = str | None
Line = tuple[str, Text]  # a label and its value (None prints the dotted blank)


@dataclass(frozen=True)
class BallotLine:
    name: str
    votes: str
    share: str  # of those convened: "77,8%"
    result: Text = None  # "Được giới thiệu (trên 50%)", "Đạt từ 30% trở lên", …


@dataclass(frozen=True)
class StepLines:
    number: int
    title: str  # what the step is (NĐ 170/2025 Đ33)
    date: Text = None
    invited: Text = None
    present: Text = None
    attendance: Text = None  # "9/9 (100%)"
    ballots: Sequence[BallotLine] = ()
    surplus: Text = None  # "2 người cho 1 vị trí, số dư 1"
    recorded: bool = True  # False: a step of the procedure not held yet


@dataclass(frozen=True)
class OpinionLine:
    group: str
    unit: str
    date: Text
    attendance: str
    agree: str
    criteria: Text


@dataclass(frozen=True)
class FindingLine:
    severity: str  # "Không đạt" (blocks) | "Lưu ý" (warns)
    text: str
    source: str


@dataclass(frozen=True)
class ProposalData:
    heading: PartyHeading
    subject: str  # the trích yếu: "tóm tắt hồ sơ, quy trình nhân sự đề nghị bổ nhiệm …"
    person: Sequence[Line]
    post: Sequence[Line]
    steps: Sequence[StepLines]
    opinions: Sequence[OpinionLine] = ()
    opinions_required: bool = False
    components: Sequence[Line] = ()
    findings: Sequence[FindingLine] = ()
    findings_note: Text = None  # printed instead of the findings (a decided proposal)
    signer_title: str = "T/M BAN TỔ CHỨC"
    signer_role: str = "TRƯỞNG BAN"
