from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.numwords import amount_in_words, number_in_words

CASES = [
    (0, "Không đồng"),
    (1, "Một đồng"),
    (4, "Bốn đồng"),
    (5, "Năm đồng"),
    (10, "Mười đồng"),
    (11, "Mười một đồng"),
    (14, "Mười bốn đồng"),
    (15, "Mười lăm đồng"),
    (20, "Hai mươi đồng"),
    (21, "Hai mươi mốt đồng"),
    (24, "Hai mươi bốn đồng"),
    (25, "Hai mươi lăm đồng"),
    (55, "Năm mươi lăm đồng"),
    (91, "Chín mươi mốt đồng"),
    (100, "Một trăm đồng"),
    (101, "Một trăm linh một đồng"),
    (105, "Một trăm linh năm đồng"),
    (110, "Một trăm mười đồng"),
    (111, "Một trăm mười một đồng"),
    (115, "Một trăm mười lăm đồng"),
    (121, "Một trăm hai mươi mốt đồng"),
    (1000, "Một nghìn đồng"),
    (1001, "Một nghìn không trăm linh một đồng"),
    (1010, "Một nghìn không trăm mười đồng"),
    (1015, "Một nghìn không trăm mười lăm đồng"),
    (1100, "Một nghìn một trăm đồng"),
    (10_000, "Mười nghìn đồng"),
    (15_000, "Mười lăm nghìn đồng"),
    (21_000, "Hai mươi mốt nghìn đồng"),
    (42_120, "Bốn mươi hai nghìn một trăm hai mươi đồng"),
    (52_650, "Năm mươi hai nghìn sáu trăm năm mươi đồng"),
    (63_180, "Sáu mươi ba nghìn một trăm tám mươi đồng"),
    (66_000, "Sáu mươi sáu nghìn đồng"),
    (73_710, "Bảy mươi ba nghìn bảy trăm mười đồng"),
    (105_300, "Một trăm linh năm nghìn ba trăm đồng"),
    (165_000, "Một trăm sáu mươi lăm nghìn đồng"),
    (330_000, "Ba trăm ba mươi nghìn đồng"),
    (1_000_000, "Một triệu đồng"),
    (1_000_001, "Một triệu không trăm linh một đồng"),
    (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
    (1_200_000, "Một triệu hai trăm nghìn đồng"),
    (1_263_600, "Một triệu hai trăm sáu mươi ba nghìn sáu trăm đồng"),
    (2_340_000, "Hai triệu ba trăm bốn mươi nghìn đồng"),
    (2_530_000, "Hai triệu năm trăm ba mươi nghìn đồng"),
    (3_960_000, "Ba triệu chín trăm sáu mươi nghìn đồng"),
    (46_800_000, "Bốn mươi sáu triệu tám trăm nghìn đồng"),
    (1_000_000_000, "Một tỷ đồng"),
    (1_000_000_001, "Một tỷ không trăm linh một đồng"),
    (1_000_005_000, "Một tỷ không trăm linh năm nghìn đồng"),
    (2_015_000_000, "Hai tỷ không trăm mười lăm triệu đồng"),
    (1_000_000_000_000, "Một nghìn tỷ đồng"),
    (2_000_000_000_021, "Hai nghìn tỷ không trăm hai mươi mốt đồng"),
    (1_000_000_000_000_000_000, "Một tỷ tỷ đồng"),
]


@pytest.mark.parametrize(("amount", "words"), CASES)
def test_amount_in_words(amount: int, words: str) -> None:
    assert amount_in_words(amount) == words


def test_negative_amounts_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        amount_in_words(-1)


# A reader of the words, written independently, to check that every amount reads back.
_DIGIT = {
    d: i
    for i, d in enumerate(["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"])
}
_DIGIT |= {"mốt": 1, "lăm": 5}


def _read_group(words: list[str]) -> int:
    value = 0
    if "trăm" in words:
        position = words.index("trăm")
        value = 100 * _DIGIT[words[position - 1]]
        words = words[position + 1 :]
    if not words:
        return value
    if words[0] == "linh":
        return value + _DIGIT[words[1]]
    if words[0] == "mười":
        return value + 10 + (_DIGIT[words[1]] if len(words) > 1 else 0)
    if len(words) > 1 and words[1] == "mươi":
        return value + 10 * _DIGIT[words[0]] + (_DIGIT[words[2]] if len(words) > 2 else 0)
    assert len(words) == 1
    return value + _DIGIT[words[0]]


def _read(words: list[str]) -> int:
    for scale, factor in (("tỷ", 10**9), ("triệu", 10**6), ("nghìn", 10**3)):
        if scale in words:
            position = len(words) - 1 - words[::-1].index(scale)
            return _read(words[:position]) * factor + _read(words[position + 1 :])
    return _read_group(words) if words else 0


@given(st.integers(min_value=0, max_value=10**18))
def test_words_read_back_to_the_amount(amount: int) -> None:
    words = number_in_words(amount)
    assert _read(words.split()) == amount


@given(st.integers(min_value=0, max_value=10**15))
def test_shape_of_the_words(amount: int) -> None:
    words = amount_in_words(amount)
    assert words.endswith(" đồng")
    assert words[0].isupper()
    assert words[1:] == words[1:].lower()
    assert "  " not in words
    assert "mươi một" not in words  # always "mốt" after a tens digit
    assert "mười năm" not in words and "mươi năm" not in words  # always "lăm"
    assert ("không" in words.lower().split()) == (amount == 0 or "không trăm" in words)
