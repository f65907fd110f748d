"""What each personnel rule checks, in a sentence, with its severity and legal source, and the
reference data it reads: the rules screen and `cadre rules list` show this beside the
parameters (the rules themselves carry the same source on each finding)."""

from __future__ import annotations

from dataclasses import dataclass

from cadre_desktop.i18n import N_
from cadre_desktop.rules.findings import Severity
from cadre_desktop.rules.oversight_catalog import OVERSIGHT_RULES

B, W = Severity.BLOCK, Severity.WARN
GATE_SOURCE = "QĐ 367-QĐ/TW (04/09/2025); HD 45-HD/BTCTW §III.2; NĐ 170/2025/NĐ-CP Đ35.7"
PLAN = "QĐ 377-QĐ/TW"
ND170 = "NĐ 170/2025/NĐ-CP"


@dataclass(frozen=True)
class RuleInfo:
    summary: str  # msgid: what the rule checks
    severities: tuple[Severity, ...]  # what its findings can be (block, warn or both)
    source: str  # the legal source of the rule; thresholds cite their own in the parameters
    catalogs: tuple[str, ...] = ()  # reference catalogs whose data the rule reads

    @property
    def blocks(self) -> bool:
        return Severity.BLOCK in self.severities


def _r(
    summary: str, *severities: Severity, source: str, catalogs: tuple[str, ...] = ()
) -> RuleInfo:
    return RuleInfo(summary, severities, source, catalogs)


