"""How closed enumerations and catalog entries are named on screen."""

from __future__ import annotations

from enum import StrEnum

from cadre_desktop.domain.catalogs import CatalogItem
from cadre_desktop.domain.enums import (
    AllowanceKind,
    AttachmentKind,
    CadreStatus,
    ClearancePurpose,
    ClearanceResult,
    DossierStatus,
    FamilySide,
    HistoryFactKind,
    PoliticalStandard,
    PostingKind,
    Sex,
    TrainingKind,
)
from cadre_desktop.domain.personnel import (
    ProposalKind,
    ProposalSource,
    ProposalStatus,
    RotationStatus,
)
from cadre_desktop.i18n import N_, gettext, language

ENUM_LABELS: dict[str, str] = {
    Sex.MALE: N_("Male"),
    Sex.FEMALE: N_("Female"),
    CadreStatus.ACTIVE: N_("Working"),
    CadreStatus.RETIRED: N_("Retired"),
    CadreStatus.TRANSFERRED: N_("Transferred"),
    CadreStatus.DECEASED: N_("Deceased"),
    DossierStatus.COMPLETE: N_("Complete"),
    DossierStatus.INCOMPLETE: N_("Incomplete"),
    DossierStatus.UNTRUTHFUL: N_("Not truthful"),
    PostingKind.STATE: N_("State"),
    PostingKind.PARTY: N_("Party"),
    PostingKind.COMMITTEE: N_("Party committee"),
    PostingKind.FRONT: N_("Fatherland Front"),
    PostingKind.MASS: N_("Mass organisation"),
    PostingKind.ARMY: N_("Army"),
    PostingKind.STUDY: N_("Study"),
    PostingKind.OTHER: N_("Other"),
    TrainingKind.PROFESSIONAL: N_("Professional"),
    TrainingKind.POLITICAL_THEORY: N_("Political theory"),
    TrainingKind.STATE_MANAGEMENT: N_("State management"),
    TrainingKind.DEFENCE_SECURITY: N_("Defence and security"),
    TrainingKind.IT: N_("IT"),
    TrainingKind.LANGUAGE: N_("Foreign language"),
    FamilySide.OWN: N_("Own side"),
    FamilySide.SPOUSE: N_("Spouse's side"),
    HistoryFactKind.ARREST: N_("Arrest or prison"),
    HistoryFactKind.FORMER_REGIME: N_("Work under the former regime"),
    HistoryFactKind.FOREIGN_ORGANISATION: N_("Foreign organisation"),
    AllowanceKind.POSITION: N_("Position allowance"),
    AllowanceKind.CONCURRENT: N_("Concurrent-post allowance"),
    AllowanceKind.SENIORITY_BEYOND_FRAME: N_("Seniority beyond the frame"),
    ClearancePurpose.PLANNING: N_("Planning"),
    ClearancePurpose.APPOINTMENT: N_("Appointment"),
    ClearancePurpose.NOMINATION: N_("Nomination"),
    ClearancePurpose.ROTATION: N_("Rotation"),
    ClearanceResult.MEETS: N_("Meets the standards"),
    ClearanceResult.MEETS_WITH_CEILING: N_("Meets, with a ceiling"),
    ClearanceResult.DOES_NOT_MEET: N_("Does not meet"),
    ClearanceResult.PENDING: N_("Pending"),
    AttachmentKind.PHOTO: N_("Photo"),
    AttachmentKind.CV_SCAN: N_("CV scan"),
    AttachmentKind.DECISION: N_("Decision"),
    AttachmentKind.DIPLOMA: N_("Diploma"),
    AttachmentKind.HEALTH_CERTIFICATE: N_("Health certificate"),
    AttachmentKind.DECLARATION: N_("Declaration"),
    AttachmentKind.EVALUATION: N_("Evaluation"),
    AttachmentKind.CLEARANCE: N_("Political-standard conclusion"),
    ProposalKind.APPOINT: N_("Appointment"),
    ProposalKind.REAPPOINT: N_("Reappointment"),
    ProposalKind.NOMINATE: N_("Nomination"),
    ProposalSource.LOCAL: N_("Local source"),
    ProposalSource.EXTERNAL: N_("External source"),
    ProposalStatus.OPEN: N_("In progress"),
    ProposalStatus.STOPPED: N_("Stopped"),
    ProposalStatus.DECIDED: N_("Decided"),
    RotationStatus.PLANNED: N_("Planned"),
    RotationStatus.MOVED: N_("Moved"),
}

# What a political-standard conclusion verified (services/clearances.py VERIFIED).
VERIFIED_LABELS = {
    "history": N_("personal history"),
    "family": N_("family relations at home"),
    "abroad": N_("relatives abroad"),
    "foreign_links": N_("foreign links"),
    "complaints": N_("complaints and inspection results"),
}
GROUP_LABELS = {"1": N_("Group 1 (holds the directly lower post)"),
                "2": N_("Group 2 (two levels below)")}  # fmt: skip

STANDARD_LABELS = {
    PoliticalStandard.MISSING: N_("No conclusion"),
    PoliticalStandard.MEETS: N_("Meets"),
    PoliticalStandard.CEILING: N_("Meets (ceiling)"),
    PoliticalStandard.NOT_MET: N_("Not met"),
    PoliticalStandard.PENDING: N_("Pending"),
    PoliticalStandard.STALE: N_("Needs review"),
}


def enum_label(value: str | StrEnum) -> str:
    text = STANDARD_LABELS.get(value) if isinstance(value, PoliticalStandard) else None
    return gettext(text or ENUM_LABELS.get(str(value), str(value)))


def catalog_label(item: CatalogItem) -> str:
    if language() == "en" and item.label_en:
        return item.label_en
    return item.label
