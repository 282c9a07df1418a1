"""Personal ID (CCCD), social-insurance code and phone numbers, cleaned for storage.

Spreadsheets store these numbers as numbers and drop their leading zeros, and
people type them with spaces or dots. Each ``normalize_*`` function accepts what a
cell or a form gives, restores lost zeros only where the value cannot be read any
other way, and raises ``ValidationError`` otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from desktop.domain.cells import cell_text, integral_number, is_blank, is_number
from desktop.domain.errors import ValidationError
from desktop.domain.provinces import province_name

CCCD_LENGTH = 12
SI_CODE_LENGTH = 10

_SEPARATORS = re.compile(r"[\s.\-]")
_FLOAT_TEXT = re.compile(r"^([0-9]+)\.0+$")
_EXPONENT = re.compile(r"^[0-9.,]+[eE][+-]?[0-9]+$")
_DIGITS = re.compile(r"^[0-9]+$")

Sex = Literal["M", "F"]


@dataclass(frozen=True)
class _Digits:
    """Digits of an identifier, and whether they came from a number (zeros may be lost)."""

    text: str
    from_number: bool


def _digits(value: object, label: str, field: str) -> _Digits:
    """Digits of an identifier cell, without separators; ``label`` names it in messages."""
    if is_blank(value):
        raise ValidationError(f"Chưa nhập {label}.", field)
    if is_number(value):
        number = integral_number(value)
        if number is None or number < 0:
            raise ValidationError(
                f"{_cap(label)} phải là số nguyên dương (đang có “{value}”).", field
            )
        return _Digits(str(number), True)
    if not isinstance(value, str):
        raise ValidationError(f"{_cap(label)} không hợp lệ (đang có “{value}”).", field)
    text = cell_text(value)
    if _EXPONENT.match(text):
        raise ValidationError(
            f"{_cap(label)} “{text}” đã bị Excel đổi sang dạng số mũ nên có thể mất chữ số; "
            "hãy định dạng cột là văn bản (Text) rồi nhập lại.",
            field,
        )
    float_text = _FLOAT_TEXT.match(text)
    if float_text:
        return _Digits(float_text.group(1), True)
    digits = _SEPARATORS.sub("", text)
    if not _DIGITS.match(digits):
        raise ValidationError(f"{_cap(label)} chỉ được gồm chữ số (đang có “{text}”).", field)
    return _Digits(digits, not digits.startswith("0"))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def normalize_cccd(value: object) -> str:
    """A 12-digit CCCD / personal ID number from a cell or a form field.

    A number (or digit text not starting with 0) of 10 or 11 digits gets its
    zeros back: every province code starts with 0 and Hà Nội's with 00, so it
    can only be a number that lost them. Shorter values are rejected: a 9-digit
    value is usually the old CMND.
    """
    digits = _digits(value, "số CCCD", "cccd")
    text = digits.text
    if digits.from_number and CCCD_LENGTH - 2 <= len(text) < CCCD_LENGTH:
        text = text.zfill(CCCD_LENGTH)
    if len(text) != CCCD_LENGTH:
        raise ValidationError(
            f"Số CCCD phải gồm {CCCD_LENGTH} chữ số (đang có {len(text)}).", "cccd"
        )
    return text


def normalize_si_code(value: object) -> str:
    """A 10-digit social-insurance code; a 9-digit number that lost its leading 0 is restored."""
    digits = _digits(value, "mã số BHXH", "si_code")
    text = digits.text
    if digits.from_number and len(text) == SI_CODE_LENGTH - 1:
        text = text.zfill(SI_CODE_LENGTH)
    if len(text) != SI_CODE_LENGTH:
        raise ValidationError(
            f"Mã số BHXH phải gồm {SI_CODE_LENGTH} chữ số (đang có {len(text)}).", "si_code"
        )
    return text


_MOBILE_SECOND_DIGITS = "35789"


def normalize_phone(value: object) -> str:
    """A Vietnamese phone number in domestic form: 10-digit mobile or 11-digit landline (02x...).

    "+84"/"84"/"0084" become "0"; a 9-digit mobile or 10-digit landline that lost
    its leading 0 in a spreadsheet gets it back.
    """
    if isinstance(value, str):
        text = cell_text(value)
        float_text = _FLOAT_TEXT.match(text)
        if float_text:
            text = float_text.group(1)
        international = text.startswith("+")
        text = re.sub(r"[()\s.\-]", "", text.removeprefix("+"))
        if international and not text.startswith("84"):
            raise ValidationError(
                f"Chỉ nhận số điện thoại Việt Nam (mã +84); đang có “{value.strip()}”.", "phone"
            )
        digits = _digits(text, "số điện thoại", "phone").text if text else ""
        if not digits:
            raise ValidationError("Chưa nhập số điện thoại.", "phone")
        if international:
            digits = "0" + digits[2:]
    else:
        digits = _digits(value, "số điện thoại", "phone").text
    if digits.startswith("0084"):
        digits = "0" + digits[4:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    elif not digits.startswith("0") and len(digits) in (9, 10):
        digits = "0" + digits
    domestic = digits.startswith("0")
    is_mobile = domestic and len(digits) == 10 and digits[1] in _MOBILE_SECOND_DIGITS
    is_landline = domestic and len(digits) == 11 and digits[1] == "2"
    if not (is_mobile or is_landline):
        raise ValidationError(
            "Số điện thoại không hợp lệ: di động gồm 10 chữ số (03, 05, 07, 08, 09...), "
            f"cố định gồm 11 chữ số (02...); đang có “{digits}”.",
            "phone",
        )
    return digits


# Digit 4 of a CCCD: (sex, first year of the century) per Thông tư 07/2016/TT-BCA, Điều 7.
_CENTURY_CODES: dict[str, tuple[Sex, int]] = {
    "0": ("M", 1900),
    "1": ("F", 1900),
    "2": ("M", 2000),
    "3": ("F", 2000),
    "4": ("M", 2100),
    "5": ("F", 2100),
    "6": ("M", 2200),
    "7": ("F", 2200),
    "8": ("M", 2300),
    "9": ("F", 2300),
}

_SEX_LABELS: dict[str, str] = {"M": "Nam", "F": "Nữ"}


def cccd_sex(cccd: str) -> Sex:
    """Sex encoded in digit 4 of a normalised CCCD."""
    return _CENTURY_CODES[cccd[3]][0]


def cccd_birth_year(cccd: str) -> int:
    """Birth year encoded in digits 4-6 of a normalised CCCD."""
    return _CENTURY_CODES[cccd[3]][1] + int(cccd[4:6])


def cccd_province(cccd: str) -> str | None:
    """Province of birth registration named by the first three digits, if known."""
    return province_name(cccd[:3])


def cccd_consistency_warnings(cccd: str, sex: str | None, birth_year: int | None) -> list[str]:
    """Where a CCCD disagrees with the recorded sex ("M"/"F") and birth year.

    Warnings, not errors: the record may be the mistake, and staff decide.
    ``cccd`` is normalised first, so an invalid number raises ``ValidationError``.
    """
    if sex not in (None, "M", "F"):
        raise ValueError(f"sex must be 'M', 'F' or None, not {sex!r}")
    number = normalize_cccd(cccd)
    warnings: list[str] = []
    if cccd_province(number) is None:
        warnings.append(
            f"Mã tỉnh {number[:3]} ở đầu số CCCD không có trong danh mục tỉnh, thành phố."
        )
    encoded_sex = cccd_sex(number)
    if sex is not None and sex != encoded_sex:
        warnings.append(
            f"Số CCCD cho biết giới tính {_SEX_LABELS[encoded_sex]} "
            f"nhưng hồ sơ ghi {_SEX_LABELS[sex]}."
        )
    encoded_year = cccd_birth_year(number)
    if birth_year is not None and birth_year != encoded_year:
        warnings.append(f"Số CCCD cho biết năm sinh {encoded_year} nhưng hồ sơ ghi {birth_year}.")
    return warnings
