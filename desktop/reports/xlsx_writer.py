"""Write a report as an official-looking Excel workbook (.xlsx).

Layout, top to bottom: issuing body and national motto side by side, title,
parameters and information lines, the table header (group row, header row,
column-code row; frozen and repeated on every printed page), the rows with
section and subtotal lines, the grand total, footer lines and notes, the
place-and-date line and the signature blocks. Printed on A4, fitted to the
page width, with the margins of Decree 30.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from desktop.reports.body import BodyStream, LineKind
from desktop.reports.definition import (
    CellValue,
    Column,
    OfficeLetterhead,
    ReportData,
    ReportDefinition,
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
from desktop.reports.xlsx_cells import KIND_CODES, CellPlan, RowEncoder, value_cell
from desktop.reports.xlsx_package import (
    PageSetup,
    SheetLayout,
    SheetStream,
    XlsxPackage,
    blank_cell,
    column_letter,
    text_cell,
)
from desktop.reports.xlsx_styles import (
    DATE_FORMAT,
    NUMBER_FORMAT,
    PERCENT_FORMAT,
    CellStyle,
    StyleSheet,
)

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
    partial file (and an existing file at ``path`` untouched).
    """
    control = RunControl(progress, cancel, data.expected_rows())
    sheet = _SheetBuilder(definition, letterhead)
    body = BodyStream(definition, data, control)
    with atomic_output(path) as temp, tempfile.TemporaryFile() as spool:
        stream = SheetStream(spool, sheet.layout)
        sheet.write(stream, body)
        package = XlsxPackage(str(temp), definition.title)
        try:
            package.write_parts(sheet.layout, sheet.styles.xml())
            package.write_sheet(stream)
        finally:
            package.close()
    return ReportResult(Path(path), body.totals.row_count, body.totals)


def excel_width(width_mm: float) -> float:
    """Excel column width for a width in mm.

    The unit is the width of "0" in the default font (7 px for Times New Roman
    11 pt at 96 dpi); the stored value already includes the 5 px cell padding.
    """
    return max(1.0, width_mm * 96 / 25.4 / 7)


