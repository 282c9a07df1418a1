"""Dates as people and spreadsheets give them, including birth dates known only in part.

Many rural participants know only their birth year, or month and year, so a
birth date is a ``PartialDate`` that remembers its precision instead of
inventing a day. Parsers accept text in the usual Vietnamese forms, ``date`` /
``datetime`` objects and Excel serial numbers, and raise only ``ValidationError``.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop.domain.cells import cell_text, integral_number, is_blank, is_number
from desktop.domain.errors import ValidationError

MIN_YEAR = 1900
# Whole numbers in this range are read as a year, not as an Excel serial: those
# serials are days in 1902-1906, no living participant's birth and no receipt.
_YEAR_LIKE = range(1000, 2201)

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_MAX_SERIAL = (dt.date.max - _EXCEL_EPOCH).days
_EXCEL_FAKE_LEAP_DAY = 60  # Excel's 29/02/1900, a day that never was


class Precision(StrEnum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # Raises ValueError for an impossible date; parsers check before building.
        dt.date(
            self.year,
            1 if self.month is None else self.month,
            1 if self.day is None else self.day,
        )

    @property
    def precision(self) -> Precision:
        """Day, month or year."""
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    def first_day(self) -> dt.date:
        """The earliest day it may mean (1 January for a bare year): used for sorting and ages."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def display(self) -> str:
        """As printed on forms: "05/03/1980", "03/1980" or "1980"."""
        if self.day is not None:
            return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"
        if self.month is not None:
            return f"{self.month:02d}/{self.year:04d}"
        return f"{self.year:04d}"

    def iso(self) -> str:
        """As stored: "1980-03-05", "1980-03" or "1980"."""
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Read what ``iso()`` wrote; ``ValidationError`` for anything else."""
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
        if not match:
            raise ValidationError(f"Ngày “{text}” không đúng dạng yyyy-mm-dd, yyyy-mm hoặc yyyy.")
        year, month, day = match.groups()
        return _build(
            int(year), int(month) if month else None, int(day) if day else None, "Ngày", "date"
        )

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        """The full date ``day``."""
        return cls(day.year, day.month, day.day)


def excel_serial_to_date(serial: object) -> dt.date:
    """The day an Excel serial number means (1900 date system; any time of day is dropped).

    Follows Excel's own count, which has a 29/02/1900 (serial 60) that never
    existed: serials after it are off by one from a plain day count.
    """
    if isinstance(serial, bool) or not isinstance(serial, numbers.Real | Decimal):
        raise ValidationError(f"“{serial}” không phải số ngày kiểu Excel.", "date")
    try:
        as_float = float(serial)
    except (OverflowError, ValueError):
        as_float = math.nan
    if math.isnan(as_float) or not 1 <= as_float < _EXCEL_MAX_SERIAL + 1:
        raise ValidationError(f"Số ngày kiểu Excel {serial} nằm ngoài khoảng cho phép.", "date")
    whole = math.floor(as_float)
    if whole == _EXCEL_FAKE_LEAP_DAY:
        raise ValidationError("Ngày 29/02/1900 (số ngày Excel 60) không tồn tại.", "date")
    if whole < _EXCEL_FAKE_LEAP_DAY:
        whole += 1
    return _EXCEL_EPOCH + dt.timedelta(days=whole)


_SEP = r"\s*[/\-.]\s*"
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DMY = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}}){_TIME}")
_DMY_SHORT_YEAR = re.compile(rf"\d{{1,2}}{_SEP}\d{{1,2}}{_SEP}\d{{2}}")
_YMD = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}}){_TIME}")
_MY = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{4}})")
_YM = re.compile(r"(\d{4})-(\d{1,2})")
_COMPACT = re.compile(r"\d{7,8}")
_YEAR = re.compile(r"(\d{4})(?:\.0+)?")


def _build(year: int, month: int | None, day: int | None, label: str, field: str) -> PartialDate:
    """A checked PartialDate, with Vietnamese messages naming ``label`` ("Ngày sinh")."""
    if year < MIN_YEAR:
        raise ValidationError(
            f"{label} phải từ năm {MIN_YEAR} trở về sau (đang là năm {year}).", field
        )
    shown = "/".join(f"{part:02d}" for part in (day, month) if part is not None)
    shown = f"{shown}/{year:04d}" if shown else f"{year:04d}"
    try:
        return PartialDate(year, month, day)
    except ValueError:
        raise ValidationError(f"{label} {shown} không tồn tại.", field) from None


def parse_partial_date(value: object, label: str = "Ngày", field: str = "date") -> PartialDate:
    """A date to the day, month or year, from any form a cell or a person gives it.

    Text: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, ddmmyyyy, mm/yyyy, yyyy,
    yyyy-mm-dd (a time after it is ignored). Numbers: a year (1980, 1980.0), a
    ddmmyyyy that lost its leading zero (5031980), or an Excel serial.
    No check against today: see ``parse_birth``.
    """
    if is_blank(value):
        raise ValidationError(f"Chưa nhập {label[:1].lower() + label[1:]}.", field)
    if isinstance(value, dt.date):  # datetime included
        return _build(value.year, value.month, value.day, label, field)
    if is_number(value):
        return _from_number(value, label, field)
    if not isinstance(value, str):
        raise ValidationError(f"{label} “{value}” không đúng định dạng.", field)
    return _from_text(cell_text(value), label, field)


def _from_number(value: object, label: str, field: str) -> PartialDate:
    whole = integral_number(value)
    if whole is not None and whole in _YEAR_LIKE:
        return _build(whole, None, None, label, field)
    if whole is not None and 1_000_000 <= whole <= 99_999_999:
        return _from_text(str(whole).zfill(8), label, field)
    try:
        return PartialDate.of(excel_serial_to_date(value))
    except ValidationError:
        raise ValidationError(f"{label} “{value}” không đúng định dạng.", field) from None


def _from_text(text: str, label: str, field: str) -> PartialDate:
    if match := _DMY.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
        return _build(year, month, day, label, field)
    if match := _YMD.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        return _build(year, month, day, label, field)
    if match := _YM.fullmatch(text):
        year, month = (int(part) for part in match.groups())
        return _build(year, month, None, label, field)
    if match := _MY.fullmatch(text):
        month, year = (int(part) for part in match.groups())
        return _build(year, month, None, label, field)
    if _COMPACT.fullmatch(text):
        return _from_compact(text.zfill(8), label, field)
    if match := _YEAR.fullmatch(text):
        return _build(int(match.group(1)), None, None, label, field)
    if _DMY_SHORT_YEAR.fullmatch(text):
        raise ValidationError(f"{label} “{text}” phải ghi năm đủ 4 chữ số.", field)
    raise ValidationError(
        f"{label} “{text}” không đúng định dạng (dd/mm/yyyy, mm/yyyy hoặc yyyy).", field
    )


def _from_compact(digits: str, label: str, field: str) -> PartialDate:
    """ddmmyyyy, or yyyymmdd when only that reading gives a real date."""
    day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    if year < MIN_YEAR <= int(digits[:4]):
        try:
            return PartialDate(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        except ValueError:
            pass
    return _build(year, month, day, label, field)


def parse_birth(value: object, today: dt.date | None = None) -> PartialDate:
    """A birth date, possibly only month and year or year, not after ``today``."""
    birth = parse_partial_date(value, "Ngày sinh", "birth")
    today = today or dt.date.today()
    known_part_of_today = (today.year, today.month, today.day)[: _parts(birth)]
    if _tuple(birth) > known_part_of_today:
        raise ValidationError("Ngày sinh không được sau ngày hôm nay.", "birth")
    return birth


def _parts(value: PartialDate) -> int:
    return {Precision.YEAR: 1, Precision.MONTH: 2, Precision.DAY: 3}[value.precision]


def _tuple(value: PartialDate) -> tuple[int, ...]:
    return tuple(part for part in (value.year, value.month, value.day) if part is not None)


def parse_date(value: object, label: str = "Ngày", field: str = "date") -> dt.date:
    """A full date (receipts, payments): same inputs as ``parse_partial_date`` but the day is required."""
    parsed = parse_partial_date(value, label, field)
    if parsed.precision is not Precision.DAY:
        raise ValidationError(
            f"{label} cần ghi đủ ngày, tháng, năm (dd/mm/yyyy); đang có “{parsed.display()}”.",
            field,
        )
    return parsed.first_day()
