"""A cadre ready to be appointed Giám đốc Sở on 12/03/2026, and the pieces of a proposal,
built through the real services (and plain ORM rows for the records other issues own)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from cadre_desktop.domain.enums import ClearancePurpose, ClearanceResult, Rating
from cadre_desktop.domain.model import AssetDeclaration, Evaluation, Posting, Unit
from cadre_desktop.domain.personnel import PlanningGroup, ProposalKind, ProposalSource
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import DeclarationKind, DeclarationStatus, EvaluationStatus
from cadre_desktop.rules.appointment import COMPONENTS
from cadre_desktop.services import clearances, planning, proposal_steps, proposals
from cadre_desktop.storage.queries import load_dossier
from tests.dossiers import add_cadre

ON = PartialDate(2026, 3, 12)
D = PartialDate.parse_vn

CLEARANCE = clearances.ClearanceDraft(
    number="5-KL/BTVTU", date=PartialDate(2026, 1, 5), body="Ban Thường vụ Tỉnh ủy",
    purpose=ClearancePurpose.APPOINTMENT, result=ClearanceResult.MEETS,
    verified=frozenset({"family", "history"}),
)  # fmt: skip


def unit_id(store: Any, code: str) -> str:
    with store.unit_of_work() as uow:
        return uow.session.scalars(select(Unit.id).where(Unit.code == code)).one()


POST_START, BIRTH, DECLARED = (
    PartialDate(2025, 3, 12),
    PartialDate(1975, 3, 2),
    PartialDate(2026, 3, 2),
)


def ready_cadre(
    store: Any, *, post_start: PartialDate = POST_START, birth: PartialDate = BIRTH,
    declared: PartialDate = DECLARED, years: tuple[int, ...] = (2023, 2024, 2025),
    given: str = "Đức", plan: bool = True,
) -> str:  # fmt: skip
    """Deputy director since ``post_start``, planned for director, rated, declared, cleared."""
    cadre_id = add_cadre(store, given=given, birth_date=birth)
    with store.unit_of_work(write=True) as uow:
        cadre = load_dossier(uow.session, cadre_id)
        cadre.postings[0].end = post_start
        cadre.postings.append(Posting(start=post_start, title_code="pho_giam_doc_so"))
        for year in years:
            cadre.evaluations.append(
                Evaluation(year=year, rating=Rating.GOOD, status=EvaluationStatus.FINAL)
            )
        uow.session.add(
            AssetDeclaration(
                cadre_id=cadre_id,
                kind=DeclarationKind.PERSONNEL,
                year=declared.earliest().year,
                declared_on=declared,
                status=DeclarationStatus.COMPLETED,
            )
        )
    if plan:
        with store.unit_of_work() as uow:
            has_term = planning.q.term_by_code(uow.session, "2025-2030") is not None
        if not has_term:
            planning.add_term(store, "2025-2030", 2025, 2030, PartialDate(2030, 9), "BTV Tỉnh ủy")
            planning.set_title(store, "2025-2030", "giam_doc_so", 3)
        clearances.record_clearance(store, cadre_id, CLEARANCE)
        planning.plan(
            store,
            planning.PlanDraft(
                cadre_id,
                "2025-2030",
                "giam_doc_so",
                PlanningGroup.ONE,
                PartialDate(2026, 2, 1),
                "12-QĐ/TU",
            ),
        )
    else:
        clearances.record_clearance(store, cadre_id, CLEARANCE)
    return cadre_id


def draft(cadre_id: str, **changes: Any) -> proposals.ProposalDraft:
    base: dict[str, Any] = {
        "cadre_id": cadre_id, "kind": ProposalKind.APPOINT, "source": ProposalSource.LOCAL,
        "title_code": "giam_doc_so", "expected_date": ON,
    }  # fmt: skip
    return proposals.ProposalDraft(**{**base, **changes})


def complete_dossier(store: Any, proposal_id: str) -> None:
    proposals.set_dossier(
        store, proposal_id, present={c: PartialDate(2026, 3, 1) for c in COMPONENTS},
        photo=PartialDate(2025, 9, 12), health=PartialDate(2025, 9, 12),
    )  # fmt: skip


def step(number: int, invited: int, present: int, **votes: int) -> proposal_steps.StepDraft:
    day = PartialDate(2026, 2, number)
    return proposal_steps.StepDraft(
        number, day, invited, present,
        tuple(proposal_steps.VoteDraft(k, v) for k, v in votes.items()),
    )  # fmt: skip


def winning_steps(store: Any, proposal_id: str, cadre_id: str) -> None:
    """The five local steps, each quorate, with a surplus, the cadre chosen > 50 %."""
    proposal_steps.record_step(store, proposal_id, step(1, 9, 9))
    for number in (2, 3, 4, 5):
        votes = {cadre_id: 7, "Trần Văn Hải": 2}
        proposal_steps.record_step(store, proposal_id, step(number, 9, 9, **votes))


def today() -> dt.date:
    return ON.earliest()
