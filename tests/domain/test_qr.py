from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.dates import PartialDate
from desktop.domain.errors import ValidationError
from desktop.domain.qr import CccdScan, looks_like_cccd_qr, parse_cccd_qr
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
        ("066190012345|Nguyễn Thị Hoa", "có 2 trường, cần 6 hoặc 7."),
        ("066190012345|a|b|c|d|e|f|g", "có 8 trường, cần 6 hoặc 7."),
        (
            "06619001234|241234567|A|05031990|Nữ|B|15042021",
            "số CCCD “06619001234” phải gồm 12 chữ số.",
        ),
        (
            "066190012345|24123456X|A|05031990|Nữ|B|15042021",
            "số CMND cũ “24123456X” phải là chữ số.",
        ),
        ("066190012345|241234567|A|31021990|Nữ|B|15042021", "ngày sinh 31/02/1990 không tồn tại."),
        (
            "066190012345|241234567|A|5/3/1990|Nữ|B|15042021",
            "ngày sinh “5/3/1990” phải có dạng ddmmyyyy.",
        ),
        ("066190012345|241234567|A|05031990|X|B|15042021", "giới tính “X” phải là Nam hoặc Nữ."),
        ("066190012345|241234567|A|05031990|Nữ|B|2021", "ngày cấp “2021” phải có dạng ddmmyyyy."),
        ("066190012345|241234567|A|05031990|Nữ|B|30022021", "ngày cấp 30/02/2021 không tồn tại."),
    ],
)
def test_malformed_lines_are_refused(line: str, detail: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_cccd_qr(line)
    assert caught.value.message == "Mã QR không đúng định dạng CCCD: " + detail
    assert caught.value.field == "qr"


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
def test_pipe_joined_fields_raise_only_validation_error(first: str, rest: list[str]) -> None:
    try:
        scan = parse_cccd_qr("|".join([first, *rest]))
    except ValidationError as error:
        assert error.field == "qr"
        return
    assert scan.cccd == first.strip()
    assert 5 <= len(rest) <= 6 or not any(rest[6:])
    assert scan.sex in (None, "M", "F")


safe_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="|\ufeff\u200b\u200c\u200d"),
    max_size=30,
)


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
    scan = parse_cccd_qr(line + "\r\n")
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
