# ruff: noqa: E501
"""The oversight register on a real store: an open matter on a conclusion's grounds makes an
older conclusion stale and shows on a proposal; the status flow refuses what it must; a
concluded violation leads to a discipline that takes the cadre out of the planning at once;
matters stay with a cadre who moved or retired; scans are encrypted blobs."""

from pathlib import Path

import pytest
from sqlalchemy import select

from cadre_desktop.domain.enums import CadreStatus, PoliticalStandard
from cadre_desktop.domain.model import AuditEntry, Cadre, MatterScan, PlanningEntry
from cadre_desktop.domain.oversight_enums import (
    Ground,
    MatterKind,
    MatterOutcome,
    MatterStatus,
    Sensitivity,
)
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import RefusedError, UsageError
from cadre_desktop.i18n import gettext
from cadre_desktop.services import clearances, matter_queries, matter_scans, matters, proposals
from cadre_desktop.storage.blobs import read_blob
from tests.personnel import draft, ready_cadre

D = PartialDate.parse_vn


def complaint(cadre_id: str, received: str = "20/02/2026", **changes) -> matters.MatterDraft:  # type: ignore[no-untyped-def]
    base = {
        "kind": MatterKind.DENUNCIATION, "source": "Công dân", "received_on": D(received),
        "summary": "Không khai người thân ở nước ngoài", "cadre_id": cadre_id,
        "grounds": frozenset({Ground.ABROAD}), "complainant": "Trần Thị Mơ",
    }  # fmt: skip
    return matters.MatterDraft(**{**base, **changes})


def _standard(store, cadre_id: str) -> PoliticalStandard:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        return uow.session.get(Cadre, cadre_id).political_standard


def _walk(store, matter_id: str, outcome: MatterOutcome, day: str = "10/03/2026") -> None:  # type: ignore[no-untyped-def]
    step = matters.StepDraft
    matters.advance(
        store, matter_id, step(MatterStatus.ASSIGNED, D("25/02/2026"), "Ủy ban Kiểm tra Tỉnh ủy")
    )
    matters.advance(store, matter_id, step(MatterStatus.VERIFYING, D("01/03/2026")))
    matters.advance(store, matter_id, step(MatterStatus.CONCLUDED, D(day), outcome=outcome,
                                        conclusion="Kết luận", conclusion_number="5-KL/UBKTTU"))  # fmt: skip


def test_an_open_matter_makes_an_older_conclusion_stale_and_shows_on_a_proposal(store) -> None:
    cadre_id = ready_cadre(store)  # concluded 05/01/2026, planned 01/02/2026
    assert _standard(store, cadre_id) is PoliticalStandard.MEETS
    assert proposals.check_proposal(store, draft(cadre_id)).blocked is False
    matter_id = matters.add_matter(store, complaint(cadre_id))
    assert _standard(store, cadre_id) is PoliticalStandard.STALE
    [in_force] = [c for c in clearances.list_clearances(store, cadre_id) if c["in_force"]]
    opened = gettext("{what} received after the conclusion, still open")
    assert [s["change"] for s in in_force["stale"]] == [
        opened.format(what=gettext("oversight matter")) + ": 1/2026"
    ]
    assert in_force["stale"][0]["changed_at"]  # the audit log says when
    report = proposals.check_proposal(store, draft(cadre_id))
    assert "MATTER_OPEN" in report.ids() and "POLITICAL_STANDARD_STALE" in report.ids()
    assert report.blocked
    [shown] = matter_queries.open_matters_for(store, cadre_id)
    assert (shown.id, shown.number, shown.touches_grounds, shown.summary) == (
        matter_id, "1/2026", True, None,  # a denunciation is restricted: no summary in lists
    )  # fmt: skip
    assert matter_queries.open_matter_counts(store, [cadre_id]) == {cadre_id: 1}


def test_a_matter_received_the_same_day_or_off_the_grounds_leaves_the_conclusion(store) -> None:
    cadre_id = ready_cadre(store)
    matters.add_matter(store, complaint(cadre_id, "05/01/2026"))  # the conclusion's own day
    matters.add_matter(store, complaint(cadre_id, grounds=frozenset({Ground.DUTIES})))
    assert _standard(store, cadre_id) is PoliticalStandard.MEETS
    report = proposals.check_proposal(store, draft(cadre_id))
    assert report.ids().count("MATTER_OPEN") == 2 and not report.blocked


