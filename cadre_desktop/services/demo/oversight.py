"""Demo oversight register, made through the real services so that every rule has a case:
matters of every kind at every step (overdue, nearly due, waiting for a handler; refused
steps; a founded one ending in a discipline that takes the cadre out of the planning, one
against an appointment ending in its revocation), revocations refused and made, a matter
about a cadre who retired. The training plans follow (demo/training_plans.py)."""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from reportlab.platypus import Paragraph

from cadre_desktop.domain.enums import CadreStatus
from cadre_desktop.domain.model import Cadre
from cadre_desktop.domain.oversight_enums import Ground, MatterKind, MatterOutcome, MatterStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import CadreError
from cadre_desktop.printing import styles
from cadre_desktop.printing.page import PrintContext, build_pdf
from cadre_desktop.services import matter_scans, matters, revocations
from cadre_desktop.services.demo.personnel import _seeded_ids
from cadre_desktop.services.demo.training_plans import generate_courses
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import oversight as q
from cadre_desktop.storage import personnel as pq

T = TypeVar("T")
D = PartialDate.parse_vn
S = MatterStatus
K = MatterKind
G = Ground
UBKT = "Ủy ban Kiểm tra Tỉnh ủy"
SOURCES = {
    K.COMPLAINT: "Công dân (đơn có ký tên)",
    K.DENUNCIATION: "Công dân (đơn tố cáo)",
    K.RECOMMENDATION: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hòa Sơn",
    K.INSPECTION: "Ủy ban Kiểm tra Tỉnh ủy",
    K.AUDIT: "Kiểm toán nhà nước khu vực",
    K.INVESTIGATION: "Công an tỉnh Hòa Sơn",
    K.POSITION_BUYING: "Phản ánh qua đường dây nóng",
}


def _try(action: Callable[[], T]) -> T | None:
    """Run one demo action; a refusal is itself a demo case (audited with its rule ids)."""
    try:
        return action()
    except CadreError:
        return None


def _scan(store: Store, matter_id: str, title: str) -> None:
    """A one-page synthetic "scan" (made here: the repository holds no real letters)."""
    text = f"{title} — bản quét minh họa của dữ liệu mẫu (không có thật)."
    context = PrintContext("Dữ liệu mẫu", D("01/01/2026").earliest())
    pdf = build_pdf([Paragraph(text, styles.BODY)], context)
    matter_scans.attach_scan_bytes(store, matter_id, "ban-quet.pdf", "application/pdf", pdf, title)


def _add(
    store: Store, kind: MatterKind, cadre_id: str | None, received: str, summary: str,
    grounds: set[Ground], target_id: str | None = None, complainant: str | None = None,
) -> str | None:  # fmt: skip
    draft = matters.MatterDraft(
        kind, SOURCES[kind], D(received), summary, cadre_id=cadre_id, target_id=target_id,
        grounds=frozenset(grounds), complainant=complainant,
    )  # fmt: skip
    return _try(partial(matters.add_matter, store, draft))


def _step(store: Store, matter_id: str, to: MatterStatus, day: str, **kw: Any) -> None:
    _try(partial(matters.advance, store, matter_id, matters.StepDraft(to, D(day), **kw)))


def _close(store: Store, matter_id: str, day: str, discipline: Any = None, **kw: Any) -> None:
    step = matters.StepDraft(S.CLOSED, D(day), **kw)
    _try(partial(matters.close, store, matter_id, step, discipline))


def _concluded(store: Store, matter_id: str, outcome: MatterOutcome, day: str) -> None:
    _step(store, matter_id, S.ASSIGNED, "12/02/2026", handling_body=UBKT)
    _step(store, matter_id, S.VERIFYING, "16/02/2026")
    _step(store, matter_id, S.CONCLUDED, day, outcome=outcome,
          conclusion="Kết luận xác minh", conclusion_number="12-KL/UBKTTU")  # fmt: skip


def _revoke(store: Store, target_id: str, number: str, day: str, reason: str,
            matter_id: str | None = None) -> None:  # fmt: skip
    draft = revocations.RevocationDraft(
        number, D(day), "Bí thư Tỉnh ủy", "Tỉnh ủy Hòa Sơn", reason, matter_id=matter_id
    )
    _try(partial(revocations.revoke, store, target_id, draft))


