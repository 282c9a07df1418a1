"""The QR code of a chip CCCD or a Căn cước card, as a USB scanner types it into a field.

The scanner acts as a keyboard and types one line:
``ID|old ID|Full name|ddmmyyyy birth|Nam or Nữ|address|ddmmyyyy issue``.
Cards issued from 01/07/2024 are Căn cước cards (Law on Identification
26/2023/QH15); their line may carry more fields after these, whose meaning is
not published: they are kept as they came (``ScanReading.extra``), never a
reason to refuse. Some scanners and cards give only the 12 digits.

The ID is the key. A line whose first field is 12 digits is never refused:
each other field is repaired (UTF-8 that arrived one byte per character, a
Telex input method's rewriting), then read, and a field that still cannot be
read is left empty and named in ``ScanReading.problems`` for the registry, or
the clerk, to fill. There is no official specification, so the layout is
found from the fields themselves (the 6-field variants without the old-ID
field or without the issue date, empty fields, stray spaces, line endings).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal, TypeVar

from desktop.domain.dates import PartialDate, parse_partial_date
from desktop.domain.errors import ValidationError
from desktop.domain.identifiers import Sex
from desktop.domain.input_methods import undo_telex
from desktop.domain.mojibake import UNREADABLE, CodePage, Decoded, decode_mojibake, lost_bytes
from desktop.domain.syllables import ACCENTED_LETTERS
from desktop.domain.text import fold, normalize_name, normalize_spaces

FieldName = Literal["old_id", "full_name", "birth", "sex", "address", "issued"]
CardKind = Literal["chip", "can_cuoc"]
T = TypeVar("T")

CAN_CUOC_FROM = dt.date(2024, 7, 1)
"""Cards issued from this day are Căn cước cards (Law on Identification 26/2023/QH15, in force 01/07/2024)."""

_PREFIX = "Mã QR không đúng định dạng CCCD: "
_LOOKS_LIKE = re.compile(r"\s*\d{12}\s*\|")
_ID = re.compile(r"\d{12}")
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d]")
_COMPACT_DATE = re.compile(r"\d{8}")
_DIGITS = re.compile(r"\d+")
_SEX_WORDS: dict[str, Sex] = {"nam": "M", "nu": "F"}
_LAYOUT: tuple[FieldName, ...] = ("old_id", "full_name", "birth", "sex", "address", "issued")
_TEXT_PUNCTUATION = frozenset(" ,.-'/()’‘“”–")


@dataclass(frozen=True)
class ScanReading:
    """How a scanned line was read: what arrived, what was repaired, what could not be read."""

    raw: str
    repaired: str
    code_pages: frozenset[CodePage] = frozenset()
    """UTF-8 arrived one byte per character, as characters of these code pages (empty: it came as Unicode)."""
    rewrites: int = 0
    """Characters an input method replaced (with Backspace) while the scanner typed."""
    guessed: int = 0
    """Letters one of whose bytes was lost on the way, completed by the only Vietnamese syllable that fits."""
    telex: tuple[tuple[str, str], ...] = ()
    """(word as it arrived, word put back) for each word a Telex input method had rewritten."""
    problems: tuple[tuple[FieldName, str], ...] = ()
    """Fields left empty, each with why."""
    extra: tuple[str, ...] = ()
    """Fields after the seven known ones, as they came."""

    @property
    def unread(self) -> frozenset[FieldName]:
        return frozenset(name for name, _reason in self.problems)


@dataclass(frozen=True)
class CccdScan:
    """What a card's QR code says about its holder; empty or unreadable fields are "" or ``None``."""

    cccd: str
    old_id: str = ""
    full_name: str = ""
    birth: PartialDate | None = None
    sex: Sex | None = None
    address: str = ""
    issued: dt.date | None = None
    reading: ScanReading | None = field(default=None, compare=False)

    @property
    def card_kind(self) -> CardKind | None:
        """Which card generation, told by the issue date (unknown without one)."""
        if self.issued is None:
            return None
        return "can_cuoc" if self.issued >= CAN_CUOC_FROM else "chip"


def looks_like_cccd_qr(text: str) -> bool:
    """Cheap test used to catch scanner input in any field: 12 digits, a pipe, at least 5 pipes."""
    return bool(_LOOKS_LIKE.match(text)) and text.count("|") >= 5


def is_bare_id(text: str) -> bool:
    """A scan that gave only the 12 digits of the ID."""
    return bool(_ID.fullmatch(text.strip().rstrip("|").strip()))


