from hypothesis import given
from hypothesis import strategies as st

from cadre_desktop.text import clean, collation_key, fold, name_sort_key, nfc


def test_fold_removes_case_and_diacritics_and_folds_d_stroke() -> None:
    assert fold("Nguyễn Văn ĐỨC") == "nguyen van duc"
    assert fold("đặng thị ưng") == "dang thi ung"
    assert fold("Ơn Ấn Ỵ") == "on an y"


def test_nfc_and_clean() -> None:
    decomposed = "Nguye\u0302\u0303n"
    assert nfc(decomposed) == "Nguyễn"
    assert clean("  Nguye\u0302\u0303n   Văn  ") == "Nguyễn Văn"
    assert clean("   ") is None


def test_letters_follow_the_vietnamese_alphabet() -> None:
    words = ["đa", "da", "ơ", "ô", "o", "ư", "u", "ă", "â", "a", "e", "ê", "b"]
    assert sorted(words, key=collation_key) == [
        "a",
        "ă",
        "â",
        "b",
        "da",
        "đa",
        "e",
        "ê",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
    ]


def test_tones_only_break_ties_in_dictionary_order() -> None:
    words = ["má", "mà", "ma", "mạ", "mả", "mã", "mai"]
    assert sorted(words, key=collation_key) == ["ma", "mà", "mả", "mã", "má", "mạ", "mai"]


def test_people_sort_by_given_then_family_then_middle_name() -> None:
    people = [
        ("Trần", "Văn", "Đức"),
        ("Nguyễn", "Thị", "Dung"),
        ("Lê", "", "Anh"),
        ("Nguyễn", "Văn", "Đức"),
    ]
    ordered = sorted(people, key=lambda p: name_sort_key(*p))
    assert ordered == [
        ("Lê", "", "Anh"),
        ("Nguyễn", "Thị", "Dung"),
        ("Nguyễn", "Văn", "Đức"),
        ("Trần", "Văn", "Đức"),
    ]


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặ ", max_size=12))
def test_collation_key_is_stable_under_normalisation(word: str) -> None:
    import unicodedata

    assert collation_key(word) == collation_key(unicodedata.normalize("NFD", word))
