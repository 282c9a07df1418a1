"""Official code lists (ethnic groups, household relationships, communes) and lookup by what people write.

Lists arrive with codes as numbers ("12", 12, 12.0, "012") and names spelled
many ways ("Ê Đê", "Ê-đê", "Ede", "M'nông", "Mơ Nông"), so a lookup tries, in
order: the code; the official name exactly (diacritics kept); the official name
folded; an alternative name exactly; an alternative name folded. Spaces,
hyphens and apostrophes never count. A name that fits several entries at the
first level where it fits at all is refused, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from desktop import resources
from desktop.domain.cells import cell_text, integral_number, is_blank, is_number
from desktop.domain.errors import ValidationError
from desktop.domain.text import fold

_NOT_LETTERS = re.compile(r"[\W_]+")


def exact_key(text: str) -> str:
    """Lower case with diacritics, without spaces, hyphens or apostrophes: "Ê-đê" -> "êđê"."""
    return _NOT_LETTERS.sub("", unicodedata.normalize("NFC", text).casefold())


def folded_key(text: str) -> str:
    """Accent-free ``exact_key``: "M'nông" -> "mnong"."""
    return _NOT_LETTERS.sub("", fold(text))


@dataclass(frozen=True)
class Entry:
    """One code of a list with its official name and other names it goes by."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()


Level = tuple[Callable[[str], str], list[tuple[str, str]]]
"""A lookup level: a key function and the (name, code) pairs it indexes."""


class _Index:
    """Entries reachable from a name, tried level by level."""

    def __init__(self, levels: Iterable[Level]) -> None:
        self._levels: list[tuple[Callable[[str], str], dict[str, set[str]]]] = []
        for key_of, pairs in levels:
            index: dict[str, set[str]] = {}
            for name, code in pairs:
                name_key = key_of(name)
                if name_key:
                    index.setdefault(name_key, set()).add(code)
            self._levels.append((key_of, index))

    def codes(self, text: str) -> set[str]:
        """Codes at the first level where ``text`` fits anything; empty if none."""
        for key_of, index in self._levels:
            found = index.get(key_of(text))
            if found:
                return found
        return set()


def _name_levels(entries: Iterable[Entry]) -> list[Level]:
    """Official names exact, official folded, aliases exact, aliases folded."""
    entries = list(entries)
    official = [(entry.name, entry.code) for entry in entries]
    aliases = [(alias, entry.code) for entry in entries for alias in entry.aliases]
    return [
        (exact_key, official),
        (folded_key, official),
        (exact_key, aliases),
        (folded_key, aliases),
    ]


class Catalogue:
    """A code list: find an entry's code from a code or a name, else ``ValidationError``."""

    #: What the list is called in messages ("dân tộc") and the form field it fills.
    noun = "mục"
    field = "code"

    def __init__(self, entries: Iterable[Entry], code_width: int) -> None:
        self._entries = {entry.code: entry for entry in entries}
        self._code_width = code_width
        self._index = _Index(self._levels(self._entries.values()))

    def _levels(self, entries: Iterable[Entry]) -> list[Level]:
        return _name_levels(entries)

    @property
    def entries(self) -> tuple[Entry, ...]:
        """All entries in the list's order."""
        return tuple(self._entries.values())

    def get(self, code: str) -> Entry | None:
        """The entry with exactly this code."""
        return self._entries.get(code)

    def name(self, code: str) -> str:
        """Official name of a code (the code itself if unknown, so a bad code stays visible)."""
        entry = self._entries.get(code)
        return entry.name if entry else code

    def lookup(self, value: object) -> str:
        """The code meant by a code or a name as a cell or a person gives it."""
        if is_blank(value):
            raise ValidationError(f"Chưa nhập {self.noun}.", self.field)
        code = self._as_code(value)
        if code is not None:
            if code in self._entries:
                return code
            raise ValidationError(f"Không có mã {self.noun} “{cell_text(value)}”.", self.field)
        text = cell_text(value) if isinstance(value, str) else str(value)
        codes = self._index.codes(self._prepare(text))
        if len(codes) == 1:
            return next(iter(codes))
        if codes:
            names = ", ".join(self._entries[code].name for code in sorted(codes))
            raise ValidationError(
                f"Tên “{text}” dùng chung cho nhiều {self.noun} ({names}); hãy chọn theo mã.",
                self.field,
            )
        raise ValidationError(f"Không nhận ra {self.noun} “{text}”.", self.field)

    def _as_code(self, value: object) -> str | None:
        """A code from a number or digit text ("012", 12.0 -> "12"); ``None`` if it is a name."""
        if is_number(value):
            number = integral_number(value)
            if number is None or number < 0:
                raise ValidationError(f"Mã {self.noun} “{value}” không hợp lệ.", self.field)
            digits = str(number)
        elif isinstance(value, str):
            text = cell_text(value)
            match = re.fullmatch(r"(\d+)(?:\.0+)?", text)
            if not match:
                return None
            digits = match.group(1)
        else:
            raise ValidationError(f"Mã {self.noun} “{value}” không hợp lệ.", self.field)
        digits = digits.lstrip("0") or "0"
        return digits.zfill(self._code_width)

    def _prepare(self, text: str) -> str:
        """The name as the index should see it (subclasses drop or expand prefixes)."""
        return text


