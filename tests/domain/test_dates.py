from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.dates import (
    PartialDate,
    Precision,
    excel_serial_to_date,
    parse_birth,
    parse_date,
    parse_partial_date,
)
from desktop.domain.errors import ValidationError
from tests.domain.strategies import cell_values

TODAY = dt.date(2026, 1, 15)


# --- PartialDate ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "precision", "display", "iso", "first_day"),
    [
        (PartialDate(1980, 3, 5), Precision.DAY, "05/03/1980", "1980-03-05", dt.date(1980, 3, 5)),
        (PartialDate(1980, 3), Precision.MONTH, "03/1980", "1980-03", dt.date(1980, 3, 1)),
        (PartialDate(1980), Precision.YEAR, "1980", "1980", dt.date(1980, 1, 1)),
    ],
)
def test_partial_date_forms(
    value: PartialDate, precision: Precision, display: str, iso: str, first_day: dt.date
) -> None:
    assert value.precision == precision
    assert value.precision == precision.value  # compares as the plain string too
    assert value.display() == display
    assert value.iso() == iso
    assert value.first_day() == first_day
    assert PartialDate.from_iso(iso) == value


@pytest.mark.parametrize(
    ("year", "month", "day"), [(1990, 2, 31), (1990, 13, None), (1990, None, 5)]
)
def test_partial_date_refuses_impossible_dates(
    year: int, month: int | None, day: int | None
) -> None:
    with pytest.raises(ValueError):
        PartialDate(year, month, day)


@pytest.mark.parametrize("text", ["1980-3-5", "05/03/1980", "1980-02-30", "", "19800"])
def test_from_iso_refuses_other_text(text: str) -> None:
    with pytest.raises(ValidationError):
        PartialDate.from_iso(text)


partial_dates = st.one_of(
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(PartialDate.of),
    st.builds(PartialDate, st.integers(1900, 2100), st.integers(1, 12)),
    st.builds(PartialDate, st.integers(1900, 2100)),
)


@given(partial_dates)
def test_iso_and_display_round_trip(value: PartialDate) -> None:
    assert PartialDate.from_iso(value.iso()) == value
    assert parse_partial_date(value.display()) == value
    assert parse_partial_date(value.iso()) == value


def test_partial_dates_sort_by_year_then_month() -> None:
    assert sorted([PartialDate(1980, 5), PartialDate(1979), PartialDate(1980, 2, 28)]) == [
        PartialDate(1979),
        PartialDate(1980, 2, 28),
        PartialDate(1980, 5),
    ]


# --- Excel serials ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, dt.date(1900, 1, 1)),
        (59, dt.date(1900, 2, 28)),
        (61, dt.date(1900, 3, 1)),
        (29221, dt.date(1980, 1, 1)),
        (29285, dt.date(1980, 3, 5)),
        (29285.75, dt.date(1980, 3, 5)),  # a time of day is dropped
        (Decimal("29285"), dt.date(1980, 3, 5)),
        (45658, dt.date(2025, 1, 1)),
    ],
)
def test_excel_serial_to_date(serial: object, expected: dt.date) -> None:
    assert excel_serial_to_date(serial) == expected


@pytest.mark.parametrize(
    "serial", [60, 0, -1, 0.5, float("nan"), float("inf"), 10**9, "29285", True]
)
def test_excel_serial_refuses(serial: object) -> None:
    with pytest.raises(ValidationError):
        excel_serial_to_date(serial)


@given(st.dates(dt.date(1900, 3, 1), dt.date(9999, 12, 31)))
def test_excel_serial_counts_days_from_1899_12_30_after_the_fake_leap_day(day: dt.date) -> None:
    assert excel_serial_to_date((day - dt.date(1899, 12, 30)).days) == day


@given(cell_values)
def test_excel_serial_raises_only_validation_error(value: object) -> None:
    try:
        result = excel_serial_to_date(value)
    except ValidationError:
        return
    assert result >= dt.date(1900, 1, 1)


