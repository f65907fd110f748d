"""Closed enumerations of the dossier (open lists live in the versioned catalogs)."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class CadreStatus(StrEnum):
    ACTIVE = "active"
    RETIRED = "retired"
    TRANSFERRED = "transferred"
    DECEASED = "deceased"


class DossierStatus(StrEnum):
    """Whether the officer found the declared dossier complete and truthful (HD 45 §VI)."""

    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    UNTRUTHFUL = "untruthful"


class PostingKind(StrEnum):
    STATE = "state"
    PARTY = "party"
    COMMITTEE = "committee"
    FRONT = "front"
    MASS = "mass"
    ARMY = "army"
    STUDY = "study"
    OTHER = "other"


class TrainingKind(StrEnum):
    """The six training tables of the current MoHA CV, plus other courses."""

    PROFESSIONAL = "professional"
    POLITICAL_THEORY = "political_theory"
    STATE_MANAGEMENT = "state_management"
    DEFENCE_SECURITY = "defence_security"
    IT = "it"
    LANGUAGE = "language"
    OTHER = "other"


class FamilySide(StrEnum):
    OWN = "own"
    SPOUSE = "spouse"


class HistoryFactKind(StrEnum):
    """Đặc điểm lịch sử bản thân."""

    ARREST = "arrest"
    FORMER_REGIME = "former_regime"
    FOREIGN_ORGANISATION = "foreign_organisation"


class AllowanceKind(StrEnum):
    POSITION = "position"
    CONCURRENT = "concurrent"
    SENIORITY_BEYOND_FRAME = "seniority_beyond_frame"
    OTHER = "other"


class Rating(StrEnum):
    """The four rating levels (Luật CBCC 2025 Đ26; QĐ 366-QĐ/TW Đ11)."""

    EXCELLENT = "excellent"
    GOOD = "good"
    COMPLETED = "completed"
    NOT_COMPLETED = "not_completed"


class ClearancePurpose(StrEnum):
    PLANNING = "planning"
    APPOINTMENT = "appointment"
    NOMINATION = "nomination"
    ROTATION = "rotation"
    OTHER = "other"


class ClearanceResult(StrEnum):
    """Conclusion on political standards (QĐ 367-QĐ/TW; HD 45 §III.2)."""

    MEETS = "meets"
    MEETS_WITH_CEILING = "meets_with_ceiling"
    DOES_NOT_MEET = "does_not_meet"
    PENDING = "pending"


class PoliticalStandard(StrEnum):
    """What the list shows for a cadre's political-standard conclusion."""

    MISSING = "missing"
    MEETS = "meets"
    CEILING = "ceiling"
    NOT_MET = "not_met"
    PENDING = "pending"
    STALE = "stale"


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    CV_SCAN = "cv_scan"
    DECISION = "decision"
    DIPLOMA = "diploma"
    HEALTH_CERTIFICATE = "health_certificate"
    DECLARATION = "declaration"
    EVALUATION = "evaluation"
    CLEARANCE = "clearance"
    OTHER = "other"


class UnitKind(StrEnum):
    PARTY = "party"
    STATE = "state"
    FRONT = "front"
    MASS = "mass"
    COUNCIL = "council"


class UnitLevel(StrEnum):
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
