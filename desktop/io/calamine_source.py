"""Excel and OpenDocument files through python-calamine (Rust, fast).

calamine returns cached formula results, reads .xlsx/.xlsm/.xlsb/.xls/.ods
alike, and parses one sheet only when it is asked for. Its errors, including
Rust panics, are turned into ``UnreadableFile`` here so no library traceback
reaches the user.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import python_calamine

from desktop.domain.formatting import format_int
from desktop.io.errors import UnreadableFile, quoted
from desktop.io.isolated import parse_isolated
from desktop.io.limits import MAX_CELLS, check_archive
from desktop.io.sniff import FileKind, message_for
from desktop.io.workbook import CellRange, CellValue, Rows, Sheet, Workbook
from desktop.io.xlsx_extent import column_letters, oversized_sheets

_PASS_THROUGH = (KeyboardInterrupt, SystemExit, GeneratorExit)
ISOLATED_KINDS = frozenset({FileKind.XLS, FileKind.ODS, FileKind.XLSB})
"""Formats read in a child process with a memory limit: calamine can abort or exhaust memory on damaged
ones, and their cells cannot be counted beforehand (binary records, repeated OpenDocument cells)."""
ZIPPED_KINDS = frozenset({FileKind.XLSX, FileKind.XLSM, FileKind.XLSB, FileKind.ODS})


@contextmanager
def library_errors(path: Path) -> Iterator[None]:
    """Turn anything a parsing library raises into ``UnreadableFile``."""
    try:
        yield
    except UnreadableFile:
        raise
    except python_calamine.PasswordError as exc:
        raise UnreadableFile(message_for(FileKind.ENCRYPTED, path)) from exc
    except BaseException as exc:  # pyo3 panics derive from BaseException
        if isinstance(exc, _PASS_THROUGH):
            raise
        raise UnreadableFile(message_for(FileKind.CORRUPT, path)) from exc


def clean_row(row: list[Any]) -> list[CellValue]:
    """calamine's "" becomes None and whole floats (IDs stored as numbers) become int."""
    return [
        None if v == "" else (int(v) if v.__class__ is float and v.is_integer() else v)
        for v in row
    ]


class CalamineSource:
    """Sheets of one workbook held in memory, converted to Python on request."""

    def __init__(self, data: bytes, path: Path, kind: FileKind) -> None:
        self._path = path
        self._sheets: dict[str, python_calamine.CalamineSheet] = {}
        self._oversized = _oversized(data, path)
        with library_errors(path):
            self._book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            metadata = list(self._book.sheets_metadata)
        worksheet = python_calamine.SheetTypeEnum.WorkSheet
        visible = python_calamine.SheetVisibleEnum.Visible
        self.sheet_names = [m.name for m in metadata if m.typ == worksheet]
        self.hidden = frozenset(m.name for m in metadata if m.typ == worksheet and m.visible != visible)

    def load(self, name: str, nrows: int | None) -> Sheet:
        """Rows from spreadsheet row 1 and column A, so positions match what users see."""
        if name in self._oversized:
            raise self._too_large(name, self._oversized[name])
        with library_errors(self._path):
            sheet = self._sheets.get(name)
            if sheet is None:
                sheet = self._book.get_sheet_by_name(name)
                self._sheets[name] = sheet
            end = sheet.end or (0, 0)
            if (end[0] + 1) * (end[1] + 1) > MAX_CELLS:
                raise self._too_large(name, f"{column_letters(end[1] + 1)}{end[0] + 1}")
            raw = sheet.to_python(skip_empty_area=False, nrows=nrows)
            merged = sheet.merged_cell_ranges or []
        rows: Rows = [clean_row(row) for row in raw]
        ranges = tuple(CellRange(a[0], a[1], b[0], b[1]) for a, b in merged)
        return Sheet(name, rows, ranges, self._path.name)


    def _too_large(self, name: str, far_cell: str) -> UnreadableFile:
        return too_large(name, self._path, far_cell)


def too_large(name: str, path: Path, far_cell: str) -> UnreadableFile:
    return UnreadableFile(
        f"Trang tính “{name}” của tệp {quoted(path)} có dữ liệu nằm tận ô {far_cell}, bảng quá rộng để đọc "
        f"(giới hạn {format_int(MAX_CELLS)} ô tính từ A1). Hãy xoá các ô thừa nằm xa bảng rồi lưu lại."
    )


class IsolatedSource:
    """A legacy .xls or .ods read whole in a child process (see desktop.io.isolated)."""

    def __init__(self, data: bytes, path: Path) -> None:
        self._path = path
        self._book = parse_isolated(data, path)
        self.sheet_names = self._book.sheet_names
        self.hidden = self._book.hidden

    def load(self, name: str, nrows: int | None) -> Sheet:
        parsed = self._book.sheets[name]
        if parsed.far_cell:
            raise too_large(name, self._path, parsed.far_cell)
        rows = parsed.rows if nrows is None else parsed.rows[:nrows]
        ranges = tuple(CellRange(*merged) for merged in parsed.merged)
        return Sheet(name, [clean_row(row) for row in rows], ranges, self._path.name)


def _oversized(data: bytes, path: Path) -> dict[str, str]:
    """Sheets whose far cells would make calamine allocate without bound.

    A part that expands beyond its declared size or checksum is a damaged (or hostile)
    file: refused here, never handed to calamine.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return oversized_sheets(archive)
    except UnreadableFile:
        raise
    except Exception as exc:  # zipfile and the XML parser raise many types on damaged data
        raise UnreadableFile(message_for(FileKind.CORRUPT, path)) from exc


def check_zip(data: bytes, path: Path) -> None:
    """Refuse a zipped workbook whose parts would expand beyond the limits (see ``desktop.io.limits``)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise UnreadableFile(message_for(FileKind.CORRUPT, path)) from exc
    with archive:
        check_archive(archive, path)


def read_calamine(data: bytes, path: Path, kind: FileKind) -> Workbook:
    """A lazily read workbook; fails now if the file's structure is broken."""
    if kind in ZIPPED_KINDS:
        check_zip(data, path)
    source: CalamineSource | IsolatedSource = (
        IsolatedSource(data, path) if kind in ISOLATED_KINDS else CalamineSource(data, path, kind)
    )
    if not source.sheet_names:
        raise UnreadableFile(f"Tệp {quoted(path)} không có trang tính nào chứa dữ liệu.")
    return Workbook(path, kind, source.sheet_names, source, hidden_sheets=source.hidden)
