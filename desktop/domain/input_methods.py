"""Letters a Vietnamese input method wrote over a scanner's plain letters, put back as typed.

Unikey or EVKey in Telex mode rewrites plain letters as they are typed: a
vowel followed by s, f, r, x or j takes a tone, "aa" becomes "â", "dd" "đ",
"w" "ư". A scanner in its default mode types a card's accented letters as
byte characters (see ``desktop.domain.mojibake``), which the input method
leaves alone; so in such a line an accented letter outside any byte sequence
was made by the input method from plain letters: "M'gar" arrived as "M'gả".
Undoing it gives back the letters and the Telex key, placed at the end of the
word, where a tone key usually is ("gả" is "gar").

VNI marks come from digits typed after a vowel inside a word, and the words
of a card never hold digits (fields are separated by "|", which ends a word
for the input method), so VNI leaves a scanned line's letters as they are.
"""

from __future__ import annotations

import unicodedata

_TONE_KEYS = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"


def undo_telex(word: str) -> str:
    """The plain letters Telex turned into ``word`` ("gả" -> "gar", "Hân" -> "Haan", "Hưing" -> "Hwing")."""
    letters: list[str] = []
    tone = ""
    for char in word:
        if char in "đĐ":
            letters.append("dd" if char == "đ" else "DD")
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        typed = base
        for mark in marks:
            if mark in _TONE_KEYS:
                tone = _TONE_KEYS[mark]
            elif mark == _CIRCUMFLEX:
                typed += base.lower() if base.islower() else base
            elif mark == _HORN and base in "uU":
                typed = "w" if base == "u" else "W"
            elif mark in (_BREVE, _HORN):
                typed += "w"
        letters.append(typed)
    text = "".join(letters)
    return text + (tone.upper() if text.isupper() else tone)


_VNI_TONES = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
_VNI_MARKS = {_CIRCUMFLEX: "6", _HORN: "7", _BREVE: "8"}


def vni_key(before: str, after: str) -> str | None:
    """The VNI digit that turned letter ``before`` into ``after`` ("à" -> "a": 0, "a" -> "â": 6, "â" -> "ấ": 1).

    None when no single VNI key does that, or when a mark was taken off by typing its key twice
    (the key then follows as typed). A scanner's digits typed into a word a person left half-typed
    are consumed this way: "Hoà" + "06..." becomes "Hoâ" and the ID loses its first digits.
    """
    if before in "dD" and after in "đĐ":
        return "9"
    old, new = unicodedata.normalize("NFD", before), unicodedata.normalize("NFD", after)
    if not old or not new or old[0].lower() != new[0].lower():
        return None
    old_tone = next((mark for mark in old if mark in _VNI_TONES), "")
    new_tone = next((mark for mark in new if mark in _VNI_TONES), "")
    old_mark = next((mark for mark in old if mark in _VNI_MARKS), "")
    new_mark = next((mark for mark in new if mark in _VNI_MARKS), "")
    if old_mark == new_mark:
        if new_tone and new_tone != old_tone:
            return _VNI_TONES[new_tone]
        return "0" if old_tone and not new_tone else None
    if old_tone == new_tone and new_mark and not old_mark:
        return _VNI_MARKS[new_mark]
    return None
