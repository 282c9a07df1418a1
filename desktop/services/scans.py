"""A scanned card against the registry: who holds the ID, and where the card and the record disagree.

The ID is the key. When the person is registered, the registry's name, birth
date and sex stand; the card's differing values are only shown, because the
card's own text may have come garbled or the record may be the older one.
Fields the scan could not read are not compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop.db import Database
from desktop.domain.dates import PartialDate, parse_partial_date
from desktop.domain.errors import ValidationError
from desktop.domain.qr import CccdScan
from desktop.domain.text import normalize_name
from desktop.services.persons import find_person_by_cccd, load_person

Compared = Literal["full_name", "birth", "sex"]
_SEX_WORDS = {"M": "Nam", "F": "Nữ"}


@dataclass(frozen=True)
class Difference:
    """One field where the card says something else than the record (as the form shows both)."""

    field: Compared
    on_card: str
    on_record: str


@dataclass(frozen=True)
class ScanMatch:
    """The registered holder of a scanned ID, as the registry has them."""

    person_id: int
    full_name: str
    differences: tuple[Difference, ...]


def match_scan(db: Database, scan: CccdScan) -> ScanMatch | None:
    """The registered person with the scan's ID, or None."""
    person_id = find_person_by_cccd(db, scan.cccd)
    if person_id is None:
        return None
    record = load_person(db, person_id)
    differences: list[Difference] = []
    if scan.full_name and normalize_name(scan.full_name).casefold() != normalize_name(record.full_name).casefold():
        differences.append(Difference("full_name", scan.full_name, record.full_name))
    if scan.birth is not None and not _same_birth(scan.birth, record.birth):
        differences.append(Difference("birth", scan.birth.display(), record.birth))
    if scan.sex is not None and scan.sex != record.sex:
        differences.append(Difference("sex", _SEX_WORDS[scan.sex], _SEX_WORDS.get(record.sex or "", "")))
    return ScanMatch(person_id, record.full_name, tuple(differences))


def _same_birth(on_card: PartialDate, on_record: str) -> bool:
    """Agreement as far as the record knows: a record with only the year agrees with any day of that year."""
    try:
        known = parse_partial_date(on_record)
    except ValidationError:
        return False
    if known.year != on_card.year:
        return False
    if known.month is None or on_card.month is None or known.month != on_card.month:
        return known.month is None or on_card.month is None
    return known.day is None or on_card.day is None or known.day == on_card.day
