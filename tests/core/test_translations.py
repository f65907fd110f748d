"""Every English msgid in the code has a Vietnamese translation with the same placeholders."""

import re
import unicodedata

from tools.messages import PO, extract, read, untranslated


def test_every_message_is_translated_to_vietnamese() -> None:
    assert untranslated() == []


def test_translations_keep_their_placeholders() -> None:
    catalog = read()
    for message in extract():
        translated = catalog.get(message)
        if translated and translated.string:
            wanted = sorted(re.findall(r"{\w*}", message))
            assert sorted(re.findall(r"{\w*}", str(translated.string))) == wanted, message


def test_the_catalog_is_nfc() -> None:
    text = PO.read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", text)