class _SheetBuilder:
    """Plans rows, styles and merges for one report, then streams them."""

    def __init__(self, definition: ReportDefinition, letterhead: OfficeLetterhead) -> None:
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
        self.styles = StyleSheet()
        self._register_styles()
        self._split = _split_column(self.widths_mm, 0.42)
        header_rows = 1 + int(definition.has_groups) + int(definition.has_codes)
        self.header_first = self._rows_above_header() + 1
        self.header_last = self.header_first + header_rows - 1
        self.layout = SheetLayout(
            name=definition.sheet_name,
            column_widths=[excel_width(width) for width in self.widths_mm],
            frozen_rows=self.header_last,
            print_title_rows=(self.header_first, self.header_last),
            page=PageSetup(definition.orientation == "landscape", MARGINS_MM, _PAGE_FOOTER),
        )

    # -- styles -------------------------------------------------------------

    def _register_styles(self) -> None:
        add = self.styles.add
        self.s_parent = add(CellStyle(size=12, horizontal="center", wrap=True))
        self.s_unit = add(CellStyle(bold=True, size=12, horizontal="center", wrap=True))
        self.s_national = add(CellStyle(bold=True, size=12, horizontal="center", wrap=True))
        self.s_motto = add(CellStyle(bold=True, underline=True, size=13, horizontal="center"))
        self.s_title = add(CellStyle(bold=True, size=14, horizontal="center", wrap=True))
        self.s_subtitle = add(CellStyle(italic=True, size=12, horizontal="center", wrap=True))
        self.s_info = add(CellStyle(size=_BODY_SIZE, horizontal="left", wrap=True))
        self.s_header = add(CellStyle(bold=True, border=True, horizontal="center", wrap=True))
        self.s_code = add(CellStyle(bold=True, size=10, border=True, horizontal="center"))
        self.s_section = add(CellStyle(bold=True, border=True, horizontal="left"))
        self.s_total_label = add(CellStyle(bold=True, border=True, horizontal="center", wrap=True))
        self.s_footer = add(CellStyle(size=_BODY_SIZE, horizontal="left", wrap=True))
        self.s_note = add(CellStyle(italic=True, size=_BODY_SIZE, horizontal="left", wrap=True))
        self.s_place = add(CellStyle(italic=True, size=12, horizontal="center"))
        self.s_signer = add(CellStyle(bold=True, size=12, horizontal="center", wrap=True))
        self.s_hint = add(CellStyle(italic=True, size=_BODY_SIZE, horizontal="center", wrap=True))
        self.plan = [
            CellPlan(
                column_letter(index), KIND_CODES[column.kind], add(_data_style(column, bold=False))
            )
            for index, column in enumerate(self.columns)
        ]
        self.total_plan = [
            CellPlan(
                column_letter(index), KIND_CODES[column.kind], add(_data_style(column, bold=True))
            )
            for index, column in enumerate(self.columns)
        ]

    # -- layout ---------------------------------------------------------------

    def _rows_above_header(self) -> int:
        count = 3  # two letterhead rows and a spacer
        count += 1  # title
        count += int(bool(self.definition.subtitle))
        count += len(self.definition.info_lines)
        return count + 1  # spacer before the table

    def write(self, stream: SheetStream, body: BodyStream) -> None:
        """Stream the whole sheet: heading, table, closing block."""
        row = self._write_heading(stream)
        row = self._write_header(stream, row)
        row = self._write_body(stream, row, body)
        self._write_closing(stream, row, body.totals)

    def _write_heading(self, stream: SheetStream) -> int:
        parent, unit = issuing_body_lines(self.letterhead)
        split, last = self._split, self.last_col
        left_width = self._width_mm(0, split - 1)
        right_width = self._width_mm(split, last)
        stream.row(
            1,
            self._pair(1, (parent, self.s_parent), (NATIONAL_NAME, self.s_national)),
            _height([(parent, 12, False, left_width), (NATIONAL_NAME, 12, True, right_width)]),
        )
        stream.row(
            2,
            self._pair(2, (unit, self.s_unit), (MOTTO, self.s_motto)),
            _height([(unit, 12, True, left_width), (MOTTO, 13, True, right_width)]),
        )
        for number in (1, 2):
            stream.merge(number, 0, number, split - 1)
            stream.merge(number, split, number, last)
        row = 4
        full_width = self._width_mm(0, last)
        self._full_line(stream, row, self.definition.title, self.s_title, 14, True, full_width)
        if self.definition.subtitle:
            row += 1
            self._full_line(
                stream, row, self.definition.subtitle, self.s_subtitle, 12, False, full_width
            )
        for line in self.definition.info_lines:
            row += 1
            self._full_line(stream, row, line, self.s_info, _BODY_SIZE, False, full_width)
        return row + 2

    def _write_header(self, stream: SheetStream, row: int) -> int:
        columns = self.columns
        if self.definition.has_groups:
            group_cells: list[str] = []
            header_cells: list[str] = []
            for start, end, group in self.definition.group_runs():
                for index in range(start, end + 1):
                    letter = column_letter(index)
                    if group:
                        text = group if index == start else ""
                        group_cells.append(self._header_cell(f"{letter}{row}", text))
                        header_cells.append(
                            self._header_cell(f"{letter}{row + 1}", columns[index].header)
                        )
                    else:
                        group_cells.append(
                            self._header_cell(f"{letter}{row}", columns[index].header)
                        )
                        header_cells.append(blank_cell(f"{letter}{row + 1}", self.s_header))
                        stream.merge(row, index, row + 1, index)
                if group:
                    stream.merge(row, start, row, end)
            stream.row(row, "".join(group_cells), self._group_height())
            stream.row(row + 1, "".join(header_cells), self._header_height(grouped_only=True))
            row += 2
        else:
            cells = "".join(
                self._header_cell(f"{column_letter(index)}{row}", column.header)
                for index, column in enumerate(columns)
            )
            stream.row(row, cells, self._header_height(grouped_only=False))
            row += 1
        if self.definition.has_codes:
            cells = "".join(
                text_cell(f"{column_letter(index)}{row}", self.s_code, column.code)
                if column.code
                else blank_cell(f"{column_letter(index)}{row}", self.s_code)
                for index, column in enumerate(columns)
            )
            stream.row(row, cells)
            row += 1
        return row

    def _write_body(self, stream: SheetStream, row: int, body: BodyStream) -> int:
        encoder, last = RowEncoder(self.plan), self.last_col
        label_end = self.definition.label_last_column
        for kind, values, label in body:
            if kind is LineKind.ROW:
                stream.row(row, encoder.cells(row, values), self._row_height(values))
            elif kind is LineKind.SECTION:
                cells = text_cell(f"A{row}", self.s_section, label) + "".join(
                    blank_cell(f"{column_letter(index)}{row}", self.s_section)
                    for index in range(1, last + 1)
                )
                stream.row(row, cells)
                stream.merge(row, 0, row, last)
            else:
                parts = [text_cell(f"A{row}", self.s_total_label, label)]
                for index in range(1, last + 1):
                    ref = f"{column_letter(index)}{row}"
                    if index <= label_end:
                        parts.append(blank_cell(ref, self.s_total_label))
                    else:
                        column = self.total_plan[index]
                        parts.append(value_cell(ref, column.kind, column.style, values[index]))
                stream.row(row, "".join(parts))
                stream.merge(row, 0, row, label_end)
            row += 1
        return row

    def _write_closing(self, stream: SheetStream, row: int, totals: ReportTotals) -> None:
        last = self.last_col
        full_width = self._width_mm(0, last)
        row += 1
        for line in self.definition.footer_lines:
            text = line if isinstance(line, str) else line(totals)
            self._full_line(stream, row, text, self.s_footer, _BODY_SIZE, False, full_width)
            row += 1
        for note in self.definition.notes:
            self._full_line(stream, row, note, self.s_note, _BODY_SIZE, False, full_width)
            row += 1
        row += 1
        blocks = self.definition.signature_blocks(self.letterhead)
        if not blocks:
            return
        spans = _even_spans(self.widths_mm, len(blocks))
        first, end = spans[-1]
        stream.row(
            row,
            text_cell(
                f"{column_letter(first)}{row}", self.s_place, place_and_date(self.letterhead)
            ),
        )
        stream.merge(row, first, row, end)
        row += 1
        # Side by side; a table narrower than the number of blocks stacks them.
        for start in range(0, len(blocks), len(spans)):
            group = blocks[start : start + len(spans)]
            used = spans[: len(group)]
            self._spread_row(stream, row, used, [(block.title, self.s_signer) for block in group])
            self._spread_row(stream, row + 1, used, [(block.hint, self.s_hint) for block in group])
            row += 2 + _SIGNATURE_GAP_ROWS
            self._spread_row(stream, row, used, [(block.name, self.s_signer) for block in group])
            row += 2

    # -- helpers --------------------------------------------------------------

    def _pair(self, row: int, left: tuple[str, int], right: tuple[str, int]) -> str:
        return text_cell(f"A{row}", left[1], left[0]) + text_cell(
            f"{column_letter(self._split)}{row}", right[1], right[0]
        )

    def _full_line(
        self,
        stream: SheetStream,
        row: int,
        text: str,
        style: int,
        size: float,
        bold: bool,
        width_mm: float,
    ) -> None:
        stream.row(row, text_cell(f"A{row}", style, text), _height([(text, size, bold, width_mm)]))
        stream.merge(row, 0, row, self.last_col)

    def _spread_row(
        self,
        stream: SheetStream,
        row: int,
        spans: list[tuple[int, int]],
        texts: list[tuple[str, int]],
    ) -> None:
        cells = "".join(
            text_cell(f"{column_letter(first)}{row}", style, text)
            for (first, _), (text, style) in zip(spans, texts, strict=True)
            if text
        )
        stream.row(row, cells)
        for first, end in spans:
            stream.merge(row, first, row, end)

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

    def _header_cell(self, ref: str, text: str) -> str:
        return text_cell(ref, self.s_header, text) if text else blank_cell(ref, self.s_header)

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
        # Ungrouped headers span both rows: give them the room they still need.
        spanning = _height(
            [
                (column.header, _BODY_SIZE, True, self.widths_mm[index])
                for index, column in enumerate(self.columns)
                if not column.group
            ]
        )
        return max(_height(items), spanning - self._header_height(grouped_only=True))

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


def _height(items: Iterable[tuple[str, float, bool, float]]) -> float:
    """Row height (points) for the tallest wrapped text among (text, size, bold, width mm)."""
    tallest = 15.0
    for text, size, bold, width_mm in items:
        lines = len(wrap(text, font_name(bold=bold), size, _width_pt(width_mm))) if text else 1
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
