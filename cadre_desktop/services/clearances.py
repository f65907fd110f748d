"""Political-standard conclusions: recording them, why one is stale, and the gate that every
planning, appointment, nomination and rotation passes (no override from any path)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cadre_desktop.domain.basis import basis_text, dossier_facts, stale_reasons
from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.derive import latest_clearance
from cadre_desktop.domain.enums import ClearancePurpose, ClearanceResult
from cadre_desktop.domain.matter_basis import matter_stale_reasons
from cadre_desktop.domain.model import Cadre, Clearance
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import RefusedError, UsageError
from cadre_desktop.rules.findings import Report, Severity
from cadre_desktop.rules.political import Conclusion, GateFacts, political_gate
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.personnel import last_changed
from cadre_desktop.storage.queries import load_dossier
from cadre_desktop.storage.uow import UnitOfWork

VERIFIED = ("history", "family", "abroad", "foreign_links", "complaints")


@dataclass(frozen=True)
class ClearanceDraft:
    number: str
    date: PartialDate
    body: str
    purpose: ClearancePurpose
    result: ClearanceResult
    ceiling_title: str | None = None
    verified: frozenset[str] = frozenset()
    note: str | None = None


def title_rank(catalogs: Catalogs, code: str | None) -> int | None:
    item = catalogs.get("title", code) if code else None
    rank = item.extra.get("rank") if item else None
    return int(rank) if rank is not None else None


def dossier(uow: UnitOfWork, cadre_id: str) -> Cadre:
    cadre = load_dossier(uow.session, cadre_id)
    if cadre is None:
        raise UsageError("No dossier has the id {id}.", id=cadre_id)
    return cadre


def check_clearance(store: Store, draft: ClearanceDraft) -> None:
    """Refuse a conclusion that cannot be recorded as typed (the CLI and the dialog ask)."""
    if not draft.number.strip():
        raise UsageError("A conclusion needs its number.")
    if not draft.body.strip():
        raise UsageError("A conclusion needs the body that issued it.")
    ceiling_known = bool(draft.ceiling_title) and store.catalogs().has(
        "title", draft.ceiling_title or ""
    )
    if draft.result is ClearanceResult.MEETS_WITH_CEILING and not ceiling_known:
        raise UsageError("A conclusion with a ceiling needs the highest post allowed.")
    if unknown := set(draft.verified) - set(VERIFIED):
        raise UsageError("Unknown verified item {item}.", item=sorted(unknown)[0])


def record_clearance(store: Store, cadre_id: str, draft: ClearanceDraft) -> str:
    """Add a conclusion; it rests on the dossier's facts as they are now."""
    check_clearance(store, draft)
    with store.unit_of_work(write=True, reason="political-standard conclusion") as uow:
        cadre = dossier(uow, cadre_id)
        clearance = Clearance(
            number=draft.number,
            date=draft.date,
            body=draft.body,
            purpose=draft.purpose,
            result=draft.result,
            ceiling_title=draft.ceiling_title,
            note=draft.note,
            basis=basis_text(dossier_facts(cadre)),
            **{f"verified_{name}": name in draft.verified for name in VERIFIED},
        )
        cadre.clearances.append(clearance)
        uow.session.flush()
        return clearance.id


def conclusion_of(cadre: Cadre, catalogs: Catalogs) -> Conclusion | None:
    latest = latest_clearance(cadre.clearances)
    if latest is None:
        return None
    return Conclusion(
        number=latest.number,
        date=latest.date,
        result=latest.result,
        ceiling_code=latest.ceiling_title,
        ceiling_rank=title_rank(catalogs, latest.ceiling_title),
        stale=tuple(stale_reasons(latest.basis, dossier_facts(cadre), latest.date))
        + tuple(matter_stale_reasons(latest.date, cadre.matters)),
    )


def gate_report(cadre: Cadre, catalogs: Catalogs, target_code: str) -> Report:
    """The gate's findings for putting ``cadre`` towards the post ``target_code``."""
    facts = GateFacts(
        conclusion=conclusion_of(cadre, catalogs),
        dossier_status=cadre.dossier_status,
        target_code=target_code,
        target_rank=title_rank(catalogs, target_code),
    )
    return Report(tuple(political_gate(facts)))


def refuse(store: Store, action: str, cadre_id: str | None, report: Report, **what: Any) -> None:
    """Audit the refused attempt in its own transaction, then raise (exit code 3)."""
    ids = Report(report.blocking).ids()
    with store.unit_of_work(write=True, reason="refused by rules") as uow:
        uow.audit.append(
            "refused", action, cadre_id, cadre_id, {"rules": ids, **what}, "refused by rules"
        )
    raise RefusedError(
        "Refused by the rules: {sentences}",
        rule_ids=ids,
        findings=report.blocking,
        sentences=" ".join(f.sentence() for f in report.blocking),
    )


def note_warnings(
    uow: UnitOfWork, action: str, entity_id: str, cadre_id: str | None, report: Report
) -> None:
    """Audit the warnings the officer confirmed the action despite (power control in cadre
    work, QĐ 114-QĐ/TW: every stage leaves a trace of what the rules said)."""
    if ids := report.ids(Severity.WARN):
        uow.audit.append("confirmed_with_warnings", action, entity_id, cadre_id, {"rules": ids},
                         "confirmed despite warnings")  # fmt: skip


def list_clearances(store: Store, cadre_id: str) -> list[dict[str, Any]]:
    """The conclusions, newest first, the one in force marked with why it is stale."""
    with store.unit_of_work() as uow:
        cadre = dossier(uow, cadre_id)
        catalogs = store.catalogs()
        current = conclusion_of(cadre, catalogs)
        latest = latest_clearance(cadre.clearances)
        when = last_changed(uow.session, [r.row_id for r in current.stale]) if current else {}
        rows = []
        for c in sorted(cadre.clearances, key=lambda c: c.date, reverse=True):
            stale = current.stale if (current and c is latest) else ()
            rows.append(
                {
                    "id": c.id,
                    "number": c.number,
                    "date": c.date.vn(),
                    "body": c.body,
                    "purpose": c.purpose.value,
                    "result": c.result.value,
                    "ceiling": c.ceiling_title,
                    "note": c.note,
                    "verified": [n for n in VERIFIED if getattr(c, f"verified_{n}")],
                    "in_force": c is latest,
                    "stale": [
                        {"change": r.as_text(), "changed_at": when.get(r.row_id)} for r in stale
                    ],
                }
            )
        return rows


def standing(store: Store, cadre_id: str) -> dict[str, Any]:
    """What the gate reads besides the conclusions: the derived standard and the dossier's
    own status (an incomplete or untruthful dossier blocks every personnel step)."""
    with store.unit_of_work() as uow:
        cadre = dossier(uow, cadre_id)
        return {
            "name": cadre.full_name,
            "standard": cadre.political_standard.value,
            "dossier_status": cadre.dossier_status.value,
            "dossier_note": cadre.dossier_note,
        }
