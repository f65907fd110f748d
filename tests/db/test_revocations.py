# ruff: noqa: E501
"""Revoking a wrong decision on a real store: a revoked appointment leaves both records in the
work history and the previous post current again, audited; planning entries and ratings are
undone the same way; what cannot be revoked is refused and audited."""

import pytest
from sqlalchemy import select

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.model import AuditEntry, Cadre, Evaluation, Posting, Revocation
from cadre_desktop.domain.oversight_enums import Ground, MatterKind, MatterOutcome, MatterStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import EvaluationStatus
from cadre_desktop.errors import RefusedError, UsageError
from cadre_desktop.services import decisions, matters, proposals, revocations
from cadre_desktop.storage.queries import load_dossier
from tests.personnel import ON, complete_dossier, draft, ready_cadre, winning_steps

D = PartialDate.parse_vn
SIGNED = decisions.DecisionDraft("45/QĐ-UBND", ON, "Chủ tịch UBND tỉnh", "UBND tỉnh Hòa Sơn")


def revocation(**changes) -> revocations.RevocationDraft:  # type: ignore[no-untyped-def]
    base = {"number": "60/QĐ-UBND", "date": D("15/06/2026"), "signer": "Chủ tịch UBND tỉnh",
            "body": "UBND tỉnh Hòa Sơn", "reason": "Bổ nhiệm sai quy trình"}  # fmt: skip
    return revocations.RevocationDraft(**{**base, **changes})


def appointed(store) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    cadre_id = ready_cadre(store)
    proposal_id = proposals.propose(store, draft(cadre_id))
    complete_dossier(store, proposal_id)
    winning_steps(store, proposal_id, cadre_id)
    return cadre_id, decisions.decide(store, proposal_id, SIGNED)


def founded_matter(store, cadre_id: str, target_id: str, outcome=MatterOutcome.FOUNDED) -> str:  # type: ignore[no-untyped-def]
    matter_id = matters.add_matter(store, matters.MatterDraft(
        MatterKind.COMPLAINT, "Thanh tra tỉnh", D("01/04/2026"), "Bổ nhiệm không đúng quy trình",
        target_id=target_id, grounds=frozenset({Ground.PROCEDURE})))  # fmt: skip
    step = matters.StepDraft
    matters.advance(
        store, matter_id, step(MatterStatus.ASSIGNED, D("02/04/2026"), "Ban Tổ chức Tỉnh ủy")
    )
    matters.advance(store, matter_id, step(MatterStatus.VERIFYING, D("03/04/2026")))
    matters.advance(store, matter_id, step(MatterStatus.CONCLUDED, D("01/05/2026"), outcome=outcome,
                                           conclusion="Sai quy trình bước 3"))  # fmt: skip
    return matter_id


def test_a_revoked_appointment_keeps_both_records_and_the_previous_post_is_current(store) -> None:
    cadre_id, decision_id = appointed(store)
    matter_id = founded_matter(store, cadre_id, decision_id)
    assert revocations.check(store, decision_id, revocation(matter_id=matter_id)).ids() == []
    revocation_id = revocations.revoke(store, decision_id, revocation(matter_id=matter_id))
    with store.unit_of_work() as uow:
        cadre = load_dossier(uow.session, cadre_id)
        titles = sorted((p.title_code or "", p.start.vn(), p.end.vn() if p.end else None)
                        for p in cadre.postings)  # fmt: skip
        assert titles == [
            ("", "01/2020", "12/03/2025"),
            ("giam_doc_so", "12/03/2026", "15/06/2026"),  # the revoked appointment, kept
            ("pho_giam_doc_so", "12/03/2025", None),  # the previous post, current again
        ]
        assert cadre.current_position and cadre.current_position.startswith("Phó Giám đốc")
        row = uow.session.get(Revocation, revocation_id)
        assert (row.target_kind, row.decision_number, row.matter_id) == (
            "appointment",
            "60/QĐ-UBND",
            matter_id,
        )
        audit = list(uow.session.scalars(select(AuditEntry).where(AuditEntry.cadre_id == cadre_id)))
        revoke = next(e for e in audit if e.action == "revoke")
        assert revoke.entity_id == decision_id and revoke.reason.startswith("Revoked by 60/QĐ-UBND")
        posting_updates = [e for e in audit if e.entity == "posting" and e.action == "update"
                           and e.reason and e.reason.startswith("revocation")]  # fmt: skip
        assert {tuple(e.changes["end"]) for e in posting_updates} == {
            ("2026-03-12", None), (None, "2026-06-15"),
        }  # fmt: skip
    assert revocations.revocations_for(store, cadre_id)[0]["effects"]["restored_posting"]
    with pytest.raises(RefusedError) as again:
        revocations.revoke(store, decision_id, revocation(number="61/QĐ-UBND"))
    assert "REVOKE_ALREADY" in again.value.rule_ids


