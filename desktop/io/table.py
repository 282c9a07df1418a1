"""Finding the participant table inside a sheet.

A commune's list is rarely a clean grid: a title block sits above the header,
the header may span two merged rows, and code, section, subtotal and signature
rows surround the people. ``find_table`` returns the header labels, the data
rows with their spreadsheet row numbers, and every skipped row with its reason
so the import preview can show what was left out and why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.text import fold
from desktop.io import row_kinds
from desktop.io.columns import (
    IDENTITY_FIELDS,
    PARENT_CHILD_SEPARATOR,
    Field,
    guess_mapping,
    header_signature,
)
from desktop.io.errors import UnreadableFile
from desktop.io.legacy_encoding import LegacyEncoding, decode_legacy, detect_legacy_encoding
from desktop.io.workbook import CellRange, CellValue, Sheet, Workbook

HEADER_SEARCH_ROWS = 100
_DIGITS = re.compile(r"(?:\D*\d){4}")
MIN_HEADER_SCORE = 2


class SkipReason(StrEnum):
    """Why a row below the header is not a person (Vietnamese, shown as is)."""

    BLANK = "Dòng trống"
    COLUMN_CODES = "Dòng đánh số cột"
    SECTION = "Dòng tiêu đề mục"
    SUBTOTAL = "Dòng cộng, tổng"
    REPEATED_HEADER = "Dòng tiêu đề cột lặp lại"
    NOTE = "Dòng ghi chú, chữ ký giữa bảng"
    FOOTER = "Phần ký tên cuối bảng, dừng đọc từ đây"


@dataclass(frozen=True, slots=True)
class DataRow:
    """One row of data: 1-based spreadsheet row number, values aligned with the labels.

    ``values`` may be the sheet's own list: read it, do not change it.
    ``section`` is the path of section rows above it, e.g. ("I Tăng", "I.1 Người tham gia").
    """

    number: int
    values: list[CellValue]
    section: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row left out, with the reason and a short extract of its text."""

    number: int
    reason: SkipReason
    text: str


@dataclass(frozen=True)
class Table:
    """The participant table of one sheet."""

    sheet_name: str
    header_row: int
    header_height: int
    labels: list[str]
    rows: list[DataRow]
    skipped: list[SkippedRow] = field(default_factory=list)
    mapping: dict[int, Field] = field(default_factory=dict)
    header_encoding: LegacyEncoding | None = None  # TCVN3/VNI seen in the header rows

    @property
    def signature(self) -> str:
        """Header signature, to remember the mapping a user confirmed for this layout."""
        return header_signature(self.labels)


@dataclass(frozen=True)
class _Header:
    index: int
    height: int
    labels: list[str]
    score: int
    encoding: LegacyEncoding | None = None


def _labels(row: Sequence[CellValue], encoding: LegacyEncoding | None) -> list[str]:
    labels = [row_kinds.cell_text(v) for v in row]
    if encoding:
        labels = [decode_legacy(label, encoding) for label in labels]
    return labels


def _horizontal_parent(merged: Sequence[CellRange], row: int, col: int) -> int | None:
    for cell in merged:
        if cell.first_row == row and cell.first_col < col <= cell.last_col:
            return cell.first_col
    return None


def _looks_like_subheader(below_row: Sequence[CellValue]) -> bool:
    """Text only, no numbers or dates, not a column-code row."""
    below = [v for v in below_row if v is not None]
    if not below or row_kinds.is_column_codes(below_row):
        return False
    for value in below:
        if not isinstance(value, str) or value.strip().replace(".", "").replace("/", "").isdigit():
            return False
    return True


def _combine(
    top: list[str], below: list[str], merged: Sequence[CellRange], row: int
) -> list[str] | None:
    """Two header rows as "parent / child" labels, or None if ``below`` is no sub-header.

    A merged parent arrives as a value in its first cell and empty cells to its
    right; the parent is carried over those cells where a child label sits below.
    """
    width = max(len(top), len(below))
    top = top + [""] * (width - len(top))
    below = below + [""] * (width - len(below))
    parents = [""] * width
    grouped = False
    for col in range(width):
        if top[col]:
            parents[col] = top[col]
            continue
        if not below[col]:
            continue
        origin = _horizontal_parent(merged, row, col)
        if origin is None and col > 0 and parents[col - 1] and below[col - 1]:
            origin = col - 1 if top[col - 1] else _find_origin(top, parents, col - 1)
        if origin is not None and top[origin]:
            parents[col] = top[origin]
            grouped = True
    vertical = any(c.first_row == row and c.last_row > row for c in merged)
    if not grouped and not vertical:
        return None
    return [
        f"{parent}{PARENT_CHILD_SEPARATOR}{child}" if parent and child else parent or child
        for parent, child in zip(parents, below, strict=True)
    ]


