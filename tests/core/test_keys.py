import unicodedata

import pytest

from cadre_desktop.errors import UnlockError
from cadre_desktop.storage.keys import (
    KdfParams,
    KeySlots,
    group_recovery_key,
    new_recovery_key,
    normalise_recovery_key,
    tune_kdf,
)

KEY = bytes(range(32))
FAST = KdfParams(time_cost=1)


def slots() -> KeySlots:
    keyslots = KeySlots(store_id="store-1", slots=[])
    keyslots.set_passphrase("Lan", "Mật khẩu đúng", KEY, FAST)
    keyslots.set_recovery_key("ABCD" * 8, KEY, FAST)
    return keyslots


def test_the_right_passphrase_unwraps_the_key_in_any_unicode_form() -> None:
    key, slot = slots().unlock_with_passphrase(unicodedata.normalize("NFD", "Mật khẩu đúng"))
    assert key == KEY and slot.officer == "Lan"


def test_a_wrong_passphrase_is_refused_with_a_sentence() -> None:
    with pytest.raises(UnlockError) as error:
        slots().unlock_with_passphrase("mật khẩu sai")
    assert error.value.exit_code == 4


def test_a_slot_from_another_store_does_not_open() -> None:
    moved = slots()
    moved.store_id = "store-2"
    with pytest.raises(UnlockError):
        moved.unlock_with_passphrase("Mật khẩu đúng")


def test_recovery_key_is_read_as_written_down() -> None:
    assert slots().unlock_with_recovery_key("abcd-abcd abcd abcdABCDabcdabcdabcd") == KEY
    key = new_recovery_key()
    grouped = group_recovery_key(key)
    assert len(grouped.split("-")) == 8 and normalise_recovery_key(grouped.lower()) == key


def test_tuning_records_at_least_64_mib() -> None:
    params = tune_kdf(0.01)
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 1


def test_changing_a_passphrase_rewraps_the_same_key() -> None:
    keyslots = slots()
    keyslots.set_passphrase("Lan", "mật khẩu mới dài", KEY, FAST)
    assert keyslots.unlock_with_passphrase("mật khẩu mới dài")[0] == KEY
    with pytest.raises(UnlockError):
        keyslots.unlock_with_passphrase("Mật khẩu đúng")
