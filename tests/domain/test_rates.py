from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import rates as r
from desktop.domain.errors import ValidationError
from desktop.domain.rates import MissingRateError, RateRow, RateTable, RateUnit, default_rate_rows

D = dt.date


@pytest.fixture
def table() -> RateTable:
    return RateTable.default()


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2024, 6, 30), 1_800_000),
        (D(2024, 7, 1), 2_340_000),
        (D(2026, 6, 30), 2_340_000),
        (D(2026, 7, 1), 2_530_000),
        (D(2030, 1, 1), 2_530_000),
    ],
)
def test_base_salary_in_force_on_a_day(table: RateTable, day: dt.date, expected: int) -> None:
    assert table.value_on(r.BASE_SALARY, day) == expected


@pytest.mark.parametrize(
    ("rate_key", "day", "expected"),
    [
        (r.RURAL_POVERTY_LINE, D(2025, 7, 1), 1_500_000),
        (r.HI_HOUSEHOLD_RATE, D(2025, 7, 1), 450),
        (r.VSI_RATE, D(2025, 7, 1), 2200),
        (r.key(r.HI_HOUSEHOLD_SHARE, 1), D(2025, 7, 1), 10000),
        (r.key(r.HI_HOUSEHOLD_SHARE, 2), D(2025, 7, 1), 7000),
        (r.key(r.HI_HOUSEHOLD_SHARE, 3), D(2025, 7, 1), 6000),
        (r.key(r.HI_HOUSEHOLD_SHARE, 4), D(2025, 7, 1), 5000),
        (r.key(r.HI_HOUSEHOLD_SHARE, 5), D(2025, 7, 1), 4000),
        (r.key(r.VSI_SUPPORT, "poor"), D(2025, 6, 30), 3000),
        (r.key(r.VSI_SUPPORT, "near_poor"), D(2025, 6, 30), 2500),
        (r.key(r.VSI_SUPPORT, "other"), D(2025, 6, 30), 1000),
        (r.key(r.VSI_SUPPORT, "poor"), D(2025, 7, 1), 5000),
        (r.key(r.VSI_SUPPORT, "near_poor"), D(2025, 7, 1), 4000),
        (r.key(r.VSI_SUPPORT, "minority"), D(2025, 7, 1), 3000),
        (r.key(r.VSI_SUPPORT, "other"), D(2025, 7, 1), 2000),
        (r.HI_STUDENT_SUPPORT, D(2025, 6, 30), 3000),
        (r.HI_STUDENT_SUPPORT, D(2025, 7, 1), 5000),
        (r.key(r.LOCAL_SUPPORT_HI, "minority"), D(2025, 10, 30), 1500),
        (r.VSI_SUPPORT_MAX_MONTHS, D(2025, 7, 1), 120),
        (r.VSI_MAX_INCOME_MULTIPLE, D(2025, 7, 1), 20),
    ],
)
def test_default_values(table: RateTable, rate_key: str, day: dt.date, expected: int) -> None:
    assert table.value_on(rate_key, day) == expected


def test_no_minority_class_before_july_2025(table: RateTable) -> None:
    assert table.find(r.key(r.VSI_SUPPORT, "minority"), D(2025, 6, 30)) is None


def test_local_support_is_not_in_force_before_its_resolution(table: RateTable) -> None:
    assert table.find(r.key(r.LOCAL_SUPPORT_HI, "minority"), D(2025, 10, 29)) is None


def test_units_of_default_rows(table: RateTable) -> None:
    assert table.unit(r.BASE_SALARY) is RateUnit.VND
    assert table.unit(r.HI_HOUSEHOLD_RATE) is RateUnit.BP
    assert table.unit(r.VSI_SUPPORT_MAX_MONTHS) is RateUnit.COUNT
    assert table.unit("no_such_key") is None
    assert all(len(unit.value) <= 4 for unit in RateUnit)  # fits rate_values.unit


def test_missing_rate_says_which_and_when(table: RateTable) -> None:
    with pytest.raises(MissingRateError) as caught:
        table.value_on(r.RURAL_POVERTY_LINE, D(2021, 12, 31))
    assert caught.value.message == (
        "Chưa có giá trị “Chuẩn nghèo khu vực nông thôn” áp dụng cho ngày 31/12/2021; "
        "hãy bổ sung trong phần Cài đặt mức đóng."
    )
    assert isinstance(caught.value, ValidationError)


def test_two_values_from_the_same_day_are_refused() -> None:
    rows = [
        RateRow(r.BASE_SALARY, D(2024, 7, 1), 2_340_000, RateUnit.VND),
        RateRow(r.BASE_SALARY, D(2024, 7, 1), 2_350_000, RateUnit.VND),
    ]
    with pytest.raises(ValidationError, match="hai giá trị cùng áp dụng từ ngày 01/07/2024"):
        RateTable(rows)


def test_mixed_units_and_negative_values_are_refused() -> None:
    with pytest.raises(ValidationError, match="cùng một đơn vị"):
        RateTable(
            [
                RateRow(r.VSI_RATE, D(2018, 1, 1), 2200, RateUnit.BP),
                RateRow(r.VSI_RATE, D(2025, 1, 1), 22, RateUnit.VND),
            ]
        )
    with pytest.raises(ValidationError, match="không được âm"):
        RateTable([RateRow(r.VSI_RATE, D(2018, 1, 1), -1, RateUnit.BP)])


def test_rows_come_back_sorted_whatever_the_input_order() -> None:
    rows = default_rate_rows()
    table = RateTable(reversed(rows))
    assert sorted(table.rows(), key=lambda row: (row.key, row.effective_from)) == list(table.rows())
    assert set(table.rows()) == set(rows)


def test_labels_name_composite_keys() -> None:
    assert r.rate_label("base_salary") == "Lương cơ sở (mức tham chiếu)"
    assert r.rate_label("vsi_support.poor") == "Tỷ lệ Nhà nước hỗ trợ đóng BHXH tự nguyện (poor)"
    assert r.rate_label("unknown") == "unknown"


@given(
    st.dictionaries(
        st.dates(D(2000, 1, 1), D(2040, 12, 31)), st.integers(0, 10**9), min_size=1, max_size=8
    ),
    st.dates(D(1999, 1, 1), D(2041, 12, 31)),
)
def test_value_on_is_the_latest_row_not_after_the_day(
    values: dict[dt.date, int], day: dt.date
) -> None:
    table = RateTable(RateRow("x", start, value, RateUnit.VND) for start, value in values.items())
    in_force = [start for start in values if start <= day]
    if in_force:
        assert table.value_on("x", day) == values[max(in_force)]
    else:
        assert table.find("x", day) is None
        with pytest.raises(MissingRateError):
            table.value_on("x", day)
