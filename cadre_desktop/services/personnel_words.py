"""The words personnel work is shown in: the dossier components of NĐ 170 Đ35, the steps of
each procedure, the structure figures, and rule findings with codes replaced by names."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.i18n import N_, gettext, language
from cadre_desktop.rules.ballots import OPINION_STEPS, VOTING_STEPS
from cadre_desktop.rules.catalog import RULES
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.rules.yearly_catalog import YEARLY_RULES
from cadre_desktop.services.rule_params import every_opinion_group
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.browse import unit_rows

COMPONENT_LABELS = {
    "submission": N_("Submission (tờ trình)"),
    "minutes": N_("Minutes of the steps"),
    "cv": N_("CV certified by the agency"),
    "self_review": N_("Self-review of the last 3 years"),
    "evaluation": N_("Evaluation by the leadership collective"),
    "party_cell_opinion": N_("Opinion of the Party cell where the cadre lives"),
    "political_conclusion": N_("Conclusion on political standards"),
    "asset_declaration": N_("Asset and income declaration"),
    "health_certificate": N_("Health certificate"),
    "diplomas": N_("Copies of diplomas and certificates"),
}
DOCUMENT_WORDS = {"photo": N_("photo"), "health_certificate": N_("health certificate")}

# NĐ 170/2025 Đ33 (local source 5 steps, external source 3), Đ36-37 (reappointment).
STEP_NAMES = {
    "local": (
        N_("Leadership collective (1): structure, standards, list of those planned"),
        N_("Expanded leadership meeting: secret-ballot nomination"),
        N_("Leadership collective (2): secret ballot"),
        N_("Conference of key cadres: opinions"),
        N_("Leadership collective (3): secret ballot"),
    ),
    "external": (
        N_("Consultation with the receiving unit"),
        N_("Opinion of the cadre's current unit (vote)"),
        N_("Appraisal and submission"),
    ),
    "reappoint": (N_("Leadership collective: secret ballot on reappointment"),),
}

FIGURE_LABELS = {
    "lower_post": N_("Hold the directly lower post"),
    "women": N_("Women"),
    "under_40": N_("Under 40"),
    "under_42": N_("Under 42"),
    "ethnic_minority": N_("Ethnic minority"),
    "science": N_("Science and technology"),
}
GROUP_WORDS = {"women": N_("women"), "young": N_("young cadres"),
               "science": N_("science-and-technology cadres")}  # fmt: skip
SEVERITY_WORDS = {Severity.BLOCK: N_("Blocks"), Severity.WARN: N_("Warning")}
ACTION_WORDS = {
    "plan": N_("planning"), "appoint": N_("appointment"), "reappoint": N_("reappointment"),
    "nominate": N_("nomination"), "rotate": N_("rotation"), "alerts": N_("alerts"),
    "matter": N_("oversight register"), "revoke": N_("revocation"), "train": N_("training"),
}  # fmt: skip
CATALOG_WORDS = {
    "title": N_("title ranks"),
    "political_theory_level": N_("political-theory levels"),
    "discipline_form": N_("discipline forms"),
}

# Finding parameters that hold a catalog code, and the catalog that names it.
CODED = {"title": "title", "post": "title", "ceiling": "title", "form": "discipline_form"}


def rule_summary(rule_id: str) -> str:
    """What a rule checks, in a sentence (the rule id when it is not a personnel rule)."""
    info = RULES.get(rule_id) or YEARLY_RULES.get(rule_id)
    return gettext(info.summary) if info else rule_id


def ballot_steps(procedure: str) -> frozenset[int]:
    """The steps of a procedure that collect votes or opinions on the candidates."""
    return frozenset(VOTING_STEPS.get(procedure, ()) + OPINION_STEPS.get(procedure, ()))


def step_name(procedure: str, number: int) -> str:
    names = STEP_NAMES.get(procedure, ())
    return gettext(names[number - 1]) if 1 <= number <= len(names) else str(number)


def catalog_name(catalogs: Catalogs, catalog: str, code: str | None) -> str:
    """The label of a catalog entry in the language in use (the code when unknown)."""
    item = catalogs.get(catalog, code) if code else None
    if item is None:
        return code or ""
    return item.label_en if language() == "en" and item.label_en else item.label


def _named(name: str, value: Any, catalogs: Catalogs, units: dict[str, str]) -> Any:
    if name in CODED:
        return catalog_name(catalogs, CODED[name], str(value))
    if name == "missing":
        return ", ".join(gettext(COMPONENT_LABELS.get(c.strip(), c)) for c in str(value).split(","))
    if name == "document":
        return gettext(DOCUMENT_WORDS.get(str(value), str(value)))
    if name == "group" and value in GROUP_WORDS:
        return gettext(GROUP_WORDS[value])
    if name == "unit":
        return units.get(str(value), value)
    if name == "groups":
        labels = {g.group: g.label for g in every_opinion_group()}
        return ", ".join(labels.get(g.strip(), g.strip()) for g in str(value).split(","))
    if name == "target" and isinstance(value, str) and "/" in value:
        return percent_text(value)
    return value


def percent_text(ratio: str) -> str:
    """ "3/20" as "15 %" when it is a whole percentage; other ratios ("2/3") stay."""
    hundred = Fraction(ratio) * 100
    return f"{hundred.numerator} %" if hundred.denominator == 1 else ratio


def finding_sentence(finding: Finding, catalogs: Catalogs, units: dict[str, str]) -> str:
    """The finding's sentence with titles, forms, components and units by name."""
    params = {k: _named(k, v, catalogs, units) for k, v in finding.params.items()}
    return gettext(finding.msgid).format(**params)


def sentences_for(store: Store) -> Callable[[Finding], str]:
    """A function that words findings for this store (its catalogs and unit names)."""
    catalogs = store.catalogs()
    with store.unit_of_work() as uow:
        units = {row.id: row.name for row in unit_rows(uow.session)}
    return lambda finding: finding_sentence(finding, catalogs, units)
