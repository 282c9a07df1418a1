"""A USB scanner typing a card's QR line, key event by key event, as a Windows desk receives it.

What arrives depends on three things, each simulated here independently of
the application's own tables:

- the scanner's mode: the line as Unicode characters, or (the common default)
  each UTF-8 byte typed as one Western character with Alt + four keypad digits,
  read in Windows-1252 or in Latin-1; Windows-1252 bytes that have no character
  may be lost on the way (the issue's "Hiá»n"); or only the 12 digits;
- a Vietnamese input method (Unikey-like Telex or VNI, spelling check off):
  it sees the plain letter and digit keys, ends a word at any other character
  ("|", space, a composed character), and rewrites with Backspace + the new
  letters, as Unikey's default "send with Backspace" does;
- timing: each key event carries a timestamp. A scanner sends a plain key every
  2-7 ms, a composed character about 18 ms after the one before (five key
  events), an input method's Backspace and letters 1 ms after the key that
  caused them; a person types one key every 110-260 ms.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

Mode = Literal["unicode", "cp1252", "cp1252-lost", "latin-1"]
Method = Literal["telex", "vni"]

SCANNER_GAPS_MS = (4, 3, 6, 2, 5, 7, 3, 4)
ALT_CODE_GAP_MS = 18
INPUT_METHOD_GAP_MS = 1
HUMAN_GAPS_MS = (180, 140, 230, 115, 260, 160)


@dataclass(frozen=True)
class Stroke:
    """One key event: a character (``composed``: typed with Alt + keypad digits) or a Backspace."""

    char: str = ""
    composed: bool = False

    @property
    def backspace(self) -> bool:
        return not self.char


def scanner_characters(line: str, mode: Mode) -> list[Stroke]:
    """The characters a scanner types for ``line`` in ``mode`` (bytes above 127 are composed characters)."""
    if mode == "unicode":
        return [Stroke(char, composed=not char.isascii()) for char in line]
    strokes = []
    for byte in line.encode("utf-8"):
        if byte < 0x80:
            strokes.append(Stroke(chr(byte)))
            continue
        if mode == "latin-1":
            strokes.append(Stroke(chr(byte), composed=True))
            continue
        try:
            strokes.append(Stroke(bytes([byte]).decode("cp1252"), composed=True))
        except UnicodeDecodeError:  # no character in Windows-1252: Windows passes the control character on
            if mode == "cp1252":
                strokes.append(Stroke(chr(byte), composed=True))
    return strokes


# --- the input method --------------------------------------------------------------------------
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_TONES = frozenset({_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT})
_TELEX_TONES = {"s": _ACUTE, "f": _GRAVE, "r": _HOOK, "x": _TILDE, "j": _DOT}
_VNI_TONES = {"1": _ACUTE, "2": _GRAVE, "3": _HOOK, "4": _TILDE, "5": _DOT}
_VOWELS = frozenset("aăâeêioôơuưy")
_QUALITY = {"â": "a", "ê": "e", "ô": "o", "ă": "a", "ơ": "o", "ư": "u"}


def _split(letter: str) -> tuple[str, str]:
    """(letter without tone, tone mark or "")."""
    decomposed = unicodedata.normalize("NFD", letter)
    tone = next((mark for mark in decomposed if mark in _TONES), "")
    return unicodedata.normalize("NFC", decomposed.replace(tone, "")) if tone else letter, tone


def _join(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _is_vowel(letter: str) -> bool:
    return _split(letter)[0].lower() in _VOWELS


class InputMethod:
    """Telex or VNI as Unikey applies them to one word at a time (spelling check off)."""

    def __init__(self, method: Method) -> None:
        self.method = method
        self.word: list[str] = []
        self.literal = False  # a VNI digit that applied to nothing: the word is no longer Vietnamese

    def type(self, strokes: list[Stroke]) -> list[Stroke]:
        out: list[Stroke] = []
        for stroke in strokes:
            out.extend(self.key(stroke))
        return out

    def key(self, stroke: Stroke) -> list[Stroke]:
        char = stroke.char
        word_key = char.isascii() and (char.isalpha() or (self.method == "vni" and char.isdigit() and bool(self.word)))
        if stroke.composed or not word_key:
            self.word, self.literal = [], False
            return [stroke]
        new = None if self.literal else self._apply(char)
        if new is None:
            if self.method == "vni" and char.isdigit():
                self.literal = True
            self.word.append(char)
            return [stroke]
        kept = 0
        while kept < min(len(new), len(self.word)) and new[kept] == self.word[kept]:
            kept += 1
        out = [Stroke()] * (len(self.word) - kept) + [Stroke(letter) for letter in new[kept:]]
        self.word = new
        return out

    def _apply(self, char: str) -> list[str] | None:
        key = char.lower()
        if self.method == "telex":
            if key in _TELEX_TONES:
                return self._tone(_TELEX_TONES[key], char)
            if key == "z":
                return self._tone("", char)
            if key == "d":
                return self._stroke_d()
            if key in "aeo":
                return self._mark(key, "â" if key == "a" else "ê" if key == "e" else "ô")
            if key == "w":
                return self._horn_or_breve(standalone=True)
            return None
        if key in _VNI_TONES:
            return self._tone(_VNI_TONES[key], char)
        if key == "0":
            return self._tone("", char)
        if key == "6":
            return self._mark(None, None)
        if key in "78":
            return self._horn_or_breve(standalone=False, breve_only=key == "8", horn_only=key == "7")
        if key == "9":
            return self._stroke_d()
        return None

    def _group(self) -> list[int]:
        """Positions of the last run of vowels in the word."""
        positions: list[int] = []
        for index, letter in enumerate(self.word):
            if _is_vowel(letter):
                if positions and positions[-1] != index - 1:
                    positions = []
                positions.append(index)
        return positions

    def _tone(self, tone: str, char: str) -> list[str] | None:
        group = self._group()
        if not group:
            return None
        marked = [index for index in group if _split(self.word[index])[0].lower() in _QUALITY]
        closed = group[-1] < len(self.word) - 1
        if marked:
            target = marked[-1]
        elif len(group) == 1 or closed:
            target = group[-1]
        else:
            target = group[len(group) // 2 - (1 if len(group) == 2 else 0)]
        new = [_split(letter)[0] if _is_vowel(letter) else letter for letter in self.word]
        current = _split(self.word[target])[1]
        if tone == current:  # the same key twice: the tone goes and the key is typed
            self.literal = self.method == "vni"
            return [*new, char] if tone else None
        new[target] = _join(new[target], tone)
        return new

    def _stroke_d(self) -> list[str] | None:
        if self.word and self.word[0] in "dD":
            return ["đ" if self.word[0] == "d" else "Đ", *self.word[1:]]
        return None

    def _mark(self, base: str | None, marked: str | None) -> list[str] | None:
        """Circumflex on the group's a, e or o (Telex: the same vowel again; VNI: 6)."""
        for index in reversed(self._group()):
            plain, tone = _split(self.word[index])
            lower = plain.lower()
            if lower in "aeo" and (base is None or lower == base):
                roof = {"a": "â", "e": "ê", "o": "ô"}[lower]
                assert marked is None or roof == marked
                letter = roof.upper() if plain.isupper() else roof
                return [*self.word[:index], _join(letter, tone), *self.word[index + 1:]]
        return None

    def _horn_or_breve(self, standalone: bool, breve_only: bool = False, horn_only: bool = False) -> list[str] | None:
        group = self._group()
        if not group:
            return [*self.word, "ư"] if standalone else None
        new = list(self.word)
        changed = False
        for index in group:
            plain, tone = _split(new[index])
            lower = plain.lower()
            target = {"a": "ă", "o": "ơ", "u": "ư"}.get(lower)
            if target is None or (breve_only and lower != "a") or (horn_only and lower == "a"):
                continue
            if lower == "a" and any(_split(new[i])[0].lower() in "ou" for i in group):
                continue
            new[index] = _join(target.upper() if plain.isupper() else target, tone)
            changed = True
        return new if changed else None


