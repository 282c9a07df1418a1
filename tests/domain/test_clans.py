"""Clan keys and the grouping of spelling variants the office reviews."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.clans import Variant, clan_key, clan_words, group_variants


def test_one_key_for_accents_case_spacing_and_punctuation() -> None:
    assert {clan_key(text) for text in ("Niê", "Nie", "NIÊ", " niê  ", "Niê.")} == {"nie"}
    assert clan_key("Ê Ban") == clan_key("Êban") == clan_key("E-ban") == "eban"
    assert clan_key("Hđơk") == "hdok"
    assert clan_words("Niê  Kdăm") == ("nie", "kdam")
    assert clan_key("  ,  ") == ""


def test_a_branch_joins_its_clan_and_the_name_proposed_is_the_clan_as_most_write_it() -> None:
    groups = group_variants([
        Variant("Nie", 3), Variant("Niê", 10), Variant("NIÊ", 1), Variant("Niê Kdăm", 4), Variant("NiêKdăm", 1),
        Variant("Êban", 5), Variant("Ê Ban", 2), Variant("Mlô", 3), Variant("  ", 9),
    ])
    assert [(g.suggested, g.households, [v.text for v in g.variants]) for g in groups] == [
        ("Niê", 19, ["Niê", "Nie", "NIÊ", "Niê Kdăm", "NiêKdăm"]),
        ("Êban", 7, ["Êban", "Ê Ban"]),
        ("Mlô", 3, ["Mlô"]),
    ]


def test_accented_spelling_wins_a_tie_and_capitals_become_title_case() -> None:
    assert group_variants([Variant("Nie", 2), Variant("Niê", 2)])[0].suggested == "Niê"
    assert group_variants([Variant("NIÊ KDĂM", 2)])[0].suggested == "Niê Kdăm"
    assert group_variants([Variant("Niê  Kdăm", 1)])[0].suggested == "Niê Kdăm"


def test_a_clan_whose_name_only_starts_like_another_stays_apart() -> None:
    groups = group_variants([Variant("Ksơr", 2), Variant("Kso", 1), Variant("Buôn Yă", 2)])
    assert sorted(g.suggested for g in groups) == ["Buôn Yă", "Kso", "Ksơr"]


names = st.text(alphabet="NiêeÊbanKdămô ", min_size=1, max_size=12)


@given(st.lists(st.tuples(names, st.integers(1, 50)), max_size=25, unique_by=lambda t: t[0]))
def test_every_spelling_lands_in_one_group_with_every_spelling_of_its_key(pairs: list[tuple[str, int]]) -> None:
    variants = [Variant(text, count) for text, count in pairs]
    groups = group_variants(variants)
    placed = [v for g in groups for v in g.variants]
    assert sorted(placed, key=lambda v: v.text) == sorted((v for v in variants if clan_key(v.text)),
                                                          key=lambda v: v.text)
    group_of = {v.text: index for index, g in enumerate(groups) for v in g.variants}
    for a in placed:
        for b in placed:
            if clan_key(a.text) == clan_key(b.text):
                assert group_of[a.text] == group_of[b.text]
    assert [g.households for g in groups] == sorted((g.households for g in groups), reverse=True)
