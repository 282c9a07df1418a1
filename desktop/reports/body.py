"""The table body as one stream of lines, with totals counted on the way.

Both writers consume the same stream, so section rows, numbering, subtotals
and the grand total are decided once, and totals always equal the rows.
Rows are read one at a time and never kept.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from enum import IntEnum
from typing import TypeAlias

from desktop.reports.definition import CellValue, ReportData, ReportDefinition, Row
from desktop.reports.results import Number, ReportTotals, SectionTotals
from desktop.reports.run_control import CHECK_EVERY, RunControl


class LineKind(IntEnum):
    """What a body line is, which decides its style."""

    SECTION = 0
    ROW = 1
    SUBTOTAL = 2
    TOTAL = 3


BodyLine: TypeAlias = tuple[LineKind, list[CellValue], str]
"""(kind, one value per column, label). A section line's only value, if any, is its numeral."""


class BodyStream:
    """Iterate once over the body lines; ``totals`` is complete afterwards."""

    def __init__(self, definition: ReportDefinition, data: ReportData, control: RunControl) -> None:
        self._definition = definition
        self._data = data
        self._control = control
        self._keys = [column.key for column in definition.columns]
        self._numbering = next(
            (index for index, column in enumerate(definition.columns) if column.numbering), None
        )
        self._summed = [
            (index, column.key) for index, column in enumerate(definition.columns) if column.total
        ]
        self.totals = ReportTotals()

    def __iter__(self) -> Iterator[BodyLine]:
        # None until a value is seen, so a column nobody filled totals to a
        # blank cell rather than a misleading 0.
        grand: list[Number | None] = [None] * len(self._summed)
        rows_done = 0
        continuous = self._definition.numbering_scope == "report"
        for section in self._data.sections:
            section_totals = SectionTotals(section.label)
            self.totals.sections.append(section_totals)
            if section.label:
                yield LineKind.SECTION, _numeral(section.numeral), section.label
            sums: list[Number | None] = [None] * len(self._summed)
            count = 0
            for part in section.blocks():
                if part.label:
                    yield LineKind.SECTION, _numeral(part.numeral), part.label
                number = 0  # row numbers restart under each heading, as on the official forms
                for row in part.rows:
                    values = self._values(row)
                    number += 1
                    if self._numbering is not None and values[self._numbering] is None:
                        values[self._numbering] = rows_done + 1 if continuous else number
                    for slot, (index, key) in enumerate(self._summed):
                        value = values[index]
                        if value is None:
                            continue
                        current = sums[slot]
                        if type(value) is int and type(current) is int:
                            sums[slot] = current + value
                        else:
                            sums[slot] = _add(current, value, key)
                    yield LineKind.ROW, values, ""
                    rows_done += 1
                    if rows_done % CHECK_EVERY == 0:
                        self._control.checkpoint(rows_done)
                count += number
            section_totals.row_count = count
            section_totals.sums = _as_dict(self._summed, sums)
            for slot, subtotal in enumerate(sums):
                if subtotal is not None:
                    grand[slot] = _add(grand[slot], subtotal, self._summed[slot][1])
            if section.subtotal_label:
                yield LineKind.SUBTOTAL, self._spread(sums), section.subtotal_label
        self.totals.row_count = rows_done
        self.totals.sums = _as_dict(self._summed, grand)
        if self._data.grand_total:
            yield LineKind.TOTAL, self._spread(grand), self._definition.total_label
        self._control.finished(rows_done)

    def _values(self, row: Row) -> list[CellValue]:
        """One value per column, in column order."""
        if isinstance(row, Mapping):
            return list(map(row.get, self._keys))
        values = list(row)
        if len(values) != len(self._keys):
            raise ValueError(
                f"Dòng có {len(values)} giá trị nhưng báo cáo có {len(self._keys)} cột: {values!r}"
            )
        return values

    def _spread(self, sums: list[Number | None]) -> list[CellValue]:
        """A totals line: the sums under their columns, blanks elsewhere."""
        values: list[CellValue] = [None] * len(self._keys)
        for slot, (index, _) in enumerate(self._summed):
            values[index] = sums[slot]
        return values


def _numeral(numeral: str) -> list[CellValue]:
    return [numeral] if numeral else []


def _add(total: Number | None, value: object, key: str) -> Number:
    """Exact sum; a float meeting a Decimal goes through its decimal text."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError(f"Cột {key!r} được cộng tổng nhưng có giá trị không phải số: {value!r}")
    if total is None:
        return value
    if isinstance(total, Decimal) or isinstance(value, Decimal):
        return _decimal(total) + _decimal(value)
    return total + value


def _as_dict(summed: list[tuple[int, str]], sums: list[Number | None]) -> dict[str, Number]:
    """Sums by column key; 0 where no row had a value."""
    result: dict[str, Number] = {}
    for (_, key), total in zip(summed, sums, strict=True):
        result[key] = 0 if total is None else total
    return result


def _decimal(value: Number) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))
