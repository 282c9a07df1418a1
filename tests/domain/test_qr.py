from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.dates import PartialDate
from desktop.domain.errors import ValidationError
from desktop.domain.qr import CccdScan, is_bare_id, looks_like_cccd_qr, parse_cccd_qr
from desktop.domain.syllables import ACCENTED_LETTERS
from desktop.domain.text import normalize_name, normalize_spaces
from tests.domain.strategies import cell_values

FULL = (
    "066190012345|241234567|Nguyễn Thị Hoa|05031990|Nữ|"
    "Buôn Ky, Phường Buôn Ma Thuột, Đắk Lắk|15042021"
)
EXPECTED = CccdScan(
    cccd="066190012345",
    old_id="241234567",
    full_name="Nguyễn Thị Hoa",
    birth=PartialDate(1990, 3, 5),
    sex="F",
    address="Buôn Ky, Phường Buôn Ma Thuột, Đắk Lắk",
    issued=dt.date(2021, 4, 15),
)


def test_parses_the_seven_field_line() -> None:
    assert parse_cccd_qr(FULL) == EXPECTED


def test_tolerates_line_endings_stray_spaces_and_trailing_pipes() -> None:
    messy = " 066190012345 | 241234567 |Nguyễn  Thị Hoa | 05031990|Nữ |Buôn Ky, Phường Buôn Ma Thuột, Đắk Lắk|15042021||\r\n"
    assert parse_cccd_qr(messy) == EXPECTED


def test_six_fields_without_issue_date() -> None:
    line = "066190012345|241234567|Nguyễn Thị Hoa|05031990|Nữ|Buôn Ky"
    scan = parse_cccd_qr(line)
    assert (scan.old_id, scan.full_name, scan.sex, scan.address, scan.issued) == (
        "241234567",
        "Nguyễn Thị Hoa",
        "F",
        "Buôn Ky",
        None,
    )


def test_six_fields_without_old_id_field() -> None:
    line = "066190012345|Y Bih Niê|01011985|Nam|Buôn Ea Kmát|20052022"
    scan = parse_cccd_qr(line)
    assert scan.old_id == ""
    assert scan.full_name == "Y Bih Niê"
    assert scan.birth == PartialDate(1985, 1, 1)
    assert scan.sex == "M"
    assert scan.address == "Buôn Ea Kmát"
    assert scan.issued == dt.date(2022, 5, 20)


def test_empty_fields_become_empty_values() -> None:
    scan = parse_cccd_qr("066190012345||Y Bih||||")
    assert scan == CccdScan("066190012345", "", "Y Bih", None, None, "", None)


