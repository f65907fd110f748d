"""Which rules judge which action, and the parameters each rule reads (for `cadre rules list`)."""

from __future__ import annotations

from enum import StrEnum


class Action(StrEnum):
    PLAN = "plan"
    APPOINT = "appoint"
    REAPPOINT = "reappoint"
    NOMINATE = "nominate"
    ROTATE = "rotate"
    ALERTS = "alerts"
    MATTER = "matter"
    REVOKE = "revoke"
    TRAIN = "train"


GATE = (
    "DOSSIER_INCOMPLETE",
    "DOSSIER_UNTRUTHFUL",
    "POLITICAL_STANDARD_MISSING",
    "POLITICAL_STANDARD_NEGATIVE",
    "POLITICAL_STANDARD_PENDING",
    "POLITICAL_STANDARD_STALE",
    "POLITICAL_STANDARD_CEILING",
)

_APPOINT = (
    "APPOINT_NOT_PLANNED",
    "APPOINT_TIME_IN_POST",
    "APPOINT_AGE",
    "APPOINT_RATINGS_MISSING",
    "APPOINT_ASSET_DECLARATION",
    "APPOINT_DISCIPLINE_PERIOD",
    "APPOINT_DISCIPLINE_WAIT",
    "APPOINT_DOSSIER_INCOMPLETE",
    "APPOINT_DOCUMENT_TOO_OLD",
    "APPOINT_UNIT_OPINIONS",
    "APPOINT_UNIT_OPINION_CRITERIA",
    "APPOINT_OUTSTANDING",
    "LOCAL_PROVINCIAL_SECRETARY",
    "LOCAL_COMMUNE_SECRETARY",
    "MEETING_QUORUM",
    "BALLOT_NOBODY_30",
    "BALLOT_NO_SURPLUS",
    "BALLOT_STEP3_DIFFERS",
    "BALLOT_NOT_CHOSEN",
    "PROPOSAL_STEPS_MISSING",
    "PROPOSAL_CLOSED",
    "MATTER_OPEN",
)

RULES_BY_ACTION: dict[Action, tuple[str, ...]] = {
    Action.PLAN: (
        *GATE,
        "PLANNING_NOT_UPWARD",
        "PLANNING_GROUP_MISMATCH",
        "PLANNING_TOO_MANY_PER_TITLE",
        "PLANNING_COMMITTEE_RATIO",
        "PLANNING_TOO_MANY_TITLES",
        "PLANNING_AGE_GROUP1",
        "PLANNING_AGE_GROUP2",
        "PLANNING_THEORY_LEVEL",
        "PLANNING_TRAINING_PLAN",
        "PLANNING_DISCIPLINED",
        "PLANNING_LOWER_POST_SHARE",
        "PLANNING_STRUCTURE_WOMEN",
        "PLANNING_STRUCTURE_YOUNG",
        "PLANNING_STRUCTURE_SCIENCE",
        "MATTER_OPEN",
    ),
    Action.APPOINT: GATE + _APPOINT,
    Action.NOMINATE: GATE + _APPOINT,
    Action.REAPPOINT: GATE
    + tuple(r for r in _APPOINT if r not in ("APPOINT_NOT_PLANNED", "APPOINT_TIME_IN_POST"))
    + ("REAPPOINT_EXTENSION",),
    Action.ROTATE: (
        *GATE,
        "ROTATION_SERVICE_LEFT",
        "ROTATION_TOO_SHORT",
        "LOCAL_PROVINCIAL_SECRETARY",
        "LOCAL_COMMUNE_SECRETARY",
    ),
    Action.ALERTS: (
        "TERM_LIMIT_REACHED",
        "TERM_ENDING",
        "LOCAL_PROVINCIAL_SECRETARY",
        "LOCAL_COMMUNE_SECRETARY",
        "PLANNING_DISCIPLINED",
        "POLITICAL_STANDARD_STALE",
        "MATTER_OPEN",
        "MATTER_OVERDUE",
        "MATTER_DUE_SOON",
        "MATTER_NOT_ASSIGNED",
        "TRAINING_NEED_OVERDUE",
        "COURSE_YEAR_START",
        "COURSE_YEAR_END",
    ),
    Action.MATTER: (
        "MATTER_STATUS_FLOW",
        "MATTER_DATE_ORDER",
        "MATTER_HANDLER_MISSING",
        "MATTER_ASSIGNED_LATE",
        "MATTER_CONCLUSION_MISSING",
        "MATTER_CONCLUDED_LATE",
        "MATTER_EXTENSION_LIMIT",
        "MATTER_EXTENSION_TOO_LONG",
        "MATTER_DISCIPLINE_WITHOUT_VIOLATION",
        "PLANNING_DISCIPLINED",
    ),
    Action.REVOKE: (
        "REVOKE_ALREADY",
        "REVOKE_BEFORE_DECISION",
        "REVOKE_LATER_CHANGES",
        "REVOKE_WITHOUT_MATTER",
        "REVOKE_MATTER_UNFOUNDED",
    ),
    Action.TRAIN: (
        "TRAINING_NEED_THEORY",
        "TRAINING_NEED_SENIOR_SPECIALIST",
        "TRAINING_NEED_LANGUAGE",
        "TRAINING_NEED_IT",
        "COURSE_DATES",
        "COURSE_YEAR_START",
        "COURSE_YEAR_END",
        "COURSE_CLOSED",
        "COURSE_FULL",
        "ENROLL_INACTIVE",
        "ENROLL_HAS_LEVEL",
        "ENROLL_OVERLAP",
    ),
}