# --- ethnic groups ----------------------------------------------------------

# Spellings met in local lists that the official list does not carry.
_EXTRA_ETHNIC_ALIASES: dict[str, tuple[str, ...]] = {
    "05": ("Khmer",),
    "08": ("Mông", "H'Mông"),
    "10": ("Jrai", "Jarai"),
    "12": ("Rhađê", "Rhade"),
    "13": ("Bahnar",),
    "14": ("Xê Đăng", "Sê Đăng", "Sedang"),
    "16": ("K'Ho", "Kơ Ho"),
    "20": ("Mơ Nông",),
    "22": ("Stiêng", "X'Tiêng"),
    "26": ("Katu",),
    "29": ("Khmu",),
    "99": ("Nước ngoài",),
}


def split_other_names(text: str) -> tuple[str, ...]:
    """The alternative names of a CSV cell: comma-separated, with bracketed variants as names too."""
    names: list[str] = []
    for piece in text.split(","):
        for fragment in re.split(r"[()]", piece):
            name = " ".join(fragment.split())
            if name and name.strip(". ") and name not in names:
                names.append(name)
    return tuple(names)


class EthnicCatalogue(Catalogue):
    """The 54 ethnic groups and "foreigner", codes "01".."55", "99"."""

    noun = "dân tộc"
    field = "ethnicity"

    def __init__(self, entries: Iterable[Entry]) -> None:
        super().__init__(entries, 2)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> EthnicCatalogue:
        """From rows with code, name and other_names, plus local spellings."""
        return cls(
            Entry(
                row["code"],
                row["name"],
                split_other_names(row.get("other_names") or "")
                + _EXTRA_ETHNIC_ALIASES.get(row["code"], ()),
            )
            for row in rows
        )

    @classmethod
    def load(cls) -> EthnicCatalogue:
        """The list shipped with the application (read once)."""
        return _ethnic_catalogue()

    def _prepare(self, text: str) -> str:
        return re.sub(r"^\s*(dân tộc|dan toc|DT)\b\.?\s*", "", text, flags=re.IGNORECASE)


@cache
def _ethnic_catalogue() -> EthnicCatalogue:
    return EthnicCatalogue.from_rows(resources.reference_rows("ethnic_groups"))


# --- household relationships -------------------------------------------------

_EXTRA_RELATIONSHIP_ALIASES: dict[str, tuple[str, ...]] = {
    "00": ("Bản thân", "Chủ hộ gia đình"),
    "03": ("Cha", "Tía"),
    "04": ("Má",),
    "05": ("Em trai", "Em gái"),
    "06": ("Anh trai",),
    "07": ("Chị gái",),
    "08": ("Con trai", "Con gái", "Con đẻ", "Con nuôi"),
    "09": ("Cháu nội", "Cháu ngoại"),
    "10": ("Ông nội", "Ông ngoại"),
    "11": ("Bà nội", "Bà ngoại"),
}


_AMBIGUOUS_RELATIONSHIPS: dict[str, tuple[str, ...]] = {"Ba": ("03", "11")}


