"""A personnel proposal's summary as the printed form's data: the person, the post, the steps
with ballots and số dư, the units' opinions, the NĐ 170/2025 Đ35 dossier, the rule report.

The rule report is the one the decision would meet on the proposal's expected date, written
in Vietnamese whatever the screen's language: the form is a Vietnamese document.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from cadre_desktop.domain.derive import latest_clearance
from cadre_desktop.domain.model import Cadre, Decision, Proposal
from cadre_desktop.domain.personnel import ProposalKind, ProposalSource, ProposalStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import catalog
from cadre_desktop.printing.headings import PartyHeading
from cadre_desktop.printing.proposal_data import (
    BallotLine,
    FindingLine,
    Line,
    OpinionLine,
    ProposalData,
    StepLines,
)
from cadre_desktop.rules.appointment import COMPONENTS
from cadre_desktop.rules.ballots import STEPS, StepFacts, Vote, carried, chosen
from cadre_desktop.rules.findings import Finding, Report, Severity
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.services.clearances import dossier
from cadre_desktop.services.print_cv import RATING_TEXT, vn
from cadre_desktop.services.print_gather import Gathered, Place
from cadre_desktop.services.printing import RESULT_TEXT
from cadre_desktop.services.proposal_facts import declaration_date, full_report, target_of
from cadre_desktop.services.proposals import load
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.storage import personnel as q
from cadre_desktop.storage.uow import UnitOfWork

KIND_TEXT = {
    ProposalKind.APPOINT: "bổ nhiệm",
    ProposalKind.REAPPOINT: "bổ nhiệm lại",
    ProposalKind.NOMINATE: "giới thiệu ứng cử",
}
STATUS_TEXT = {
    ProposalStatus.OPEN: "Đang thực hiện quy trình",
    ProposalStatus.STOPPED: "Dừng quy trình (không có người đạt từ 30% trở lên)",
    ProposalStatus.DECIDED: "Đã có quyết định",
}
# What each step is (NĐ 170/2025/NĐ-CP Đ33; Đ36-37 for a reappointment).
STEP_TITLES = {
    "local": (
        "Tập thể lãnh đạo thảo luận, thống nhất cơ cấu, tiêu chuẩn, điều kiện và danh sách "
        "nhân sự trong quy hoạch (lần 1)",
        "Hội nghị tập thể lãnh đạo mở rộng giới thiệu nhân sự (bỏ phiếu kín)",
        "Tập thể lãnh đạo thảo luận, giới thiệu nhân sự (lần 2, bỏ phiếu kín)",
        "Hội nghị cán bộ chủ chốt lấy ý kiến về nhân sự",
        "Tập thể lãnh đạo thảo luận, biểu quyết nhân sự (lần 3, bỏ phiếu kín)",
    ),
    "external": (
        "Trao đổi, lấy ý kiến tập thể lãnh đạo nơi tiếp nhận nhân sự",
        "Lấy ý kiến tập thể lãnh đạo nơi nhân sự đang công tác (bỏ phiếu kín)",
        "Thẩm định và trình cấp có thẩm quyền",
    ),
    "reappoint": ("Tập thể lãnh đạo bỏ phiếu kín về việc bổ nhiệm lại",),
}
COMPONENT_TEXT = {
    "submission": "Tờ trình đề nghị",
    "minutes": "Biên bản các bước của quy trình",
    "cv": "Sơ yếu lý lịch có xác nhận của cơ quan quản lý",
    "self_review": "Bản tự kiểm điểm 03 năm gần nhất",
    "evaluation": "Nhận xét, đánh giá của tập thể lãnh đạo",
    "party_cell_opinion": "Ý kiến của chi bộ nơi cư trú",
    "political_conclusion": "Kết luận về tiêu chuẩn chính trị",
    "asset_declaration": "Bản kê khai tài sản, thu nhập",
    "health_certificate": "Giấy chứng nhận sức khỏe",
    "diplomas": "Bản sao văn bằng, chứng chỉ",
}
DOCUMENT_TEXT = {**COMPONENT_TEXT, "photo": "Ảnh chân dung"}
DECIDED_NOTE = (
    "Quy trình đã kết thúc bằng quyết định; các quy định đã được đối chiếu khi ghi nhận quyết "
    "định (quyết định không được ghi nhận khi còn quy định ngăn cản)."
)


def percent(part: int, whole: int) -> str:
    if not whole:
        return "…"
    value = round(Fraction(part * 100, whole), 1)
    return f"{float(value):.1f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


def _named(value: object) -> object:
    """Dossier components named as the form names them ("cv, diplomas" → their names)."""
    if not isinstance(value, str):
        return value
    parts = value.split(", ")
    if not all(p in DOCUMENT_TEXT for p in parts):
        return value
    return ", ".join(DOCUMENT_TEXT[p].lower() for p in parts)


def finding_line(finding: Finding) -> FindingLine:
    """A finding in Vietnamese, whatever the language of the screen."""
    params = {key: _named(value) for key, value in finding.params.items()}
    sentence = catalog("vi").get(finding.msgid, finding.msgid).format(**params)
    severity = "Không đạt" if finding.severity is Severity.BLOCK else "Lưu ý"
    return FindingLine(severity, sentence, finding.source)


def _person(uow: UnitOfWork, cadre: Cadre, p: Proposal, units: dict[str, str]) -> list[Line]:
    label = uow.catalogs.label
    clearance = latest_clearance(cadre.clearances)
    conclusion = None
    if clearance is not None:
        result = RESULT_TEXT.get(clearance.result.value, clearance.result.value)
        conclusion = (
            f"{result} (số {clearance.number}, ngày {clearance.date.vn()}, {clearance.body})"
        )
    ratings = [
        f"{e.year}: {RATING_TEXT[e.rating.value]}"
        for e in sorted(cadre.evaluations, key=lambda e: e.year)
        if e.quarter is None and e.is_final and e.rating is not None
    ][-3:]
    declared = declaration_date(uow, cadre.id, p.expected_date.latest())
    planned = [
        f"{label('title', e.title_code)} (nhiệm kỳ {e.term_code})"
        for e in cadre.planning_entries
        if e.end is None
    ]
    return [
        ("Họ và tên", cadre.full_name),
        ("Ngày sinh", cadre.birth_date.vn()),
        ("Giới tính", "Nam" if cadre.sex.value == "male" else "Nữ"),
        ("Quê quán", cadre.home_town),
        ("Dân tộc", label("ethnicity", cadre.ethnicity)),
        ("Chức vụ hiện nay", cadre.current_position),
        (
            "Đơn vị công tác",
            units.get(cadre.current_unit_id or "") or units.get(cadre.managing_unit_id),
        ),
        ("Trình độ chuyên môn", label("education_level", cadre.education_level)),
        ("Lý luận chính trị", label("political_theory_level", cadre.political_theory)),
        ("Quy hoạch", "; ".join(planned) or None),
        ("Kết luận tiêu chuẩn chính trị", conclusion),
        ("Xếp loại chất lượng 03 năm gần nhất", "; ".join(ratings) or None),
        ("Kê khai tài sản, thu nhập", f"ngày {declared.vn()}" if declared else None),
    ]


def _decision(uow: UnitOfWork, p: Proposal) -> Decision | None:
    return next((d for d in q.decisions_of(uow.session, p.cadre_id) if d.proposal_id == p.id), None)


def _signed(decision: Decision | None) -> str | None:
    if decision is None:
        return None
    parts = [f"số {decision.decision_number}" if decision.decision_number else None,
             f"ngày {decision.decision_date.vn()}" if decision.decision_date else None,
             decision.decision_body, decision.decision_signer]  # fmt: skip
    return ", ".join(p for p in parts if p) or None


def _post(uow: UnitOfWork, p: Proposal, units: dict[str, str], procedure: str) -> list[Line]:
    source = "Tại chỗ" if p.source is ProposalSource.LOCAL else "Từ nơi khác"
    steps = f"quy trình {STEPS[procedure]:02d} bước" if procedure != "reappoint" else "bổ nhiệm lại"
    return [
        ("Chức vụ đề nghị", uow.catalogs.label("title", p.title_code)),
        ("Đơn vị", units.get(p.unit_id or "")),
        ("Số lượng cần bố trí", str(p.seats)),
        ("Hình thức", KIND_TEXT[p.kind].capitalize()),
        ("Nguồn nhân sự", f"{source} ({steps})"),
        ("Ngày dự kiến quyết định", p.expected_date.vn()),
        ("Tình trạng", STATUS_TEXT[p.status]),
        *(
            [("Quyết định", _signed(_decision(uow, p)))]
            if p.status is ProposalStatus.DECIDED
            else []
        ),
        ("Trường hợp đặc biệt", p.special_case or "Không"),
    ]


def _steps(uow: UnitOfWork, p: Proposal, procedure: str, params: ParameterSet) -> list[StepLines]:
    stored = {s.number: s for s in q.proposal_steps(uow.session, p.id)}
    out = []
    for number, title in enumerate(STEP_TITLES[procedure], start=1):
        step = stored.get(number)
        if step is None:
            out.append(StepLines(number, title, recorded=False))
            continue
        ballots = q.step_ballots(uow.session, step.id)
        facts = StepFacts(
            number, step.date.latest(), step.invited, step.present,
            tuple(Vote(b.candidate_id or b.candidate_name, b.votes) for b in ballots),
        )  # fmt: skip
        winner, going_on = chosen(facts, params), set(carried(facts, params))
        lines = []
        for b in sorted(ballots, key=lambda b: -b.votes):
            key = b.candidate_id or b.candidate_name
            result = None
            if key == winner:
                result = "Được giới thiệu (trên 50%)"
            elif key in going_on:
                result = "Đạt từ 30% trở lên"
            lines.append(
                BallotLine(b.candidate_name, str(b.votes), percent(b.votes, step.invited), result)
            )
        surplus = None
        if ballots:
            extra = len(ballots) - p.seats
            surplus = f"{len(ballots)} người được giới thiệu cho {p.seats} vị trí, số dư {extra}"
        out.append(
            StepLines(
                number,
                title,
                step.date.vn(),
                str(step.invited),
                str(step.present),
                f"{step.present} ({percent(step.present, step.invited)})",
                lines,
                surplus,
            )
        )
    return out


def _opinions(uow: UnitOfWork, p: Proposal) -> list[OpinionLine]:
    return [
        OpinionLine(
            o.group,
            o.unit_name,
            o.date.vn(),
            f"{o.present}/{o.invited}",
            f"{o.agree} ({percent(o.agree, o.invited)})",
            o.criteria,
        )
        for o in q.proposal_opinions(uow.session, p.id)
    ]


def _components(p: Proposal) -> list[Line]:
    present = p.components or {}
    out: list[Line] = []
    for name in COMPONENTS:
        if name not in present:
            state = "Chưa có"
        else:
            day = present[name]
            state = f"Có (ngày {PartialDate.parse_iso(day).vn()})" if day else "Có"
        out.append((COMPONENT_TEXT.get(name, name), state))
    out.append(("Ảnh chân dung (chụp trong 06 tháng)", vn(p.photo_date) or "Chưa có"))
    out.append(("Ngày giấy chứng nhận sức khỏe", vn(p.health_certificate_date) or "Chưa có"))
    return out


def proposal_data(
    uow: UnitOfWork, p: Proposal, cadre: Cadre, units: dict[str, str], unit_name: str, day: dt.date
) -> ProposalData:
    """The plain data of one proposal's summary, as the printer needs it."""
    target = target_of(p)
    params = parameters(uow)
    decided = p.status is ProposalStatus.DECIDED
    # After the decision the facts have moved on (the cadre holds the post): the rules were
    # met when it was recorded, since a blocked decision is refused.
    report = (
        Report()
        if decided
        else full_report(uow, cadre, target, p, p.expected_date.latest(), complete=True)
    )
    title = uow.catalogs.label("title", p.title_code)
    return ProposalData(
        heading=PartyHeading(issuing_body=unit_name, kind="BC", date=day),
        subject=f"tóm tắt hồ sơ, quy trình nhân sự đề nghị {KIND_TEXT[p.kind]} {title} "
        f"đối với đồng chí {cadre.full_name}",
        person=_person(uow, cadre, p, units),
        post=_post(uow, p, units, target.procedure),
        steps=_steps(uow, p, target.procedure, params),
        opinions=_opinions(uow, p),
        opinions_required=p.department_leader,
        components=_components(p),
        findings=[finding_line(f) for f in report],
        findings_note=DECIDED_NOTE if decided else None,
    )


def gather_proposal(uow: UnitOfWork, proposal_id: str, place: Place) -> Gathered:
    """One proposal's summary data (inside the caller's unit of work, which audits it)."""
    proposal = load(uow, proposal_id)
    cadre = dossier(uow, proposal.cadre_id)
    data = proposal_data(uow, proposal, cadre, place.units, place.unit_name, place.day)
    return Gathered("proposal", data, cadre.id, cadre.full_name)
