"""Demo personnel work, made through the real services so that every rule has a case: the
agencies' localities, planning terms and titles, planning attempts (the refused ones are
audited with their rule ids), proposals at every stage, rotations, and a discipline that
takes a planned cadre out of the planning. The same seed gives the same cases."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any, TypeVar

from cadre_desktop.domain.enums import DossierStatus, PoliticalStandard
from cadre_desktop.domain.model import Discipline
from cadre_desktop.domain.personnel import PlanningGroup, ProposalKind, ProposalSource
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import CadreError
from cadre_desktop.rules.appointment import COMPONENTS
from cadre_desktop.rules.dates import add_months
from cadre_desktop.services import (
    decisions,
    declarations,
    locality,
    planning,
    proposal_steps,
    proposals,
    rotations,
)
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import personnel as q
from cadre_desktop.storage.queries import load_dossier

T = TypeVar("T")
D = PartialDate
TERM = "2025-2030"
PLANNED_ON = D(2026, 2, 2)
EXPECTED = D(2026, 5, 20)
TITLES = {
    "giam_doc_so": 4,
    "pho_giam_doc_so": 6,
    "chanh_thanh_tra_tinh": 1,
    "chanh_van_phong_ubnd_tinh": 1,
    "truong_ban_hdnd_tinh": 1,
    "uy_vien_btv_tinh_uy": 2,
    "tinh_uy_vien": 10,
}
SIGNED = decisions.DecisionDraft("68/QĐ-UBND", EXPECTED, "Chủ tịch UBND tỉnh", "UBND tỉnh Hòa Sơn")
RIVAL = "Trần Văn Hải"


def _try(action: Callable[[], T]) -> T | None:
    """Run one demo action; a refusal is itself a demo case (audited with its rule ids)."""
    try:
        return action()
    except CadreError:
        return None


def _localities(store: Store) -> None:
    catalogs = store.catalogs()
    with store.unit_of_work() as uow:
        codes = q.unit_codes_starting(uow.session, "DU.X")
        has_root = q.unit_by_code(uow.session, "TU") is not None
    pairs = [("TU", "DM")] if has_root else []
    pairs += [(code, "DM." + code.split(".", 1)[1]) for code in codes]
    for unit, place in pairs:
        if catalogs.has("admin_unit", place):
            locality.set_locality(store, unit, place)


def _plan(
    store: Store, cadre_id: str, title: str, group: PlanningGroup, training: bool = True
) -> str | None:
    plan = "Cao cấp lý luận chính trị 2026-2027" if training else None
    draft = planning.PlanDraft(
        cadre_id, TERM, title, group, PLANNED_ON, "15-QĐ/TU", "Ban Thường vụ Tỉnh ủy", plan
    )
    return _try(lambda: planning.plan(store, draft))


def _step(number: int, votes: dict[str, int], present: int = 10) -> proposal_steps.StepDraft:
    return proposal_steps.StepDraft(
        number, D(2026, 4, number * 3), 10, present,
        tuple(proposal_steps.VoteDraft(k, v) for k, v in votes.items()),
    )  # fmt: skip


def _record(store: Store, proposal_id: str, step: proposal_steps.StepDraft) -> None:
    _try(lambda: proposal_steps.record_step(store, proposal_id, step))


def _draft(cadre_id: str, **changes: Any) -> proposals.ProposalDraft:
    base: dict[str, Any] = {
        "cadre_id": cadre_id, "kind": ProposalKind.APPOINT, "source": ProposalSource.LOCAL,
        "title_code": "giam_doc_so", "expected_date": EXPECTED,
    }  # fmt: skip
    return proposals.ProposalDraft(**{**base, **changes})


def _dossier(store: Store, proposal_id: str, complete: bool) -> None:
    names = COMPONENTS if complete else COMPONENTS[:6]
    health = D(2026, 1, 10) if complete else D(2025, 9, 1)  # incomplete: an old certificate
    proposals.set_dossier(
        store, proposal_id, present={c: D(2026, 4, 1) for c in names}, photo=D(2026, 1, 10),
        health=health,
    )  # fmt: skip


def _declare(store: Store, cadre_id: str, day: str) -> None:
    """A declaration for personnel work, received (the other issue's own service)."""
    data = {
        "cadre": cadre_id, "kind": "personnel", "year": 2026, "declared_on": day,
        "appointment_expected_on": EXPECTED.vn(),
        "people": [{"role": "declarant", "full_name": "(theo hồ sơ)"}],
        "items": [{"category": "5", "description": "Tiền gửi tiết kiệm", "value_vnd": 90_000_000}],
    }  # fmt: skip
    made = _try(lambda: declarations.add_declaration(store, data))
    if made is not None:
        _try(lambda: declarations.complete_declaration(
            store, made.declaration_id, received_by="Ủy ban Kiểm tra Tỉnh ủy",
            received_on=D.parse_vn(day),
        ))  # fmt: skip


def _proposals(store: Store, planned: list[str]) -> None:
    eligible = [c for c in planned if not proposals.check_proposal(store, _draft(c)).blocked]
    for cadre_id in [c for c in planned if c not in eligible][:3]:
        _try(partial(proposals.propose, store, _draft(cadre_id)))  # refused: the person
    cases = iter(eligible)
    first = next(cases, None)
    if first and (pid := _try(lambda: proposals.propose(store, _draft(first)))):
        cadre_id = first
        _declare(store, cadre_id, "05/05/2026")  # 15 days before: the whole way to a decision
        _dossier(store, pid, complete=True)
        _record(store, pid, _step(1, {}))
        for number in (2, 3, 4, 5):
            _record(store, pid, _step(number, {cadre_id: 7, RIVAL: 3}))
        _try(partial(decisions.decide, store, pid, SIGNED))
    second = next(cases, None)
    if second and (pid := _try(lambda: proposals.propose(store, _draft(second)))):
        cadre_id = second
        _record(store, pid, _step(1, {}))
        _record(store, pid, _step(2, {cadre_id: 2, RIVAL: 2}))  # nobody reaches 30 %: stops
        _record(store, pid, _step(3, {cadre_id: 7, RIVAL: 3}))  # refused: the procedure stopped
    leader = next(cases, None)
    pid = leader and _try(lambda: proposals.propose(store, _draft(leader, department_leader=True)))
    if leader and pid:
        cadre_id = leader
        _declare(store, cadre_id, "15/05/2026")  # 5 days before: too late
        _dossier(store, pid, complete=False)
        opinion = proposals.OpinionDraft("provincial_departments", "Sở Tài chính", D(2026, 4, 2),
                                         12, 7, 6, "")  # fmt: skip
        _try(partial(proposals.add_opinion, store, pid, opinion))  # no quorum, no criteria
        _record(store, pid, _step(1, {}))
        _record(store, pid, _step(2, {}, present=6))  # refused: no quorum
        _record(store, pid, _step(2, {cadre_id: 9}))  # refused: one name, no surplus
        _record(store, pid, _step(2, {RIVAL: 6, cadre_id: 4}))
        _record(store, pid, _step(3, {cadre_id: 6, RIVAL: 4}))  # refused: differs, under 2/3
        _record(store, pid, _step(3, {RIVAL: 6, cadre_id: 4}))
        _record(store, pid, _step(4, {RIVAL: 6, cadre_id: 4}))
        _record(store, pid, _step(5, {RIVAL: 6, cadre_id: 4}))  # the candidate is not chosen
        _try(partial(decisions.decide, store, pid, SIGNED))


def _discipline(store: Store, cadre_id: str) -> None:
    """A reprimand recorded in the dossier takes the cadre out of the planning at once."""
    with store.unit_of_work(write=True, reason="demo data") as uow:
        cadre = load_dossier(uow.session, cadre_id)
        if cadre is not None:
            cadre.disciplines.append(
                Discipline(
                    start=D(2026, 1, 20),
                    end=D(2027, 1, 20),
                    form="party_khien_trach",
                    violation="Chậm báo cáo",
                    decision_number="21-QĐ/UBKTTU",
                )
            )


def _rotations(store: Store, cadre_ids: list[str]) -> None:
    start = D(2026, 6, 1)
    for cadre_id, months in zip(cadre_ids, (40, 30, 36), strict=False):
        until = D.of(add_months(start.earliest(), months))
        draft = rotations.RotationDraft(cadre_id, "pho_giam_doc_so", None, start, until)
        rotation_id = _try(partial(rotations.plan, store, draft))
        if rotation_id and months == 40:
            signed = decisions.DecisionDraft("30-QĐ/TU", start, "Bí thư Tỉnh ủy", "Tỉnh ủy")
            _try(partial(rotations.move, store, rotation_id, signed))


def _gate_cases(store: Store) -> None:
    """Planning attempts that the political-standard gate refuses (audited)."""
    with store.unit_of_work() as uow:
        blocked = [
            cadre_id
            for standard in PoliticalStandard
            if standard is not PoliticalStandard.MEETS
            for cadre_id in q.with_standard(uow.session, standard.value, 2)
        ]
        blocked += q.with_dossier_status(uow.session, ("incomplete", "untruthful"), 4)
        if honest := q.with_standard(uow.session, PoliticalStandard.MEETS.value, 1):
            blocked += honest
    if honest:  # the officer finds a dossier untruthful: every personnel step waits
        with store.unit_of_work(write=True, reason="demo data") as uow:
            cadre = load_dossier(uow.session, honest[0])
            if cadre is not None:
                cadre.dossier_status = DossierStatus.UNTRUTHFUL
                cadre.dossier_note = "Khai sai năm vào Đảng; đã yêu cầu bổ sung"
    for cadre_id in blocked:
        _plan(store, cadre_id, "tinh_uy_vien", PlanningGroup.TWO)


def _person_cases(store: Store, heads: list[str], juniors: list[str]) -> None:
    """Proposals the conditions on the person refuse, and two that carry a warning."""
    with store.unit_of_work() as uow:
        unrated = q.without_rating(uow.session, 2022, 2)
        disciplined = q.with_discipline(uow.session, 4)
        titles = store.catalogs().items("title")
        leaders = [i.code for i in titles if i.extra.get("is_leadership") == 1]
        oldest = q.oldest_holders(uow.session, leaders, 20)
    for cadre_id in [*heads[:2], *disciplined]:  # not planned; disciplined
        _try(partial(proposals.propose, store, _draft(cadre_id)))
    for cadre_id in unrated:  # judged in 11/2025: the ratings of 2022-2024 are needed
        _try(partial(proposals.propose, store, _draft(cadre_id, expected_date=D(2025, 11, 20))))
    made = 0
    for cadre_id, _start in oldest:  # reappointment near retirement: an extension
        reappoint = _draft(cadre_id, kind=ProposalKind.REAPPOINT)
        if made < 2 and proposals.check_proposal(store, reappoint).ids():
            made += bool(_try(partial(proposals.propose, store, reappoint)))
    for cadre_id in juniors:  # a deputy division head for deputy director: outstanding?
        if _plan(store, cadre_id, "pho_giam_doc_so", PlanningGroup.TWO, training=False):
            special = "Đánh giá của Ban Thường vụ Tỉnh ủy ngày 02/04/2026"
            draft = _draft(cadre_id, title_code="pho_giam_doc_so", special_case=special)
            if _try(partial(proposals.propose, store, draft)):
                break


@contextmanager
def _seeded_ids(rng: random.Random) -> Iterator[None]:
    """The services give new rows random UUIDs; the demo promises the same ids for the same
    seed, so while it runs those UUIDs are drawn from the seeded generator."""
    original = uuid.uuid4
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)
    try:
        yield
    finally:
        uuid.uuid4 = original