# --- the key events --------------------------------------------------------------------------
def _key_of(char: str) -> Qt.Key:
    if char.isascii() and char.isalnum():
        return Qt.Key(ord(char.upper()))
    named = {"|": Qt.Key.Key_Bar, " ": Qt.Key.Key_Space, ",": Qt.Key.Key_Comma, "'": Qt.Key.Key_Apostrophe}
    return named.get(char, Qt.Key.Key_unknown)


def _send(key: Qt.Key, text: str, stamp: int, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, modifiers, text)
        event.setTimestamp(stamp)
        QApplication.sendEvent(target, event)


def _alt_code(char: str, stamp: int) -> None:
    """Alt + the character's four keypad digits, as the scanner presses them before the character arrives."""
    alt_keypad = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.KeypadModifier
    _send(Qt.Key.Key_Alt, "", stamp - 16, Qt.KeyboardModifier.AltModifier)
    for offset, digit in enumerate(f"0{ord(char) % 1000:03d}"):
        _send(Qt.Key(ord(digit)), digit, stamp - 14 + 3 * offset, alt_keypad)


def _gaps(gaps: tuple[int, ...]) -> Iterator[int]:
    while True:
        yield from gaps


class Keyboard:
    """Sends strokes to the focused widget with timestamps, through the desk's input method if it has one.

    The input method keeps its word across calls: keys a person typed and a scan that follows without a
    word break are one word to it, as on a real desk.
    """

    def __init__(self, method: Method | None = None) -> None:
        self.clock_ms = 1_000_000  # the time of the last event
        self.engine = InputMethod(method) if method else None

    def scan(self, line: str, mode: Mode = "unicode", enter: bool = True, idle_ms: int = 3000) -> None:
        """The scanner reading ``line``."""
        self.clock_ms += idle_ms
        gaps = _gaps(SCANNER_GAPS_MS)
        for index, stroke in enumerate(scanner_characters(line, mode)):
            if index:
                self.clock_ms += ALT_CODE_GAP_MS if stroke.composed else next(gaps)
            if stroke.composed:
                _alt_code(stroke.char, self.clock_ms)
            self._key(stroke)
        if enter:
            self.clock_ms += next(gaps)
            self._enter()

    def type(self, keys: str, enter: bool = False, idle_ms: int = 1000) -> None:
        """A person typing ``keys`` (as keys: "Hoa2" is "Hoà" through VNI)."""
        self.clock_ms += idle_ms
        gaps = _gaps(HUMAN_GAPS_MS)
        for index, char in enumerate(keys):
            if index:
                self.clock_ms += next(gaps)
            self._key(Stroke(char))
        if enter:
            self.clock_ms += next(gaps)
            self._enter()

    def _key(self, stroke: Stroke) -> None:
        results = self.engine.key(stroke) if self.engine else [stroke]
        for offset, result in enumerate(results):
            if result != stroke or offset:
                self.clock_ms += INPUT_METHOD_GAP_MS
            self._stroke(result)

    def _enter(self) -> None:
        if self.engine:
            self.engine.word, self.engine.literal = [], False
        _send(Qt.Key.Key_Return, "\r", self.clock_ms)

    def _stroke(self, stroke: Stroke) -> None:
        if stroke.backspace:
            _send(Qt.Key.Key_Backspace, "\b", self.clock_ms)
        else:
            _send(_key_of(stroke.char), stroke.char, self.clock_ms)