# The parameter keys each threshold rule reads (the gate rules read none: no threshold).
PARAMETERS_OF: dict[str, tuple[str, ...]] = {
    "PLANNING_TOO_MANY_PER_TITLE": ("planning.max_per_seat",),
    "PLANNING_COMMITTEE_RATIO": ("planning.committee_min_ratio", "planning.committee_max_ratio"),
    "PLANNING_TOO_MANY_TITLES": ("planning.max_titles_per_cadre",),
    "PLANNING_AGE_GROUP1": ("planning.min_months_to_retirement.group1", "retirement.*"),
    "PLANNING_AGE_GROUP2": ("planning.min_months_to_retirement.group2", "retirement.*"),
    "PLANNING_THEORY_LEVEL": ("planning.required_theory_rank",),
    "PLANNING_TRAINING_PLAN": ("planning.required_theory_rank",),
    "PLANNING_LOWER_POST_SHARE": ("planning.lower_post_share",),
    "PLANNING_STRUCTURE_WOMEN": ("planning.target.women",),
    "PLANNING_STRUCTURE_YOUNG": ("planning.target.young", "planning.young_age_years"),
    "PLANNING_STRUCTURE_SCIENCE": ("planning.target.science",),
    "APPOINT_TIME_IN_POST": ("appoint.min_months_in_post",),
    "APPOINT_AGE": (
        "appoint.min_months_to_retirement",
        "appoint.special_min_months_to_retirement",
        "retirement.*",
    ),
    "APPOINT_RATINGS_MISSING": ("appoint.rating_years",),
    "APPOINT_ASSET_DECLARATION": ("appoint.asset_declaration_min_days",),
    "APPOINT_DISCIPLINE_WAIT": ("discipline.wait_months.*",),
    "APPOINT_DOCUMENT_TOO_OLD": ("appoint.document_max_months",),
    "MEETING_QUORUM": ("meeting.quorum",),
    "BALLOT_NOBODY_30": ("ballot.carry_share",),
    "BALLOT_NO_SURPLUS": ("ballot.surplus_required",),
    "BALLOT_STEP3_DIFFERS": ("ballot.step3_differs_share",),
    "BALLOT_NOT_CHOSEN": ("ballot.choose_share",),
    "REAPPOINT_EXTENSION": ("term.extension_months_left", "term.months"),
    "ROTATION_SERVICE_LEFT": ("rotation.min_months_service_left", "retirement.*"),
    "ROTATION_TOO_SHORT": ("rotation.min_duration_months",),
    "TERM_LIMIT_REACHED": ("term_limit.max_terms", "term_limit.max_months", "term.months"),
    "TERM_ENDING": ("term.months", "term.alert_days"),
    "LOCAL_PROVINCIAL_SECRETARY": ("local.long_residence_years",),
    "LOCAL_COMMUNE_SECRETARY": ("local.long_residence_years",),
    "MATTER_ASSIGNED_LATE": ("oversight.assign_days",),
    "MATTER_NOT_ASSIGNED": ("oversight.assign_days",),
    "MATTER_CONCLUDED_LATE": ("oversight.handle_days.*",),
    "MATTER_OVERDUE": ("oversight.handle_days.*",),
    "MATTER_DUE_SOON": ("oversight.due_soon_days", "oversight.handle_days.*"),
    "MATTER_EXTENSION_LIMIT": ("oversight.max_extensions.*",),
    "MATTER_EXTENSION_TOO_LONG": ("oversight.extension_days.*",),
    "TRAINING_NEED_THEORY": ("planning.required_theory_rank", "training.due_months.theory_*"),
    "TRAINING_NEED_SENIOR_SPECIALIST": (
        "training.required_state_management_rank.head",
        "training.due_months.senior_specialist",
    ),
    "TRAINING_NEED_LANGUAGE": ("training.required_language_rank", "training.due_months.language"),
    "TRAINING_NEED_IT": ("training.required_it_rank", "training.due_months.it"),
    "TRAINING_NEED_OVERDUE": ("training.due_months.*",),
    "COURSE_YEAR_START": ("training.year_start_window_days",),
    "COURSE_YEAR_END": ("training.year_end_window_days",),
}


def all_rule_ids() -> list[str]:
    seen: dict[str, None] = {}
    for ids in RULES_BY_ACTION.values():
        seen.update(dict.fromkeys(ids))
    return list(seen)


def actions_of(rule_id: str) -> list[str]:
    return [a.value for a, ids in RULES_BY_ACTION.items() if rule_id in ids]
