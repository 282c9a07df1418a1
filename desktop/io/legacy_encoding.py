"""Names typed with the pre-Unicode Vietnamese encodings TCVN3 (ABC) and VNI.

Such text reaches a spreadsheet as Windows-1252 characters: TCVN3 "NguyÔn ThÞ
HiÒn" and VNI "Nguyeãn Thò Hieàn" are both "Nguyễn Thị Hiền". TCVN3 is one
byte per letter; VNI writes a base letter followed by a mark character.

TCVN3 (TCVN 5712:1993 VN3, fonts .VnTime) has no toned capitals: capital text
used the .VnTimeH font, which draws the lower-case codes as capitals. So a
decoded word whose other letters are all capitals is put in capitals.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

from desktop.domain.syllables import is_syllable

LegacyEncoding = Literal["tcvn3", "vni"]
TCVN3: LegacyEncoding = "tcvn3"
VNI: LegacyEncoding = "vni"

# TCVN3 byte -> letter: the 67 lower-case letters and the 7 un-toned capitals.
_TCVN3: dict[int, str] = {
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xA8: "ă", 0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xA9: "â", 0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xAE: "đ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xAA: "ê", 0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xAB: "ô", 0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xAC: "ơ", 0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xAD: "ư", 0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
}
# Toned capitals of the fuller VN1 table, in byte positions VN3 leaves unused.
_VN1_CAPITALS: dict[int, str] = {
    0x80: "À", 0x81: "Ả", 0x82: "Ã", 0x83: "Á", 0x84: "Ạ", 0x85: "Ặ", 0x86: "Ậ", 0x87: "È",
    0x88: "Ẻ", 0x89: "Ẽ", 0x8A: "É", 0x8B: "Ẹ", 0x8C: "Ệ", 0x8D: "Ì", 0x8E: "Ỉ", 0x8F: "Ĩ",
    0x90: "Í", 0x91: "Ị", 0x92: "Ò", 0x93: "Ỏ", 0x94: "Õ", 0x95: "Ó", 0x96: "Ọ", 0x97: "Ộ",
    0x98: "Ờ", 0x99: "Ở", 0x9A: "Ỡ", 0x9B: "Ớ", 0x9C: "Ợ", 0x9D: "Ù", 0x9E: "Ủ", 0x9F: "Ũ",
    0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ",
    0xC5: "Ề", 0xCD: "Ể", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
}


def _byte_chars(byte: int) -> set[str]:
    """How a byte shows up in a spreadsheet: its Windows-1252 and Latin-1 readings."""
    chars = {chr(byte)}
    with contextlib.suppress(UnicodeDecodeError):
        chars.add(bytes([byte]).decode("cp1252"))
    return chars


_TCVN3_TABLE: dict[int, str] = {
    ord(ch): letter
    for byte, letter in {**_VN1_CAPITALS, **_TCVN3}.items()
    for ch in _byte_chars(byte)
}

# VNI: a base letter followed by one mark character (lower-case forms; capitals alike).
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_VNI_TONES = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_CIRCUMFLEX = {"â": "", "á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_VNI_BREVE = {"ê": "", "é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}
_VNI_SINGLE = {
    "ñ": "đ", "ô": "ơ", "ö": "ư", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "í": "í", "ì": "ì",
}
# Base (as typed) -> (letter it starts, mark tables that may follow it).
_VNI_BASES: dict[str, tuple[str, tuple[tuple[dict[str, str], str], ...]]] = {
    "a": ("a", ((_VNI_TONES, ""), (_VNI_CIRCUMFLEX, _CIRCUMFLEX), (_VNI_BREVE, _BREVE))),
    "e": ("e", ((_VNI_TONES, ""), (_VNI_CIRCUMFLEX, _CIRCUMFLEX))),
    "o": ("o", ((_VNI_TONES, ""), (_VNI_CIRCUMFLEX, _CIRCUMFLEX))),
    "u": ("u", ((_VNI_TONES, ""),)),
    "y": ("y", ((_VNI_TONES, ""),)),
    "ô": ("o", ((_VNI_TONES, _HORN),)),
    "ö": ("u", ((_VNI_TONES, _HORN),)),
}


def _vni_sequences() -> dict[str, str]:
    table: dict[str, str] = {}
    for single, letter in _VNI_SINGLE.items():
        table[single] = letter
        table[single.upper()] = letter.upper()
    for base, (letter, mark_tables) in _VNI_BASES.items():
        for marks, quality in mark_tables:
            for mark, tone in marks.items():
                lower = unicodedata.normalize("NFC", letter + quality + tone)
                for typed_base in (base, base.upper()):
                    result = lower.upper() if typed_base.isupper() else lower
                    table[typed_base + mark] = result
                    table[typed_base + mark.upper()] = result
    return table


_VNI_TABLE = _vni_sequences()
_VNI_PATTERN = re.compile(
    "|".join(re.escape(key) for key in sorted(_VNI_TABLE, key=len, reverse=True))
)

# Characters only ever produced by real Unicode Vietnamese, never by legacy text.
_LEGACY_CHARS = frozenset(chr(c) for c in _TCVN3_TABLE) | frozenset("".join(_VNI_TABLE))


def _is_unicode_vietnamese(text: str) -> bool:
    """Has a letter outside Windows-1252 (ă, đ, ơ, ư, ạ ...) or a combining mark."""
    return any(ord(ch) > 0xFF and ch not in _LEGACY_CHARS for ch in text)


def _has_legacy_candidates(text: str) -> bool:
    return any(ch in _LEGACY_CHARS for ch in text)


def _restore_capitals(original: str, decoded: str) -> str:
    """Put decoded words (or the whole text) in capitals where .VnTimeH was used."""

    def kept(new: str, old: str) -> list[str]:
        return [
            ch for ch, was in zip(new, old, strict=True)
            if ord(was) not in _TCVN3_TABLE and ch.isalpha()
        ]

    letters = kept(decoded, original)
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        return decoded.upper()
    words = []
    for word, was in zip(decoded.split(" "), original.split(" "), strict=True):
        others = kept(word, was)
        if len(others) >= 2 and all(ch.isupper() for ch in others):
            word = word.upper()
        words.append(word)
    return " ".join(words)


def decode_legacy(text: str, encoding: LegacyEncoding) -> str:
    """Unicode (NFC) text; text that already holds Unicode Vietnamese is returned as is."""
    if not text or _is_unicode_vietnamese(text) or not _has_legacy_candidates(text):
        return text
    if encoding == TCVN3:
        return _restore_capitals(text, text.translate(_TCVN3_TABLE))
    return _VNI_PATTERN.sub(lambda m: _VNI_TABLE[m.group(0)], text)


_ENCODE_TCVN3 = {letter: chr(byte) for byte, letter in _TCVN3.items()}
_ENCODE_VNI = {
    value: key
    for key, value in _VNI_TABLE.items()
    if key == (key.lower() if value.islower() else key.upper())
}


def encode_legacy(text: str, encoding: LegacyEncoding) -> str:
    """Unicode text as a legacy-font user would have typed it (for tests and demos).

    TCVN3 loses the case of toned capitals, as the real encoding does.
    """
    text = unicodedata.normalize("NFC", text)
    if encoding == TCVN3:
        return "".join(
            _ENCODE_TCVN3.get(ch) or _ENCODE_TCVN3.get(ch.lower(), ch) for ch in text
        )
    return "".join(_ENCODE_VNI.get(ch, ch) for ch in text)


def _word_scores(texts: Iterable[str], encoding: LegacyEncoding | None) -> tuple[int, int]:
    """(valid syllables, candidate words) among words holding legacy characters."""
    valid = total = 0
    for text in texts:
        decoded = decode_legacy(text, encoding) if encoding else text
        for word, was in zip(decoded.split(), text.split(), strict=False):
            if not _has_legacy_candidates(was) or any(ch.isdigit() for ch in was):
                continue
            total += 1
            valid += is_syllable(word.strip(".,;:()\"'-"))
    return valid, total


def detect_legacy_encoding(texts: Iterable[object], sample: int = 500) -> LegacyEncoding | None:
    """The legacy encoding a column's values were typed in, or None for Unicode/ASCII.

    Decides only on evidence: most texts with accented characters must hold
    nothing but Windows-1252 characters, and one decoding must turn clearly
    more of their words into Vietnamese syllables than the text as it stands.
    """
    legacy: list[str] = []
    unicode_texts = 0
    for value in texts:
        if not isinstance(value, str) or not value.strip():
            continue
        if _is_unicode_vietnamese(value):
            unicode_texts += 1
        elif _has_legacy_candidates(value):
            legacy.append(value)
        if len(legacy) + unicode_texts >= sample:
            break
    if not legacy or unicode_texts >= len(legacy):
        return None
    valid, total = _word_scores(legacy, None)
    if total == 0:
        return None
    as_is = valid / total
    best_ratio, best = 0.0, None
    for candidate in (TCVN3, VNI):
        decoded_valid, decoded_total = _word_scores(legacy, candidate)
        ratio = decoded_valid / decoded_total if decoded_total else 0.0
        if ratio > best_ratio:
            best_ratio, best = ratio, candidate
    if best is not None and best_ratio >= 0.7 and best_ratio - as_is >= 0.3:
        return best
    return None
