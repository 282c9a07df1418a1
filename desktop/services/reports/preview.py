"""A report before it goes out: its PDF in a temporary folder, page count and its first rows as text.

The screen shows the first rows as a table (section lines and the engine's
subtotals included) and the page count, from the same definition and rows
the files are written from.
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
from desktop.services.reports.pages import PRINT_DPI, SCREEN_DPI, can_render_pages, render_pages

PREVIEW_ROWS = 200
PREVIEW_PAGES = 12


@dataclass(frozen=True)
class PreviewLine:
    """A line of the preview table: a row, a section heading or a (sub)total."""

    kind: str  # "row", "section", "subtotal", "total"
    cells: tuple[str, ...]


@dataclass
class ReportPreview:
    """What the screen shows before export or print."""

    name: str
    title: str
    subtitle: str
    orientation: str
    headers: tuple[str, ...]
    aligns: tuple[str, ...]
    """"left", "center" or "right" per column, as printed."""
    lines: list[PreviewLine]
    row_count: int
    page_count: int
    pdf_path: Path
    file_stem: str
    truncated: bool = False
    footer: tuple[str, ...] = field(default_factory=tuple)
    page_images: list[Path] = field(default_factory=list)
    """The first pages as pictures, when ``pdftoppm`` is available."""

    def discard(self) -> None:
        """Remove the temporary PDF (and its folder)."""
        shutil.rmtree(self.pdf_path.parent, ignore_errors=True)


def preview_report(db: Database, name: str, params: ReportParams, progress: ProgressCallback | None = None,
                   cancel: CancelCheck | None = None, limit: int = PREVIEW_ROWS,
                   pages: int = PREVIEW_PAGES) -> ReportPreview:
    """Render the PDF to a temporary file, its first ``pages`` pages as pictures (when possible)
    and read the first ``limit`` rows back for the table."""
    report_kind(name)
    built = build_report(db, name, params)
    folder = scratch_folder("preview-")
    pdf = folder / f"{built.file_stem}.pdf"
    try:
        result = write_pdf(built.definition, built.data, built.letterhead, pdf, progress, cancel)
        fresh = build_report(db, name, params)  # rows are read once: read them again for the table
        lines, truncated = _lines(fresh, result, limit)
        images = render_pages(pdf, SCREEN_DPI, folder, last_page=pages) if pages and can_render_pages() else []
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    definition = built.definition
    footer = tuple(line if isinstance(line, str) else line(result.totals) for line in definition.footer_lines)
    return ReportPreview(
        name=name, title=definition.title, subtitle=definition.subtitle, orientation=definition.orientation,
        headers=tuple(column.header for column in definition.columns),
        aligns=tuple(column.alignment for column in definition.columns), lines=lines, row_count=result.row_count,
        page_count=result.page_count or 0, pdf_path=pdf, file_stem=built.file_stem, truncated=truncated,
        footer=footer, page_images=images,
    )


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


@dataclass
class PrintPages:
    """A report's pages as pictures for the printer, with the paper orientation."""

    name: str
    title: str
    orientation: str
    images: list[Path]
    row_count: int

    def discard(self) -> None:
        if self.images:
            shutil.rmtree(self.images[0].parent, ignore_errors=True)


def prepare_print(db: Database, name: str, params: ReportParams, progress: ProgressCallback | None = None,
                  cancel: CancelCheck | None = None) -> PrintPages:
    """Render the PDF and every page as a picture at printing resolution (needs ``pdftoppm``)."""
    report_kind(name)
    if not can_render_pages():
        render_pages(Path("missing.pdf"))  # raises the explanation for the user
    built = build_report(db, name, params)
    folder = scratch_folder("print-")
    try:
        pdf = folder / "report.pdf"
        result = write_pdf(built.definition, built.data, built.letterhead, pdf, progress, cancel)
        if cancel is not None and cancel():
            raise ReportCancelled()
        images = render_pages(pdf, PRINT_DPI, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return PrintPages(name, built.definition.title, built.definition.orientation, images, result.row_count)
