"""Rates and amounts that change by decree, as a table of values with effective dates.

Every number a calculation uses (base salary, poverty line, contribution rates,
support shares) is a row "key, in force from, value, unit", so a new decree is a
new row, not a code change, and a calculation for a past date uses the value in
force on that date. ``default_rate_rows()`` seeds the settings; the office edits
them later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date

BP_PER_UNIT = 10_000
"""Basis points in a whole: 450 bp = 4.5%."""


class RateUnit(StrEnum):
    """What a rate value counts."""

    VND = "vnd"  # whole đồng
    BP = "bp"  # 1/10000 of something
    COUNT = "n"  # a plain number (months, multiples)


# Keys. Composite keys take a suffix: a rank, a support category.
BASE_SALARY = "base_salary"
RURAL_POVERTY_LINE = "rural_poverty_line"
HI_HOUSEHOLD_RATE = "hi_household_rate"
HI_HOUSEHOLD_SHARE = "hi_household_share"  # .1 .. .5 (5 = 5th member and later)
HI_STUDENT_SUPPORT = "hi_student_support"
VSI_RATE = "vsi_rate"
VSI_SUPPORT = "vsi_support"  # .poor .near_poor .minority .other
VSI_SUPPORT_MAX_MONTHS = "vsi_support_max_months"
VSI_MAX_INCOME_MULTIPLE = "vsi_max_income_multiple"
LOCAL_SUPPORT_HI = "local_support_hi"  # .<category>

HOUSEHOLD_RANKS = 5
"""Ranks with their own share; the 5th and later members share the 5th's."""

_LABELS: dict[str, str] = {
    BASE_SALARY: "Lương cơ sở (mức tham chiếu)",
    RURAL_POVERTY_LINE: "Chuẩn nghèo khu vực nông thôn",
    HI_HOUSEHOLD_RATE: "Tỷ lệ đóng BHYT hộ gia đình",
    HI_HOUSEHOLD_SHARE: "Tỷ lệ đóng BHYT theo thứ tự thành viên hộ",
    HI_STUDENT_SUPPORT: "Tỷ lệ Nhà nước hỗ trợ BHYT học sinh, sinh viên",
    VSI_RATE: "Tỷ lệ đóng BHXH tự nguyện",
    VSI_SUPPORT: "Tỷ lệ Nhà nước hỗ trợ đóng BHXH tự nguyện",
    VSI_SUPPORT_MAX_MONTHS: "Số tháng tối đa được Nhà nước hỗ trợ đóng BHXH tự nguyện",
    VSI_MAX_INCOME_MULTIPLE: "Mức thu nhập tối đa (số lần mức tham chiếu)",
    LOCAL_SUPPORT_HI: "Tỷ lệ ngân sách địa phương hỗ trợ thêm đóng BHYT",
}


def key(base: str, suffix: str | int) -> str:
    """A composite key: ``key(VSI_SUPPORT, "poor")`` -> "vsi_support.poor"."""
    return f"{base}.{suffix}"


def rate_label(rate_key: str) -> str:
    """The Vietnamese name of a key, for messages and the settings screen."""
    base, _, suffix = rate_key.partition(".")
    label = _LABELS.get(base, rate_key)
    return f"{label} ({suffix})" if suffix else label


@dataclass(frozen=True)
class RateRow:
    """One value of one key, in force from ``effective_from`` until the next row of that key."""

    key: str
    effective_from: dt.date
    value: int
    unit: RateUnit
    note: str = ""


class MissingRateError(ValidationError):
    """No value of a key is in force on the date asked: the settings lack a row."""


class RateTable:
    """Rows by key, answering "what value was in force on this day"."""

    def __init__(self, rows: Iterable[RateRow]) -> None:
        by_key: dict[str, list[RateRow]] = {}
        for row in rows:
            by_key.setdefault(row.key, []).append(row)
        for rate_key, key_rows in by_key.items():
            key_rows.sort(key=lambda row: row.effective_from)
            _check_rows(rate_key, key_rows)
        self._rows = {rate_key: tuple(key_rows) for rate_key, key_rows in by_key.items()}

    def find(self, rate_key: str, on: dt.date) -> int | None:
        """The value in force on ``on``, or ``None`` if the key has no row by then."""
        found = None
        for row in self._rows.get(rate_key, ()):
            if row.effective_from > on:
                break
            found = row.value
        return found

    def value_on(self, rate_key: str, on: dt.date) -> int:
        """The value in force on ``on``; ``MissingRateError`` (Vietnamese) if there is none."""
        value = self.find(rate_key, on)
        if value is None:
            raise MissingRateError(
                f"Chưa có giá trị “{rate_label(rate_key)}” áp dụng cho ngày {format_date(on)}; "
                "hãy bổ sung trong phần Cài đặt mức đóng.",
                rate_key,
            )
        return value

    def unit(self, rate_key: str) -> RateUnit | None:
        """The unit of a key, or ``None`` for an unknown key."""
        rows = self._rows.get(rate_key)
        return rows[0].unit if rows else None

    def rows(self) -> tuple[RateRow, ...]:
        """Every row, by key then date."""
        return tuple(row for rate_key in sorted(self._rows) for row in self._rows[rate_key])

    @classmethod
    def default(cls) -> RateTable:
        """The table of ``default_rate_rows()``."""
        return cls(default_rate_rows())