def parse_cccd_qr(text: object, rewrites: int = 0) -> CccdScan:
    """The fields of a scanned line; refused (``ValidationError``) only when its 12-digit ID cannot be read.

    ``rewrites``: characters an input method replaced while the line was typed (told by the detector).
    """
    if not isinstance(text, str):
        raise ValidationError(_PREFIX + "không phải một dòng chữ.", "qr")
    raw = text
    line = _INVISIBLE.sub("", text).strip()
    parts = line.split("|")
    cccd = normalize_spaces(parts[0])
    if not _ID.fullmatch(cccd):
        raise ValidationError(_PREFIX + f"số CCCD “{cccd}” phải gồm 12 chữ số.", "qr")
    holes = lost_bytes(line)
    decoded = [decode_mojibake(part, holes) for part in parts[1:]]
    garbled = [part for part in decoded if part.count("decoded", "guessed", "unreadable")]
    telex: list[tuple[str, str]] = []
    fields = [normalize_spaces(_undo_telex(part, telex) if garbled else part.text) for part in decoded]
    named, extra = _layout(fields)
    problems: list[tuple[FieldName, str]] = []

    def read(name: FieldName, reader: Callable[[str], T], empty: T) -> T:
        text = named.get(name, "")
        if not text:
            return empty
        try:
            return reader(text)
        except ValidationError as error:
            problems.append((name, error.message))
            return empty

    text = _garbled_text if garbled else _text
    scan = CccdScan(
        cccd=cccd,
        old_id=read("old_id", _old_id, ""),
        full_name=read("full_name", text, ""),
        birth=read("birth", _birth, None),
        sex=read("sex", _sex, None),
        address=read("address", text, ""),
        issued=read("issued", _issued, None),
    )
    reading = ScanReading(
        raw=raw,
        repaired="|".join([cccd, *fields]),
        code_pages=frozenset.intersection(*(part.code_pages for part in garbled)) if garbled else frozenset(),
        rewrites=rewrites,
        guessed=sum(part.count("guessed") for part in decoded),
        telex=tuple(telex),
        problems=tuple(problems),
        extra=tuple(extra),
    )
    return replace(scan, reading=reading)


def _undo_telex(decoded: Decoded, undone: list[tuple[str, str]]) -> str:
    """In a line whose letters came as bytes, accented letters typed as such were made by Telex: put them back."""
    out: list[str] = []
    word: list[str] = []

    def flush() -> None:
        text = "".join(word)
        if any(char in ACCENTED_LETTERS for char in text):
            plain = undo_telex(text)
            undone.append((text, plain))
            text = plain
        out.append(text)
        word.clear()

    for piece in decoded.pieces:
        if piece.kind == "plain" and piece.text.isalpha():
            word.append(piece.text)
            continue
        flush()
        out.append(piece.text)
    flush()
    return "".join(out)


def _layout(fields: list[str]) -> tuple[dict[FieldName, str], list[str]]:
    """The known fields by name, and the extra ones after them.

    The old-ID field is missing when the sex or the birth date sits one place early, or when a short
    line starts with text.
    """
    early = len(fields) > 2 and (_is_sex(fields[2]) or (_is_date(fields[1]) and not (len(fields) > 3
                                                                                    and _is_sex(fields[3]))))
    short_text = len(fields) < 6 and bool(fields) and bool(fields[0]) and not _DIGITS.fullmatch(fields[0])
    names = _LAYOUT[1:] if early or short_text else _LAYOUT
    extra = fields[len(names):]
    while extra and not extra[-1]:
        extra.pop()
    return dict(zip(names, fields, strict=False)), extra


def _is_sex(text: str) -> bool:
    return fold(text) in _SEX_WORDS


def _is_date(text: str) -> bool:
    return bool(_COMPACT_DATE.fullmatch(text))


def _old_id(text: str) -> str:
    if not _DIGITS.fullmatch(text):
        raise ValidationError(f"số CMND cũ “{text}” phải là chữ số.", "qr")
    return text


def _text(text: str) -> str:
    """A name or an address: letters of any alphabet, digits, punctuation; no control character."""
    if any(not (char.isalnum() or char in _TEXT_PUNCTUATION or (char.isascii() and char.isprintable())
                or unicodedata.category(char) == "Mn") for char in text):
        raise ValidationError(f"“{text}” có ký tự không đọc được.", "qr")
    return normalize_name(text)


def _garbled_text(text: str) -> str:
    """A name or an address from a line that came garbled: only Vietnamese letters are left once it is repaired."""
    if UNREADABLE in text or any(not ((char.isascii() and char.isprintable()) or char in ACCENTED_LETTERS
                                      or char in _TEXT_PUNCTUATION) for char in text):
        raise ValidationError(f"“{text}” còn chữ không đọc được sau khi sửa.", "qr")
    return normalize_name(text)


def _birth(text: str) -> PartialDate:
    if not re.fullmatch(r"\d{8}|\d{4}", text):
        raise ValidationError(f"ngày sinh “{text}” phải có dạng ddmmyyyy.", "qr")
    return parse_partial_date(text, "ngày sinh", "qr")


def _sex(text: str) -> Sex:
    sex = _SEX_WORDS.get(fold(text))
    if sex is None:
        raise ValidationError(f"giới tính “{text}” phải là Nam hoặc Nữ.", "qr")
    return sex


def _issued(text: str) -> dt.date:
    if not _COMPACT_DATE.fullmatch(text):
        raise ValidationError(f"ngày cấp “{text}” phải có dạng ddmmyyyy.", "qr")
    return parse_partial_date(text, "ngày cấp", "qr").first_day()

