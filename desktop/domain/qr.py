"""The QR code on a chip-based CCCD, as a USB scanner types it into a field.

The scanner acts as a keyboard and types one line:
``ID|old ID|Full name|ddmmyyyy birth|Nam or Nữ|address|ddmmyyyy issue``.
There is no official specification, so the parser accepts the 6-field variants
seen in practice (no issue date, or no old-ID field), empty fields, stray spaces
and line endings, and rejects anything else with a ``ValidationError``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.domain.dates import PartialDate, parse_partial_date
from desktop.domain.errors import ValidationError
from desktop.domain.identifiers import Sex
from desktop.domain.text import fold, normalize_name, normalize_spaces

_PREFIX = "Mã QR không đúng định dạng CCCD: "
_LOOKS_LIKE = re.compile(r"\s*\d{12}\s*\|")
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d]")
_COMPACT_DATE = re.compile(r"\d{8}")
_DIGITS = re.compile(r"\d+")
_SEX_WORDS: dict[str, Sex] = {"nam": "M", "nu": "F"}


@dataclass(frozen=True)
class CccdScan:
    """What a CCCD QR code says about its holder; empty fields are "" or ``None``."""

    cccd: str
    old_id: str
    full_name: str
    birth: PartialDate | None
    sex: Sex | None
    address: str
    issued: dt.date | None


def looks_like_cccd_qr(text: str) -> bool:
    """Cheap test used to catch scanner input in any field: 12 digits, a pipe, at least 5 pipes."""
    return bool(_LOOKS_LIKE.match(text)) and text.count("|") >= 5


def parse_cccd_qr(text: object) -> CccdScan:
    """The fields of a scanned CCCD QR line."""
    if not isinstance(text, str):
        raise ValidationError(_PREFIX + "không phải một dòng chữ.", "qr")
    fields = [normalize_spaces(part) for part in _INVISIBLE.sub("", text).strip().split("|")]
    while len(fields) > 7 and not fields[-1]:
        fields.pop()
    if len(fields) == 6:
        fields = _complete_six(fields)
    if len(fields) != 7:
        raise ValidationError(_PREFIX + f"có {len(fields)} trường, cần 6 hoặc 7.", "qr")
    cccd, old_id, name, birth, sex, address, issued = fields
    return CccdScan(
        cccd=_cccd(cccd),
        old_id=_old_id(old_id),
        full_name=normalize_name(name),
        birth=_birth(birth),
        sex=_sex(sex),
        address=address,
        issued=_issued(issued),
    )


def _complete_six(fields: list[str]) -> list[str]:
    """Seven fields from six: the old-ID field or the issue date is missing."""
    old_id_missing = _is_sex(fields[3]) or (
        bool(_COMPACT_DATE.fullmatch(fields[2])) and not _is_sex(fields[4])
    )
    if old_id_missing:
        return [fields[0], "", *fields[1:]]
    return [*fields, ""]


def _is_sex(field: str) -> bool:
    return fold(field) in _SEX_WORDS


def _cccd(field: str) -> str:
    if not re.fullmatch(r"\d{12}", field):
        raise ValidationError(_PREFIX + f"số CCCD “{field}” phải gồm 12 chữ số.", "qr")
    return field


def _old_id(field: str) -> str:
    if field and not _DIGITS.fullmatch(field):
        raise ValidationError(_PREFIX + f"số CMND cũ “{field}” phải là chữ số.", "qr")
    return field


def _birth(field: str) -> PartialDate | None:
    if not field:
        return None
    if not re.fullmatch(r"\d{8}|\d{4}", field):
        raise ValidationError(_PREFIX + f"ngày sinh “{field}” phải có dạng ddmmyyyy.", "qr")
    try:
        return parse_partial_date(field, "Ngày sinh", "qr")
    except ValidationError as error:
        raise _wrapped(error) from None


def _wrapped(error: ValidationError) -> ValidationError:
    """A date error restated as a QR error: "... CCCD: ngày sinh 31/02/1990 không tồn tại."."""
    return ValidationError(_PREFIX + error.message[:1].lower() + error.message[1:], "qr")


def _sex(field: str) -> Sex | None:
    if not field:
        return None
    sex = _SEX_WORDS.get(fold(field))
    if sex is None:
        raise ValidationError(_PREFIX + f"giới tính “{field}” phải là Nam hoặc Nữ.", "qr")
    return sex


def _issued(field: str) -> dt.date | None:
    if not field:
        return None
    if not _COMPACT_DATE.fullmatch(field):
        raise ValidationError(_PREFIX + f"ngày cấp “{field}” phải có dạng ddmmyyyy.", "qr")
    try:
        issued = parse_partial_date(field, "Ngày cấp", "qr")
    except ValidationError as error:
        raise _wrapped(error) from None
    return issued.first_day()
