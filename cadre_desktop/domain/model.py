"""Every mapped class, imported together so the mapper registry is complete."""

from cadre_desktop.domain.base import Base
from cadre_desktop.domain.cadre import DOSSIER_COLLECTIONS, Cadre
from cadre_desktop.domain.control import AuditEntry, Setting, StoreInstance, Tombstone
from cadre_desktop.domain.history import (
    Allowance,
    Award,
    CadreChild,
    Discipline,
    FamilyMember,
    HistoryFact,
    Membership,
    Posting,
    SalaryStep,
    Training,
)
from cadre_desktop.domain.records import Attachment, Blob, BlobChunk, Clearance, Evaluation
from cadre_desktop.domain.reference import AdminSuccession, CatalogEntry, Unit

__all__ = [
    "DOSSIER_COLLECTIONS",
    "AdminSuccession",
    "Allowance",
    "Attachment",
    "AuditEntry",
    "Award",
    "Base",
    "Blob",
    "BlobChunk",
    "Cadre",
    "CadreChild",
    "CatalogEntry",
    "Clearance",
    "Discipline",
    "Evaluation",
    "FamilyMember",
    "HistoryFact",
    "Membership",
    "Posting",
    "SalaryStep",
    "Setting",
    "StoreInstance",
    "Tombstone",
    "Training",
    "Unit",
]
