"""Plain values for a spreadsheet: sheets as lists of rows of Python values.

Every format ends up here, so the table finder and the import service see one
shape whatever the file was: row ``i`` of ``Sheet.rows`` is spreadsheet row
``i + 1``, column ``j`` is column ``j + 1``, and an empty cell is ``None``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeAlias

from desktop.io.errors import UnreadableFile, quoted
from desktop.io.sniff import FileKind

CellValue: TypeAlias = str | int | float | bool | dt.datetime | dt.date | dt.time | dt.timedelta | None
Rows: TypeAlias = list[list[CellValue]]


@dataclass(frozen=True, slots=True)
class CellRange:
    """A merged block of cells, 0-based and inclusive on both ends."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int


@dataclass(frozen=True)
class Sheet:
    """One worksheet (or one HTML table) as rows of plain values."""

    name: str
    rows: Rows
    merged: tuple[CellRange, ...] = ()
    file_name: str = ""

    @property
    def width(self) -> int:
        """Number of columns of the widest row."""
        return max((len(row) for row in self.rows), default=0)

    def cell(self, row: int, col: int) -> CellValue:
        """Value at 0-based (row, col), ``None`` outside the data."""
        if 0 <= row < len(self.rows):
            values = self.rows[row]
            if 0 <= col < len(values):
                return values[col]
        return None


class SheetSource(Protocol):
    """Where a workbook's sheets come from; loading may be deferred and costly."""

    def load(self, name: str, nrows: int | None) -> Sheet:
        """The sheet called ``name``, or only its first ``nrows`` rows."""
        ...


class MemorySource:
    """Sheets already parsed (CSV, HTML): loading is slicing."""

    def __init__(self, sheets: Sequence[Sheet]) -> None:
        self._sheets = {sheet.name: sheet for sheet in sheets}

    def load(self, name: str, nrows: int | None) -> Sheet:
        """The stored sheet, cut to ``nrows`` rows when asked."""
        sheet = self._sheets[name]
        if nrows is None or nrows >= len(sheet.rows):
            return sheet
        return Sheet(sheet.name, sheet.rows[:nrows], sheet.merged, sheet.file_name)


class Workbook:
    """A readable file: its kind, its sheet names, and sheets read on demand.

    Only the sheet the user imports is converted in full, which matters for a
    workbook holding several large lists.
    """

    def __init__(
        self,
        path: Path,
        kind: FileKind,
        sheet_names: Sequence[str],
        source: SheetSource,
        hidden_sheets: frozenset[str] = frozenset(),
        text_encoding: str | None = None,
        delimiter: str | None = None,
    ) -> None:
        self.path = path
        self.kind = kind
        self.sheet_names: tuple[str, ...] = tuple(sheet_names)
        self.hidden_sheets = hidden_sheets
        self.text_encoding = text_encoding
        self.delimiter = delimiter
        self._source = source
        self._cache: dict[str, Sheet] = {}

    def __repr__(self) -> str:
        return f"Workbook({self.path.name!r}, kind={self.kind.value}, sheets={self.sheet_names!r})"

    @property
    def visible_sheet_names(self) -> tuple[str, ...]:
        """Sheet names a person sees in Excel (hidden ones left out)."""
        return tuple(name for name in self.sheet_names if name not in self.hidden_sheets)

    @property
    def sheets(self) -> list[Sheet]:
        """Every sheet, read in full."""
        return [self.sheet(name) for name in self.sheet_names]

    def sheet(self, name: str | None = None) -> Sheet:
        """The named sheet (default: the first visible one), read once and kept."""
        name = self._resolve(name)
        if name not in self._cache:
            self._cache[name] = self._source.load(name, None)
        return self._cache[name]

    def preview(self, name: str | None = None, nrows: int = 60) -> Sheet:
        """The first ``nrows`` rows only: enough to find a header cheaply."""
        name = self._resolve(name)
        if name in self._cache:
            full = self._cache[name]
            return Sheet(full.name, full.rows[:nrows], full.merged, full.file_name)
        return self._source.load(name, nrows)

    def _resolve(self, name: str | None) -> str:
        if name is None:
            names = self.visible_sheet_names or self.sheet_names
            if not names:
                raise UnreadableFile(f"Tệp {quoted(self.path)} không có trang tính nào.")
            return names[0]
        if name not in self.sheet_names:
            raise UnreadableFile(f"Tệp {quoted(self.path)} không có trang tính “{name}”.")
        return name
