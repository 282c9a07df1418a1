from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.identifiers import (
    cccd_birth_year,
    cccd_consistency_warnings,
    cccd_sex,
    normalize_cccd,
    normalize_phone,
    normalize_si_code,
)
from desktop.domain.provinces import PROVINCES, province_name
from tests.domain.strategies import cell_values

# --- CCCD -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("066190012345", "066190012345"),
        (" 066 190 012 345 ", "066190012345"),
        ("066.190.012.345", "066190012345"),
        ("066-190-012-345", "066190012345"),
        ("'066190012345", "066190012345"),
        (66190012345, "066190012345"),
        (66190012345.0, "066190012345"),
        ("66190012345", "066190012345"),
        ("66190012345.0", "066190012345"),
        (1190012345, "001190012345"),  # Hà Nội: two zeros lost
        ("1190012345", "001190012345"),
    ],
)
def test_normalize_cccd_accepts_cells(value: object, expected: str) -> None:
    assert normalize_cccd(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("241234567", "Số CCCD phải gồm 12 chữ số (đang có 9)."),
        (241234567, "Số CCCD phải gồm 12 chữ số (đang có 9)."),
        (
            "0661900123",
            "Số CCCD phải gồm 12 chữ số (đang có 10).",
        ),  # kept its zero: a digit is missing
        ("0661900123456", "Số CCCD phải gồm 12 chữ số (đang có 13)."),
        ("06619001234X", "Số CCCD chỉ được gồm chữ số (đang có “06619001234X”)."),
        ("", "Chưa nhập số CCCD."),
        (None, "Chưa nhập số CCCD."),
        (66190012345.5, "Số CCCD phải là số nguyên dương (đang có “66190012345.5”)."),
        (-66190012345, "Số CCCD phải là số nguyên dương (đang có “-66190012345”)."),
        (True, "Số CCCD không hợp lệ (đang có “True”)."),
    ],
)
def test_normalize_cccd_rejects_with_message(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_cccd(value)
    assert caught.value.message == message
    assert caught.value.field == "cccd"


def test_normalize_cccd_refuses_excel_exponent_form() -> None:
    with pytest.raises(ValidationError, match="dạng số mũ"):
        normalize_cccd("6.61900E+10")


cccds = st.builds(
    lambda province, rest: province + rest,
    st.sampled_from(sorted(PROVINCES)),
    st.from_regex(r"\A[0-9]{9}\Z"),
)


@given(cccds)
def test_cccd_survives_every_spreadsheet_form(cccd: str) -> None:
    number = int(cccd)
    assert normalize_cccd(cccd) == cccd
    assert normalize_cccd(number) == cccd
    assert normalize_cccd(float(number)) == cccd
    assert normalize_cccd(f"{number}.0") == cccd
    assert normalize_cccd(f"{cccd[:3]} {cccd[3:6]} {cccd[6:9]} {cccd[9:]}") == cccd


@given(cell_values)
def test_normalize_cccd_raises_only_validation_error(value: object) -> None:
    try:
        result = normalize_cccd(value)
    except ValidationError as error:
        assert error.message
        return
    assert len(result) == 12
    assert result.isdigit()


# --- provinces and consistency -------------------------------------------------


def test_province_table_is_the_63_provinces() -> None:
    assert len(PROVINCES) == 63
    assert all(len(code) == 3 and code.isdigit() for code in PROVINCES)
    assert min(PROVINCES) == "001"
    assert max(PROVINCES) == "096"
    assert len(set(PROVINCES.values())) == 63


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("066", "Đắk Lắk"),
        ("054", "Phú Yên"),
        ("001", "Hà Nội"),
        ("079", "Hồ Chí Minh"),
        ("096", "Cà Mau"),
        (66, "Đắk Lắk"),
        ("67", "Đắk Nông"),
        ("003", None),
        ("abc", None),
        ("0066", None),
    ],
)
def test_province_name(code: str | int, name: str | None) -> None:
    assert province_name(code) == name


@pytest.mark.parametrize(
    ("cccd", "sex", "year"),
    [
        ("066085000001", "M", 1985),
        ("066185000001", "F", 1985),
        ("066200000001", "M", 2000),
        ("066312000001", "F", 2012),
        ("066499000001", "M", 2199),
        ("066700000001", "F", 2200),
        ("066800000001", "M", 2300),  # Thông tư 07/2016: digits 8/9 are the 24th century
    ],
)
def test_sex_and_century_digit(cccd: str, sex: str, year: int) -> None:
    assert cccd_sex(cccd) == sex
    assert cccd_birth_year(cccd) == year
    assert cccd_consistency_warnings(cccd, sex, year) == []


def test_consistency_warnings_name_each_disagreement() -> None:
    warnings = cccd_consistency_warnings("066185000001", "M", 1958)
    assert warnings == [
        "Số CCCD cho biết giới tính Nữ nhưng hồ sơ ghi Nam.",
        "Số CCCD cho biết năm sinh 1985 nhưng hồ sơ ghi 1958.",
    ]


