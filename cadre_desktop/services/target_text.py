"""How a target and its result read in tables, the printed report and the CLI: "≥ 30%",
"10–15 người", "33,3%", "−2,5 điểm", in the officer's language."""

from __future__ import annotations

from fractions import Fraction

from cadre_desktop.i18n import gettext, language
from cadre_desktop.services.target_sets import IndicatorDef
from cadre_desktop.services.targets import STATUS_TEXT, IndicatorResult, fraction_text


def number_text(value: Fraction | None, signed: bool = False) -> str:
    if value is None:
        return "—"
    text = fraction_text(value)
    if signed and value > 0:
        text = f"+{text}"
    text = text.replace("-", "−")
    return text.replace(".", ",") if language() == "vi" else text


def _unit(indicator: IndicatorDef) -> str:
    return "%" if indicator.kind == "share" else " " + gettext("people")


def target_text(indicator: IndicatorDef) -> str:
    unit = _unit(indicator)
    low = number_text(indicator.low)
    if indicator.comparison == "between":
        return f"{low}–{number_text(indicator.high)}{unit}"
    sign = "≥" if indicator.comparison == ">=" else "≤"
    return f"{sign} {low}{unit}"


def value_text(result: IndicatorResult) -> str:
    if result.value is None:
        return "—"
    return number_text(result.value) + _unit(result.indicator)


def gap_text(result: IndicatorResult) -> str:
    if result.gap is None:
        return "—"
    unit = gettext("points") if result.indicator.kind == "share" else gettext("people")
    return f"{number_text(result.gap, signed=True)} {unit}"


def status_text(result: IndicatorResult) -> str:
    return gettext(STATUS_TEXT[result.colour])


def count_text(result: IndicatorResult) -> str:
    """ "12/40" for a share; the number for a count."""
    if result.indicator.kind == "share":
        return f"{result.numerator}/{result.denominator}"
    return str(result.numerator)
