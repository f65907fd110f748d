"""A bundle's preview as a table: each dossier, what it would become, and what changes inside
it; what needs a look (refused, in conflict) first, then by given name."""

from __future__ import annotations

from collections.abc import Sequence

from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.bundle_import import Preview
from cadre_desktop.services.bundle_merge import Outcome
from cadre_desktop.text import collation_key
from ui.exchange_labels import ATTENTION, OUTCOME_ORDER, outcome_label
from ui.table_models.rows_table_model import RowsTableModel

HEADERS = (N_("Dossier"), N_("Outcome"), N_("Changed inside the dossier"))


def counts_text(preview: Preview) -> str:
    """ "3 dossier(s): New 2, Updated 1" in the order the officer should read them."""
    counts = preview.counts
    parts = [f"{outcome_label(k)} {counts[k]}" for k in OUTCOME_ORDER if counts.get(k)]
    total = _("{count} dossier(s)").format(count=len(preview.outcomes))
    return f"{total}: {', '.join(parts)}" if parts else total


def rows_text(outcome: Outcome) -> str:
    """What changed inside an updated dossier (rows added, changed, in conflict)."""
    if outcome.kind not in ("updated", "conflict"):
        return ""  # a new, unchanged or refused dossier is said whole by its outcome
    return ", ".join(f"{outcome_label(k)} {outcome.rows[k]}" for k in OUTCOME_ORDER
                     if outcome.rows.get(k))  # fmt: skip


def _order(outcome: Outcome) -> tuple[int, str, str]:
    words = outcome.name.split()
    rank = OUTCOME_ORDER.index(outcome.kind) if outcome.kind in OUTCOME_ORDER else 99
    return rank, collation_key(words[-1] if words else ""), collation_key(outcome.name)


class OutcomeTableModel(RowsTableModel[Outcome]):
    def __init__(self) -> None:
        super().__init__(
            HEADERS,
            lambda o: (o.name, outcome_label(o.kind), rows_text(o)),
            lambda o: o.cadre_id,
            lambda o: ATTENTION.get(o.kind),
        )

    def show(self, outcomes: Sequence[Outcome]) -> None:
        self.set_rows(sorted(outcomes, key=_order))
