"""The summary lines of the declaration's rule report: what it is compared with, the totals,
what section III must hold, and whether it can be completed or is flagged for verification."""

from __future__ import annotations

from typing import Any

from cadre_desktop.i18n import format_money
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.declaration_drafts import DeclarationPreview

UNEXPLAINED = "DECLARATION_UNEXPLAINED_INCREASE"


def report_lines(
    preview: DeclarationPreview, form: dict[str, Any], previous: str | None
) -> list[tuple[str, str, str]]:
    if preview.problems:
        return []
    table = preview.table
    ids = preview.report.ids()
    if table is None:
        lines = [(_("Compared with"), _("nothing: this is a first declaration"), "")]
        third = _("not allowed on a first declaration")
        lines.append((_("Section III"), third, "block" if form.get("changes") else "ok"))
    else:
        lines = [(_("Compared with"), previous or _("the previous declaration"), "")]
        lines.append((_("Assets before"), format_money(table.assets_before), ""))
        lines.append((_("Assets now"), format_money(table.assets_after), ""))
        lines.append((_("Increases"), format_money(table.total_increase), ""))
        lines.append((_("Decreases"), format_money(table.total_decrease), ""))
        lines.append((_("Income in the period"), format_money(table.income), ""))
        if form.get("no_change"):
            third = _("“No change” (Không có biến động)")
        elif form.get("changes"):
            third = _("{count} change(s) listed").format(count=len(form["changes"]))
        else:
            third = _("required: list the changes or mark “no change”")
        missing = "DECLARATION_SECTION_III_MISSING" in ids
        lines.append((_("Section III"), third, "block" if missing else "ok"))
    if UNEXPLAINED in ids:
        lines.append((_("Verification"), _("flagged: an increase is not explained"), "block"))
    blocked = preview.report.blocked
    verdict = _("blocked") if blocked else _("allowed")
    lines.append((_("Completion"), verdict, "block" if blocked else "ok"))
    return lines