# --- parse_birth ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05/03/1980", PartialDate(1980, 3, 5)),
        ("5/3/1980", PartialDate(1980, 3, 5)),
        ("05-03-1980", PartialDate(1980, 3, 5)),
        ("05.03.1980", PartialDate(1980, 3, 5)),
        (" 05 / 03 / 1980 ", PartialDate(1980, 3, 5)),
        ("05031980", PartialDate(1980, 3, 5)),
        ("5031980", PartialDate(1980, 3, 5)),  # ddmmyyyy that lost its zero in a spreadsheet
        (5031980, PartialDate(1980, 3, 5)),
        ("19800305", PartialDate(1980, 3, 5)),  # yyyymmdd, the only reading that is a date
        ("1980-03-05", PartialDate(1980, 3, 5)),
        ("1980-03-05 00:00:00", PartialDate(1980, 3, 5)),
        ("1980-03-05T10:20:30", PartialDate(1980, 3, 5)),
        ("03/1980", PartialDate(1980, 3)),
        ("3/1980", PartialDate(1980, 3)),
        ("03-1980", PartialDate(1980, 3)),
        ("1980-03", PartialDate(1980, 3)),
        ("1980", PartialDate(1980)),
        ("1980.0", PartialDate(1980)),
        (1980, PartialDate(1980)),
        (1980.0, PartialDate(1980)),
        (Decimal("1980"), PartialDate(1980)),
        (29285, PartialDate(1980, 3, 5)),  # Excel serial
        (29285.0, PartialDate(1980, 3, 5)),
        (dt.date(1980, 3, 5), PartialDate(1980, 3, 5)),
        (dt.datetime(1980, 3, 5, 14, 30), PartialDate(1980, 3, 5)),
        ("15/01/2026", PartialDate(2026, 1, 15)),  # today itself
        ("01/2026", PartialDate(2026, 1)),
        ("2026", PartialDate(2026)),
    ],
)
def test_parse_birth_accepts(value: object, expected: PartialDate) -> None:
    assert parse_birth(value, TODAY) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31/02/1990", "Ngày sinh 31/02/1990 không tồn tại."),
        ("29/02/1990", "Ngày sinh 29/02/1990 không tồn tại."),
        ("13/1990", "Ngày sinh 13/1990 không tồn tại."),
        ("00/00/1990", "Ngày sinh 00/00/1990 không tồn tại."),
        ("16/01/2026", "Ngày sinh không được sau ngày hôm nay."),
        ("02/2026", "Ngày sinh không được sau ngày hôm nay."),
        ("2027", "Ngày sinh không được sau ngày hôm nay."),
        (dt.date(2030, 1, 1), "Ngày sinh không được sau ngày hôm nay."),
        ("1899", "Ngày sinh phải từ năm 1900 trở về sau (đang là năm 1899)."),
        (1899, "Ngày sinh phải từ năm 1900 trở về sau (đang là năm 1899)."),
        ("05/03/80", "Ngày sinh “05/03/80” phải ghi năm đủ 4 chữ số."),
        ("năm 1980", "Ngày sinh “năm 1980” không đúng định dạng (dd/mm/yyyy, mm/yyyy hoặc yyyy)."),
        ("", "Chưa nhập ngày sinh."),
        (None, "Chưa nhập ngày sinh."),
        (float("nan"), "Chưa nhập ngày sinh."),
        (True, "Ngày sinh “True” không đúng định dạng."),
    ],
)
def test_parse_birth_rejects_with_message(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_birth(value, TODAY)
    assert caught.value.message == message
    assert caught.value.field == "birth"


@given(st.dates(dt.date(1900, 1, 1), TODAY))
def test_every_past_day_parses_from_every_form(day: dt.date) -> None:
    expected = PartialDate.of(day)
    assert parse_birth(day.strftime("%d/%m/%Y"), TODAY) == expected
    assert parse_birth(f"{day.day}/{day.month}/{day.year}", TODAY) == expected
    assert parse_birth(day.strftime("%d%m%Y"), TODAY) == expected
    assert parse_birth(day.isoformat(), TODAY) == expected
    assert parse_birth(day, TODAY) == expected
    serial = (day - dt.date(1899, 12, 30)).days
    if serial > 2200:  # smaller whole numbers from 1000 on are read as years (see next test)
        assert parse_birth(serial, TODAY) == expected


def test_whole_numbers_up_to_2200_are_years_not_serials() -> None:
    assert parse_birth(1905, TODAY) == PartialDate(1905)
    with pytest.raises(ValidationError, match="trở về sau"):
        parse_birth(1000, TODAY)
    with pytest.raises(ValidationError, match="sau ngày hôm nay"):
        parse_birth(2200, TODAY)
    assert parse_birth(2201, TODAY) == PartialDate(1906, 1, 9)  # Excel serial 2201


@given(st.dates(TODAY + dt.timedelta(days=1), dt.date(9999, 12, 31)))
def test_no_future_day_is_a_birth(day: dt.date) -> None:
    with pytest.raises(ValidationError, match="không được sau ngày hôm nay"):
        parse_birth(day.strftime("%d/%m/%Y"), TODAY)


@given(cell_values, st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)))
def test_parse_birth_raises_only_validation_error(value: object, today: dt.date) -> None:
    try:
        birth = parse_birth(value, today)
    except ValidationError as error:
        assert error.field == "birth"
        return
    assert birth.year >= 1900
    assert birth.first_day() <= today


@given(st.text(alphabet="0123456789/-. :T", max_size=24), st.dates(dt.date(1950, 1, 1)))
def test_parse_birth_on_date_like_text_raises_only_validation_error(
    text: str, today: dt.date
) -> None:
    try:
        birth = parse_birth(text, today)
    except ValidationError:
        return
    assert birth.first_day() <= today


# --- parse_date -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("22/11/2026", dt.date(2026, 11, 22)),
        ("2026-11-22", dt.date(2026, 11, 22)),
        (46348, dt.date(2026, 11, 22)),
        (dt.datetime(2026, 11, 22, 8, 0), dt.date(2026, 11, 22)),
    ],
)
def test_parse_date_accepts(value: object, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("11/2026", "Ngày biên lai cần ghi đủ ngày, tháng, năm (dd/mm/yyyy); đang có “11/2026”."),
        ("2026", "Ngày biên lai cần ghi đủ ngày, tháng, năm (dd/mm/yyyy); đang có “2026”."),
        ("31/11/2026", "Ngày biên lai 31/11/2026 không tồn tại."),
        ("", "Chưa nhập ngày biên lai."),
    ],
)
def test_parse_date_requires_a_full_date(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(value, label="Ngày biên lai", field="receipt_date")
    assert caught.value.message == message
    assert caught.value.field == "receipt_date"


@given(cell_values)
def test_parse_date_raises_only_validation_error(value: object) -> None:
    try:
        result = parse_date(value)
    except ValidationError:
        return
    assert isinstance(result, dt.date)
    assert result.year >= 1900