def _open_matters(store: Store, planned: list[str]) -> None:
    abroad = "Tố cáo không kê khai người thân ở nước ngoài"
    m1 = _add(store, K.DENUNCIATION, planned[0], "10/03/2026", abroad, {G.ABROAD, G.FAMILY},
              complainant="Người tố cáo (được giữ bí mật)")  # fmt: skip
    if m1:  # overdue on 20/05/2026; the earlier conclusion no longer covers the dossier
        _scan(store, m1, "Đơn tố cáo")
        _step(store, m1, S.ASSIGNED, "12/03/2026", handling_body=UBKT, handler="Tổ xác minh số 2")
        _step(store, m1, S.VERIFYING, "15/03/2026")
        _try(partial(matters.extend, store, m1, D("20/05/2026"), D("05/04/2026"), "Phức tạp"))
    rating = "Khiếu nại về kết quả đánh giá, xếp loại năm 2025"
    m2 = _add(store, K.COMPLAINT, planned[1], "25/04/2026", rating, {G.DUTIES})
    if m2:  # due on 25/05/2026: nearly due
        _step(store, m2, S.ASSIGNED, "27/04/2026", handling_body="Ban Tổ chức Tỉnh ủy")
    post = "Phản ánh việc bố trí công tác không đúng chuyên môn"
    m3 = _add(store, K.COMPLAINT, planned[2], "01/05/2026", post, {G.PROCEDURE})
    if m3:  # waiting for a handler; a step skipped and one dated before the receipt: refused
        _step(store, m3, S.VERIFYING, "05/05/2026")
        _step(store, m3, S.ASSIGNED, "30/04/2026")


def _position_buying(store: Store, cadre_id: str) -> None:
    """Late steps, extensions up to the limit, a founded conclusion, then a warning."""
    summary = "Phản ánh vận động, tác động để được quy hoạch"
    m = _add(store, K.POSITION_BUYING, cadre_id, "05/01/2026", summary,
             {G.POSITION_BUYING, G.ETHICS})  # fmt: skip
    if not m:
        return
    _step(store, m, S.ASSIGNED, "20/01/2026", handling_body=UBKT)  # late: a warning
    _step(store, m, S.VERIFYING, "22/01/2026")
    for due in ("04/03/2026", "03/04/2026", "03/05/2026"):  # the third is one too many
        _try(partial(matters.extend, store, m, D(due), D("01/02/2026"), "Cần xác minh thêm"))
    _try(partial(matters.extend, store, m, D("01/08/2026"), D("01/02/2026"), "Quá dài"))
    _step(store, m, S.CONCLUDED, "10/04/2026", outcome=MatterOutcome.FOUNDED, conclusion=" ")
    found = "Có vi phạm; đề nghị xử lý kỷ luật"
    _step(store, m, S.CONCLUDED, "10/04/2026", outcome=MatterOutcome.FOUNDED, conclusion=found,
          conclusion_number="25-KL/UBKTTU")  # fmt: skip
    warning = matters.DisciplineDraft("party_canh_cao", D("15/04/2026"), "31-QĐ/UBKTTU",
                                      end=D("15/04/2027"), decision_body=UBKT)  # fmt: skip
    _close(store, m, "15/04/2026", warning)  # out of the planning at once


def _other_matters(store: Store, others: list[str], retired: str) -> None:
    land = "Kiến nghị làm rõ việc sử dụng đất của gia đình"
    m5 = _add(store, K.RECOMMENDATION, others[0], "02/02/2026", land, {G.ASSETS})
    if m5:  # unfounded: no discipline can follow it
        _concluded(store, m5, MatterOutcome.UNFOUNDED, "20/02/2026")
        reprimand = matters.DisciplineDraft("party_khien_trach", D("01/03/2026"), "9-QĐ/UBKTTU")
        _close(store, m5, "01/03/2026", reprimand)
        _close(store, m5, "01/03/2026")
    audit = "Kết luận kiểm toán nêu trách nhiệm người đứng đầu"
    m7 = _add(store, K.AUDIT, others[1], "15/01/2026", audit, {G.DUTIES})
    if m7:
        _close(store, m7, "20/01/2026", outcome=MatterOutcome.TRANSFERRED,
               note="Chuyển Thanh tra tỉnh theo thẩm quyền")  # fmt: skip
    earlier = "Thông báo kết quả điều tra liên quan thời gian công tác trước"
    m8 = _add(store, K.INVESTIGATION, retired, "02/03/2026", earlier, {G.DUTIES})
    if m8:  # stays with the cadre who retired
        _step(store, m8, S.ASSIGNED, "05/03/2026", handling_body="Ban Nội chính Tỉnh ủy")


