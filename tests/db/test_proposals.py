# ruff: noqa: E501
"""Proposals on a real store: the allowed path to a decision that updates the work history, and
each condition blocking at its boundary, refused and audited."""

import pytest
from sqlalchemy import select

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.model import AuditEntry, Decision
from cadre_desktop.domain.personnel import ProposalKind, ProposalSource, ProposalStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import RefusedError
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.retirement import retirement_day
from cadre_desktop.services import decisions, proposal_steps, proposal_view, proposals
from cadre_desktop.services.rule_params import shipped_parameters
from cadre_desktop.storage.queries import load_dossier
from tests.personnel import (
    ON,
    complete_dossier,
    draft,
    ready_cadre,
    step,
    winning_steps,
)

P = ParameterSet(shipped_parameters())
SIGNED = decisions.DecisionDraft("45/QĐ-UBND", ON, "Chủ tịch UBND tỉnh", "UBND tỉnh Hòa Sơn")


def _refusals(store) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        query = select(AuditEntry).where(AuditEntry.action == "refused")
        return list(uow.session.scalars(query))


def test_the_allowed_appointment_updates_the_work_history_in_one_go(store) -> None:
    cadre_id = ready_cadre(store)
    assert proposals.check_proposal(store, draft(cadre_id)).blocked is False
    proposal_id = proposals.propose(store, draft(cadre_id))
    complete_dossier(store, proposal_id)
    winning_steps(store, proposal_id, cadre_id)
    assert decisions.check_decision(store, proposal_id, SIGNED).ids() == []
    decision_id = decisions.decide(store, proposal_id, SIGNED)
    with store.unit_of_work() as uow:
        cadre = load_dossier(uow.session, cadre_id)
        decision = uow.session.get(Decision, decision_id)
        new = next(p for p in cadre.postings if p.id == decision.posting_id)
        old = next(p for p in cadre.postings if p.title_code == "pho_giam_doc_so")
        assert (new.title_code, new.start, new.end, new.decision_number) == (
            "giam_doc_so",
            ON,
            None,
            "45/QĐ-UBND",
        )
        assert old.end == ON
        assert cadre.current_position and "Giám đốc" in cadre.current_position
        assert decision.term_end == PartialDate(2031, 3, 12)  # five years
    assert proposal_view.show_proposal(store, proposal_id)["status"] == ProposalStatus.DECIDED.value
    with pytest.raises(RefusedError) as again:  # a decided proposal takes no further step
        decisions.decide(store, proposal_id, SIGNED)
    assert again.value.rule_ids == ["PROPOSAL_CLOSED"]


@pytest.mark.parametrize(
    ("changes", "rule"),
    [
        (
            {"post_start": PartialDate(2025, 3, 13)},
            "APPOINT_TIME_IN_POST",
        ),  # a day short of 12 months
        ({"years": (2024, 2025)}, "APPOINT_RATINGS_MISSING"),
        ({"plan": False}, "APPOINT_NOT_PLANNED"),
        ({"birth": PartialDate(1966, 1, 1), "plan": False}, "APPOINT_AGE"),
    ],
)
def test_a_condition_on_the_person_refuses_the_proposal(store, changes, rule) -> None:  # type: ignore[no-untyped-def]
    cadre_id = ready_cadre(store, **changes)
    assert rule in proposals.check_proposal(store, draft(cadre_id)).ids()
    with pytest.raises(RefusedError) as refused:
        proposals.propose(store, draft(cadre_id))
    assert rule in refused.value.rule_ids
    assert rule in _refusals(store)[-1].changes["rules"]


def test_exactly_twelve_months_and_a_special_case(store) -> None:
    cadre_id = ready_cadre(store, post_start=PartialDate(2025, 6, 1))
    special = draft(cadre_id, special_case="Đánh giá của Ban Thường vụ ngày 02/03/2026")
    report = proposals.check_proposal(store, special)
    assert [(f.rule_id, f.severity.value) for f in report] == [("APPOINT_TIME_IN_POST", "warn")]
    assert proposals.propose(store, special)


