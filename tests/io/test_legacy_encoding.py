"""TCVN3 (ABC) and VNI text: full tables, round trips, and detection that does not misfire."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.io.legacy_encoding import decode_legacy, detect_legacy_encoding, encode_legacy

TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
VOWELS = "aăâeêioôơuưy"


def _letters() -> list[str]:
    lower = [
        unicodedata.normalize("NFC", v + t)
        for v in VOWELS for t in TONES
        if not (v in "aeiouy" and t == "")
    ] + ["đ"]
    return lower + [ch.upper() for ch in lower]


LETTERS = _letters()

# What glibc's iconv gives for TCVN5712-1 bytes 0xA1..0xFE (0xB0..0xB4, combining marks, left out).
GLIBC_TCVN = {
    **dict(zip(range(0xA1, 0xB0), "ĂÂÊÔƠƯĐăâêôơưđẰ", strict=True)),
    **dict(zip(range(0xB5, 0xFF),
               "àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵ",
               strict=True)),
}

NAMES = [
    "Nguyễn Thị Hiền", "Đặng Quốc Bảo", "Hoàng Thị Yến", "Vũ Đức Thắng", "Võ Thị Hà",
    "Bùi Xuân Trường", "Đỗ Thị Ngọc Ánh", "Hồ Thị Thu Hương", "Ngô Quang Khải",
    "Dương Thị Mỹ Duyên", "Lý Thị Quỳnh", "Trịnh Văn Tuyển", "Huỳnh Thị Khuyên",
    "Nguyễn Thị Ngoãn", "Phạm Ngọc Ửng", "Trần Văn Ấn", "Ưng Hoàng Phúc", "Ông Văn Ơn",
    "Y Moan Êban", "H'Hen Niê", "Ksor H'Bia", "Nay Phin", "Rơ Mah Hải", "Kpă Thuyên",
    "Byă Ngọc", "Buôn Ma Thuột", "Đắk Lắk", "Cư M'gar", "Ea Kiết", "Cuôr Đăng", "Quảng Phú",
    "Krông Búk", "Thôn 3, xã Ea Tul", "Lò Văn Dũng", "Mạc Thị Ngữ", "Khổng Minh Triết",
]


def test_there_are_134_precomposed_letters() -> None:
    assert len(LETTERS) == len(set(LETTERS)) == 134


def test_tcvn3_table_matches_the_national_standard() -> None:
    for byte, letter in GLIBC_TCVN.items():
        assert decode_legacy(chr(byte), "tcvn3") == letter, hex(byte)


def test_tcvn3_bytes_shown_as_windows_1252_characters() -> None:
    # Byte 0x80 is "€" in a Windows spreadsheet; VN1 puts the capital À there.
    assert decode_legacy("\u20acNH", "tcvn3") == "ÀNH"
    assert decode_legacy("\x80NH", "tcvn3") == "ÀNH"


@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips_through_vni(letter: str) -> None:
    encoded = encode_legacy(letter, "vni")
    assert 1 <= len(encoded) <= 3 and all(ord(ch) < 0x100 for ch in encoded)
    assert decode_legacy(encoded, "vni") == letter


@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips_through_tcvn3(letter: str) -> None:
    encoded = encode_legacy(letter, "tcvn3")
    assert len(encoded) == 1 and ord(encoded) < 0x100
    if letter.islower() or letter in "ĂÂÊÔƠƯĐ":
        assert decode_legacy(encoded, "tcvn3") == letter
    else:  # toned capitals exist only through the .VnTimeH font: in an all-caps word
        assert decode_legacy(f"X{encoded}Y", "tcvn3") == f"X{letter}Y"


@pytest.mark.parametrize(
    ("garbled", "encoding", "text"),
    [
        ("NguyÔn ThÞ HiÒn", "tcvn3", "Nguyễn Thị Hiền"),
        ("B¶o Th¾ng", "tcvn3", "Bảo Thắng"),
        ("M\xadêng Kh\xad¬ng", "tcvn3", "Mường Khương"),
        ("§¾k L¾k", "tcvn3", "Đắk Lắk"),
        ("Bu«n Ma Thuét", "tcvn3", "Buôn Ma Thuột"),
        ("NGUYÔN V¡N §¾K", "tcvn3", "NGUYỄN VĂN ĐẮK"),
        ("Nguyeãn Thò Hieàn", "vni", "Nguyễn Thị Hiền"),
        ("Tröông", "vni", "Trương"),
        ("Xin chaøo caùc baïn", "vni", "Xin chào các bạn"),
        ("Ñaék Laék", "vni", "Đắk Lắk"),
        ("NGUYEÃN THÒ HIEÀN", "vni", "NGUYỄN THỊ HIỀN"),
        ("Hoà Thò Thu Höông", "vni", "Hồ Thị Thu Hương"),
    ],
)
def test_known_garbled_names(garbled: str, encoding: str, text: str) -> None:
    assert decode_legacy(garbled, encoding) == text  # type: ignore[arg-type]


@pytest.mark.parametrize("name", NAMES)
def test_names_round_trip(name: str) -> None:
    assert decode_legacy(encode_legacy(name, "vni"), "vni") == name
    tcvn3 = decode_legacy(encode_legacy(name, "tcvn3"), "tcvn3")
    lowered_capitals = "".join(
        ch.lower() if ch.isupper() and ch not in "ĂÂÊÔƠƯĐ" and ord(ch) > 0x7F else ch
        for ch in name
    )
    assert tcvn3 == lowered_capitals
    assert decode_legacy(encode_legacy(name.upper(), "tcvn3"), "tcvn3") == name.upper()


@given(st.lists(st.sampled_from(NAMES), min_size=1, max_size=8))
def test_any_phrase_of_names_round_trips_through_vni(parts: list[str]) -> None:
    text = " ".join(parts)
    assert decode_legacy(encode_legacy(text, "vni"), "vni") == text


def test_detects_a_tcvn3_column() -> None:
    column = [encode_legacy(name, "tcvn3") for name in NAMES[:12]] + [None, 1990, ""]
    assert detect_legacy_encoding(column) == "tcvn3"


def test_detects_a_vni_column() -> None:
    column = [encode_legacy(name, "vni") for name in NAMES[:12]] + [None, 1990, ""]
    assert detect_legacy_encoding(column) == "vni"


def test_detects_a_single_garbled_name() -> None:
    assert detect_legacy_encoding(["NguyÔn ThÞ HiÒn"]) == "tcvn3"
    assert detect_legacy_encoding(["Nguyeãn Thò Hieàn"]) == "vni"


@pytest.mark.parametrize(
    "column",
    [
        NAMES,
        [unicodedata.normalize("NFD", name) for name in NAMES],  # "Unicode tổ hợp"
        ["Võ Hà", "Lê Tú", "Hà Tú", "Lò Thị Mì", "Tô Hà", "Đỗ Lê"],  # Latin-1 letters only
        ["VÕ HÀ", "LÊ TÚ", "HÀ TÚ"],
        ["Nguyen Van A", "Tran Thi B", "Y Moan Eban"],
        ["066190012345", "1990", None, 12.5],
        ["Café crème", "Noël", "Zoë Müller"],
        [],
    ],
)
def test_does_not_misfire(column: list[object]) -> None:
    assert detect_legacy_encoding(column) is None


def test_a_few_garbled_names_among_unicode_ones_are_not_enough() -> None:
    column = [*NAMES, encode_legacy("Nguyễn Thị Hiền", "tcvn3")]
    assert detect_legacy_encoding(column) is None


def test_text_with_unicode_vietnamese_letters_is_never_altered() -> None:
    for name in (n for n in NAMES if any(ord(ch) > 0xFF for ch in n)):
        assert decode_legacy(name, "tcvn3") == name
        assert decode_legacy(name, "vni") == name
    assert decode_legacy("", "vni") == ""
