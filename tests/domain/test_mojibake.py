from __future__ import annotations

import ftfy
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.mojibake import UNREADABLE, decode_mojibake, lost_bytes
from desktop.domain.syllables import ACCENTED_LETTERS

LETTERS = sorted(ACCENTED_LETTERS)


def as_bytes(text: str, codec: str, undefined: str = "keep") -> str:
    """Each UTF-8 byte of ``text`` as one ``codec`` character; a byte without one kept as its control
    character (as Windows passes it on) or ``"lose"``: dropped."""
    chars = []
    for byte in text.encode("utf-8"):
        try:
            chars.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            if undefined == "keep":
                chars.append(chr(byte))
    return "".join(chars)


@pytest.mark.parametrize("codec", ["cp1252", "latin-1", "cp1258"])
@pytest.mark.parametrize("letter", LETTERS)
def test_every_vietnamese_letter_is_decoded_back(letter: str, codec: str) -> None:
    word = f"Ng{letter}n"
    decoded = decode_mojibake(as_bytes(word, codec))
    assert decoded.text == word
    assert decoded.count("decoded") == 1


@given(st.text(alphabet=st.sampled_from([*LETTERS, *"abcdeghiklmnopqrstuvxy ,.'|0123456789"]), max_size=40),
       st.sampled_from(["cp1252", "latin-1", "cp1258"]))
def test_any_vietnamese_text_survives_the_trip(text: str, codec: str) -> None:
    assert decode_mojibake(as_bytes(text, codec)).text == text
    assert decode_mojibake(text).text == text, "text that came right is left as it is"


def test_a_byte_windows_1252_cannot_type_is_guessed_from_the_syllable() -> None:
    arrived = as_bytes("Nguyễn Thị Hiền, Đắk Lắk, Thọ, Ố", "cp1252", undefined="lose")
    assert arrived == "Nguyá»…n Thá»‹ Hiá»n, Äáº¯k Láº¯k, Thá», á»"
    decoded = decode_mojibake(arrived)
    assert decoded.text == f"Nguyễn Thị Hiền, Đắk Lắk, Th{UNREADABLE}, Ố"  # Thề, Thọ, Thỏ, Thờ all fit
    assert decoded.count("guessed") == 3 and decoded.count("unreadable") == 1
    assert decoded.code_pages == {"Windows-1252", "Windows-1258"}  # no byte here tells them apart


def test_a_lost_byte_that_fits_several_letters_is_marked_unreadable() -> None:
    arrived = "".join(char for char in as_bytes("Nguyễn Hiền Nữ", "latin-1") if not "\x80" <= char <= "\x9f")
    decoded = decode_mojibake(arrived)
    assert decoded.text == f"Nguy{UNREADABLE}n Hi{UNREADABLE}n Nữ"  # ễ, ề, ể, ệ all make a syllable
    assert decoded.count("unreadable") == 2


def test_lost_bytes_are_looked_for_only_in_a_line_that_came_as_bytes() -> None:
    assert lost_bytes("XÃ CƯ M'GAR") == frozenset()
    assert decode_mojibake("XÃ CƯ M'GAR").text == "XÃ CƯ M'GAR"
    assert lost_bytes("Thá»‹") == {0x81, 0x8D, 0x8F, 0x90, 0x9D}
    assert lost_bytes("Ná»¯") == frozenset(range(0x80, 0xA0))


def test_sequences_decoding_to_other_scripts_are_left_alone() -> None:
    assert decode_mojibake("Ô’ Ê’").text == "Ô’ Ê’"  # D4 92 would be Cyrillic "Ԓ"


def test_ftfy_gives_the_same_result_wherever_it_repairs_and_misses_letters_this_module_decodes() -> None:
    """ftfy, the usual library for mojibake, compared on the same inputs: no word it repairs comes out
    different here, and it leaves 29 of the 268 letter cases (the issue's "Nguyá»…n" among them) garbled."""
    missed = []
    for codec in ("cp1252", "latin-1"):
        for letter in LETTERS:
            word = f"Ng{letter}n"
            arrived = as_bytes(word, codec)
            by_ftfy = ftfy.fix_encoding(arrived)
            assert decode_mojibake(arrived).text == word
            if by_ftfy != word:
                assert by_ftfy == arrived, "ftfy either repairs or leaves the word"
                missed.append(arrived)
    assert len(missed) == 29 and "Ngá»…n" in missed
    issue_line = "066190001234|245123456|Nguyá»…n Thá»‹ Hiá»n|21091990|Ná»¯|…"
    assert ftfy.fix_encoding(issue_line) == "066190001234|245123456|Nguyá»…n Thị Hiá»n|21091990|Nữ|…"
    assert decode_mojibake(issue_line).text == "066190001234|245123456|Nguyễn Thị Hiền|21091990|Nữ|…"