RULES: dict[str, RuleInfo] = {
    "DOSSIER_INCOMPLETE": _r(N_("A dossier marked incomplete blocks every personnel step."), B,
                             source="HD 45-HD/BTCTW §VI.1"),
    "DOSSIER_UNTRUTHFUL": _r(N_("A dossier marked untruthful blocks every personnel step."), B,
                             source="HD 45-HD/BTCTW §VI.1"),
    "POLITICAL_STANDARD_MISSING": _r(
        N_("No conclusion on political standards: no planning, appointment, nomination or "
           "rotation (no override)."), B, source=GATE_SOURCE),
    "POLITICAL_STANDARD_NEGATIVE": _r(
        N_("A conclusion that the cadre does not meet the standard blocks the step."), B,
        source=GATE_SOURCE),
    "POLITICAL_STANDARD_PENDING": _r(
        N_("A conclusion still pending verification blocks the step."), B, source=GATE_SOURCE),
    "POLITICAL_STANDARD_STALE": _r(
        N_("A conclusion whose dossier facts changed after it (family, history, discipline) "
           "must be concluded again."), B, source=GATE_SOURCE),
    "POLITICAL_STANDARD_CEILING": _r(
        N_("A conclusion with a ceiling allows no post ranked above the ceiling."), B,
        source=GATE_SOURCE, catalogs=("title",)),
    "PLANNING_NOT_UPWARD": _r(
        N_("Planning goes only upward: never the current, an equal or a lower title."), B,
        source=f"{PLAN} Đ19", catalogs=("title",)),
    "PLANNING_GROUP_MISMATCH": _r(
        N_("Group 1 (đối tượng 1) is for holders of the directly lower post."), W,
        source=f"{PLAN} Đ19; HD 45-HD/BTCTW", catalogs=("title",)),
    "PLANNING_TOO_MANY_PER_TITLE": _r(N_("A limit on the cadres planned per seat of a title."), B,
                                      source=f"{PLAN} Đ26"),
    "PLANNING_COMMITTEE_RATIO": _r(
        N_("Committee planning stays within a ratio of the number of members."), B,
        source=f"{PLAN} Đ26"),
    "PLANNING_TOO_MANY_TITLES": _r(
        N_("A limit on the leadership titles one cadre is planned for at one level."), B,
        source=f"{PLAN} Đ26"),
    "PLANNING_AGE_GROUP1": _r(
        N_("Group 1: enough months to retirement at the term's reference date."), B,
        source=f"{PLAN} Đ25.2; NĐ 135/2020/NĐ-CP"),
    "PLANNING_AGE_GROUP2": _r(
        N_("Group 2: enough months to retirement at the term's reference date."), B,
        source=f"{PLAN} Đ25.2; NĐ 135/2020/NĐ-CP"),
    "PLANNING_THEORY_LEVEL": _r(
        N_("Group 1 must already meet the title's political-theory standard."), B,
        source=f"{PLAN} Đ25.1", catalogs=("political_theory_level",)),
    "PLANNING_TRAINING_PLAN": _r(
        N_("Group 2 below the political-theory standard needs a training plan."), W,
        source=f"{PLAN} Đ25.1", catalogs=("political_theory_level",)),
    "PLANNING_DISCIPLINED": _r(
        N_("A disciplined cadre leaves the planning at once and cannot be planned."), B,
        source=f"{PLAN} Đ29"),
    "PLANNING_LOWER_POST_SHARE": _r(
        N_("The share of those planned for a title who hold the directly lower post."), W,
        source="Nghị quyết của Tỉnh ủy", catalogs=("title",)),
    "PLANNING_STRUCTURE_WOMEN": _r(N_("Share of women among those planned, against the target."),
                                   W, source="Chỉ thị 45-CT/TW (14/04/2025)"),
    "PLANNING_STRUCTURE_YOUNG": _r(
        N_("Share of young cadres among those planned, against the target."), W,
        source="Chỉ thị 45-CT/TW (14/04/2025)"),
    "PLANNING_STRUCTURE_SCIENCE": _r(
        N_("Share of science-and-technology cadres among those planned, against the target."),
        W, source="Chỉ thị 45-CT/TW (14/04/2025)"),
    "APPOINT_NOT_PLANNED": _r(
        N_("Appointment needs planning for the title or an equal or higher one."), B,
        source=f"{PLAN} Đ34; {ND170} Đ29.2", catalogs=("title",)),
    "APPOINT_TIME_IN_POST": _r(
        N_("Enough months in the current post, or a recorded special case."), B, W,
        source=f"{PLAN} Đ34.3; HD 45-HD/BTCTW §III.1.1"),
    "APPOINT_AGE": _r(
        N_("Age allows a full term (or a shorter justified special case)."), B, W,
        source=f"{PLAN} Đ34.5; {ND170} Đ29.5"),
    "APPOINT_RATINGS_MISSING": _r(N_("The final ratings of the last years are present."), B,
                                  source="HD 45-HD/BTCTW §III.1.3"),
    "APPOINT_ASSET_DECLARATION": _r(
        N_("An asset declaration made enough days before the expected date."), B,
        source=f"Luật PCTN 2018 Đ36; NĐ 130/2020/NĐ-CP; {ND170} Đ29.4"),
    "APPOINT_DISCIPLINE_PERIOD": _r(N_("Not within a discipline period."), B,
                                    source=f"{ND170} Đ29.7", catalogs=("discipline_form",)),
    "APPOINT_DISCIPLINE_WAIT": _r(
        N_("Past the waiting time after discipline (by its form)."), B, source=PLAN,
        catalogs=("discipline_form",)),
    "APPOINT_DOSSIER_INCOMPLETE": _r(
        N_("The ten components of the proposal dossier are present."), B, source=f"{ND170} Đ35"),
    "APPOINT_DOCUMENT_TOO_OLD": _r(
        N_("The photo and the health certificate are recent enough."), B,
        source=f"{ND170} Đ35"),
    "APPOINT_UNIT_OPINIONS": _r(
        N_("A provincial department leader needs the secret-ballot opinions of the units the "
           "province names."), B, source="Nghị quyết của Tỉnh ủy; DOMAIN.md decision 3"),
    "APPOINT_UNIT_OPINION_CRITERIA": _r(
        N_("Each unit's opinion records the criteria it was asked about."), B,
        source="Nghị quyết của Tỉnh ủy; DOMAIN.md decision 3"),
    "APPOINT_OUTSTANDING": _r(
        N_("A deputy division head proposed as deputy director must be clearly outstanding."),
        W, source="Nghị quyết của Tỉnh ủy"),
    "LOCAL_PROVINCIAL_SECRETARY": _r(N_("The provincial Party secretary is not a local person."),
                                     B, source="Chỉ thị 45-CT/TW (14/04/2025)"),
    "LOCAL_COMMUNE_SECRETARY": _r(
        N_("Commune Party secretaries should not be local persons (target)."), W,
        source="Chỉ thị 45-CT/TW (14/04/2025)"),
    "MEETING_QUORUM": _r(N_("Each meeting has the quorum of those invited."), B,
                         source=f"{ND170} Đ33"),
    "BALLOT_NOBODY_30": _r(
        N_("Nobody reaches the share to go forward: the procedure stops."), B,
        source=f"{ND170} Đ33"),
    "BALLOT_NO_SURPLUS": _r(
        N_("More candidates than seats at every step that collects opinions."), B,
        source="Nghị quyết của Tỉnh ủy (số dư)"),
    "BALLOT_STEP3_DIFFERS": _r(
        N_("A step 3 that differs from step 2 needs a qualified share of the collective."), B,
        source=f"{ND170} Đ33"),
    "BALLOT_NOT_CHOSEN": _r(
        N_("The candidate has more than the share needed at the final vote."), B,
        source=f"{ND170} Đ33"),
    "PROPOSAL_STEPS_MISSING": _r(N_("Every step of the procedure is recorded."), B,
                                 source=f"{ND170} Đ33"),
    "PROPOSAL_CLOSED": _r(N_("A stopped or decided procedure takes no further step."), B,
                          source=f"{ND170} Đ33"),
    "REAPPOINT_EXTENSION": _r(N_("Close to retirement: extend the term to retirement instead."),
                              W, source=f"{ND170} Đ28, Đ36"),
    "ROTATION_SERVICE_LEFT": _r(N_("Enough years of service left for a rotation."), B,
                                source=f"{ND170} Đ43"),
    "ROTATION_TOO_SHORT": _r(N_("Each rotation lasts a minimum time."), B,
                             source=f"{ND170} Đ48"),
    "TERM_LIMIT_REACHED": _r(
        N_("A head at the limit of consecutive terms (or years) in one post at one agency."), W,
        source=f"{ND170} Đ42.1.b; Chỉ thị 45-CT/TW"),
    "TERM_ENDING": _r(N_("A term of office ends soon."), W, source=f"{ND170} Đ28"),
}  # fmt: skip
RULES.update({rule_id: RuleInfo(*described) for rule_id, described in OVERSIGHT_RULES.items()})
