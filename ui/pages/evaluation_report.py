"""The summary lines of the evaluation's rule report: the rule set, the score and its band,
the level the hard conditions allow against the level chosen, and the group's quota."""

from __future__ import annotations

from cadre_desktop.domain.enums import Rating
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.rating import better
from cadre_desktop.services.evaluation_preview import EvaluationPreview
from ui.yearly_labels import yearly_label


def _points(value: object) -> str:
    return str(value).replace(".", ",")


def _chosen_tone(preview: EvaluationPreview) -> str:
    chosen, allowed = preview.chosen, preview.allowed
    if chosen is None or allowed is None:
        return ""
    if better(chosen, allowed):
        return "block"
    return "warn" if better(allowed, chosen) else "ok"


def report_lines(preview: EvaluationPreview, final: bool = False) -> list[tuple[str, str, str]]:
    if preview.problems:
        return []
    lines = [(_("Rules of the period"), preview.source, "")]
    if not preview.scored:
        lines.append((_("Score"), _("not used: these rules rate by criteria"), ""))
    elif preview.score is None:
        lines.append((_("Score"), _("the score sheet is not filled in"), "warn"))
    else:
        lines.append((_("Score"), f"{_points(preview.score)} / 100", ""))
        lines.append((_("Band of the score"), yearly_label(Rating, preview.by_score), ""))
        allowed_tone = "warn" if preview.reasons else "ok"
        lines.append(
            (_("The hard conditions allow"), yearly_label(Rating, preview.allowed), allowed_tone)
        )
        for reason in preview.reasons:
            lines.append((_("Because"), _(reason), "warn"))
    chosen = yearly_label(Rating, preview.chosen) if preview.chosen else _("not chosen yet")
    lines.append((_("Rating chosen"), chosen, _chosen_tone(preview)))
    quota = preview.quota
    if quota is not None:
        text = _(
            "{group} ({period}): {excellent} excellent, {good} good; at most {allowed} "
            "excellent allowed ({percent}%)"
        ).format(
            group=quota.group,
            period=quota.period,
            excellent=quota.excellent,
            good=quota.good,
            allowed=quota.allowed_excellent,
            percent=quota.share * 100,
        )
        lines.append((_("Comparable group"), text, "block" if quota.exceeded else "ok"))
    if final:
        lines.append((_("Finalising"), _("already final"), "ok"))
        return lines
    can = preview.can_finalise
    verdict = _("allowed") if can else _("blocked") if preview.report.blocked else _("not yet")
    lines.append((_("Finalising"), verdict, "ok" if can else "block"))
    return lines
