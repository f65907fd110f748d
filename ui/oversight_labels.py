"""How the register's and the training plans' enumerations are named on screen (by type:
some values, such as "completed", mean different things in different enumerations)."""

from __future__ import annotations

from enum import StrEnum

from cadre_desktop.domain.oversight_enums import (
    CourseStatus,
    EnrollmentStatus,
    Ground,
    MatterKind,
    MatterOutcome,
    MatterStatus,
    Sensitivity,
)
from cadre_desktop.i18n import N_, gettext

LABELS: dict[type[StrEnum], dict[str, str]] = {
    MatterKind: {
        MatterKind.COMPLAINT: N_("Complaint about a decision or act"),
        MatterKind.DENUNCIATION: N_("Denunciation"),
        MatterKind.RECOMMENDATION: N_("Recommendation of the Front or an organisation"),
        MatterKind.INSPECTION: N_("Inspection or supervision finding"),
        MatterKind.AUDIT: N_("Audit finding"),
        MatterKind.INVESTIGATION: N_("Investigation result"),
        MatterKind.POSITION_BUYING: N_("Report of position-buying"),
    },
    MatterStatus: {
        MatterStatus.RECEIVED: N_("Received"),
        MatterStatus.ASSIGNED: N_("Assigned"),
        MatterStatus.VERIFYING: N_("Verifying"),
        MatterStatus.CONCLUDED: N_("Concluded"),
        MatterStatus.CLOSED: N_("Closed"),
    },
    MatterOutcome: {
        MatterOutcome.FOUNDED: N_("Founded"),
        MatterOutcome.PARTLY_FOUNDED: N_("Partly founded"),
        MatterOutcome.UNFOUNDED: N_("Unfounded"),
        MatterOutcome.NOT_ACCEPTED: N_("Not accepted"),
        MatterOutcome.TRANSFERRED: N_("Transferred to the competent body"),
    },
    Sensitivity: {
        Sensitivity.NORMAL: N_("Normal"),
        Sensitivity.RESTRICTED: N_("Restricted"),
        Sensitivity.SECRET: N_("Secret"),
    },
    Ground: {
        Ground.HISTORY: N_("Political history"),
        Ground.FAMILY: N_("Family relations"),
        Ground.ABROAD: N_("Relatives abroad"),
        Ground.FOREIGN_LINKS: N_("Foreign links"),
        Ground.POLITICAL_VIEWS: N_("Political views"),
        Ground.ETHICS: N_("Ethics and lifestyle"),
        Ground.ASSETS: N_("Assets and income"),
        Ground.POSITION_BUYING: N_("Position-buying"),
        Ground.PROCEDURE: N_("Personnel procedure"),
        Ground.DUTIES: N_("Performance of duties"),
    },
    CourseStatus: {
        CourseStatus.PLANNED: N_("Planned"),
        CourseStatus.COMPLETED: N_("Completed"),
        CourseStatus.CANCELLED: N_("Cancelled"),
    },
    EnrollmentStatus: {
        EnrollmentStatus.ASSIGNED: N_("Sent to the course"),
        EnrollmentStatus.COMPLETED: N_("Completed"),
        EnrollmentStatus.FAILED: N_("Not completed"),
        EnrollmentStatus.WITHDRAWN: N_("Withdrawn"),
    },
}

NEED_LABELS = {
    "TRAINING_NEED_THEORY": N_("Political theory"),
    "TRAINING_NEED_SENIOR_SPECIALIST": N_("Senior-specialist programme"),
    "TRAINING_NEED_LANGUAGE": N_("Foreign language for communication"),
    "TRAINING_NEED_IT": N_("IT"),
}


def label(kind: type[StrEnum], value: str | None) -> str:
    """The on-screen name of ``value`` of the enumeration ``kind`` (empty for none)."""
    if value is None:
        return ""
    return gettext(LABELS[kind].get(str(value), str(value)))


def need_label(rule_id: str) -> str:
    return gettext(NEED_LABELS.get(rule_id, rule_id))
