from __future__ import annotations

import pytest

from desktop.domain.input_methods import undo_telex, vni_key


@pytest.mark.parametrize(("word", "typed"), [
    ("gả", "gar"), ("Kả", "Kar"), ("Ksỏ", "Ksor"), ("KSỎ", "KSOR"), ("Hân", "Haan"), ("Hưing", "Hwing"),
    ("đa", "dda"), ("Đam", "DDam"), ("Măk", "Mawk"), ("Mơk", "Mowk"), ("Ko", "Ko"),
])
def test_telex_letters_are_put_back_as_typed(word: str, typed: str) -> None:
    assert undo_telex(word) == typed


@pytest.mark.parametrize(("before", "after", "key"), [
    ("à", "a", "0"), ("a", "â", "6"), ("â", "ấ", "1"), ("o", "ơ", "7"), ("u", "ư", "7"), ("a", "ă", "8"),
    ("d", "đ", "9"), ("a", "ả", "3"), ("ả", "ã", "4"), ("A", "Ạ", "5"), ("â", "a", None), ("a", "b", None),
    ("a", "a", None),
])
def test_the_vni_key_behind_a_rewritten_letter(before: str, after: str, key: str | None) -> None:
    assert vni_key(before, after) == key