def test_birth_year_only_is_kept_as_a_year() -> None:
    assert parse_cccd_qr("066085012345||H Mai|1985|Nữ|Buôn Ko|01022023").birth == PartialDate(1985)


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        (
            "06619001234|241234567|A|05031990|Nữ|B|15042021",
            "số CCCD “06619001234” phải gồm 12 chữ số.",
        ),
        ("Nguyễn Thị Hoa|066190012345", "số CCCD “Nguyễn Thị Hoa” phải gồm 12 chữ số."),
        ("", "số CCCD “” phải gồm 12 chữ số."),
    ],
)
def test_only_an_unreadable_id_refuses_the_line(line: str, detail: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_cccd_qr(line)
    assert caught.value.message == "Mã QR không đúng định dạng CCCD: " + detail
    assert caught.value.field == "qr"


@pytest.mark.parametrize(
    ("line", "problems"),
    [
        ("066190012345|24123456X|A|05031990|Nữ|B|15042021", [("old_id", "số CMND cũ “24123456X” phải là chữ số.")]),
        ("066190012345|241234567|A|31021990|Nữ|B|15042021", [("birth", "ngày sinh 31/02/1990 không tồn tại.")]),
        ("066190012345|241234567|A|5/3/1990|Nữ|B|15042021",
         [("birth", "ngày sinh “5/3/1990” phải có dạng ddmmyyyy.")]),
        ("066190012345|241234567|A|05031990|X|B|15042021", [("sex", "giới tính “X” phải là Nam hoặc Nữ.")]),
        ("066190012345|241234567|A|05031990|Nữ|B|2021", [("issued", "ngày cấp “2021” phải có dạng ddmmyyyy.")]),
        ("066190012345|241234567|A|05031990|Nữ|B|30022021", [("issued", "ngày cấp 30/02/2021 không tồn tại.")]),
        ("066190012345|241234567|A\x07|05031990|Nữ|B|15042021",
         [("full_name", "“A\x07” có ký tự không đọc được.")]),
    ],
)
def test_a_field_that_cannot_be_read_is_left_empty_not_refused(line: str, problems: list[tuple[str, str]]) -> None:
    scan = parse_cccd_qr(line)
    assert scan.cccd == "066190012345"
    assert scan.reading is not None and list(scan.reading.problems) == problems
    [(name, _reason)] = problems
    assert getattr(scan, name) in ("", None)
    others = {"old_id": "241234567", "full_name": "A", "birth": PartialDate(1990, 3, 5), "sex": "F", "address": "B",
              "issued": dt.date(2021, 4, 15)}
    assert all(getattr(scan, other) == value for other, value in others.items() if other != name)


def test_a_short_line_keeps_what_it_has() -> None:
    scan = parse_cccd_qr("066190012345|Nguyễn Thị Hoa")
    assert (scan.cccd, scan.old_id, scan.full_name, scan.birth) == ("066190012345", "", "Nguyễn Thị Hoa", None)


def test_the_id_alone_is_a_scan() -> None:
    for line in ("066190012345", " 066190012345\r\n", "066190012345|"):
        assert parse_cccd_qr(line) == CccdScan("066190012345")
    assert is_bare_id("066190012345\r\n") and not is_bare_id("06619001234") and not is_bare_id("066190012345|A")


def test_extra_fields_of_a_can_cuoc_card_are_kept_not_refused() -> None:
    line = FULL.replace("15042021", "10072024") + "|21092030|Nguyễn Văn Bình|"
    scan = parse_cccd_qr(line)
    assert scan == replace(EXPECTED, issued=dt.date(2024, 7, 10))
    assert scan.reading is not None and scan.reading.extra == ("21092030", "Nguyễn Văn Bình")
    assert scan.reading.raw == line
    assert scan.card_kind == "can_cuoc"
    assert parse_cccd_qr(FULL).card_kind == "chip"
    assert parse_cccd_qr("066190012345").card_kind is None


# --- garbled on the way ------------------------------------------------------------------------
CARD = "066190001234|245123456|Nguyễn Thị Hiền|21091990|Nữ|Thôn 1, Xã Cư M'gar, Đắk Lắk|15042021"
HIEN = CccdScan("066190001234", "245123456", "Nguyễn Thị Hiền", PartialDate(1990, 9, 21), "F",
                "Thôn 1, Xã Cư M'gar, Đắk Lắk", dt.date(2021, 4, 15))


def _bytes_as(line: str, codec: str, keep_undefined: bool = True) -> str:
    """Each UTF-8 byte as one character of ``codec``; a byte it has no character for kept as its control
    character (as Windows passes it) or lost."""
    chars = []
    for byte in line.encode("utf-8"):
        try:
            chars.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            if keep_undefined:
                chars.append(chr(byte))
    return "".join(chars)


@pytest.mark.parametrize(("codec", "page"), [("cp1252", "Windows-1252"), ("latin-1", "Latin-1"),
                                             ("cp1258", "Windows-1258")])
def test_utf8_read_one_byte_per_character_is_decoded_back(codec: str, page: str) -> None:
    garbled = _bytes_as(CARD, codec)
    assert "Nguyá»" in garbled
    scan = parse_cccd_qr(garbled)
    assert scan == HIEN
    assert scan.reading is not None
    assert scan.reading.code_pages == {page} and scan.reading.repaired == CARD and scan.reading.problems == ()


def test_the_issues_own_line_with_its_lost_byte_is_read() -> None:
    line = "066190001234|245123456|Nguyá»…n Thá»‹ Hiá»n|21091990|Ná»¯|BuÃ´n Ko|15042021"
    assert line == _bytes_as(line.replace("Nguyá»…n Thá»‹ Hiá»n", "Nguyễn Thị Hiền").replace("Ná»¯", "Nữ")
                             .replace("BuÃ´n", "Buôn"), "cp1252", keep_undefined=False)
    scan = parse_cccd_qr(line)
    assert (scan.full_name, scan.sex, scan.address) == ("Nguyễn Thị Hiền", "F", "Buôn Ko")
    assert scan.reading is not None and scan.reading.guessed == 1


def test_a_lost_byte_that_fits_several_letters_leaves_the_field_to_the_registry() -> None:
    garbled = "".join(char for char in _bytes_as(CARD, "latin-1") if not "\x80" <= char <= "\x9f")
    scan = parse_cccd_qr(garbled)
    assert scan.full_name == "" and scan.reading is not None
    assert [name for name, _reason in scan.reading.problems] == ["full_name"]
    assert (scan.cccd, scan.birth, scan.sex) == ("066190001234", PartialDate(1990, 9, 21), "F")
    assert scan.address == "Thôn 1, Xã Cư M'gar, Đắk Lắk", "Đ (0xC4 0x90) is the only letter that fits"


def test_letters_a_telex_input_method_rewrote_in_a_garbled_line_are_put_back() -> None:
    garbled = _bytes_as(CARD, "cp1252").replace("M'gar", "M'gả")
    scan = parse_cccd_qr(garbled, rewrites=1)
    assert scan == HIEN
    assert scan.reading is not None and scan.reading.telex == (("gả", "gar"),) and scan.reading.rewrites == 1


def test_a_unicode_line_is_taken_as_it_is() -> None:
    scan = parse_cccd_qr("066190012345||XÃ HỘI Ô’|05031990|Nữ|Buôn Ky, Xã Ea Kiết|")
    assert scan.full_name == "XÃ HỘI Ô’" and scan.reading is not None and scan.reading.code_pages == frozenset()


@given(cell_values)
def test_any_value_raises_only_validation_error(value: object) -> None:
    try:
        scan = parse_cccd_qr(value)
    except ValidationError as error:
        assert error.message.startswith("Mã QR không đúng định dạng CCCD: ")
        return
    assert len(scan.cccd) == 12


qr_fields = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "Nam", "Nữ", "nam", "NỮ", "05031990", "31021990", "1990", "241234567"]),
)