def test_consistency_warns_about_unknown_province() -> None:
    assert cccd_consistency_warnings("099085000001", None, None) == [
        "Mã tỉnh 099 ở đầu số CCCD không có trong danh mục tỉnh, thành phố."
    ]


def test_consistency_with_nothing_recorded_checks_only_the_province() -> None:
    assert cccd_consistency_warnings("066085000001", None, None) == []


def test_consistency_normalises_first() -> None:
    assert cccd_consistency_warnings(66085000001, "M", 1985) == []  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        cccd_consistency_warnings("12345", "M", 1985)


@given(cccds, st.sampled_from(["M", "F"]), st.integers(1900, 2099))
def test_consistency_warns_iff_the_record_disagrees(cccd: str, sex: str, year: int) -> None:
    warnings = cccd_consistency_warnings(cccd, sex, year)
    assert any("giới tính" in w for w in warnings) == (cccd_sex(cccd) != sex)
    assert any("năm sinh" in w for w in warnings) == (cccd_birth_year(cccd) != year)
    assert not any("Mã tỉnh" in w for w in warnings)


# --- SI code ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("6601234567", "6601234567"),
        ("0112345678", "0112345678"),
        (112345678, "0112345678"),
        (112345678.0, "0112345678"),
        ("112345678", "0112345678"),
        ("112345678.0", "0112345678"),
        ("66 0123 4567", "6601234567"),
    ],
)
def test_normalize_si_code(value: object, expected: str) -> None:
    assert normalize_si_code(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("011234567", "Mã số BHXH phải gồm 10 chữ số (đang có 9)."),  # kept a zero, lost a digit
        (12345678, "Mã số BHXH phải gồm 10 chữ số (đang có 8)."),
        ("66012345678", "Mã số BHXH phải gồm 10 chữ số (đang có 11)."),
        ("", "Chưa nhập mã số BHXH."),
    ],
)
def test_normalize_si_code_rejects(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_si_code(value)
    assert caught.value.message == message
    assert caught.value.field == "si_code"


@given(st.from_regex(r"\A[0-9]{10}\Z"))
def test_si_code_survives_number_conversion(code: str) -> None:
    as_number = int(code)
    if len(str(as_number)) >= 9:  # at most one zero lost
        assert normalize_si_code(as_number) == code
        assert normalize_si_code(float(as_number)) == code
    assert normalize_si_code(code) == code


@given(cell_values)
def test_normalize_si_code_raises_only_validation_error(value: object) -> None:
    try:
        result = normalize_si_code(value)
    except ValidationError:
        return
    assert len(result) == 10
    assert result.isdigit()


# --- phone --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0912345678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("+84912345678", "0912345678"),
        ("84912345678", "0912345678"),
        ("0084912345678", "0912345678"),
        (912345678, "0912345678"),
        (912345678.0, "0912345678"),
        ("912345678.0", "0912345678"),
        ("0262 3852 123", "02623852123"),
        ("(0262) 3852123", "02623852123"),
        (2623852123, "02623852123"),
        ("842623852123", "02623852123"),
        ("'0354123456", "0354123456"),
    ],
)
def test_normalize_phone(value: object, expected: str) -> None:
    assert normalize_phone(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "01689123456",
        "0112345678",
        "091234567",
        "09123456789",
        "+1 212 555 0100",
        "abc",
        "+",
        "",
        12_000_000_000,  # 11 digits, no 0 and no 84 in front
        "12000000000",
    ],
)
def test_normalize_phone_rejects(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(value)
    assert caught.value.field == "phone"


@given(cell_values)
def test_normalize_phone_raises_only_validation_error(value: object) -> None:
    try:
        result = normalize_phone(value)
    except ValidationError:
        return
    assert result.startswith("0")
    assert (len(result) == 10 and result[1] in "35789") or (len(result) == 11 and result[1] == "2")


@given(st.sampled_from("35789"), st.from_regex(r"\A[0-9]{8}\Z"))
def test_mobile_numbers_survive_every_form(second: str, rest: str) -> None:
    phone = f"0{second}{rest}"
    assert normalize_phone(phone) == phone
    assert normalize_phone(int(phone)) == phone
    assert normalize_phone(f"+84 {phone[1:]}") == phone


def test_non_latin_digits_are_not_an_id() -> None:
    """Arabic-Indic digits followed by '.0' once slipped through as a CCCD read from a number."""
    with pytest.raises(ValidationError):
        normalize_cccd("\u0660" * 12 + ".0")


@pytest.mark.parametrize(
    "digits",
    ["\uff10\uff16\uff16" + "\uff11" * 9, "\u0966" * 12, "\u00b2" * 12, "066" + "\u0661" * 9, "\u0660" * 12],
    ids=["fullwidth", "devanagari", "superscript", "mixed", "arabic-indic"],
)
def test_only_latin_digits_make_an_identifier(digits: str) -> None:
    """str.isdigit() accepts these; the services rely on the normalisers to refuse them."""
    for normalize, text in ((normalize_cccd, digits), (normalize_si_code, digits[:10]), (normalize_phone, digits[:10])):
        with pytest.raises(ValidationError):
            normalize(text)
