"""What each rule of the oversight register, the revocations and the training plans checks, in
a sentence, with its severity and legal source: plain tuples that rules/catalog.py turns into
its RuleInfo records (so this module does not import it)."""

from __future__ import annotations

from cadre_desktop.i18n import N_
from cadre_desktop.rules.findings import Severity

B, W = Severity.BLOCK, Severity.WARN
REGISTER = "QĐ 296-QĐ/TW (30/05/2025); HD 45-HD/BTCTW §III.2"
DEADLINES = "Luật Khiếu nại 2011 Đ28; Luật Tố cáo 2018 Đ30; QĐ 296-QĐ/TW"
REVOKE = "QĐ 114-QĐ/TW (11/07/2023); QĐ 377-QĐ/TW (08/10/2025)"
RESOLUTION = "Nghị quyết của Tỉnh ủy (đào tạo, bồi dưỡng cán bộ, mục II.2.3)"
LEVELS = ("political_theory_level", "state_management_level", "foreign_language_level", "it_level")

Described = tuple[str, tuple[Severity, ...], str, tuple[str, ...]]


def rule(
    summary: str, *severities: Severity, source: str, catalogs: tuple[str, ...] = ()
) -> Described:
    return (summary, severities, source, catalogs)


OVERSIGHT_RULES: dict[str, Described] = {
    "MATTER_STATUS_FLOW": rule(
        N_("A matter goes only to the next step of its flow, or closes early as not accepted "
           "or transferred."), B, source=REGISTER),
    "MATTER_DATE_ORDER": rule(
        N_("A step of a matter is not dated before its receipt or its previous step."), B,
        source=REGISTER),
    "MATTER_HANDLER_MISSING": rule(N_("Assigning a matter names the body that handles it."), B,
                                   source=REGISTER),
    "MATTER_ASSIGNED_LATE": rule(
        N_("A matter is assigned within the days allowed after its receipt."), W,
        source="Luật Khiếu nại 2011 Đ27; Luật Tố cáo 2018 Đ24"),
    "MATTER_CONCLUSION_MISSING": rule(
        N_("A conclusion says whether the matter is founded and what was concluded."), B,
        source=REGISTER),
    "MATTER_CONCLUDED_LATE": rule(N_("A matter is concluded by its deadline."), W,
                                  source=DEADLINES),
    "MATTER_EXTENSION_LIMIT": rule(
        N_("A deadline is extended at most as many times as allowed for the kind of matter."), B,
        source=DEADLINES),
    "MATTER_EXTENSION_TOO_LONG": rule(N_("Each extension adds at most the days allowed."), B,
                                      source=DEADLINES),
    "MATTER_DISCIPLINE_WITHOUT_VIOLATION": rule(
        N_("A discipline follows a matter only when its conclusion found a violation."), B,
        source="QĐ 296-QĐ/TW (30/05/2025) chương III", catalogs=("discipline_form",)),
    "MATTER_OPEN": rule(
        N_("An open matter about the cadre shows wherever the cadre is planned, proposed or "
           "rated."), W, source=REGISTER),
    "MATTER_OVERDUE": rule(N_("An open matter is past its deadline."), W, source=DEADLINES),
    "MATTER_DUE_SOON": rule(N_("An open matter is close to its deadline."), W, source=DEADLINES),
    "MATTER_NOT_ASSIGNED": rule(
        N_("A matter has waited longer than allowed for a handling body."), W,
        source="Luật Khiếu nại 2011 Đ27; Luật Tố cáo 2018 Đ24"),
    "REVOKE_ALREADY": rule(N_("A decision is revoked only once."), B, source=REVOKE),
    "REVOKE_BEFORE_DECISION": rule(
        N_("A revocation does not take effect before the decision it revokes."), B,
        source=REVOKE),
    "REVOKE_LATER_CHANGES": rule(
        N_("A revocation undoes only effects still in place; later decisions come first."), B,
        source=REVOKE),
    "REVOKE_WITHOUT_MATTER": rule(
        N_("A revocation resting on no matter of the register says why in its reason."), W,
        source=REVOKE),
    "REVOKE_MATTER_UNFOUNDED": rule(
        N_("A matter grounds a revocation only when it was concluded founded."), B,
        source=REVOKE),
    "TRAINING_NEED_THEORY": rule(
        N_("A planned cadre without the title's political-theory level is trained by a due "
           "date (group 2: a training plan)."), W,
        source="QĐ 377-QĐ/TW Đ25.1, Đ28; HD 45-HD/BTCTW", catalogs=("political_theory_level",
                                                                    "title")),
    "TRAINING_NEED_SENIOR_SPECIALIST": rule(
        N_("A provincial head without the senior-specialist programme is trained by a due "
           "date."), W, source=RESOLUTION, catalogs=("state_management_level", "title")),
    "TRAINING_NEED_LANGUAGE": rule(
        N_("A planned cadre without the foreign-language level needed is trained by a due "
           "date."), W, source=RESOLUTION, catalogs=("foreign_language_level",)),
    "TRAINING_NEED_IT": rule(
        N_("A planned cadre without the IT level needed is trained by a due date."), W,
        source=RESOLUTION, catalogs=("it_level",)),
    "TRAINING_NEED_OVERDUE": rule(
        N_("A training need past its due date is neither done nor assigned to a course."), W,
        source=RESOLUTION, catalogs=LEVELS),
    "COURSE_DATES": rule(N_("A course does not end before it starts."), B, source=RESOLUTION),
    "COURSE_YEAR_START": rule(N_("Courses are not scheduled at the start of the year."), W,
                              source=RESOLUTION),
    "COURSE_YEAR_END": rule(N_("Courses are not scheduled at the end of the year."), W,
                            source=RESOLUTION),
    "COURSE_CLOSED": rule(N_("Cadres are sent only to courses still planned."), B,
                          source=RESOLUTION),
    "COURSE_FULL": rule(N_("A course takes no more cadres than its places."), B,
                        source=RESOLUTION),
    "ENROLL_INACTIVE": rule(N_("Only working cadres are sent to courses."), B,
                            source=RESOLUTION),
    "ENROLL_HAS_LEVEL": rule(N_("A cadre who holds the level a course grants is not sent."), W,
                             source=RESOLUTION, catalogs=LEVELS),
    "ENROLL_OVERLAP": rule(N_("A cadre is not sent to two courses at the same time."), W,
                           source=RESOLUTION),
}  # fmt: skip