# --- one card, as the tests feed it --------------------------------------------------------------
CARD = "066190001234|245123456|Nguyễn Thị Hiền|21091990|Nữ|Thôn 1, Xã Cư M'gar, Đắk Lắk|15042021"
"""A chip CCCD's line (the issue's example, with an address a Telex input method rewrites: "M'gar")."""
CAN_CUOC = "066190001234||Nguyễn Thị Hiền|21091990|Nữ|Thôn 1, Xã Cư M'gar, Đắk Lắk|10072024|21092039|X|"
"""The same person's Căn cước card (issued after 01/07/2024) with fields after the seventh."""
HALF_TYPED = {None: "hoa", "telex": "hoaf", "vni": "hoa2"}
"""What the clerk had typed in the search box before the scan, as keys (through the input method: "hòa")."""
WAYS: dict[str, tuple[str, Mode, Method | None]] = {
    "utf-8": (CARD, "unicode", None),
    "latin-1": (CARD, "latin-1", None),
    "windows-1252": (CARD, "cp1252", None),
    "windows-1252, undefined bytes lost": (CARD, "cp1252-lost", None),
    "telex": (CARD, "cp1252", "telex"),
    "vni": (CARD, "cp1252", "vni"),
    "digits only": ("066190001234", "unicode", None),
    "căn cước card": (CAN_CUOC, "cp1252", None),
}
"""The same card every way the issue names: as UTF-8, Latin-1 and Windows-1252 bytes, through Telex and VNI,
the ID alone, and the newer card generation."""