def _revocations(store: Store, planned: list[str], removed_entry: str | None) -> None:
    with store.unit_of_work() as uow:
        appointed = q.decisions_of_kind(uow.session, "appoint")
        ratings = q.final_ratings(uow.session, 2024, 1)
        entries = {e.cadre_id: e.id for e in pq.active_entries(uow.session)}
    if appointed:
        decision = appointed[0].id
        wrong = "Kết luận kiểm tra: quy trình bổ nhiệm chưa đúng bước 3"
        m6 = _add(store, K.INSPECTION, None, "01/02/2026", wrong, {G.PROCEDURE}, decision)
        if m6:
            _concluded(store, m6, MatterOutcome.FOUNDED, "28/05/2026")
            _revoke(store, decision, "74/QĐ-UBND", "01/05/2026", "Sai quy trình")  # too early
            _revoke(store, decision, "75/QĐ-UBND", "15/06/2026", "Bổ nhiệm sai quy trình", m6)
            _revoke(store, decision, "75/QĐ-UBND", "15/06/2026", "Bổ nhiệm sai quy trình", m6)
    for rating in ratings:  # the year must be rated again
        _revoke(store, rating.id, "3-QĐ/TU", "10/03/2026", "Xếp loại không đúng tiêu chí")
    target = entries.get(planned[3])
    if target:
        unfounded = "Khiếu nại việc đưa vào quy hoạch"
        m9 = _add(store, K.COMPLAINT, None, "03/02/2026", unfounded, {G.PROCEDURE}, target)
        if m9:
            _concluded(store, m9, MatterOutcome.UNFOUNDED, "25/02/2026")
            _revoke(store, target, "8-QĐ/TU", "01/01/2026", "Theo đơn", m9)  # refused twice
        _revoke(store, target, "9-QĐ/TU", "02/03/2026", "Quy hoạch khi chưa đủ tiêu chuẩn")
    if removed_entry:  # ended already (a discipline): nothing left to undo
        _revoke(store, removed_entry, "10-QĐ/TU", "05/03/2026", "Rà soát")


def generate_oversight(store: Store, seed: int = 1) -> None:
    """Fill the register and the training plans of a freshly generated demo store."""
    rng = random.Random(seed * 7919 + 5)
    with _seeded_ids(random.Random(seed * 6151 + 11)):
        _generate(store, rng)


def _generate(store: Store, rng: random.Random) -> None:
    with store.unit_of_work() as uow:
        planned = list(dict.fromkeys(e.cadre_id for e in pq.active_entries(uow.session)))
        everyone = pq.cadre_ids(uow.session)
        removed = [
            e.id
            for cadre_id in pq.with_discipline(uow.session, 50)
            if (cadre := uow.session.get(Cadre, cadre_id)) is not None
            for e in cadre.planning_entries
            if e.end is not None
        ]
    others = [c for c in everyone if c not in planned]
    rng.shuffle(others)
    if len(planned) < 6 or len(others) < 3:
        return  # a demo too small for the register
    retired = others[2]
    with store.unit_of_work(write=True, reason="demo data") as uow:
        if (cadre := uow.session.get(Cadre, retired)) is not None:
            cadre.status = CadreStatus.RETIRED
    _open_matters(store, planned)
    _position_buying(store, planned[4])
    _other_matters(store, others, retired)
    _revocations(store, planned, removed[0] if removed else None)
    generate_courses(store, retired, planned[5], planned)
