"""Scans, PDFs and photos of a dossier: kept as encrypted blobs, read back only on demand."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from cadre_desktop.domain.enums import AttachmentKind
from cadre_desktop.domain.model import Attachment
from cadre_desktop.errors import UsageError
from cadre_desktop.services.dossier_edit import EditableRow
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.blobs import read_blob
from cadre_desktop.storage.files import write_atomically
from cadre_desktop.storage.queries import load_dossier

MAX_BYTES = 200 * 1024 * 1024
PREVIEWABLE = ("application/pdf", "image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff")


def attachment_from_file(path: Path, kind: AttachmentKind = AttachmentKind.OTHER) -> EditableRow:
    """A new attachment row for a draft; its bytes are stored encrypted on save."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError("The file {path} cannot be read.", path=str(path)) from exc
    if len(data) > MAX_BYTES:
        raise UsageError("The file is larger than 200 MB; scan it at a lower resolution.")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    values = {
        "kind": kind.value,
        "title": path.stem,
        "filename": path.name,
        "media_type": media_type,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "document_date": None,
        "note": None,
    }
    return EditableRow(values=values, content=data)


def attachment_bytes(store: Store, row: EditableRow) -> bytes:
    """The attachment's content, decrypted in memory (for a preview)."""
    if row.content is not None:
        return row.content
    with store.unit_of_work() as uow:
        return read_blob(uow.session, str(row.values["sha256"]))


def save_copy(store: Store, row: EditableRow, cadre_id: str, target: Path) -> None:
    """Write a decrypted copy where the officer chose; the export is recorded in the audit log."""
    data = attachment_bytes(store, row)
    with store.unit_of_work(write=True, reason="save attachment copy") as uow:
        uow.audit.append(
            "export", "attachment", str(row.sync["id"]), cadre_id, {"file": target.name}
        )
        uow.session.flush()
        try:
            write_atomically(target, data)
        except OSError as exc:
            raise UsageError("The copy could not be written to {path}.", path=str(target)) from exc


def attachments_of_kind(store: Store, cadre_id: str, kind: AttachmentKind) -> list[EditableRow]:
    """A dossier's stored attachments of one kind (e.g. the scans of its conclusions)."""
    with store.unit_of_work() as uow:
        cadre = load_dossier(uow.session, cadre_id)
        if cadre is None:
            raise UsageError("No dossier has the id {id}.", id=cadre_id)
        return [_row(a) for a in cadre.attachments if a.kind is kind]


def _row(a: Attachment) -> EditableRow:
    values = {
        "kind": a.kind.value,
        "title": a.title,
        "filename": a.filename,
        "media_type": a.media_type,
        "size": a.size,
        "sha256": a.sha256,
        "document_date": a.document_date.vn() if a.document_date else None,
        "note": a.note,
    }
    return EditableRow(values=values, sync={"id": a.id, "version": None})