def _find_origin(top: list[str], parents: list[str], col: int) -> int | None:
    while col >= 0 and not top[col]:
        col -= 1
    return col if col >= 0 and parents[col] else None


def _row_encoding(*rows: Sequence[CellValue]) -> LegacyEncoding | None:
    return detect_legacy_encoding([v for row in rows for v in row if isinstance(v, str)])


def _header_at(sheet: Sheet, index: int) -> _Header:
    """Row ``index`` as a header, joined with the next row when that is a sub-header.

    Two rows are taken together only when that names more fields than either
    row alone, or when cells merged down across both rows say so; a title
    above a header therefore never becomes its parent.
    """
    has_below = index + 1 < len(sheet.rows) and _looks_like_subheader(sheet.rows[index + 1])
    encoding = _row_encoding(*sheet.rows[index : index + 1 + has_below])
    top = _labels(sheet.rows[index], encoding)
    single = _Header(index, 1, top, len(guess_mapping(top)), encoding)
    if not has_below:
        return single
    below = _labels(sheet.rows[index + 1], encoding)
    combined = _combine(top, below, sheet.merged, index)
    if combined is None:
        return single
    score = len(guess_mapping(combined))
    alone = max(single.score, len(guess_mapping(below)))
    merged_down = sum(c.first_row == index and c.last_row == index + 1 for c in sheet.merged) >= 2
    if score > alone or (merged_down and score >= alone):
        return _Header(index, 2, combined, score, encoding)
    return single


def _find_header(sheet: Sheet, header_row: int | None = None) -> _Header:
    """The best-scoring header within the first rows, or the row the user named (1-based)."""
    if header_row is not None:
        if not 1 <= header_row <= len(sheet.rows):
            raise UnreadableFile(
                f"Trang tính “{sheet.name}” của tệp “{sheet.file_name}” không có dòng {header_row}."
            )
        return _header_at(sheet, header_row - 1)
    best: _Header | None = None
    first_text_row: int | None = None
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        filled = len(row) - row.count(None)
        if filled < 2:
            continue
        if first_text_row is None and sum(isinstance(v, str) for v in row) >= 2:
            first_text_row = index
        candidate = _header_at(sheet, index)
        if best is None or candidate.score > best.score:
            best = candidate
    if best is not None and best.score >= MIN_HEADER_SCORE:
        return best
    if first_text_row is None:
        raise UnreadableFile(
            f"Trang tính “{sheet.name}” của tệp “{sheet.file_name}” không có bảng dữ liệu nào."
        )
    return _header_at(sheet, first_text_row)


def header_score(sheet: Sheet) -> int:
    """How many known fields the best header of the sheet names (0 if none)."""
    try:
        return _find_header(sheet).score
    except UnreadableFile:
        return 0


