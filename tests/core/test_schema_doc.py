import json
from pathlib import Path

from cadre_desktop.services.dossier_schema import dossier_schema

DOC = Path(__file__).parents[2] / "docs" / "dossier.schema.json"


def test_the_documented_schema_is_the_one_the_code_reads() -> None:
    """Regenerate: python -m cadre_desktop.services.dossier_schema > docs/dossier.schema.json"""
    assert json.loads(DOC.read_text(encoding="utf-8")) == dossier_schema()


def test_the_schema_requires_what_the_importer_requires() -> None:
    item = dossier_schema()["properties"]["dossiers"]["items"]
    assert {"id", "family_name", "given_name", "sex", "birth_date", "ethnicity"} <= set(
        item["required"]
    )
    assert item["properties"]["birth_date"]["pattern"].startswith("^")