def test_an_unfounded_conclusion_frees_the_older_conclusion_a_founded_one_does_not(store) -> None:
    first, second = ready_cadre(store, given="Một"), ready_cadre(store, given="Hai")
    unfounded = matters.add_matter(store, complaint(first))
    founded = matters.add_matter(store, complaint(second))
    _walk(store, unfounded, MatterOutcome.UNFOUNDED)
    _walk(store, founded, MatterOutcome.FOUNDED)
    assert _standard(store, first) is PoliticalStandard.MEETS
    assert _standard(store, second) is PoliticalStandard.STALE
    stale = clearances.list_clearances(store, second)[0]["stale"]
    founded = gettext("{what} concluded founded after the conclusion")
    assert [s["change"] for s in stale] == [
        founded.format(what=gettext("oversight matter")) + ": 2/2026"
    ]


def test_the_status_flow_is_refused_out_of_order_and_audited(store) -> None:
    cadre_id = ready_cadre(store)
    matter_id = matters.add_matter(store, complaint(cadre_id))
    with pytest.raises(RefusedError) as skipped:
        matters.advance(
            store, matter_id, matters.StepDraft(MatterStatus.VERIFYING, D("01/03/2026"))
        )
    assert skipped.value.rule_ids == ["MATTER_STATUS_FLOW"]
    with pytest.raises(RefusedError) as nobody:
        matters.advance(store, matter_id, matters.StepDraft(MatterStatus.ASSIGNED, D("19/02/2026")))
    assert nobody.value.rule_ids == ["MATTER_DATE_ORDER", "MATTER_HANDLER_MISSING"]
    with store.unit_of_work() as uow:
        refused = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "refused"))
        assert [e.changes["rules"] for e in refused if e.entity.startswith("matter")] == [
            ["MATTER_STATUS_FLOW"], ["MATTER_DATE_ORDER", "MATTER_HANDLER_MISSING"],
        ]  # fmt: skip
    late = matters.advance(
        store, matter_id, matters.StepDraft(MatterStatus.ASSIGNED, D("03/03/2026"), "UBKT")
    )
    assert late.ids() == ["MATTER_ASSIGNED_LATE"]  # 11 days after receipt: a warning
    detail = matter_queries.matter_detail(store, matter_id)
    assert [e["action"] for e in detail["events"]] == ["received", "assigned"]
    assert detail["complainant"] == "Trần Thị Mơ"


def test_an_early_ending_needs_not_accepted_or_transferred(store) -> None:
    cadre_id = ready_cadre(store)
    matter_id = matters.add_matter(store, complaint(cadre_id))
    with pytest.raises(RefusedError):
        matters.close(store, matter_id, matters.StepDraft(MatterStatus.CLOSED, D("01/03/2026")))
    matters.close(store, matter_id, matters.StepDraft(MatterStatus.CLOSED, D("01/03/2026"),
                                                      outcome=MatterOutcome.NOT_ACCEPTED))  # fmt: skip
    assert matter_queries.open_matters_for(store, cadre_id) == []
    assert _standard(store, cadre_id) is PoliticalStandard.MEETS


def test_a_concluded_discipline_removes_the_cadre_from_planning_at_once(store) -> None:
    cadre_id = ready_cadre(store)
    matter_id = matters.add_matter(store, complaint(cadre_id, grounds=frozenset({Ground.ETHICS})))
    reprimand = matters.DisciplineDraft("party_khien_trach", D("20/03/2026"), "30-QĐ/UBKTTU",
                                        end=D("20/03/2027"))  # fmt: skip
    with pytest.raises(RefusedError) as early:  # no conclusion yet
        matters.close(store, matter_id, matters.StepDraft(MatterStatus.CLOSED, D("20/03/2026"),
                      outcome=MatterOutcome.NOT_ACCEPTED), reprimand)  # fmt: skip
    assert early.value.rule_ids == ["MATTER_DISCIPLINE_WITHOUT_VIOLATION"]
    _walk(store, matter_id, MatterOutcome.FOUNDED)
    matters.close(
        store, matter_id, matters.StepDraft(MatterStatus.CLOSED, D("20/03/2026")), reprimand
    )
    with store.unit_of_work() as uow:
        cadre = uow.session.get(Cadre, cadre_id)
        [discipline] = cadre.disciplines
        [entry] = uow.session.scalars(
            select(PlanningEntry).where(PlanningEntry.cadre_id == cadre_id)
        )
        assert entry.end == D("20/03/2026") and entry.removal_decision == "30-QĐ/UBKTTU"
    detail = matter_queries.matter_detail(store, matter_id)
    assert detail["status"] == "closed" and detail["discipline"] == discipline.id


