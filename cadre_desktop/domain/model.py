"""Every mapped class, imported together so the mapper registry is complete."""

from cadre_desktop.domain.assets import (
    AssetDeclaration,
    AssetItem,
    DeclarationChange,
    DeclarationPerson,
)
from cadre_desktop.domain.base import Base
from cadre_desktop.domain.cadre import DOSSIER_COLLECTIONS, Cadre
from cadre_desktop.domain.control import AuditEntry, Setting, StoreInstance, Tombstone
from cadre_desktop.domain.evaluation import (
    EvaluationCheck,
    EvaluationReview,
    RatingComplaint,
)
from cadre_desktop.domain.exchange import (
    BundleRecord,
    Conflict,
    DossierTick,
    ExchangeIdentity,
    KeyRevocation,
    PeerBlob,
    PeerState,
    TrustedUnit,
)
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
from cadre_desktop.domain.matter_guard import refresh_standard
from cadre_desktop.domain.oversight import Matter, MatterEvent, MatterScan, Revocation
from cadre_desktop.domain.personnel import (
    Ballot,
    Decision,
    PlannedTitle,
    PlanningEntry,
    PlanningTerm,
    Proposal,
    ProposalStep,
    Rotation,
    RuleParameter,
    UnitLocality,
    UnitOpinion,
)
from cadre_desktop.domain.planning_guard import remove_disciplined
from cadre_desktop.domain.records import Attachment, Blob, BlobChunk, Clearance, Evaluation
from cadre_desktop.domain.reference import AdminSuccession, CatalogEntry, Unit
from cadre_desktop.domain.targets import TargetIndicator, TargetSet
from cadre_desktop.domain.training_plan import Course, Enrollment

__all__ = [
    "DOSSIER_COLLECTIONS",
    "AdminSuccession",
    "Allowance",
    "AssetDeclaration",
    "AssetItem",
    "Attachment",
    "AuditEntry",
    "Award",
    "Ballot",
    "Base",
    "Blob",
    "BlobChunk",
    "BundleRecord",
    "Cadre",
    "CadreChild",
    "CatalogEntry",
    "Clearance",
    "Conflict",
    "Course",
    "Decision",
    "DeclarationChange",
    "DeclarationPerson",
    "Discipline",
    "DossierTick",
    "Enrollment",
    "Evaluation",
    "EvaluationCheck",
    "EvaluationReview",
    "ExchangeIdentity",
    "FamilyMember",
    "HistoryFact",
    "KeyRevocation",
    "Matter",
    "MatterEvent",
    "MatterScan",
    "Membership",
    "PeerBlob",
    "PeerState",
    "PlannedTitle",
    "PlanningEntry",
    "PlanningTerm",
    "Posting",
    "Proposal",
    "ProposalStep",
    "RatingComplaint",
    "Revocation",
    "Rotation",
    "RuleParameter",
    "SalaryStep",
    "Setting",
    "StoreInstance",
    "TargetIndicator",
    "TargetSet",
    "Tombstone",
    "Training",
    "TrustedUnit",
    "Unit",
    "UnitLocality",
    "UnitOpinion",
    "refresh_standard",
    "remove_disciplined",
]
