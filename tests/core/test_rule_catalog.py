"""Every personnel rule the registry names says what it checks, its severity and source."""

from cadre_desktop.i18n import catalog
from cadre_desktop.rules.catalog import RULES
from cadre_desktop.rules.registry import all_rule_ids


def test_every_rule_of_the_registry_is_described() -> None:
    assert set(all_rule_ids()) == set(RULES)
    vi = catalog("vi")
    for rule_id, info in RULES.items():
        assert info.severities and info.source.strip(), rule_id
        assert vi.get(info.summary), f"{rule_id}: its summary needs a Vietnamese translation"


def test_every_action_of_the_registry_has_words_for_the_rules_screen() -> None:
    from cadre_desktop.rules.registry import Action
    from cadre_desktop.services.personnel_words import ACTION_WORDS

    assert {a.value for a in Action} <= set(ACTION_WORDS)