def test_the_decision_needs_the_dossier_the_declaration_and_the_steps(store) -> None:
    cadre_id = ready_cadre(store, declared=PartialDate(2026, 3, 3))  # 9 days before
    proposal_id = proposals.propose(store, draft(cadre_id))
    proposals.set_dossier(store, proposal_id, present={"cv": ON}, photo=PartialDate(2025, 9, 11))
    ids = set(decisions.check_decision(store, proposal_id, SIGNED).ids())
    assert {"APPOINT_ASSET_DECLARATION", "APPOINT_DOSSIER_INCOMPLETE", "APPOINT_DOCUMENT_TOO_OLD",
            "PROPOSAL_STEPS_MISSING"} <= ids  # fmt: skip
    with pytest.raises(RefusedError):
        decisions.decide(store, proposal_id, SIGNED)
    assert _refusals(store)[-1].entity == "decide_appoint"
    with store.unit_of_work() as uow:
        assert uow.session.scalars(select(Decision)).first() is None


def test_ballots_quorum_thresholds_and_the_stop(store) -> None:
    cadre_id = ready_cadre(store)
    proposal_id = proposals.propose(store, draft(cadre_id))
    with pytest.raises(RefusedError) as refused:  # 5 of 9 is under 2/3
        proposal_steps.record_step(store, proposal_id, step(1, 9, 5))
    assert refused.value.rule_ids == ["MEETING_QUORUM"]
    proposal_steps.record_step(store, proposal_id, step(1, 9, 6))  # exactly 2/3
    with pytest.raises(RefusedError) as single:  # one name for one seat: no surplus
        proposal_steps.record_step(store, proposal_id, step(2, 10, 10, **{cadre_id: 8}))
    assert single.value.rule_ids == ["BALLOT_NO_SURPLUS"]
    outcome = proposal_steps.record_step(
        store,
        proposal_id,
        step(2, 10, 10, **{cadre_id: 2, "Trần Văn Hải": 2}),  # 20 % each
    )
    assert outcome.stopped and outcome.report.ids() == ["BALLOT_NOBODY_30"]
    with pytest.raises(RefusedError) as closed:
        proposal_steps.record_step(store, proposal_id, step(3, 9, 9, **{cadre_id: 7, "B": 1}))
    assert closed.value.rule_ids == ["PROPOSAL_CLOSED"]


def test_fifty_percent_is_not_chosen_and_thirty_percent_goes_forward(store) -> None:
    cadre_id = ready_cadre(store)
    proposal_id = proposals.propose(store, draft(cadre_id))
    complete_dossier(store, proposal_id)
    proposal_steps.record_step(store, proposal_id, step(1, 10, 10))
    outcome = proposal_steps.record_step(
        store,
        proposal_id,
        step(2, 10, 10, **{cadre_id: 5, "Trần Văn Hải": 3}),  # 50 % and 30 %
    )
    assert not outcome.stopped and outcome.report.ids() == []
    for number in (3, 4):
        proposal_steps.record_step(
            store, proposal_id, step(number, 10, 10, **{cadre_id: 6, "Trần Văn Hải": 4})
        )
    proposal_steps.record_step(
        store, proposal_id, step(5, 10, 10, **{cadre_id: 5, "Trần Văn Hải": 5})
    )
    assert "BALLOT_NOT_CHOSEN" in decisions.check_decision(store, proposal_id, SIGNED).ids()


def test_step_three_differing_from_step_two_needs_two_thirds(store) -> None:
    cadre_id = ready_cadre(store)
    proposal_id = proposals.propose(store, draft(cadre_id))
    proposal_steps.record_step(store, proposal_id, step(1, 9, 9))
    proposal_steps.record_step(
        store, proposal_id, step(2, 9, 9, **{"Trần Văn Hải": 6, cadre_id: 3})
    )
    blocked = step(3, 9, 9, **{cadre_id: 5, "Trần Văn Hải": 4})  # 5/9 < 2/3
    assert proposal_steps.check_step(store, proposal_id, blocked).ids() == ["BALLOT_STEP3_DIFFERS"]
    allowed = step(3, 9, 9, **{cadre_id: 6, "Trần Văn Hải": 3})  # exactly 2/3
    assert proposal_steps.record_step(store, proposal_id, allowed).report.ids() == []


