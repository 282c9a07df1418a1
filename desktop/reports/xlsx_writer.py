"""Write a report as an official-looking Excel workbook (.xlsx) with XlsxWriter.

Layout, top to bottom: an official form's code and legal basis at the top
right (when the definition has them), issuing body and national motto side by side, title,
parameters and information lines, the table header (group row, header row,
column-code row; frozen and repeated on every printed page), the rows with
section and subtotal lines, the grand total, footer lines and notes, the
place-and-date line and the signature blocks. Printed on A4, fitted to the
page width, with the margins of Decree 30.

Charts (``definition.figures``) become native Excel charts below the closing
lines, their numbers on a second sheet (see ``xlsx_charts``).

XlsxWriter runs in constant-memory mode: each row goes to disk as soon as the
next one starts, so rows are written strictly top to bottom and a row's
height and merges are set while it is the current row.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

from desktop.output_files import session_folder
from desktop.reports.body import BodyStream, LineKind
from desktop.reports.charts import figure_rows
from desktop.reports.definition import (
    CellValue,
    Column,
    OfficeLetterhead,
    ReportData,
    ReportDefinition,
    heading_text,
)
from desktop.reports.official import (
    MARGINS_MM,
    MOTTO,
    NATIONAL_NAME,
    issuing_body_lines,
    place_and_date,
)
from desktop.reports.page_geometry import column_widths_mm
from desktop.reports.results import ReportResult, ReportTotals
from desktop.reports.run_control import CancelCheck, ProgressCallback, RunControl, atomic_output
from desktop.reports.text_metrics import LineCounter, font_name, wrap
from desktop.reports.xlsx_cells import KIND_CODES, CellPlan, RowWriter, clean_text
from desktop.reports.xlsx_charts import FigureCharts
from desktop.reports.xlsx_row_xml import RowXmlWorksheet
from desktop.reports.xlsx_styles import (
    DATE_FORMAT,
    NUMBER_FORMAT,
    PERCENT_FORMAT,
    CellStyle,
    Formats,
)

MAX_ROWS = 1_048_576
"""Rows in an Excel sheet; XlsxWriter silently drops writes beyond them."""
_WORKBOOK_OPTIONS = {
    "constant_memory": True,
    # Sniffing every string for URLs, formulas and numbers is what makes
    # XlsxWriter slow; report text is always plain text.
    "strings_to_urls": False,
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    # Excel has no time zones: an aware datetime shows its own clock time.
    "remove_timezone": True,
}
_FORMATS = {
    "int": NUMBER_FORMAT,
    "money": NUMBER_FORMAT,
    "percent": PERCENT_FORMAT,
    "date": DATE_FORMAT,
}
_BODY_SIZE = 11.0
_LINE_HEIGHT = 1.3
"""Row height per line of text, as a multiple of the font size (Excel's own ratio)."""
_CELL_PADDING_PT = 4.0
_SIGNATURE_GAP_ROWS = 4
_PAGE_FOOTER = '&C&"Times New Roman,Italic"&10Trang &P/&N'
_PAPER_A4 = 9
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def write_xlsx(
    definition: ReportDefinition,
    data: ReportData,
    letterhead: OfficeLetterhead,
    path: str | os.PathLike[str],
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ReportResult:
    """Write the workbook to ``path``; raises ``ReportCancelled`` if cancelled.

    The file appears only when complete: a cancelled or failed run leaves no
    partial file (and an existing file at ``path`` untouched). XlsxWriter's
    scratch files live in a private folder removed on the way out, since an
    unclosed workbook would leave them behind.
    """
    control = RunControl(progress, cancel, data.expected_rows())
    body = BodyStream(definition, data, control)
    with (
        atomic_output(path) as temp,
        tempfile.TemporaryDirectory(prefix="xlsx-", dir=session_folder()) as scratch,
    ):
        workbook = xlsxwriter.Workbook(str(temp), {**_WORKBOOK_OPTIONS, "tmpdir": scratch})
        workbook.set_properties({"title": definition.title, "author": "An Sinh Desk"})
        _SheetWriter(workbook, definition, letterhead).write(body)
        workbook.close()
    return ReportResult(Path(path), body.totals.row_count, body.totals)


def column_pixels(width_mm: float) -> float:
    """Column width in screen pixels (96 dpi), as XlsxWriter takes it."""
    return width_mm * 96 / 25.4


def safe_sheet_name(name: str) -> str:
    """Excel's rules: 1-31 characters, none of []:*?/\\, no apostrophe at either end."""
    cleaned = _SHEET_NAME_FORBIDDEN.sub(" ", name).strip().strip("'")
    return cleaned[:31].rstrip().rstrip("'") or "Sheet1"


def _too_many_rows() -> ValueError:
    return ValueError(f"Báo cáo vượt quá {MAX_ROWS:,} dòng, giới hạn của Excel.".replace(",", "."))


class _SheetWriter:
    """Lays out one report on a worksheet and streams it, top to bottom."""

    def __init__(
        self, workbook: Workbook, definition: ReportDefinition, letterhead: OfficeLetterhead
    ) -> None:
        self.definition = definition
        self.letterhead = letterhead
        self.columns = definition.columns
        self.last_col = len(self.columns) - 1
        # The PDF's widths, widened in proportion to the larger Excel font, so the
        # sheet printed "fit to width" looks like the PDF.
        self.widths_mm = [
            width * _BODY_SIZE / definition.font_size for width in column_widths_mm(definition)
        ]
        self._wrapping = [
            (index, _width_pt(self.widths_mm[index]))
            for index, column in enumerate(self.columns)
            if column.wraps
        ]
        self._line_counter = LineCounter(font_name(), _BODY_SIZE)
        self._split = _split_column(self.widths_mm, 0.42)
        self.sheet: RowXmlWorksheet = workbook.add_worksheet(
            safe_sheet_name(definition.sheet_name), worksheet_class=RowXmlWorksheet
        )
        self._charts: FigureCharts | None = None
        if definition.figures:
            width_px = sum(column_pixels(width) for width in self.widths_mm)
            self._charts = FigureCharts(workbook, width_px, _BODY_SIZE / definition.font_size)
        self._make_formats(Formats(workbook))
        self._set_up_page()

    # -- formats and page ------------------------------------------------------

    def _make_formats(self, style: Formats) -> None:
        self.f_parent = style(CellStyle(size=12, horizontal="center", wrap=True))
        self.f_unit = style(CellStyle(bold=True, size=12, horizontal="center", wrap=True))
        self.f_form_code = style(CellStyle(bold=True, size=10, horizontal="right"))
        self.f_form_basis = style(CellStyle(italic=True, size=9, horizontal="right", wrap=True))
        self.f_national = style(CellStyle(bold=True, size=12, horizontal="center", wrap=True))
        self.f_motto = style(CellStyle(bold=True, underline=True, size=13, horizontal="center"))
        self.f_title = style(CellStyle(bold=True, size=14, horizontal="center", wrap=True))
        self.f_subtitle = style(CellStyle(italic=True, size=12, horizontal="center", wrap=True))
        self.f_info = style(CellStyle(size=_BODY_SIZE, horizontal="left", wrap=True))
        self.f_header = style(CellStyle(bold=True, border=True, horizontal="center", wrap=True))
        # A header spanning both header rows: the label cell open at the bottom over a blank
        # cell open at the top. In constant-memory mode XlsxWriter keeps only the first
        # merge_range that spans rows from a given row (issue #292), so these are drawn,
        # not merged, with the documented API only.
        self.f_header_upper = style(
            CellStyle(bold=True, border=True, horizontal="center", wrap=True, open_edge="bottom")
        )
        self.f_header_lower = style(
            CellStyle(bold=True, border=True, horizontal="center", wrap=True, open_edge="top")
        )
        self.f_code = style(CellStyle(bold=True, size=10, border=True, horizontal="center"))
        self.f_section = style(CellStyle(bold=True, border=True, horizontal="left"))
        self.f_section_numeral = style(CellStyle(bold=True, border=True, horizontal="center"))
        self.f_total_label = style(
            CellStyle(bold=True, border=True, horizontal="center", wrap=True)
        )
        self.f_footer = style(CellStyle(size=_BODY_SIZE, horizontal="left", wrap=True))
        self.f_note = style(CellStyle(italic=True, size=_BODY_SIZE, horizontal="left", wrap=True))
        self.f_place = style(CellStyle(italic=True, size=12, horizontal="center"))
        self.f_signer = style(CellStyle(bold=True, size=12, horizontal="center", wrap=True))
        self.f_hint = style(CellStyle(italic=True, size=_BODY_SIZE, horizontal="center", wrap=True))
        self.plan = [
            CellPlan(index, KIND_CODES[column.kind], style(_data_style(column, bold=False)))
            for index, column in enumerate(self.columns)
        ]
        self.total_plan = [
            CellPlan(index, KIND_CODES[column.kind], style(_data_style(column, bold=True)))
            for index, column in enumerate(self.columns)
        ]

    def _set_up_page(self) -> None:
        """Column widths, frozen and repeated header, A4 fitted to the page width."""
        sheet = self.sheet
        for index, width in enumerate(self.widths_mm):
            sheet.set_column_pixels(index, index, column_pixels(width))
        header_rows = 1 + int(self.definition.has_groups) + int(self.definition.has_codes)
        self.header_first = self._rows_above_header()
        header_last = self.header_first + header_rows - 1
        sheet.freeze_panes(header_last + 1, 0)
        sheet.repeat_rows(self.header_first, header_last)
        if self.definition.orientation == "landscape":
            sheet.set_landscape()
        else:
            sheet.set_portrait()
        sheet.set_paper(_PAPER_A4)
        sheet.fit_to_pages(1, 0)
        sheet.center_horizontally()
        inches = {side: value / 25.4 for side, value in MARGINS_MM.items()}
        sheet.set_margins(
            left=inches["left"], right=inches["right"], top=inches["top"], bottom=inches["bottom"]
        )
        sheet.set_footer(_PAGE_FOOTER)

    @property
    def _form_rows(self) -> int:
        """Rows taken by the form code and its legal basis above the letterhead."""
        return int(bool(self.definition.form_code)) + int(bool(self.definition.form_basis))

    def _rows_above_header(self) -> int:
        count = self._form_rows + 3  # form code rows, two letterhead rows and a spacer
        count += 1  # title
        count += int(bool(self.definition.subtitle))
        count += len(self.definition.info_lines)
        return count + 1  # spacer before the table

    # -- layout (rows are 0-based) -----------------------------------------------

    def write(self, body: BodyStream) -> None:
        """Stream the whole sheet: heading, table, closing block."""
        self._write_heading()
        row = self._write_header(self.header_first)
        row = self._write_body(row, body)
        self._write_closing(row, body.totals)

    def _write_heading(self) -> None:
        parent, unit = issuing_body_lines(self.letterhead)
        split, last = self._split, self.last_col
        left_width = self._width_mm(0, split - 1)
        right_width = self._width_mm(split, last)
        top = self._write_form_code(split, right_width)
        self._start_row(
            top, _height([(parent, 12, False, left_width), (NATIONAL_NAME, 12, True, right_width)])
        )
        self._merge_across(top, 0, split - 1, parent, self.f_parent)
        self._merge_across(top, split, last, NATIONAL_NAME, self.f_national)
        self._start_row(
            top + 1, _height([(unit, 12, True, left_width), (MOTTO, 13, True, right_width)])
        )
        self._merge_across(top + 1, 0, split - 1, unit, self.f_unit)
        self._merge_across(top + 1, split, last, MOTTO, self.f_motto)
        row = top + 3
        full_width = self._width_mm(0, last)
        self._full_line(row, self.definition.title, self.f_title, 14, True, full_width)
        if self.definition.subtitle:
            row += 1
            self._full_line(row, self.definition.subtitle, self.f_subtitle, 12, False, full_width)
        for line in self.definition.info_lines:
            row += 1
            self._full_line(row, line, self.f_info, _BODY_SIZE, False, full_width)

    def _write_form_code(self, split: int, width_mm: float) -> int:
        """Form code and legal basis over the motto's columns; returns the next free row."""
        row = 0
        for text, cell_format, size, bold, italic in (
            (self.definition.form_code, self.f_form_code, 10.0, True, False),
            (self.definition.form_basis, self.f_form_basis, 9.0, False, True),
        ):
            if text:
                self._start_row(row, _height([(text, size, bold, width_mm)], italic))
                self._merge_across(row, split, self.last_col, text, cell_format)
                row += 1
        return row

    def _write_header(self, row: int) -> int:
        sheet, header = self.sheet, self.f_header
        if self.definition.has_groups:
            # Group names over their columns; other headers span both rows.
            self._start_row(row, self._group_height())
            for start, end, group in self.definition.group_runs():
                if group:
                    self._merge_across(row, start, end, group, header)
                else:
                    self._text(row, start, self.columns[start].header, self.f_header_upper)
            self._start_row(row + 1, self._header_height(grouped_only=True))
            for index, column in enumerate(self.columns):
                if column.group:
                    self._text(row + 1, index, column.header, header)
                else:
                    sheet.write_blank(row + 1, index, None, self.f_header_lower)
            row += 2
        else:
            self._start_row(row, self._header_height(grouped_only=False))
            for index, column in enumerate(self.columns):
                self._text(row, index, column.header, header)
            row += 1
        if self.definition.has_codes:
            self._start_row(row)
            for index, column in enumerate(self.columns):
                self._text(row, index, column.code, self.f_code)
            row += 1
        return row

    def _write_body(self, row: int, body: BodyStream) -> int:
        label_end = self.definition.label_last_column
        rows = RowWriter(self.sheet, self.plan)
        totals = RowWriter(self.sheet, self.total_plan[label_end + 1 :])
        row_height, max_rows = self._row_height, MAX_ROWS
        for kind, values, label in body:
            if row >= max_rows:
                raise _too_many_rows()
            if kind is LineKind.ROW:
                rows.write(row, values, row_height(values))
            elif kind is LineKind.SECTION:
                self._heading(row, values, label)
            else:
                self._merge_across(row, 0, label_end, label, self.f_total_label)
                totals.write_with_library(row, values[label_end + 1 :])
            row += 1
        return row

    def _heading(self, row: int, values: list[CellValue], label: str) -> None:
        """A section heading; its numeral ("I", "I.1") in the first column, as on the forms."""
        numeral = str(values[0]) if values else ""
        if numeral and self.last_col > 0:
            self._text(row, 0, numeral, self.f_section_numeral)
            self._merge_across(row, 1, self.last_col, label, self.f_section)
        else:
            self._merge_across(row, 0, self.last_col, heading_text(numeral, label), self.f_section)

    def _write_closing(self, row: int, totals: ReportTotals) -> None:
        last = self.last_col
        full_width = self._width_mm(0, last)
        row += 1
        for line in self.definition.footer_lines:
            text = line if isinstance(line, str) else line(totals)
            self._full_line(row, text, self.f_footer, _BODY_SIZE, False, full_width)
            row += 1
        for note in self.definition.notes:
            self._full_line(row, note, self.f_note, _BODY_SIZE, False, full_width)
            row += 1
        row = self._write_figures(row)
        row += 1
        blocks = self.definition.signature_blocks(self.letterhead)
        if not blocks:
            return
        spans = _even_spans(self.widths_mm, len(blocks))
        first, end = spans[-1]
        self._start_row(row)
        self._merge_across(row, first, end, place_and_date(self.letterhead), self.f_place)
        row += 1
        # Side by side; a table narrower than the number of blocks stacks them.
        for start in range(0, len(blocks), len(spans)):
            group = blocks[start : start + len(spans)]
            used = spans[: len(group)]
            self._spread_row(row, used, [(block.title, self.f_signer) for block in group])
            self._spread_row(row + 1, used, [(block.hint, self.f_hint) for block in group])
            row += 2 + _SIGNATURE_GAP_ROWS
            self._spread_row(row, used, [(block.name, self.f_signer) for block in group])
            row += 2

    def _write_figures(self, row: int) -> int:
        """Every figure (before or after the table in the PDF) as a native chart below the table.

        Charts above the table would sit inside the frozen header panes.
        """
        if self._charts is None:
            return row
        full_width = self._width_mm(0, self.last_col)
        for figures in figure_rows(self.definition.figures):
            row += 1
            placed = [self._charts.place(figure, len(figures)) for figure in figures]
            empty = [item for item in placed if item.chart is None]
            for item in empty:
                text = f"{item.title}: {item.empty_text}"
                self._full_line(row, text, self.f_note, _BODY_SIZE, False, full_width)
                row += 1
            charts = [item for item in placed if item.chart is not None]
            if not charts:
                continue
            rows = max(item.rows for item in charts)
            self._start_row(row + rows)
            for index, item in enumerate(charts):
                x_offset = 2 + index * self._charts.slot_width(len(charts))
                self.sheet.insert_chart(row, 0, item.chart, {"x_offset": round(x_offset), "y_offset": 2})
            row += rows
        return row

    # -- helpers --------------------------------------------------------------

    def _start_row(self, row: int, height: float | None = None) -> None:
        """Begin a row outside the body: refuse one past Excel's last, set its height."""
        if row >= MAX_ROWS:
            raise _too_many_rows()
        if height is not None:
            self.sheet.set_row(row, height)

    def _text(self, row: int, column: int, text: str, cell_format: Format) -> None:
        """A text cell, or a formatted blank (borders still show) when empty."""
        if text:
            self.sheet.write_string(row, column, clean_text(text), cell_format)
        else:
            self.sheet.write_blank(row, column, None, cell_format)

    def _merge_across(
        self, row: int, first: int, last: int, text: str, cell_format: Format
    ) -> None:
        """``text`` over columns ``first``..``last`` of one row (a lone cell if one column)."""
        if last > first:
            self.sheet.merge_range(row, first, row, last, clean_text(text), cell_format)
        else:
            self._text(row, first, text, cell_format)

    def _full_line(
        self,
        row: int,
        text: str,
        cell_format: Format,
        size: float,
        bold: bool,
        width_mm: float,
    ) -> None:
        self._start_row(row, _height([(text, size, bold, width_mm)]))
        self._merge_across(row, 0, self.last_col, text, cell_format)

    def _spread_row(
        self, row: int, spans: list[tuple[int, int]], texts: list[tuple[str, Format]]
    ) -> None:
        self._start_row(row)
        for (first, end), (text, cell_format) in zip(spans, texts, strict=True):
            self._merge_across(row, first, end, text, cell_format)

    def _row_height(self, values: list[CellValue]) -> float | None:
        """Height for a row whose text wraps; None (the default height) otherwise.

        Spreadsheet programs do not grow rows of a generated file by themselves.
        """
        lines = 1
        counter = self._line_counter
        for index, width in self._wrapping:
            value = values[index]
            if type(value) is str and value:
                count = counter.lines(value, width)
                if count > lines:
                    lines = count
        return None if lines == 1 else lines * _BODY_SIZE * _LINE_HEIGHT + 2

    def _header_height(self, grouped_only: bool) -> float:
        items = [
            (column.header, _BODY_SIZE, True, self.widths_mm[index])
            for index, column in enumerate(self.columns)
            if column.group or not grouped_only
        ]
        return _height(items)

    def _group_height(self) -> float:
        items = [
            (group, _BODY_SIZE, True, self._width_mm(start, end))
            for start, end, group in self.definition.group_runs()
            if group
        ]
        # An ungrouped header's label sits in the upper of its two cells: give it its full height.
        spanning = _height(
            [
                (column.header, _BODY_SIZE, True, self.widths_mm[index])
                for index, column in enumerate(self.columns)
                if not column.group
            ]
        )
        return max(_height(items), spanning)

    def _width_mm(self, first: int, last: int) -> float:
        return sum(self.widths_mm[first : last + 1])


def _data_style(column: Column, bold: bool) -> CellStyle:
    return CellStyle(
        bold=bold,
        border=True,
        horizontal=column.alignment,
        wrap=column.wraps,
        shrink=not column.wraps,
        number_format=_FORMATS.get(column.kind, "General"),
    )


def _height(items: Iterable[tuple[str, float, bool, float]], italic: bool = False) -> float:
    """Row height (points) for the tallest wrapped text among (text, size, bold, width mm)."""
    tallest = 15.0
    for text, size, bold, width_mm in items:
        font = font_name(bold=bold, italic=italic and not bold)
        lines = len(wrap(text, font, size, _width_pt(width_mm))) if text else 1
        tallest = max(tallest, lines * size * _LINE_HEIGHT + 2)
    return tallest


def _width_pt(width_mm: float) -> float:
    """Room for text in a cell of that width, in points."""
    return max(1.0, width_mm * 72 / 25.4 - _CELL_PADDING_PT)


def _split_column(widths: list[float], share: float) -> int:
    """First column of the right-hand letterhead block (left takes ~``share`` of the width)."""
    if len(widths) < 2:
        return 1
    total = sum(widths)
    running = 0.0
    for index, width in enumerate(widths[:-1]):
        running += width
        if running >= total * share:
            return index + 1
    return len(widths) - 1


def _even_spans(widths: list[float], parts: int) -> list[tuple[int, int]]:
    """Split the columns into ``parts`` runs of about equal width (signature blocks)."""
    count = len(widths)
    parts = max(1, min(parts, count))
    total = sum(widths)
    spans: list[tuple[int, int]] = []
    start, running = 0, 0.0
    for index, width in enumerate(widths):
        running += width
        remaining_parts = parts - len(spans) - 1
        remaining_cols = count - index - 1
        boundary = total * (len(spans) + 1) / parts
        if remaining_parts > 0 and (
            running >= boundary - 1e-9 or remaining_cols == remaining_parts
        ):
            spans.append((start, index))
            start = index + 1
    spans.append((start, count - 1))
    return spans
