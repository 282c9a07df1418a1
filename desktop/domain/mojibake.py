"""UTF-8 text that arrived one byte per character, decoded back: "Nguyá»…n" is "Nguyễn".

A USB scanner in its common default mode types each byte of the card's UTF-8
line as one Western character: a Windows-1252 character on most desks, the
byte's Latin-1 character where the bytes pass as code points, a Windows-1258
character on a desk whose programs that are not Unicode are set to Vietnamese.
One table maps every such character back to its byte; a run of characters
whose bytes form one UTF-8 character is replaced by it.

Bytes that Windows-1252 has no character for (0x81, 0x8D, 0x8F, 0x90, 0x9D),
and Latin-1's control characters 0x80-0x9F, may be dropped on the way:
"Hiền" arrives as "Hiá»n". A sequence missing its last byte is completed when
exactly one Vietnamese letter makes its word a Vietnamese syllable; otherwise
it is marked unreadable (U+FFFD) and the field is left to the registry.

ftfy was measured on the same inputs: it leaves the issue's own example
"Nguyá»…n" (and 28 more of the 268 single-letter cases) as it is, because its
general-purpose caution keeps sequences that could be real text; a scanned
card line has no such real text, so this module decodes every valid sequence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from desktop.domain.syllables import ACCENTED_LETTERS, is_syllable

CodePage = Literal["Windows-1252", "Latin-1", "Windows-1258"]
PieceKind = Literal["plain", "decoded", "guessed", "unreadable"]
UNREADABLE = "\ufffd"

_PAGES: tuple[tuple[str, CodePage], ...] = (
    ("cp1252", "Windows-1252"), ("latin-1", "Latin-1"), ("cp1258", "Windows-1258"),
)
_CP1252_HOLES = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})
_C1 = frozenset(range(0x80, 0xA0))
_MAX_GUESSES = 256


def _byte_table() -> dict[str, tuple[int, frozenset[CodePage]]]:
    """Character -> (its byte, the code pages in which the byte shows as that character)."""
    pages: dict[str, set[CodePage]] = {}
    byte_of: dict[str, int] = {}
    for codec, page in _PAGES:
        for byte in range(0x80, 0x100):
            try:
                char = bytes([byte]).decode(codec)
            except UnicodeDecodeError:
                char = chr(byte)  # Windows passes an undefined byte on as the control character
            byte_of.setdefault(char, byte)
            pages.setdefault(char, set()).add(page)
    return {char: (byte, frozenset(pages[char])) for char, byte in byte_of.items()}


_BYTES = _byte_table()
_WINDOWS_ONLY = frozenset(char for char, (_byte, pages) in _BYTES.items() if "Latin-1" not in pages)
_WORD_CHAR = re.compile(r"[\w'\ufffd]")


@dataclass(frozen=True)
class Piece:
    """A stretch of the result: text as it came (``plain``), decoded, completed by a guess, or unreadable."""

    text: str
    kind: PieceKind


@dataclass(frozen=True)
class _Short:
    """A byte sequence short of its last byte: the characters that came, and the letters it may have been."""

    text: str
    candidates: list[str]


@dataclass(frozen=True)
class Decoded:
    """The text with its byte sequences decoded, and how."""

    pieces: tuple[Piece, ...]
    code_pages: frozenset[CodePage]

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)

    def count(self, *kinds: PieceKind) -> int:
        return sum(1 for piece in self.pieces if piece.kind in kinds)


def lost_bytes(line: str) -> frozenset[int]:
    """Bytes that may have been dropped from ``line``: none unless it holds a whole byte sequence;
    Windows-1252's five holes once it shows Windows characters; else Latin-1's control characters."""
    if not any(found is not None and isinstance(found[1], str)
               for found in (_sequence_at(line, index, frozenset()) for index in range(len(line)))):
        return frozenset()
    if any(char in _WINDOWS_ONLY for char in line):
        return _CP1252_HOLES
    return _C1


def decode_mojibake(text: str, lost: frozenset[int] | None = None) -> Decoded:
    """Every run of byte characters that is valid UTF-8 decoded; ``lost``: bytes that may be missing."""
    holes = lost_bytes(text) if lost is None else lost
    pieces: list[Piece | _Short] = []
    pages: frozenset[CodePage] | None = None
    index = 0
    while index < len(text):
        found = _sequence_at(text, index, holes)
        if found is None:
            pieces.append(Piece(text[index], "plain"))
            index += 1
            continue
        end, result, seen = found
        pieces.append(Piece(result, "decoded") if isinstance(result, str) else _Short(text[index:end], result))
        pages = seen if pages is None else pages & seen
        index = end
    return Decoded(tuple(_settle(pieces)), pages or frozenset())


def _sequence_at(text: str, index: int, holes: frozenset[int]) -> tuple[int, str | list[str], frozenset[CodePage]] | None:
    """The UTF-8 character whose bytes start at ``index``: (end, character or candidates, code pages)."""
    lead = _BYTES.get(text[index])
    if lead is None or not 0xC2 <= lead[0] <= 0xF4:
        return None
    need = 1 if lead[0] < 0xE0 else 2 if lead[0] < 0xF0 else 3
    data, pages = [lead[0]], lead[1]
    end = index + 1
    while len(data) <= need and end < len(text):
        following = _BYTES.get(text[end])
        if following is None or not 0x80 <= following[0] <= 0xBF:
            break
        data.append(following[0])
        pages &= following[1]
        end += 1
    if len(data) == need + 1:
        try:
            char = bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            return None
        return (end, char, pages) if _is_text(char) else None
    if len(data) == need:
        candidates = [letter for byte in sorted(holes) if (letter := _letter(bytes([*data, byte]))) is not None]
        if candidates:
            return end, candidates, pages
    return None


def _is_text(char: str) -> bool:
    """A character a card's line may hold: Vietnamese and other Latin letters, punctuation, the đồng sign."""
    return char in ACCENTED_LETTERS or "\u00a0" <= char <= "\u024f" or "\u2010" <= char <= "\u205f" or char == "₫"


