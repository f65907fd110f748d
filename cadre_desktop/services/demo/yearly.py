"""Demo evaluations and declarations, written through the services so every rule applies,
with one case that trips each rule: an excellent quota exceeded (Q1/2026 drafts), a leader
re-rated "not completed" for 2025 (dismissal alert), declarations with no change, with an
explained increase, with an unexplained increase of 300 million or more (left a draft,
completion refused), a late personnel declaration, and cadres who have not declared."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.services import declaration_drafts, declarations, evaluations
from cadre_desktop.storage import yearly
from cadre_desktop.storage.store import OpenStore

GROUP = "Giám đốc sở và tương đương"
BTV = "Ban Thường vụ Tỉnh ủy Hòa Sơn"
UBKT = "Ủy ban Kiểm tra Tỉnh ủy Hòa Sơn"
MILLION = 1_000_000
ITEMS = [(g, i) for g in (1, 2, 3) for i in range(1, 10)]


def generate_yearly(store: OpenStore, seed: int = 1) -> None:
    rng = random.Random(seed * 7919 + 5)
    with store.unit_of_work() as uow:
        ids = yearly.active_cadre_ids(uow.session)
    if len(ids) < 4:
        return
    rng.shuffle(ids)
    raters, declarers = ids[: min(13, len(ids) // 2)], ids[len(ids) // 2 :]
    _ratings(store, rng, raters)
    _declarations(store, rng, declarers[:12])


def _sheet(cadre_id: str, rng: random.Random, rating: Rating) -> dict[str, Any]:
    tasks = {Rating.EXCELLENT: rng.choice(["61", "63.5", "65"]), Rating.GOOD: "50"}[rating]
    present = rng.random() < 0.1
    return {
        "cadre": cadre_id,
        "year": 2026,
        "quarter": 1,
        "leader": True,
        "comparable_group": GROUP,
        "results": "Hoàn thành các nhiệm vụ quý I; sản phẩm: báo cáo, đề án, kế hoạch",
        "commitment_signed": rng.random() < 0.9,
        "score_general": "29",
        "score_tasks": tasks,
        "tasks_total": 10,
        "tasks_done": 10,
        "tasks_exceeding": 4 if rating is Rating.EXCELLENT else 1,
        "tasks_late": 0,
        "self_rating": rating.value,
        "proposed_rating": rating.value,
        "rating": rating.value,
        "checks": [
            {"item": f"{g}.{i}", "state": "present" if present and (g, i) == (1, 8) else "none"}
            for g, i in ITEMS
        ],
        "reviews": [{"venue": "party_cell", "held_on": "05/04/2026"}]
        + (
            [{"venue": "leadership_collective", "held_on": "08/04/2026"}]
            if rng.random() < 0.8
            else []
        ),
    }


def _ratings(store: OpenStore, rng: random.Random, cadre_ids: list[str]) -> None:
    decision = evaluations.Decision(rated_by=BTV, rated_on=PartialDate(2026, 4, 15))
    stars = len(cadre_ids) // 5 + 1  # one more than 20 % of the good: over the quota
    for index, cadre_id in enumerate(cadre_ids):
        rating = Rating.EXCELLENT if index < stars else Rating.GOOD
        outcome = evaluations.record_evaluation(store, _sheet(cadre_id, rng, rating))
        if rating is Rating.GOOD and outcome.evaluation_id:
            evaluations.finalise_evaluation(store, outcome.evaluation_id, decision)
    # The excellent drafts stay drafts: the group is over its quota and finalising is refused.
    leader = cadre_ids[-1]
    with store.unit_of_work() as uow:
        rows = yearly.period_evaluations(uow.session, leader, 2025, None)
    if rows and rows[-1].is_final:
        evaluations.rerate(
            store,
            rows[-1].id,
            Rating.NOT_COMPLETED,
            "Kết luận kiểm tra của Ủy ban Kiểm tra Tỉnh ủy: vi phạm trong quản lý đất đai",
            evaluations.Decision(
                rated_by=BTV, rated_on=PartialDate(2026, 3, 10), number="125-QĐ/TU"
            ),
            facts={
                "leader": True,
                "score_general": Decimal(18),
                "score_tasks": Decimal(30),
                "disciplined": True,
            },
        )


def _declaration(
    cadre_id: str, year: int, items: list[dict[str, Any]], people: list[dict[str, Any]],
    **more: Any,
) -> dict[str, Any]:  # fmt: skip
    return {
        "cadre": cadre_id,
        "kind": "annual",
        "year": year,
        "declared_on": f"{10 + year % 7:02d}/12/{year}",
        "people": people,
        "items": items,
        **more,
    }


def _income(rng: random.Random, people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Section II.10: the income of each person between the two declarations."""
    lines = [
        {
            "category": "10",
            "holder": "declarant",
            "description": "Tiền lương, phụ cấp, thưởng",
            "value_vnd": rng.randint(18, 32) * 10 * MILLION,
        }
    ]
    if any(p["role"] == "spouse" for p in people):
        lines.append(
            {
                "category": "10",
                "holder": "spouse",
                "description": "Tiền lương",
                "value_vnd": rng.randint(9, 20) * 10 * MILLION,
            }
        )
    return lines


def _declarations(store: OpenStore, rng: random.Random, cadre_ids: list[str]) -> None:
    for index, cadre_id in enumerate(cadre_ids[:-3]):  # the last three never declare for 2025
        # The declarant, spouse and minor children as the dossier gives them.
        people = declaration_drafts.new_declaration_form(
            store, cadre_id, "first", dt.date(2024, 12, 10)
        )["people"]
        house = {
            "category": "2.1",
            "ref": "nha",
            "description": "Nhà ở riêng lẻ",
            "quantity": "96.5",
            "quantity_unit": "m2",
            "value_vnd": rng.randint(12, 40) * 100 * MILLION,
        }
        money = rng.randint(2, 9) * 50 * MILLION
        savings = {"category": "5", "description": "Tiền gửi tiết kiệm", "value_vnd": money}
        first = declarations.add_declaration(
            store, _declaration(cadre_id, 2024, [house, savings], people)
        )
        _receive(store, first.declaration_id, PartialDate(2024, 12, 20))
        case = index % 4
        income = _income(rng, people)
        if case == 0:  # nothing changed
            data = _declaration(cadre_id, 2025, [house, savings, *income], people, no_change=True)
        else:
            grown = money + (350 if case == 2 else 120) * MILLION
            items = [house, {**savings, "value_vnd": grown}, *income]
            explanation = None if case == 2 else "Tiền lương, phụ cấp và thưởng tích lũy trong năm"
            change = {
                "category": "5",
                "direction": "increase",
                "value_vnd": grown - money,
                "explanation": explanation,
            }
            data = _declaration(cadre_id, 2025, items, people, changes=[change])
        second = declarations.add_declaration(store, data)
        if case != 2:  # case 2: 350 million unexplained, completion is refused
            _receive(store, second.declaration_id, PartialDate(2025, 12, 28))
        if case == 3:  # for personnel work, declared only 6 days before the appointment
            personnel = _declaration(
                cadre_id,
                2026,
                [house, {**savings, "value_vnd": grown}, *income],
                people,
                kind="personnel",
                declared_on="04/05/2026",
                appointment_expected_on="10/05/2026",
                no_change=True,
            )
            late = declarations.add_declaration(store, personnel)
            _receive(store, late.declaration_id, PartialDate(2026, 5, 4))


def _receive(store: OpenStore, declaration_id: str, on: PartialDate) -> None:
    declarations.complete_declaration(store, declaration_id, received_by=UBKT, received_on=on)
