"""Vietnamese text: NFC normalisation, search folding and dictionary-order sort keys."""

from __future__ import annotations

import unicodedata

# Vietnamese alphabet order; f, j, w, z (foreign names) sit where Latin puts them.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}

# Tone marks compare after the letters (secondary key), in dictionary order:
# ngang, huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# Marks that change the letter itself (ă, â, ê, ô, ơ, ư) rather than its tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the only form the store keeps."""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str | None:
    """NFC, trimmed, inner runs of white space collapsed; empty becomes None."""
    if text is None:
        return None
    folded = " ".join(nfc(text).split())
    return folded or None


def fold(text: str) -> str:
    """Lower-case, diacritics removed, đ/Đ folded to d: the search form of a text."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "d"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()


def _split_letters(word: str) -> list[tuple[str, int]]:
    """Split a word into (base letter with its letter marks, tone rank) pairs."""
    letters: list[tuple[str, int]] = []
    for ch in nfc(word.casefold()):
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0]
        tone = 0
        for mark in decomposed[1:]:
            if mark in _LETTER_MARKS:
                base = unicodedata.normalize("NFC", base + mark)
            else:
                tone = _TONE_RANK.get(mark, tone)
        letters.append((base, tone))
    return letters


def _key_parts(text: str) -> tuple[str, str]:
    primary: list[str] = []
    secondary: list[str] = []
    for base, tone in _split_letters(text):
        rank = _LETTER_RANK.get(base)
        if rank is not None:
            primary.append(chr(0x4E00 + rank))
        elif base.isspace():
            primary.append(" ")
        else:
            primary.append(base)
        secondary.append(chr(0x30 + tone))
    return "".join(primary), "".join(secondary)


def collation_key(text: str) -> str:
    """A string whose binary order is Vietnamese dictionary order of ``text``.

    Letters compare first (a < ă < â < b … d < đ …); tones only break ties. The key uses
    private code points so that SQLite sorts it with its BINARY collation and a plain index.
    """
    primary, secondary = _key_parts(text)
    return primary + "\u0001" + secondary


def name_sort_key(family: str, middle: str | None, given: str) -> str:
    """Sort key for a person: given name, then family name, then middle name, each compared
    whole (letters, then tones) before the next, as a sort by columns in a spreadsheet."""
    return "\u0002".join(collation_key(part) for part in (given, family, middle or ""))