def _letter(data: bytes) -> str | None:
    try:
        char = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return char if char in ACCENTED_LETTERS else None


def _settle(pieces: list[Piece | _Short]) -> Iterator[Piece]:
    """Each short sequence completed by the one letter that makes its word a syllable, else unreadable.

    A word that is a syllable as it came ("XÃ" in capitals) is real text, not a short sequence.
    """
    flat = [piece if isinstance(piece, Piece) else Piece(UNREADABLE, "unreadable") for piece in pieces]
    choices = {position: piece.candidates for position, piece in enumerate(pieces) if isinstance(piece, _Short)}
    for start, end in _words(flat):
        open_here = [position for position in range(start, end) if position in choices]
        if not open_here:
            continue
        as_it_came = [piece.text if isinstance(piece, _Short) else flat[position].text
                      for position, piece in enumerate(pieces[start:end], start)]
        if is_syllable("".join(as_it_came)):
            for position in open_here:
                flat[position] = Piece(as_it_came[position - start], "plain")
            continue
        options = [_same_case(choices[position], flat, position, start) for position in open_here]
        fits = []
        for combination in itertools.islice(itertools.product(*options), _MAX_GUESSES):
            word = [piece.text for piece in flat[start:end]]
            for position, letter in zip(open_here, combination, strict=True):
                word[position - start] = letter
            if is_syllable("".join(word)):
                fits.append(combination)
        if len(fits) == 1:
            for position, letter in zip(open_here, fits[0], strict=True):
                flat[position] = Piece(letter, "guessed")
    yield from flat


def _words(pieces: list[Piece]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of pieces that are letters (or unreadable)."""
    start = None
    for position, piece in enumerate([*pieces, Piece(" ", "plain")]):
        inside = bool(_WORD_CHAR.fullmatch(piece.text)) and not piece.text.isdigit() and piece.text != "_"
        if inside and start is None:
            start = position
        elif not inside and start is not None:
            yield start, position
            start = None


def _same_case(candidates: list[str], pieces: list[Piece], position: int, start: int) -> list[str]:
    """Capitals where a word starts (card lines are in title or upper case), else the previous letter's case."""
    before = pieces[position - 1].text if position > start else ""
    upper = not before.isalpha() or before.isupper()
    kept = [char for char in candidates if char.isupper() == upper]
    return kept or candidates
