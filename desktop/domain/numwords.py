"""Amounts of money written out in Vietnamese words, as receipts and forms require.

"Một trăm linh năm nghìn ba trăm đồng" for 105300. Conventions chosen: "nghìn"
(not "ngàn"), "linh" for a zero tens digit, "bốn" (not "tư") after "mươi",
"mốt" for 1 and "lăm" for 5 after a tens digit, "không trăm" inside a number,
and "tỷ" repeated for larger scales ("một nghìn tỷ").
"""

from __future__ import annotations

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_SCALES = ("", "nghìn", "triệu")
_BILLION = 1_000_000_000


def _hundreds(number: int, inside: bool) -> list[str]:
    """Words for 0 < number < 1000; ``inside`` means digits stand before it ("không trăm")."""
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or inside:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            words += ["linh", _DIGITS[units]] if words else [_DIGITS[units]]
        return words
    if tens == 1:
        words.append("mười")
    else:
        words += [_DIGITS[tens], "mươi"]
    if units == 1 and tens > 1:
        words.append("mốt")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(_DIGITS[units])
    return words


def _below_billion(number: int, inside: bool) -> list[str]:
    """Words for 0 < number < 10^9, by groups of three digits."""
    groups = [(number // 1000**power) % 1000 for power in range(2, -1, -1)]
    words: list[str] = []
    for power, group in zip(range(2, -1, -1), groups, strict=True):
        if group == 0:
            continue
        words += _hundreds(group, inside or bool(words))
        if _SCALES[power]:
            words.append(_SCALES[power])
    return words


def _number_words(number: int, inside: bool = False) -> list[str]:
    """Words for number > 0; each factor of 10^9 adds a "tỷ"."""
    upper, lower = divmod(number, _BILLION)
    words: list[str] = []
    if upper:
        words += [*_number_words(upper, inside), "tỷ"]
    if lower:
        words += _below_billion(lower, inside or bool(words))
    return words


def number_in_words(number: int) -> str:
    """A whole number in lower-case Vietnamese words: 21 -> "hai mươi mốt"."""
    if number < 0:
        raise ValueError("number_in_words needs a number >= 0")
    return " ".join(_number_words(number)) if number else _DIGITS[0]


def amount_in_words(amount: int) -> str:
    """An amount in đồng, capitalised and ending in "đồng": 0 -> "Không đồng"."""
    words = f"{number_in_words(amount)} đồng"
    return words[:1].upper() + words[1:]
