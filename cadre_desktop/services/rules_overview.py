"""Every personnel rule with what it checks, its severity, its legal source, the versioned
parameters it reads (an administrator's edits overlaid) and whether a blocking rule rests on
recollection (DOMAIN.md decision 8): for `cadre rules list` and the rules screen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadre_desktop.rules.catalog import RULES, RuleInfo
from cadre_desktop.rules.params import Parameter
from cadre_desktop.rules.registry import PARAMETERS_OF, actions_of, all_rule_ids
from cadre_desktop.services.rule_params import parameter_files, parameters
from cadre_desktop.services.stores import Store

RECOLLECTION = "R"


@dataclass(frozen=True)
class RuleRow:
    rule_id: str
    actions: list[str]
    info: RuleInfo
    parameters: list[Parameter]  # every version of the parameters it reads
    recollection: list[str]  # parameter keys and catalogs read that rest on recollection

    @property
    def blocks(self) -> bool:
        return self.info.blocks

    @property
    def marked(self) -> bool:
        """A blocking rule that rests on recollection: check it against the official text."""
        return self.blocks and bool(self.recollection)


def reads(keys: tuple[str, ...], parameter: Parameter) -> bool:
    """``keys`` are parameter keys, or prefixes ending in "*"."""
    return any(
        parameter.key == k or (k.endswith("*") and parameter.key.startswith(k[:-1])) for k in keys
    )


def rules_overview(store: Store, today: dt.date) -> list[RuleRow]:
    with store.unit_of_work() as uow:
        every = parameters(uow).all()
    catalogs = store.catalogs()
    rows = []
    for rule_id in all_rule_ids():
        info = RULES[rule_id]
        found = [p for p in every if reads(PARAMETERS_OF.get(rule_id, ()), p)]
        unsure = sorted(
            {p.key for p in found if p.valid_on(today) and p.confidence == RECOLLECTION}
        )
        unsure += [
            name
            for name in info.catalogs
            if any(i.confidence == RECOLLECTION for i in catalogs.items(name, today))
        ]
        rows.append(RuleRow(rule_id, actions_of(rule_id), info, found, unsure))
    return rows


def all_parameters(store: Store) -> list[Parameter]:
    with store.unit_of_work() as uow:
        return parameters(uow).all()


def parameter_tables(store: Store) -> list[tuple[str, list[Parameter]]]:
    """Each shipped parameter file with its records, an administrator's edit in place."""
    edited = {p.id: p for p in all_parameters(store)}
    return [(name, [edited.get(p.id, p) for p in shipped]) for name, shipped in parameter_files()]
