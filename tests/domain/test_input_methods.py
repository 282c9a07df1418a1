from __future__ import annotations

import pytest

from desktop.domain.input_methods import undo_telex


@pytest.mark.parametrize(("word", "typed"), [
    ("gả", "gar"), ("Kả", "Kar"), ("Ksỏ", "Ksor"), ("KSỎ", "KSOR"), ("Hân", "Haan"), ("Hưing", "Hwing"),
    ("đa", "dda"), ("Đam", "DDam"), ("Măk", "Mawk"), ("Mơk", "Mowk"), ("Ko", "Ko"),
])
def test_telex_letters_are_put_back_as_typed(word: str, typed: str) -> None:
    assert undo_telex(word) == typed