def test_register_figures_for_the_dashboard(store) -> None:
    cadre_id = ready_cadre(store)
    founded = matters.add_matter(store, complaint(cadre_id))
    matters.add_matter(store, complaint(cadre_id, kind=MatterKind.COMPLAINT))
    _walk(store, founded, MatterOutcome.FOUNDED)
    figures = matter_queries.register_figures(store, D("01/04/2026").earliest())
    assert figures["denunciation"] == {
        "total": 1,
        "open": 0,
        "overdue": 0,
        "founded": 1,
        "unfounded": 0,
    }
    assert figures["complaint"] == {
        "total": 1,
        "open": 1,
        "overdue": 1,
        "founded": 0,
        "unfounded": 0,
    }


def test_matters_stay_with_a_cadre_who_moved_or_retired(store) -> None:
    cadre_id = ready_cadre(store)
    matter_id = matters.add_matter(store, complaint(cadre_id))
    with store.unit_of_work(write=True) as uow:
        uow.session.get(Cadre, cadre_id).status = CadreStatus.RETIRED
    rows = matter_queries.list_matters(store, matter_queries.Filters(cadre_id=cadre_id))
    assert [r.id for r in rows] == [matter_id] and rows[0].subject == "Nguyễn Văn Đức"


def test_deadlines_follow_the_kind_and_extensions_are_limited(store) -> None:
    cadre_id = ready_cadre(store)
    matter_id = matters.add_matter(store, complaint(cadre_id))  # a denunciation: 30 days
    rows = matter_queries.list_matters(store, today=D("22/03/2026").earliest())
    assert rows[0].due_on == D("22/03/2026").earliest() and rows[0].due_soon and not rows[0].overdue
    for new_due in ("21/04/2026", "21/05/2026"):
        matters.extend(store, matter_id, D(new_due), D("20/03/2026"), "Vụ việc phức tạp")
    with pytest.raises(RefusedError) as third:
        matters.extend(store, matter_id, D("20/06/2026"), D("20/03/2026"), "Thêm")
    assert third.value.rule_ids == ["MATTER_EXTENSION_LIMIT"]
    overdue = matter_queries.list_matters(store, matter_queries.Filters(overdue_only=True),
                                          today=D("22/05/2026").earliest())  # fmt: skip
    assert [r.id for r in overdue] == [matter_id]


def test_a_receipt_needs_a_full_date_and_a_subject(store) -> None:
    with pytest.raises(UsageError):
        matters.add_matter(store, complaint(None, "02/2026"))
    with pytest.raises(UsageError):
        matters.add_matter(store, complaint(None))


def test_scans_are_encrypted_blobs_and_each_copy_is_audited(store, tmp_path: Path) -> None:
    cadre_id = ready_cadre(store)
    matter_id = matters.add_matter(store, complaint(cadre_id, sensitivity=Sensitivity.SECRET))
    scan = tmp_path / "don-to-cao.pdf"
    scan.write_bytes(b"%PDF-1.4 thu nghiem")
    scan_id = matter_scans.attach_scan(store, matter_id, scan)
    assert matter_scans.scan_bytes(store, scan_id) == b"%PDF-1.4 thu nghiem"
    copy = tmp_path / "ban-sao.pdf"
    matter_scans.save_scan_copy(store, scan_id, copy)
    assert copy.read_bytes() == b"%PDF-1.4 thu nghiem"
    with store.unit_of_work() as uow:
        row = uow.session.get(MatterScan, scan_id)
        assert read_blob(uow.session, row.sha256) == b"%PDF-1.4 thu nghiem"
        actions = [e.action for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "matter_scan"))]  # fmt: skip
    assert actions.count("export") == 1 and "open" in actions
