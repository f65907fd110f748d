"""Scans of a matter (the letter, the minutes, the conclusion): encrypted blobs in the store,
read back only on demand; every preview and every copy written out is audited."""

from __future__ import annotations

from pathlib import Path

from cadre_desktop.domain.model import MatterScan
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.services.attachments import attachment_from_file
from cadre_desktop.services.matters import load
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.blobs import put_blob, read_blob
from cadre_desktop.storage.files import write_atomically
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.text import clean


def attach_scan(
    store: Store, matter_id: str, path: Path, title: str | None = None,
    document_date: PartialDate | None = None,
) -> str:  # fmt: skip
    """Store the file encrypted in the store and attach it to the matter."""
    row = attachment_from_file(path)  # reads it, refuses files over 200 MB
    assert row.content is not None
    values = row.values
    return attach_scan_bytes(
        store, matter_id, str(values["filename"]), str(values["media_type"]), row.content,
        title or str(values["title"]), document_date,
    )  # fmt: skip


def attach_scan_bytes(
    store: Store, matter_id: str, filename: str, media_type: str, data: bytes, title: str,
    document_date: PartialDate | None = None,
) -> str:  # fmt: skip
    with store.unit_of_work(write=True, reason="matter scan") as uow:
        matter = load(uow, matter_id)
        digest = put_blob(uow.session, data)
        scan = MatterScan(
            seq=len(matter.scans), title=clean(title) or filename, filename=filename,
            media_type=media_type, size=len(data), sha256=digest, document_date=document_date,
        )  # fmt: skip
        matter.scans.append(scan)
        uow.session.flush()
        return scan.id


def _scan(uow: UnitOfWork, scan_id: str) -> MatterScan:
    scan = uow.session.get(MatterScan, scan_id)
    if scan is None:
        raise UsageError("No scan of the register has the id {id}.", id=scan_id)
    return scan


def scan_bytes(store: Store, scan_id: str) -> bytes:
    """The scan decrypted in memory, for a preview (the opening is audited)."""
    with store.unit_of_work(write=True, reason="preview matter scan") as uow:
        scan = _scan(uow, scan_id)
        uow.audit.append("open", "matter_scan", scan.id, scan.matter.cadre_id,
                         {"matter": scan.matter.number})  # fmt: skip
        return read_blob(uow.session, scan.sha256)


def save_scan_copy(store: Store, scan_id: str, target: Path) -> None:
    """A decrypted copy where the officer chose; the export is recorded in the audit log."""
    with store.unit_of_work(write=True, reason="save matter scan copy") as uow:
        scan = _scan(uow, scan_id)
        data = read_blob(uow.session, scan.sha256)
        uow.audit.append("export", "matter_scan", scan.id, scan.matter.cadre_id,
                         {"matter": scan.matter.number, "file": target.name})  # fmt: skip
        uow.session.flush()
        try:
            write_atomically(target, data)
        except OSError as exc:
            raise UsageError("The copy could not be written to {path}.", path=str(target)) from exc
