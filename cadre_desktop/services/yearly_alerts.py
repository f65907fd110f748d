"""The yearly records' alerts for `cadre check --rules`: comparable groups over the excellent
quota, leaders to consider for dismissal, cadres without their annual declaration after the
deadline, and drafts whose unexplained increase blocks completion (verification).

Only recent years are watched (the year of the day and the one before): older ratings were
acted on already, and an old quota breach cannot be finalised any more anyway.
"""

from __future__ import annotations

import datetime as dt

from cadre_desktop.domain.assets import AssetDeclaration
from cadre_desktop.i18n import N_
from cadre_desktop.rules.declarations import annual_deadline
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.rules.yearly_params import yearly_parameters
from cadre_desktop.services import declarations
from cadre_desktop.services.alert import Alert, Progress
from cadre_desktop.services.rating_reports import rating_alerts
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import yearly


def rating_findings(store: Store, today: dt.date, _progress: Progress) -> list[Alert]:
    return rating_alerts(store, since=today.year - 1)


def declaration_findings(store: Store, today: dt.date, _progress: Progress) -> list[Alert]:
    return missing_annual(store, today) + unexplained_increases(store)


def last_closed_year(today: dt.date) -> int:
    """The latest year whose annual declarations were due by ``today``."""
    deadline, _source = annual_deadline(today.year, yearly_parameters())
    return today.year if today > deadline else today.year - 1


def missing_annual(store: Store, today: dt.date) -> list[Alert]:
    year = last_closed_year(today)
    deadline, source = annual_deadline(year, yearly_parameters())
    return [
        Alert(
            row.cadre_id,
            row.name,
            Finding(
                "DECLARATION_MISSING",
                Severity.WARN,
                N_("No completed annual declaration for {year}; the deadline was {deadline}."),
                source,
                {"year": year, "deadline": deadline.strftime("%d/%m/%Y")},
            ),
        )
        for row in declarations.missing_declarations(store, year, today)
    ]


def _threshold(declaration: AssetDeclaration) -> str:
    rule = yearly_parameters().get("declare.change_vnd", declaration.declared_on.earliest())
    return f"{rule.as_int:,}".replace(",", ".")


def unexplained_increases(store: Store) -> list[Alert]:
    """Drafts refused completion by an unexplained increase; the alert shows no figure."""
    found: list[Alert] = []
    with store.unit_of_work() as uow:
        ids = yearly.draft_declaration_ids(uow.session)
        for declaration_id in ids:
            declaration = yearly.declaration(uow.session, declaration_id)
            assert declaration is not None
            report, _table = declarations.judge(uow, declaration)
            for finding in report:
                if finding.rule_id == "DECLARATION_UNEXPLAINED_INCREASE":
                    found.append(
                        Alert(
                            declaration.cadre_id,
                            "",
                            Finding(
                                finding.rule_id,
                                Severity.BLOCK,
                                N_(
                                    "The {year} declaration grew by {threshold} đồng or more "
                                    "without the origin explained: it cannot be completed, "
                                    "and verification may be needed."
                                ),
                                finding.source,
                                {"year": declaration.year, "threshold": _threshold(declaration)},
                            ),
                        )
                    )
        names = yearly.cadre_names(uow.session, [a.cadre_id for a in found if a.cadre_id])
    return [Alert(a.cadre_id, names.get(a.cadre_id or "", ""), a.finding) for a in found]
