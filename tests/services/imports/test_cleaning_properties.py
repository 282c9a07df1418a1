"""Cleaning imported cells: any cell gives a value or a row message, never an exception.

The cell parsers raise only ValidationError (the row parser turns it into a
message on the row); a whole row of arbitrary cells under every field is
cleaned into a row with values or messages, and the list is never aborted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_int, format_money
from desktop.io.columns import FIELD_LABELS, Field
from desktop.io.table import DataRow
from desktop.services.imports import SheetTable, open_source, parse_rows, read_table
from desktop.services.imports.cells import (
    is_female_mark,
    key_of,
    parse_amount,
    parse_category,
    parse_code,
    parse_months,
    parse_scheme,
    parse_sex,
    text_of,
)
from desktop.services.imports.rows import CleanRow, clean_name
from tests.domain.strategies import cell_values, digit_text
from tests.io.conftest import write_xlsx

TODAY = dt.date(2025, 11, 22)
PARSERS: tuple[Callable[[object], object], ...] = (
    parse_amount, parse_months, parse_sex, is_female_mark, parse_scheme, parse_category, parse_code, text_of,
    clean_name,
)
FIELDS = tuple(Field)
read_cells = st.one_of(  # what the readers hand over (desktop.io.workbook.CellValue)
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(), digit_text, st.dates(), st.datetimes(),
    st.times(), st.timedeltas(),
)
row_cells = st.lists(st.one_of(read_cells, st.sampled_from(
    ["Nam", "Nữ", "X", "x", "01/2025", "12", "1.263.600 đ", "066190000022", "Thôn 3", "Ea Kiết", "Kinh",
     "Ê Đê", "NV001", "Chủ hộ", "Hộ nghèo", "BHYT hộ gia đình", "  ", "'0905123456"])),
    min_size=len(FIELDS), max_size=len(FIELDS))


@given(cell_values)
def test_cell_parsers_raise_only_validation_error(value: object) -> None:
    for parser in PARSERS:
        try:
            parser(value)
        except ValidationError as error:
            assert error.message and error.field
    assert isinstance(key_of(text_of(value)), str)


@given(st.integers(min_value=0, max_value=10**12))
def test_amounts_as_shown_or_typed_read_back(amount: int) -> None:
    for shown in (format_money(amount), format_int(amount), format_int(amount).replace(".", ","), str(amount),
                  f"{amount} đồng", f"{amount}.0"):
        assert parse_amount(shown) == amount, shown


@given(st.integers(1, 120))
def test_months_in_usual_forms_read_back(months: int) -> None:
    for typed in (months, float(months), str(months), f"{months} tháng", f"{months}th", f"{months}.0"):
        assert parse_months(typed) == months


@functools.cache
def _template() -> SheetTable:
    """A sheet whose header has one column per field (built once: tables are immutable)."""
    folder = Path(tempfile.mkdtemp(prefix="ansinh-props-"))
    header = [FIELD_LABELS[f] for f in FIELDS]
    path = write_xlsx(folder / "ds.xlsx", [header, ["Nguyễn Văn An", *[None] * (len(FIELDS) - 1)]])
    return read_table(open_source(path))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(row_cells, min_size=1, max_size=6))
def test_any_rows_under_every_field_are_cleaned_into_values_or_messages(rows: list[list[object]]) -> None:
    template = _template()
    data = [DataRow(number, list(values)) for number, values in enumerate(rows, start=2)]
    table = dataclasses.replace(template, table=dataclasses.replace(template.table, rows=data),
                                row_count=len(data))
    parsed = parse_rows(table, dict(enumerate(FIELDS)), TODAY)
    assert [row.number for row in parsed.rows] == [row.number for row in data]
    for row in parsed.rows:
        assert isinstance(row, CleanRow)
        assert all(isinstance(name, str) and message for name, message in row.errors)
        if not row.errors:
            assert row.full_name and row.search_key
        assert row.cccd is None or (len(row.cccd) == 12 and row.cccd.isdigit())
        assert row.si_code is None or (len(row.si_code) == 10 and row.si_code.isdigit())