@given(st.one_of(st.just("066190012345"), st.text(max_size=13)), st.lists(qr_fields, max_size=8))
def test_pipe_joined_fields_are_refused_only_for_their_id(first: str, rest: list[str]) -> None:
    try:
        scan = parse_cccd_qr("|".join([first, *rest]))
    except ValidationError as error:
        assert error.field == "qr" and not re.fullmatch(r"\d{12}", normalize_spaces(first))
        return
    assert scan.cccd == normalize_spaces(first)
    assert scan.sex in (None, "M", "F")
    assert scan.reading is not None and len(scan.reading.extra) <= max(0, len(rest) - 5)


safe_text = st.text(
    alphabet=st.sampled_from(sorted(set(string.ascii_letters + string.digits + " ,.-'/") | ACCENTED_LETTERS)),
    max_size=30,
)
"""Text written with the Vietnamese alphabet (other text may be a garbled line's bytes by chance)."""


@given(
    cccd=st.from_regex(r"\A0[0-9]{11}\Z"),
    old_id=st.one_of(st.just(""), st.from_regex(r"\A[0-9]{9}\Z")),
    name=safe_text,
    birth=st.dates(dt.date(1900, 1, 1), dt.date(2025, 12, 31)),
    sex=st.sampled_from(["Nam", "Nữ"]),
    address=safe_text,
    issued=st.dates(dt.date(2016, 1, 1), dt.date(2030, 12, 31)),
)
def test_any_well_formed_line_round_trips(
    cccd: str, old_id: str, name: str, birth: dt.date, sex: str, address: str, issued: dt.date
) -> None:
    line = "|".join(
        [cccd, old_id, name, birth.strftime("%d%m%Y"), sex, address, issued.strftime("%d%m%Y")]
    )
    for arrived in (line, _bytes_as(line, "cp1252"), _bytes_as(line, "latin-1")):
        _check_round_trip(parse_cccd_qr(arrived + "\r\n"), cccd, old_id, name, birth, sex, address, issued)


def _check_round_trip(scan: CccdScan, cccd: str, old_id: str, name: str, birth: dt.date, sex: str, address: str,
                      issued: dt.date) -> None:
    assert scan.cccd == cccd
    assert scan.old_id == old_id
    assert scan.full_name == normalize_name(name)
    assert scan.birth == PartialDate.of(birth)
    assert scan.sex == ("M" if sex == "Nam" else "F")
    assert scan.address == normalize_spaces(address)
    assert scan.issued == issued


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FULL, True),
        ("066190012345||||||", True),
        ("066190012345|||||", True),
        ("066190012345||||", False),  # only 4 pipes
        ("Nguyễn Thị Hoa", False),
        ("06619001234|241234567|A|05031990|Nữ|B|15042021", False),  # 11 digits
        ("0661900123456|241234567|A|05031990|Nữ|B|15042021", False),  # 13 digits
        ("", False),
    ],
)
def test_looks_like_cccd_qr(text: str, expected: bool) -> None:
    assert looks_like_cccd_qr(text) is expected
