"""The file being imported: its fingerprint, its sheets, and the table found in one.

The reading layer (``desktop.io``) does the work; this module only packs its
answer into values the wizard can show (sheet names, header row, column
labels with a few sample values) and keeps the parsed table for the next step.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.formatting import format_date
from desktop.io.columns import Field
from desktop.io.errors import UnreadableFile, quoted
from desktop.io.readers import read_workbook
from desktop.io.row_kinds import cell_text
from desktop.io.table import Table, choose_sheet, find_table
from desktop.io.workbook import Workbook
from desktop.io.xlsx_extent import column_letters
from desktop.services.imports.collector import collector_paused

SAMPLES = 3
SAMPLE_SCAN = 200


@dataclass(frozen=True)
class SourceFile:
    """A readable spreadsheet; ``workbook`` is the reading layer's handle (treat as opaque)."""

    path: Path
    name: str
    sha256: str
    sheet_names: tuple[str, ...]
    default_sheet: str
    workbook: Workbook


@dataclass(frozen=True)
class ColumnInfo:
    """A column of the file as the mapping step shows it."""

    index: int
    letter: str
    label: str
    samples: tuple[str, ...]


@dataclass(frozen=True)
class SheetTable:
    """The participant table of one sheet, ready to map and import."""

    source: SourceFile
    sheet: str
    header_row: int
    header_height: int
    columns: tuple[ColumnInfo, ...]
    guessed: dict[int, Field]
    signature: str
    row_count: int
    skipped: int
    table: Table

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(column.label for column in self.columns)


def file_sha256(path: Path) -> str:
    """SHA-256 of the file's bytes: the same file imported twice has the same hash."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise UnreadableFile(f"Không đọc được tệp {quoted(path)}: {exc.strerror or exc}.") from exc


def open_source(path: Path | str) -> SourceFile:
    """Open any supported list; ``UnreadableFile`` (Vietnamese) when it cannot be read."""
    path = Path(path)
    with collector_paused():
        workbook = read_workbook(path)
        default_sheet = choose_sheet(workbook)
    return SourceFile(
        path=path,
        name=path.name,
        sha256=file_sha256(path),
        sheet_names=workbook.visible_sheet_names or workbook.sheet_names,
        default_sheet=default_sheet,
        workbook=workbook,
    )


def read_table(source: SourceFile, sheet: str | None = None, header_row: int | None = None) -> SheetTable:
    """The participant table of ``sheet`` (default: the one that looks most like a list)."""
    name = sheet or source.default_sheet
    with collector_paused():
        table = find_table(source.workbook.sheet(name), header_row)
    columns = tuple(
        ColumnInfo(index, column_letters(index + 1), label, _samples(table, index))
        for index, label in enumerate(table.labels)
    )
    return SheetTable(
        source=source,
        sheet=name,
        header_row=table.header_row,
        header_height=table.header_height,
        columns=columns,
        guessed=dict(table.mapping),
        signature=table.signature,
        row_count=len(table.rows),
        skipped=len(table.skipped),
        table=table,
    )


def _samples(table: Table, index: int) -> tuple[str, ...]:
    found: list[str] = []
    for row in table.rows[:SAMPLE_SCAN]:
        value = row.values[index] if index < len(row.values) else None
        if value is not None:
            text = format_date(value) if isinstance(value, dt.date) else cell_text(value)
            if text:
                found.append(text[:40])
                if len(found) == SAMPLES:
                    break
    return tuple(found)
