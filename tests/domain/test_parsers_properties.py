"""Every parser of what a person types or a cell holds: a value, or ValidationError, never anything else.

The per-parser files cover IDs, birth dates, Excel serials and QR lines; this
one covers the rest (partial dates, names, the money and count parsers of the
forms, the cell helpers) and the round trips between what the screens show
and what the parsers read back.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.cells import cell_text, integral_number, is_blank, is_number
from desktop.domain.dates import PartialDate, Precision, parse_date, parse_partial_date
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date, format_int, format_money
from desktop.domain.identifiers import normalize_cccd, normalize_phone, normalize_si_code
from desktop.domain.text import fold, normalize_name, normalize_spaces
from desktop.services.imports.cells import parse_amount
from desktop.services.targets import COUNT_METRICS, RATE_METRICS, parse_target
from tests.domain.strategies import cell_values

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
names = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " '-\t\u00a0\n", max_size=40)
amounts = st.integers(min_value=0, max_value=10**12)


def _only_validation_errors(parser: object, value: object) -> object | None:
    try:
        return parser(value)  # type: ignore[operator]
    except ValidationError as error:
        assert error.message and str(error) == error.message
        return None


# --- partial dates (enrollment periods, "Từ tháng", "Đến ngày") ---------------------------------


@given(cell_values)
def test_parse_partial_date_raises_only_validation_error(value: object) -> None:
    result = _only_validation_errors(parse_partial_date, value)
    assert result is None or isinstance(result, PartialDate)


@given(st.text(alphabet="0123456789/-. :T", max_size=24))
def test_date_like_text_gives_a_date_or_a_message(text: str) -> None:
    result = _only_validation_errors(parse_partial_date, text)
    if isinstance(result, PartialDate):
        assert 1 <= result.year <= 9999
        assert result.precision in tuple(Precision)


@given(st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)))
def test_shown_dates_read_back_as_the_same_day(day: dt.date) -> None:
    assert parse_date(format_date(day)) == day
    assert parse_partial_date(format_date(day)) == PartialDate.of(day)


@given(st.integers(1900, 2200), st.integers(1, 12))
def test_month_and_year_forms_read_back_with_their_precision(year: int, month: int) -> None:
    month_only = parse_partial_date(f"{month:02d}/{year}")
    assert (month_only.year, month_only.month, month_only.precision) == (year, month, Precision.MONTH)
    assert parse_partial_date(str(year)).precision is Precision.YEAR


# --- names and search keys ---------------------------------------------------------------------


@given(st.text())
def test_name_cleaning_never_fails_and_is_idempotent(text: str) -> None:
    name = normalize_name(text)
    assert normalize_name(name) == name
    assert name == name.strip() and "  " not in name and "\u00a0" not in name
    assert unicodedata.is_normalized("NFC", name)


@given(st.text())
def test_fold_is_idempotent_and_single_spaced(text: str) -> None:
    key = fold(text)
    assert fold(key) == key
    assert key == key.strip() and "  " not in key


@given(names)
def test_fold_of_a_vietnamese_name_is_plain_lower_case_ascii(text: str) -> None:
    key = fold(text)
    assert key.isascii() and key == key.lower()
    assert fold(normalize_name(text)) == key
    assert fold(unicodedata.normalize("NFD", text)) == key  # a name typed with combining marks matches


@given(st.text())
def test_spaces_normalisation_is_idempotent(text: str) -> None:
    assert normalize_spaces(normalize_spaces(text)) == normalize_spaces(text)


# --- cell helpers (every import parser goes through them) --------------------------------------


@given(cell_values)
def test_cell_helpers_accept_anything(value: object) -> None:
    blank, number, whole = is_blank(value), is_number(value), integral_number(value)
    assert isinstance(blank, bool) and isinstance(number, bool)
    assert whole is None or (number and isinstance(whole, int))
    assert isinstance(cell_text(value), str)


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_whole_numbers_survive_every_numeric_cell_type(number: int) -> None:
    assert integral_number(number) == number
    assert integral_number(float(number)) == int(float(number))


# --- money and targets -----------------------------------------------------------


@given(amounts)
def test_money_as_shown_reads_back_in_the_import(amount: int) -> None:
    assert parse_amount(format_money(amount)) == amount
    assert parse_amount(format_int(amount)) == amount
    assert parse_amount(amount) == amount
    assert parse_amount(float(amount)) == amount


METRICS = st.sampled_from(sorted({*COUNT_METRICS, *RATE_METRICS}))
finite_cells = cell_values.filter(lambda v: not (isinstance(v, float) and not abs(v) < 1e15))


@given(METRICS, finite_cells)
def test_targets_raise_only_validation_error(metric: str, value: object) -> None:
    result = _only_validation_errors(lambda v: parse_target(metric, v), value)
    assert result is None or isinstance(result, int)


@pytest.mark.parametrize(("metric", "value"), [("new_hi_hh", math.nan), ("hi_coverage", -math.inf),
                                               ("hi_coverage", -1.8e306)])
def test_targets_refuse_non_finite_cells_with_a_message(metric: str, value: float) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_target(metric, value)
    assert refused.value.message and refused.value.field == metric


@pytest.mark.parametrize("value", [-5, -0.5, -120.0])
def test_negative_targets_are_refused(value: object) -> None:
    with pytest.raises(ValidationError, match="số âm"):
        parse_target("new_hi_hh", value)


# --- identifiers typed with the usual noise --------------------------------------------------


@given(st.text(alphabet="0123456789 .-'+\u00a0", max_size=20))
def test_identifier_parsers_on_digit_noise_raise_only_validation_error(text: str) -> None:
    for parser, length in ((normalize_cccd, 12), (normalize_si_code, 10)):
        result = _only_validation_errors(parser, text)
        assert result is None or (isinstance(result, str) and result.isdigit() and len(result) == length)
    phone = _only_validation_errors(normalize_phone, text)
    assert phone is None or (isinstance(phone, str) and phone.isdigit())


@pytest.mark.parametrize("value", ["", "   ", None])
def test_blank_identifiers_are_a_message_or_nothing(value: object) -> None:
    for parser in (normalize_cccd, normalize_si_code, normalize_phone):
        assert _only_validation_errors(parser, value) in (None, "")