class RelationshipCatalogue(Catalogue):
    """Relationship to the head of household ("00" Chủ hộ ... "22" Khác)."""

    noun = "quan hệ với chủ hộ"
    field = "relationship"

    def __init__(self, entries: Iterable[Entry]) -> None:
        super().__init__(entries, 2)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> RelationshipCatalogue:
        """From rows with code and name, plus common wordings."""
        return cls(
            Entry(row["code"], row["name"], _EXTRA_RELATIONSHIP_ALIASES.get(row["code"], ()))
            for row in rows
        )

    def _levels(self, entries: Iterable[Entry]) -> list[Level]:
        # "Ba" is "father" in the South and "Bà" folded: refuse it rather than guess.
        entries = list(entries)
        known = {entry.code for entry in entries}
        ambiguous = [
            (name, code)
            for name, codes in _AMBIGUOUS_RELATIONSHIPS.items()
            for code in codes
            if code in known
        ]
        return [(exact_key, ambiguous), *super()._levels(entries)]

    @classmethod
    def load(cls) -> RelationshipCatalogue:
        """The list shipped with the application (read once)."""
        return _relationship_catalogue()


@cache
def _relationship_catalogue() -> RelationshipCatalogue:
    return RelationshipCatalogue.from_rows(resources.reference_rows("household_relationships"))


# --- communes ---------------------------------------------------------------


class CommuneKind(StrEnum):
    """Ward (phường, urban) or commune (xã, rural)."""

    WARD = "ward"
    COMMUNE = "commune"


_COMMUNE_PREFIX = re.compile(r"^\s*(xã|xa|x\.|phường|phuong|p\.)(?=[\s.])\.?\s*", re.IGNORECASE)


def bare_commune_name(name: str) -> str:
    """The name without "Xã"/"Phường": "Xã Cư M'gar" -> "Cư M'gar"."""
    return _COMMUNE_PREFIX.sub("", name, count=1) if _COMMUNE_PREFIX.match(name) else name


@dataclass(frozen=True)
class Commune:
    """A commune or ward of the province."""

    code: str
    name: str
    kind: CommuneKind

    @property
    def bare_name(self) -> str:
        """The name without "Xã"/"Phường"."""
        return bare_commune_name(self.name)


class CommuneCatalogue(Catalogue):
    """Communes and wards of Đắk Lắk (5-digit codes), by code or name with or without "Xã"/"Phường"."""

    noun = "xã, phường"
    field = "commune"

    def __init__(self, communes: Iterable[Commune]) -> None:
        self._communes = {commune.code: commune for commune in communes}
        super().__init__(
            (Entry(commune.code, commune.name) for commune in self._communes.values()), 5
        )

    def _levels(self, entries: Iterable[Entry]) -> list[Level]:
        entries = list(entries)
        full = [(entry.name, entry.code) for entry in entries]
        bare = [(bare_commune_name(entry.name), entry.code) for entry in entries]
        return [(folded_key, full), (folded_key, bare)]

    def lookup(self, value: object) -> str:
        """The code of a commune given by code, "Xã Ea Kiết", "X. Ea Kiết", "Ea Kiết" or "ea kiet"."""
        return super().lookup(value)

    def _prepare(self, text: str) -> str:
        """Spell out the abbreviations "X." and "P." so full names still match."""
        text = re.sub(r"^\s*x\.\s*", "Xã ", text, flags=re.IGNORECASE)
        return re.sub(r"^\s*p\.\s*", "Phường ", text, flags=re.IGNORECASE)

    def commune(self, code: str) -> Commune | None:
        """The commune with this code."""
        return self._communes.get(code)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> CommuneCatalogue:
        """From rows with code, name and kind ("ward"/"commune")."""
        return cls(Commune(row["code"], row["name"], CommuneKind(row["kind"])) for row in rows)

    @classmethod
    def load(cls) -> CommuneCatalogue:
        """The list shipped with the application (read once)."""
        return _commune_catalogue()


@cache
def _commune_catalogue() -> CommuneCatalogue:
    return CommuneCatalogue.from_rows(resources.reference_rows("daklak_communes"))