class _Scanner:
    """Walks the rows under the header once, sorting data from everything else."""

    def __init__(self, sheet: Sheet, header: _Header, mapping: dict[int, Field]) -> None:
        self.sheet = sheet
        self.header = header
        self.identity = [c for c, f in mapping.items() if f in IDENTITY_FIELDS]
        self.header_keys = [fold(label) for label in header.labels]
        self.rows: list[DataRow] = []
        self.skipped: list[SkippedRow] = []
        self._blanks: list[SkippedRow] = []
        self._levels: tuple[tuple[int, str], ...] = ()
        self._section: tuple[str, ...] = ()

    def _has_identity(self, row: Sequence[CellValue]) -> bool:
        """An ID or birth date in its column; text needs digits, so signatures never pass."""
        size = len(row)
        for col in self.identity:
            if col < size:
                value = row[col]
                if value is None or value is True or value is False:
                    continue
                if not isinstance(value, str) or (len(value) <= 24 and _DIGITS.match(value)):
                    return True
        return False

    def _last_data_index(self, start: int) -> int:
        """Index of the last row that is surely a person, so a signature block can end the table."""
        rows = self.sheet.rows
        needed = max(3, sum(1 for label in self.header.labels if label) // 2)
        for index in range(len(rows) - 1, start - 1, -1):
            row = rows[index]
            if self.identity:
                if self._has_identity(row):
                    return index
            elif len(row) - row.count(None) >= needed and not row_kinds.is_column_codes(row):
                return index
        return start - 1

    def _is_repeated_header(self, row: Sequence[CellValue]) -> bool:
        first = next((c for c, key in enumerate(self.header_keys) if key), None)
        if first is None or first >= len(row):
            return False
        value = row[first]
        if not isinstance(value, str) or fold(value) != self.header_keys[first]:
            return False
        matches = filled = 0
        for key, value in zip(self.header_keys, row, strict=False):
            if key:
                filled += 1
                matches += isinstance(value, str) and fold(value) == key
        return matches >= 2 and matches >= 0.6 * filled

    def _skip(self, number: int, reason: SkipReason, row: Sequence[CellValue]) -> None:
        self.skipped.append(SkippedRow(number, reason, " | ".join(row_kinds.texts(row, 6))[:120]))

    def scan(self) -> None:
        rows = self.sheet.rows
        start = self.header.index + self.header.height
        last_data = self._last_data_index(start)
        for index in range(start, len(rows)):
            row = rows[index]
            number = index + 1
            if row_kinds.is_column_codes(row):
                self._skip(number, SkipReason.COLUMN_CODES, row)
                continue
            if self.identity and self._has_identity(row):
                self._add(number, row)
                continue
            filled = len(row) - row.count(None)
            if filled == 0 or (filled <= 3 and row_kinds.is_blank(row)):
                self._blanks.append(SkippedRow(number, SkipReason.BLANK, ""))
                continue
            texts = row_kinds.texts(row, 4) if filled <= 4 else []
            if texts and row_kinds.is_footer(texts):
                if index > last_data:
                    self._skip(number, SkipReason.FOOTER, row)
                    break
                self._skip(number, SkipReason.NOTE, row)
                continue
            if row_kinds.is_subtotal(row_kinds.texts(row, 2)):
                self._skip(number, SkipReason.SUBTOTAL, row)
                continue
            if filled >= 2 and self._is_repeated_header(row):
                self._skip(number, SkipReason.REPEATED_HEADER, row)
                continue
            section = row_kinds.section_label(row, filled)
            if section is not None:
                label, level = section
                self._levels = (*(e for e in self._levels if e[0] < level), (level, label))
                self._section = tuple(name for _, name in self._levels)
                self._skip(number, SkipReason.SECTION, row)
                continue
            self._add(number, row)

    def _add(self, number: int, row: list[CellValue]) -> None:
        if self._blanks:
            self.skipped.extend(self._blanks)
            self._blanks.clear()
        self.rows.append(DataRow(number, row, self._section))


def _fit(table_rows: list[DataRow], width: int) -> tuple[list[DataRow], int]:
    """Every row cut or padded to the same width, wide enough for any value."""
    for data in table_rows:
        values = data.values
        if len(values) > width:
            for col in range(len(values) - 1, width - 1, -1):
                if values[col] is not None:
                    width = col + 1
                    break
    fitted = [
        data
        if len(data.values) == width
        else DataRow(
            data.number,
            data.values[:width] + [None] * (width - len(data.values)),
            data.section,
        )
        for data in table_rows
    ]
    return fitted, width


def find_table(sheet: Sheet, header_row: int | None = None) -> Table:
    """The participant table of ``sheet``; ``header_row`` (1-based) overrides the guess."""
    header = _find_header(sheet, header_row)
    labels = list(header.labels)
    while labels and not labels[-1]:
        labels.pop()
    mapping = guess_mapping(labels)
    trimmed = _Header(header.index, header.height, labels, header.score, header.encoding)
    scanner = _Scanner(sheet, trimmed, mapping)
    scanner.scan()
    rows, width = _fit(scanner.rows, len(labels))
    labels += [""] * (width - len(labels))
    return Table(
        sheet_name=sheet.name,
        header_row=header.index + 1,
        header_height=header.height,
        labels=labels,
        rows=rows,
        skipped=scanner.skipped,
        mapping=mapping,
        header_encoding=header.encoding,
    )


def choose_sheet(workbook: Workbook) -> str:
    """The sheet that looks most like a participant list (visible sheets first)."""
    names = workbook.visible_sheet_names or workbook.sheet_names
    if not names:
        raise UnreadableFile(f"Tệp “{workbook.path.name}” không có trang tính nào.")
    best_name, best_key = names[0], (-1, -1)
    for name in names:
        try:
            preview = workbook.preview(name, HEADER_SEARCH_ROWS + 2)
        except UnreadableFile:
            continue  # the user sees the reason if they pick this sheet
        key = (header_score(preview), len(preview.rows))
        if key > best_key:
            best_name, best_key = name, key
    return best_name