def generate_personnel(store: Store, seed: int = 1) -> None:
    """Fill the personnel side of a freshly generated demo store."""
    rng = random.Random(seed * 104729 + 17)
    with _seeded_ids(random.Random(seed * 7907 + 3)):
        _generate(store, rng)


def _generate(store: Store, rng: random.Random) -> None:
    _localities(store)
    _try(lambda: planning.add_term(store, TERM, 2025, 2030, D(2030, 9), "Ban Thường vụ Tỉnh ủy"))
    _try(
        lambda: planning.add_term(
            store, "2026-2031", 2026, 2031, D(2031, 3), "Ban Thường vụ Tỉnh ủy"
        )
    )
    for title, seats in TITLES.items():
        _try(partial(planning.set_title, store, TERM, title, seats))
    with store.unit_of_work() as uow:
        deputies = q.holders(uow.session, "pho_giam_doc_so", 24)
        heads = q.holders(uow.session, "truong_phong", 10)
        directors = q.holders(uow.session, "giam_doc_so", 6)
        juniors = q.holders(uow.session, "pho_truong_phong", 12)
    rng.shuffle(deputies)
    planned = [c for c in deputies if _plan(store, c, "giam_doc_so", PlanningGroup.ONE)]
    for cadre_id in planned[:5]:  # one seat each: the fourth is one too many, and so are titles
        for title in ("chanh_thanh_tra_tinh", "chanh_van_phong_ubnd_tinh", "truong_ban_hdnd_tinh"):
            _plan(store, cadre_id, title, PlanningGroup.ONE)
        _plan(store, cadre_id, "uy_vien_btv_tinh_uy", PlanningGroup.ONE)  # committee ratio
    for index, cadre_id in enumerate(heads):  # two levels below: two terms of age, a plan
        _plan(store, cadre_id, "giam_doc_so", PlanningGroup.TWO, training=index % 2 == 0)
        _plan(store, cadre_id, "pho_giam_doc_so", PlanningGroup.ONE, training=False)
    for cadre_id in directors[:3]:  # not upward: refused
        _plan(store, cadre_id, "pho_giam_doc_so", PlanningGroup.ONE)
    _gate_cases(store)
    _proposals(store, planned)
    _person_cases(store, heads, juniors)
    if len(planned) > 1:
        _discipline(store, planned[-1])
        _plan(store, planned[-1], "giam_doc_so", PlanningGroup.ONE)  # refused: disciplined
        _try(lambda: proposals.propose(store, _draft(planned[-1])))  # refused: in discipline
    _rotations(store, heads[:3])
