"""Vietnamese personal names drawn with the weights of resources/demo/names.csv."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

from cadre_desktop.services.demo.chance import Weighted
from cadre_desktop.text import clean, fold

MALE, FEMALE = "M", "F"


@dataclass(frozen=True)
class Name:
    family: str
    middle: str | None
    given: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.family, self.middle, self.given) if p)


class NameBook:
    """Family names for everyone; middle and given names by sex ("*" rows serve both)."""

    def __init__(self, path: Path) -> None:
        family: list[tuple[str, float]] = []
        middle: dict[str, list[tuple[str, float]]] = {MALE: [], FEMALE: []}
        given: dict[str, list[tuple[str, float]]] = {MALE: [], FEMALE: []}
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                value = clean(row["value"])
                if not value:
                    continue
                weight = float(row["weight"])
                sexes = (MALE, FEMALE) if row["sex"] == "*" else (row["sex"],)
                if row["part"] == "family":
                    family.append((value, weight))
                for sex in sexes:
                    if row["part"] == "middle":
                        middle[sex].append((value, weight))
                    elif row["part"] == "given":
                        given[sex].append((value, weight))
        self.family = Weighted(family)
        self.middle = {sex: Weighted(pairs) for sex, pairs in middle.items()}
        self.given = {sex: Weighted(pairs) for sex, pairs in given.items()}

    def person(self, rng: random.Random, sex: str, family: str | None = None) -> Name:
        """A name; a middle name that repeats the given name is drawn again (not "Minh Minh")."""
        given = self.given[sex].pick(rng)
        middle: str | None = self.middle[sex].pick(rng)
        if middle == given:
            middle = self.middle[sex].pick(rng)
        if middle == given or rng.random() < 0.02:
            middle = None  # some people have no middle name
        return Name(family or self.family.pick(rng), middle, given)

    def full(self, rng: random.Random, sex: str | None = None) -> str:
        """Just the full name of somebody (a signer, a relative)."""
        chosen = sex or (MALE if rng.random() < 0.7 else FEMALE)
        return self.person(rng, chosen).full


def email_local(name: Name) -> str:
    """ "Nguyễn Văn Đức" → "ducnv", the usual form of a government mailbox."""
    initials = "".join(fold(part)[0] for part in (name.family, name.middle) if part)
    return fold(name.given).replace(" ", "") + initials