def test_a_revocation_before_the_decision_or_on_an_unfounded_matter_is_refused(store) -> None:
    cadre_id, decision_id = appointed(store)
    unfounded = founded_matter(store, cadre_id, decision_id, MatterOutcome.UNFOUNDED)
    with pytest.raises(RefusedError) as refused:
        revocations.revoke(
            store, decision_id, revocation(effective=D("11/03/2026"), matter_id=unfounded)
        )
    assert refused.value.rule_ids == ["REVOKE_BEFORE_DECISION", "REVOKE_MATTER_UNFOUNDED"]
    with store.unit_of_work() as uow:
        assert uow.session.scalars(select(Revocation)).first() is None  # nothing written
    on_the_day = revocations.check(store, decision_id, revocation(effective=D("12/03/2026")))
    assert on_the_day.ids() == ["REVOKE_WITHOUT_MATTER"]  # a warning: the reason must say why


def test_later_changes_must_be_undone_first(store) -> None:
    cadre_id, decision_id = appointed(store)
    with store.unit_of_work(write=True) as uow:
        cadre = load_dossier(uow.session, cadre_id)
        current = next(p for p in cadre.postings if p.end is None)
        current.end = D("01/05/2026")
        cadre.postings.append(
            Posting(start=D("01/05/2026"), title_code="chanh_van_phong_ubnd_tinh")
        )
    with pytest.raises(RefusedError) as refused:
        revocations.revoke(store, decision_id, revocation())
    assert refused.value.rule_ids == ["REVOKE_LATER_CHANGES"]


def test_a_revoked_planning_entry_ends_and_stays_in_the_history(store) -> None:
    cadre_id = ready_cadre(store)
    with store.unit_of_work() as uow:
        [entry] = load_dossier(uow.session, cadre_id).planning_entries
    revocations.revoke(store, entry.id, revocation(number="20-QĐ/TU", date=D("01/03/2026"),
                                                   signer="Bí thư Tỉnh ủy", body="Tỉnh ủy"))  # fmt: skip
    with store.unit_of_work() as uow:
        [kept] = load_dossier(uow.session, cadre_id).planning_entries
        assert (kept.end, kept.removal_decision) == (D("01/03/2026"), "20-QĐ/TU")
        assert kept.removal_reason.startswith("Revoked by 20-QĐ/TU")
    assert "APPOINT_NOT_PLANNED" in proposals.check_proposal(store, draft(cadre_id)).ids()


def test_a_revoked_rating_stops_counting_until_the_year_is_rated_again(store) -> None:
    cadre_id = ready_cadre(store)
    assert "APPOINT_RATINGS_MISSING" not in proposals.check_proposal(store, draft(cadre_id)).ids()
    with store.unit_of_work() as uow:
        rating = next(e for e in uow.session.get(Cadre, cadre_id).evaluations if e.year == 2025)
    revocations.revoke(store, rating.id, revocation(date=D("01/03/2026")))
    with store.unit_of_work() as uow:
        rows = sorted(uow.session.scalars(select(Evaluation).where(Evaluation.year == 2025)),
                      key=lambda e: e.revision)  # fmt: skip
        assert [(e.revision, e.status, e.rating) for e in rows] == [
            (0, EvaluationStatus.FINAL, Rating.GOOD), (1, EvaluationStatus.DRAFT, None),
        ]  # fmt: skip
        assert rows[1].amends_id == rows[0].id
    assert "APPOINT_RATINGS_MISSING" in proposals.check_proposal(store, draft(cadre_id)).ids()


def test_only_appointments_planning_and_ratings_can_be_revoked(store) -> None:
    with pytest.raises(UsageError):
        revocations.revoke(store, "no-such-id", revocation())
    _cadre_id, decision_id = appointed(store)
    with pytest.raises(UsageError):  # the revocation cites its own decision
        revocations.revoke(store, decision_id, revocation(signer=" "))