def _check_rows(rate_key: str, rows: list[RateRow]) -> None:
    """One unit per key, one row per day, no negative values."""
    for row in rows:
        if row.value < 0:
            raise ValidationError(f"Giá trị “{rate_label(rate_key)}” không được âm.", rate_key)
    if len({row.unit for row in rows}) > 1:
        raise ValidationError(
            f"Các giá trị “{rate_label(rate_key)}” phải cùng một đơn vị.", rate_key
        )
    for earlier, later in zip(rows, rows[1:], strict=False):
        if earlier.effective_from == later.effective_from:
            raise ValidationError(
                f"“{rate_label(rate_key)}” có hai giá trị cùng áp dụng từ ngày "
                f"{format_date(later.effective_from)}.",
                rate_key,
            )


def default_rate_rows() -> list[RateRow]:
    """The values known when this version was written, with their legal sources in ``note``."""
    d = dt.date
    vnd, bp, count = RateUnit.VND, RateUnit.BP, RateUnit.COUNT
    rows = [
        RateRow(BASE_SALARY, d(2019, 7, 1), 1_490_000, vnd, "NĐ 38/2019/NĐ-CP"),
        RateRow(BASE_SALARY, d(2023, 7, 1), 1_800_000, vnd, "NĐ 24/2023/NĐ-CP"),
        RateRow(BASE_SALARY, d(2024, 7, 1), 2_340_000, vnd, "NĐ 73/2024/NĐ-CP"),
        # Unconfirmed: announced level, kept here as an editable setting.
        RateRow(BASE_SALARY, d(2026, 7, 1), 2_530_000, vnd, "Chưa xác nhận"),
        RateRow(RURAL_POVERTY_LINE, d(2022, 1, 1), 1_500_000, vnd, "NĐ 07/2021/NĐ-CP"),
        RateRow(HI_HOUSEHOLD_RATE, d(2015, 1, 1), 450, bp, "Luật BHYT; 4,5% lương cơ sở"),
        RateRow(VSI_RATE, d(2018, 1, 1), 2200, bp, "Luật BHXH; 22% thu nhập lựa chọn"),
        RateRow(VSI_SUPPORT_MAX_MONTHS, d(2025, 7, 1), 120, count, "NĐ 159/2025/NĐ-CP"),
        RateRow(VSI_MAX_INCOME_MULTIPLE, d(2025, 7, 1), 20, count, "NĐ 159/2025/NĐ-CP"),
        # Student HI: the state pays 30% of the premium, 50% from 01/07/2025.
        RateRow(HI_STUDENT_SUPPORT, d(2015, 1, 1), 3000, bp),
        RateRow(HI_STUDENT_SUPPORT, d(2025, 7, 1), 5000, bp, "Luật BHYT sửa đổi 2024"),
    ]
    # Đắk Lắk provincial budget ("NSĐP hỗ trợ thêm"), share of the HI premium, by a
    # HĐND resolution in force from 30/10/2025; a person in several groups gets the
    # highest share, not a sum. Taken from the province's announcement; unconfirmed
    # against the signed text. "minority": ethnic minorities in communes no longer
    # classed as disadvantaged.
    local = {"minority": 1500, "near_poor": 3000, "agri_average": 3000, "student": 500}
    rows += [
        RateRow(
            key(LOCAL_SUPPORT_HI, category),
            d(2025, 10, 30),
            share,
            bp,
            "NQ HĐND tỉnh Đắk Lắk 30/10/2025",
        )
        for category, share in local.items()
    ]
    shares = (10000, 7000, 6000, 5000, 4000)
    rows += [
        RateRow(key(HI_HOUSEHOLD_SHARE, rank), d(2015, 1, 1), share, bp, "Luật BHYT")
        for rank, share in enumerate(shares, start=1)
    ]
    # State support for voluntary SI, as a share of 22% of the rural poverty line.
    # Before 01/07/2025 there was no minority class: ``vsi_support`` falls back to "other".
    old = {"poor": 3000, "near_poor": 2500, "other": 1000}
    new = {"poor": 5000, "near_poor": 4000, "minority": 3000, "other": 2000}
    rows += [
        RateRow(key(VSI_SUPPORT, category), d(2018, 1, 1), share, bp, "NĐ 134/2015/NĐ-CP")
        for category, share in old.items()
    ]
    rows += [
        RateRow(key(VSI_SUPPORT, category), d(2025, 7, 1), share, bp, "NĐ 159/2025/NĐ-CP")
        for category, share in new.items()
    ]
    # The 120-month cap and the 20x ceiling also applied before 2025 (then "10 years"
    # and "20 x base salary"); keep them from the start of state support.
    rows += [
        RateRow(VSI_SUPPORT_MAX_MONTHS, d(2018, 1, 1), 120, count, "NĐ 134/2015/NĐ-CP"),
        RateRow(VSI_MAX_INCOME_MULTIPLE, d(2018, 1, 1), 20, count, "Luật BHXH 2014"),
    ]
    return rows