def test_reappointment_near_retirement_is_an_extension(store) -> None:
    cadre_id = ready_cadre(store, birth=PartialDate(1965, 1, 15), plan=False)
    reappoint = draft(cadre_id, kind=ProposalKind.REAPPOINT, title_code="pho_giam_doc_so",
                      source=ProposalSource.LOCAL)  # fmt: skip
    report = proposals.check_proposal(store, reappoint)
    assert "REAPPOINT_EXTENSION" in report.ids() and not report.blocked
    proposal_id = proposals.propose(store, reappoint)
    complete_dossier(store, proposal_id)
    proposal_steps.record_step(store, proposal_id, step(1, 9, 9, **{cadre_id: 8}))
    decision_id = decisions.decide(store, proposal_id, SIGNED)
    with store.unit_of_work() as uow:
        decision = uow.session.get(Decision, decision_id)
        cadre = load_dossier(uow.session, cadre_id)
        assert decision.kind == "extend" and decision.posting_id == cadre.postings[-1].id
        retire = retirement_day(PartialDate(1965, 1, 15), Sex.MALE, P, ON.earliest())
        assert decision.term_end == PartialDate.of(retire)  # to retirement, under 2 years away


def test_the_same_proposal_under_the_rules_of_each_day(store) -> None:
    """QĐ 80-QĐ/TW (2 years in post; no shorter age case) until 07/10/2025, QĐ 377 from 08/10."""
    cadre_id = ready_cadre(store, post_start=PartialDate(2024, 4, 8), declared=PartialDate(2025, 9, 20),
                           years=(2022, 2023, 2024, 2025))  # fmt: skip
    special = draft(cadre_id, expected_date=PartialDate(2025, 10, 8), special_case="Tờ trình số 7")
    proposal_id = proposals.propose(store, special)
    old = proposals.proposal_report(store, proposal_id, on=PartialDate(2025, 10, 7).earliest())
    new = proposals.proposal_report(store, proposal_id, on=PartialDate(2025, 10, 8).earliest())
    [(rule, severity, need)] = [(f.rule_id, f.severity.value, f.params.get("need")) for f in old
                                if f.rule_id == "APPOINT_TIME_IN_POST"]  # fmt: skip
    assert (rule, severity, need) == ("APPOINT_TIME_IN_POST", "warn", 24)  # 17 months < 24
    assert "APPOINT_TIME_IN_POST" not in new.ids()  # 17 months ≥ 12
    assert "QĐ 80" in next(f.source for f in old if f.rule_id == "APPOINT_TIME_IN_POST")


def test_a_special_age_case_exists_only_under_the_2025_rules(store) -> None:
    # born 01/01/1968, male: retires on 01/02/2030, 51 months after 08/10/2025 (≥ 48, < 60)
    cadre_id = ready_cadre(store, birth=PartialDate(1968, 1, 1), plan=False)
    for day, severity in ((PartialDate(2025, 10, 7), "block"), (PartialDate(2025, 10, 8), "warn")):
        report = proposals.check_proposal(
            store, draft(cadre_id, expected_date=day, special_case="Tờ trình số 7")
        )
        assert [f.severity.value for f in report if f.rule_id == "APPOINT_AGE"] == [severity]


def test_a_department_leader_needs_the_named_units_opinions_with_criteria(store) -> None:
    cadre_id = ready_cadre(store)
    proposal_id = proposals.propose(store, draft(cadre_id, department_leader=True))
    [missing] = [
        f
        for f in proposals.proposal_report(store, proposal_id)
        if f.rule_id == "APPOINT_UNIT_OPINIONS"
    ]
    assert missing.params["groups"] == "commune_party_committees, provincial_departments"
    opinion = proposals.OpinionDraft("commune_party_committees", "Đảng ủy phường Hòa Sơn", PartialDate(2026, 2, 20),
                                     30, 20, 18, "phẩm chất, năng lực, uy tín")  # fmt: skip
    proposals.add_opinion(store, proposal_id, opinion)
    proposals.add_opinion(store, proposal_id, proposals.OpinionDraft(
        "provincial_departments", "Sở Tài chính", PartialDate(2026, 2, 21), 12, 7, 7, " "))  # fmt: skip
    ids = proposals.proposal_report(store, proposal_id).ids()
    assert "APPOINT_UNIT_OPINIONS" not in ids
    assert "APPOINT_UNIT_OPINION_CRITERIA" in ids and "MEETING_QUORUM" in ids  # 7 of 12 < 2/3


def test_a_deputy_division_head_for_deputy_director_is_flagged(store) -> None:
    cadre_id = ready_cadre(store, plan=False)
    with store.unit_of_work(write=True) as uow:
        load_dossier(uow.session, cadre_id).postings[-1].title_code = "pho_truong_phong"
    report = proposals.check_proposal(store, draft(cadre_id, title_code="pho_giam_doc_so"))
    assert ("APPOINT_OUTSTANDING", "warn") in [(f.rule_id, f.severity.value) for f in report]
