"""Yearly and personnel records kept in the dossier: ratings, clearances, attachments."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cadre_desktop.domain.base import Base, label
from cadre_desktop.domain.enums import (
    AttachmentKind,
    ClearancePurpose,
    ClearanceResult,
)
from cadre_desktop.domain.evaluation import Evaluation as Evaluation  # moved; kept importable
from cadre_desktop.domain.history import CadreChild, enum_type
from cadre_desktop.domain.values import PartialDate


class Clearance(CadreChild, Base):
    """A conclusion of the competent Party committee on the cadre's political standards."""

    __tablename__ = "clearance"
    __collection__ = "clearances"

    number: Mapped[str] = mapped_column(String(60), info=label("Conclusion number"))
    date: Mapped[PartialDate] = mapped_column(info=label("Conclusion date"))
    body: Mapped[str] = mapped_column(String(200), info=label("Issuing body"))
    purpose: Mapped[ClearancePurpose] = mapped_column(
        enum_type(ClearancePurpose), info=label("Purpose")
    )
    result: Mapped[ClearanceResult] = mapped_column(
        enum_type(ClearanceResult), info=label("Result")
    )
    ceiling_title: Mapped[str | None] = mapped_column(
        String(60), info=label("Highest post allowed", catalog="title")
    )
    note: Mapped[str | None] = mapped_column(Text, info=label("Note"))
    # What the conclusion verified (DOMAIN.md §5), and the facts it rested on (domain/basis.py).
    verified_history: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Verified: personal history")
    )
    verified_family: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Verified: family relations at home")
    )
    verified_abroad: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Verified: relatives abroad")
    )
    verified_foreign_links: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Verified: foreign links")
    )
    verified_complaints: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Verified: complaints and inspection results")
    )
    basis: Mapped[str | None] = mapped_column(
        Text, info=label("Facts the conclusion rests on (fingerprint)", format="basis")
    )


class Attachment(CadreChild, Base):
    """A scan, PDF or photo of the dossier; the bytes live in a content-addressed blob."""

    __tablename__ = "attachment"
    __collection__ = "attachments"

    kind: Mapped[AttachmentKind] = mapped_column(enum_type(AttachmentKind), info=label("Kind"))
    title: Mapped[str] = mapped_column(String(300), info=label("Title"))
    filename: Mapped[str] = mapped_column(String(255), info=label("File name"))
    media_type: Mapped[str] = mapped_column(String(100), info=label("Media type"))
    size: Mapped[int] = mapped_column(Integer, info=label("Size", format="size"))
    sha256: Mapped[str] = mapped_column(
        ForeignKey("blob.sha256"), index=True, info=label("Content hash", format="sha256")
    )
    document_date: Mapped[PartialDate | None] = mapped_column(info=label("Document date"))
    note: Mapped[str | None] = mapped_column(Text, info=label("Note"))


class Blob(Base):
    """Content of an attachment, addressed by its SHA-256, stored once however often used."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)


class BlobChunk(Base):
    """A slice of a blob; chunking keeps each row small for SQLite's page cache."""

    __tablename__ = "blob_chunk"

    sha256: Mapped[str] = mapped_column(
        ForeignKey("blob.sha256", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
