"""A lenient test of whether a word could be one written Vietnamese syllable.

Legacy-encoding detection needs to know which reading of a garbled word is
Vietnamese: "Hieàn" is not a syllable, "Hiền" is. Initial consonants are
accepted loosely so Ê Đê and M'nông names ("Ksor", "H'Hen", "Mlô") still pass.
"""

from __future__ import annotations

import re
import unicodedata

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

_NUCLEI_TEXT = (
    "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ ưa ưi ưu ươ uy yê "
    "a ă â e ê i o ô ơ u ư y"
)
_NUCLEI = sorted(_NUCLEI_TEXT.split(), key=len, reverse=True)
_SYLLABLE = re.compile(
    "^[bcdđfghjklmnpqrstvwxz']*(?:"
    + "|".join(_NUCLEI)
    + ")(?:ch|ng|nh|[cmnptkrlhs])?$"
)


def is_syllable(word: str) -> bool:
    """True for "nguyễn", "Thị", "H'Hen"; false for "hieàn", "thÞ", "v¨n"."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in decomposed if ch in TONE_MARKS)
    if tones > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    return _SYLLABLE.match(toneless) is not None


def _accented_letters() -> frozenset[str]:
    vowels = "aăâeêioôơuưy"
    tones = ("", *sorted(TONE_MARKS))
    lower = {unicodedata.normalize("NFC", unicodedata.normalize("NFD", vowel) + tone)
             for vowel in vowels for tone in tones} | {"đ"}
    return frozenset(lower | {letter.upper() for letter in lower}) - frozenset("aeiouyAEIOUY")


ACCENTED_LETTERS = _accented_letters()
"""The 134 letters of written Vietnamese that are not plain ASCII (ă, ệ, Đ ...)."""
