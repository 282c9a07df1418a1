"""A report before it goes out: its PDF in a temporary folder, page count and its first rows as text.

The screen shows the PDF's pages (rendered by the view) and the first rows as
a table (section lines and the engine's subtotals included), from the same
definition and rows the files are written from. Printing prints that PDF.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice
from pathlib import Path

from desktop.db import Database
from desktop.domain.formatting import format_date, format_int, format_percent
from desktop.output_files import scratch_folder
from desktop.reports import (
    CancelCheck,
    Column,
    ProgressCallback,
    ReportCancelled,
    ReportResult,
    write_pdf,
)
from desktop.reports.definition import CellValue, Row, heading_text
from desktop.services.reports import build_report, report_kind
from desktop.services.reports.common import BuiltReport, ReportParams

PREVIEW_ROWS = 200


@dataclass(frozen=True)
class PreviewLine:
    """A line of the preview table: a row, a section heading or a (sub)total."""

    kind: str  # "row", "section", "subtotal", "total"
    cells: tuple[str, ...]


@dataclass
class ReportPdf:
    """A report's PDF in a temporary folder, to show or print, with the paper orientation."""

    name: str
    title: str
    orientation: str
    path: Path
    row_count: int
    page_count: int

    def discard(self) -> None:
        """Remove the temporary PDF (and its folder)."""
        shutil.rmtree(self.path.parent, ignore_errors=True)


@dataclass
class ReportPreview:
    """What the screen shows before export or print: the PDF and the first rows as text."""

    pdf: ReportPdf
    subtitle: str
    headers: tuple[str, ...]
    aligns: tuple[str, ...]
    """"left", "center" or "right" per column, as printed."""
    lines: list[PreviewLine]
    truncated: bool = False
    footer: tuple[str, ...] = field(default_factory=tuple)

    def discard(self) -> None:
        self.pdf.discard()


def _temporary_pdf(db: Database, name: str, params: ReportParams, progress: ProgressCallback | None,
                   cancel: CancelCheck | None) -> tuple[BuiltReport, ReportResult, ReportPdf]:
    """The report written as a PDF into a new temporary folder (removed again if anything fails)."""
    report_kind(name)
    built = build_report(db, name, params)
    folder = scratch_folder("preview-")
    path = folder / f"{built.file_stem}.pdf"
    try:
        result = write_pdf(built.definition, built.data, built.letterhead, path, progress, cancel)
        if cancel is not None and cancel():
            raise ReportCancelled()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    definition = built.definition
    pdf = ReportPdf(name, definition.title, definition.orientation, path, result.row_count, result.page_count or 0)
    return built, result, pdf


def preview_report(db: Database, name: str, params: ReportParams, progress: ProgressCallback | None = None,
                   cancel: CancelCheck | None = None, limit: int = PREVIEW_ROWS) -> ReportPreview:
    """Render the PDF to a temporary file and read the first ``limit`` rows back for the table."""
    built, result, pdf = _temporary_pdf(db, name, params, progress, cancel)
    try:
        fresh = build_report(db, name, params)  # rows are read once: read them again for the table
        lines, truncated = _lines(fresh, result, limit)
    except BaseException:
        pdf.discard()
        raise
    definition = built.definition
    footer = tuple(line if isinstance(line, str) else line(result.totals) for line in definition.footer_lines)
    return ReportPreview(
        pdf=pdf, subtitle=definition.subtitle, headers=tuple(column.header for column in definition.columns),
        aligns=tuple(column.alignment for column in definition.columns), lines=lines, truncated=truncated,
        footer=footer,
    )


def prepare_print(db: Database, name: str, params: ReportParams, progress: ProgressCallback | None = None,
                  cancel: CancelCheck | None = None) -> ReportPdf:
    """Render the report's PDF to a temporary file, for the printer."""
    return _temporary_pdf(db, name, params, progress, cancel)[2]


def _lines(built: BuiltReport, result: ReportResult, limit: int) -> tuple[list[PreviewLine], bool]:
    columns = built.definition.columns
    lines: list[PreviewLine] = []
    shown = 0
    for section, totals in zip(built.data.sections, result.totals.sections, strict=False):
        if section.label:
            lines.append(PreviewLine("section", (heading_text(section.numeral, section.label),)))
        for part in section.blocks():
            if shown >= limit:
                break
            if part.label:
                lines.append(PreviewLine("section", (heading_text(part.numeral, part.label),)))
            rows = iter(part.rows)
            try:
                for number, row in enumerate(islice(rows, max(0, limit - shown)), start=1):
                    lines.append(PreviewLine("row", _cells(columns, row, number)))
                    shown += 1
            finally:
                close = getattr(rows, "close", None)
                if close is not None:
                    close()  # a streamed section gives its database session back now
        if shown >= limit and totals.row_count > 0 and shown < result.row_count:
            return lines, True
        if section.subtotal_label:
            lines.append(PreviewLine("subtotal", _total_cells(columns, section.subtotal_label, totals.sums)))
    if built.data.grand_total:
        lines.append(PreviewLine("total", _total_cells(columns, built.definition.total_label, result.totals.sums)))
    return lines, False


def _cells(columns: tuple[Column, ...], row: Row, number: int) -> tuple[str, ...]:
    values = [row.get(column.key) for column in columns] if isinstance(row, Mapping) else list(row)
    cells = []
    for column, value in zip(columns, values, strict=False):
        if column.numbering and value is None:
            value = number
        cells.append(cell_text(column, value))
    return tuple(cells)


def _total_cells(columns: tuple[Column, ...], label: str, sums: Mapping[str, object]) -> tuple[str, ...]:
    cells = [cell_text(column, sums.get(column.key)) if column.total else "" for column in columns]  # type: ignore[arg-type]
    cells[0] = label
    return tuple(cells)


def cell_text(column: Column, value: CellValue) -> str:
    """A value as the printed list shows it: "1.263.600", "05/03/1980", "89,9%", "x"."""
    if value is None:
        return ""
    if column.kind == "tick":
        return "x" if value else ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, dt.date):
        return format_date(value)
    if column.kind == "percent" and isinstance(value, int | float | Decimal):
        return format_percent(float(value))
    if column.kind in ("int", "money") and isinstance(value, int | float | Decimal):
        return format_int(int(round(value)))
    return str(value).strip()
