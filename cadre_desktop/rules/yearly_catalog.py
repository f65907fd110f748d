"""What each rating and declaration rule that raises an alert checks, in a sentence, with its
severity and legal source (the alerts screen names a group of alerts by it)."""

from __future__ import annotations

from cadre_desktop.i18n import N_
from cadre_desktop.rules.catalog import B, RuleInfo, W

YEARLY_RULES: dict[str, RuleInfo] = {
    "RATING_QUOTA_EXCEEDED": RuleInfo(
        N_("Those rated excellent stay within the comparable group's quota."),
        (B,),
        "QĐ 366-QĐ/TW (30/08/2025) Đ11",
    ),
    "RATING_DISMISSAL_CONSIDERATION": RuleInfo(
        N_("A leader rated not completed is considered for dismissal."),
        (W,),
        "NĐ 170/2025/NĐ-CP Đ53.1.c",
    ),
    "DECLARATION_MISSING": RuleInfo(
        N_("Every annual declarer completes the declaration before 31 December."),
        (W,),
        "Luật PCTN 2018 Đ36.3",
    ),
    "DECLARATION_UNEXPLAINED_INCREASE": RuleInfo(
        N_("An increase of 300,000,000 đồng or more has its origin explained."),
        (B,),
        "Luật PCTN 2018 Đ36.2 and Đ41.1",
    ),
}
