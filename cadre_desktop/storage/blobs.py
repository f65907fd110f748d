"""Content-addressed attachment bytes, chunked inside the encrypted database."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadre_desktop.domain.model import Blob, BlobChunk

CHUNK = 256 * 1024


def put_blob(session: Session, data: bytes) -> str:
    """Store ``data`` once; returns its SHA-256 (the same bytes are never stored twice)."""
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data)))
        session.flush()
        session.add_all(
            BlobChunk(sha256=digest, seq=i, data=data[offset : offset + CHUNK])
            for i, offset in enumerate(range(0, max(len(data), 1), CHUNK))
        )
    return digest


def has_blob(session: Session, digest: str) -> bool:
    return session.get(Blob, digest) is not None


def read_blob(session: Session, digest: str) -> bytes:
    chunks = session.scalars(
        select(BlobChunk.data).where(BlobChunk.sha256 == digest).order_by(BlobChunk.seq)
    )
    return b"".join(chunks)
