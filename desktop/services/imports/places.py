"""Communes and villages named in a list, found among the office's or planned for creation.

Lists spell villages loosely ("Thôn 03", "thôn 3", "TDP 2", "Ea Kiết" for
"Buôn Ea Kiết"), so names are compared on a canonical folded key. A village
not known yet in a commune the office serves is created with the import; a
commune outside the office is an error, never a silent addition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.catalogues import CommuneCatalogue
from desktop.domain.text import fold
from desktop.models import OfficeCommune, Village

_LEADING_ZEROS = re.compile(r"\b0+(\d)")
_PREFIX = re.compile(r"^(?:thon|buon|bon|to dan pho|tdp|xom|ap|khoi|plei|to)\s+")


def village_key(name: str) -> str:
    """"Thôn 03" and "thon 3" alike; "TDP 2" as "Tổ dân phố 2"."""
    key = _LEADING_ZEROS.sub(r"\1", fold(name))
    return re.sub(r"^tdp\b", "to dan pho", key)


def bare_key(key: str) -> str:
    """The key without its "thôn"/"buôn" word: what a list without the prefix writes."""
    return _PREFIX.sub("", key)


def village_kind(name: str) -> str:
    key = village_key(name)
    if key.startswith(("buon", "bon", "plei")):
        return "buôn"
    if key.startswith("to dan pho"):
        return "tổ dân phố"
    return "thôn"


@dataclass(frozen=True)
class NewVillage:
    """A village the import creates: its commune, name as first written, key."""

    commune_code: str
    name: str
    key: str

    @property
    def kind(self) -> str:
        return village_kind(self.name)


@dataclass(frozen=True)
class Place:
    """Where a row's person lives: an existing village id or a village to create."""

    village_id: int | None = None
    new_village: NewVillage | None = None
    error: str | None = None
    field: str = ""


class Places:
    """The office's communes and their villages, loaded once per dry run or commit."""

    def __init__(self, session: Session) -> None:
        self.catalogue = CommuneCatalogue.load()
        self.office = set(session.scalars(select(OfficeCommune.commune_code)))
        self._exact: dict[tuple[str, str], int] = {}
        self._bare: dict[tuple[str, str], list[int]] = {}
        self.names: dict[int, str] = {}
        for vid, commune, name in session.execute(select(Village.id, Village.commune_code, Village.name)):
            key = village_key(name)
            self._exact.setdefault((commune, key), vid)
            self._bare.setdefault((commune, bare_key(key)), []).append(vid)
            self.names[vid] = name
        self.created: dict[tuple[str, str], NewVillage] = {}
        self._resolved: dict[tuple[str | None, str | None], Place] = {}

    def commune_name(self, code: str) -> str:
        return self.catalogue.name(code)

    def default_commune(self, chosen: str | None) -> str | None:
        """The commune of rows that name none: the one chosen, or the office's only one."""
        if chosen:
            return chosen
        return next(iter(self.office)) if len(self.office) == 1 else None

    def check_commune(self, code: str) -> str | None:
        """An error message when the office does not serve ``code``."""
        if code in self.office:
            return None
        return f"{self.commune_name(code)} không thuộc các xã, phường đơn vị phụ trách."

    def resolve(self, commune: str | None, village: str | None) -> Place:
        """The village of a row, given its commune (if known) and the village name as written."""
        key = (commune, village)
        place = self._resolved.get(key)
        if place is None:
            place = self._resolved[key] = self._resolve(commune, village)
        return place

    def _resolve(self, commune: str | None, village: str | None) -> Place:
        if village is None:
            if commune is not None and (error := self.check_commune(commune)):
                return Place(error=error, field="commune")
            return Place()
        if commune is None:
            return Place(
                error=f"Không xác định được thôn, buôn “{village}” thuộc xã nào: hãy thêm cột "
                "Xã, phường hoặc chọn xã mặc định.",
                field="village",
            )
        if error := self.check_commune(commune):
            return Place(error=error, field="commune")
        key = village_key(village)
        found = self._exact.get((commune, key))
        if found is None:
            bare = self._bare.get((commune, bare_key(key)), [])
            if len(bare) == 1:
                found = bare[0]
        if found is not None:
            return Place(village_id=found)
        planned = self.created.get((commune, key))
        if planned is None:
            name = village[:1].upper() + village[1:]
            planned = self.created[(commune, key)] = NewVillage(commune, name[:80], key)
        return Place(new_village=planned)

    def label(self, village_id: int | None, new: NewVillage | None = None) -> str:
        if new is not None:
            return new.name
        return self.names.get(village_id, "") if village_id is not None else ""
