"""Clan names as people type them, and their spelling variants grouped for the office to review.

Household lists write one clan many ways: "Niê", "Nie", "NIÊ", "Niê  " (accents,
case, spacing), "Ê Ban" and "Êban" (a space inside a name), and a branch beside
its clan ("Niê Kdăm" is a branch of Niê). :func:`clan_key` makes the first two
kinds one key; :func:`group_variants` also puts a branch with the clan whose
words it starts with. Grouping only proposes: the office confirms each group
in the review screen, and may take a branch out to make it a clan of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.text import fold, normalize_spaces

MODEL_TARGET_BP = 10_000
"""The clan model aims at every member holding an HI card: 100%, in basis points."""

_WORD = re.compile(r"[a-z0-9]+")


def clan_words(text: str) -> tuple[str, ...]:
    """Folded words of a clan name, punctuation dropped: "Niê Kdăm" -> ("nie", "kdam")."""
    return tuple(_WORD.findall(fold(text)))


def clan_key(text: str) -> str:
    """One key for every spelling of a name: accents, case, spaces and punctuation ignored ("eban")."""
    return "".join(clan_words(text))


@dataclass(frozen=True)
class Variant:
    """One way a clan was written, and how many households carry it."""

    text: str
    households: int


@dataclass(frozen=True)
class VariantGroup:
    """Variants that may be one clan, with the name proposed for it."""

    variants: tuple[Variant, ...]
    suggested: str

    @property
    def households(self) -> int:
        return sum(variant.households for variant in self.variants)


def _preference(variant: Variant) -> tuple[int, bool, bool, str]:
    """Most households first, then a spelling with its accents, then one not in capitals."""
    return -variant.households, variant.text.isascii(), variant.text.isupper(), variant.text


def _proposed_name(variants: Iterable[Variant]) -> str:
    """The root's most frequent spelling, preferring one written with its accents; all capitals made Title Case."""
    shortest = min(len(clan_key(v.text)) for v in variants)
    roots = [v for v in variants if len(clan_key(v.text)) == shortest]
    best = min(roots, key=_preference)
    name = normalize_spaces(best.text)
    return name.title() if name.isupper() else name


def group_variants(variants: Iterable[Variant]) -> list[VariantGroup]:
    """Variants grouped by key, each branch joined to its clan; the largest groups first."""
    by_key: dict[str, list[Variant]] = {}
    for variant in variants:
        key = clan_key(variant.text)
        if key:
            by_key.setdefault(key, []).append(variant)
    parent = {key: key for key in by_key}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    owner = {words: key for key, group in by_key.items() for words in map(clan_words, (v.text for v in group))}
    for key, group in by_key.items():
        for variant in group:
            words = clan_words(variant.text)
            for length in range(1, len(words)):
                clan = owner.get(words[:length])
                if clan is not None:
                    parent[root(key)] = root(clan)
    merged: dict[str, list[Variant]] = {}
    for key, group in by_key.items():
        merged.setdefault(root(key), []).extend(group)
    groups = [
        VariantGroup(tuple(sorted(found, key=lambda v: (len(clan_key(v.text)), clan_key(v.text), _preference(v)))),
                     _proposed_name(found))
        for found in merged.values()
    ]
    return sorted(groups, key=lambda g: (-g.households, fold(g.suggested)))
