"""A minimal, streaming SpreadsheetML (.xlsx) package: one sheet, inline strings.

Written by hand because the general libraries cost 5-10 µs per cell
(openpyxl's write-only mode, XlsxWriter's constant-memory mode); a report
of 100,000 rows must export in a few seconds. Only what reports need is
supported: styles by index, merged cells, column widths, frozen header,
print titles and page setup. Rows go straight into the zip entry, so memory
stays flat whatever the row count.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO
from xml.sax.saxutils import escape

MAX_ROWS = 1_048_576
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_NEEDS_ESCAPE = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_EXCEL_EPOCH = dt.date(1899, 12, 30).toordinal()
_FLUSH_CHARS = 1 << 20


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def xml_text(text: str) -> str:
    """Text safe inside an XML element (control characters dropped)."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return escape(_INVALID_XML.sub("", text))


def excel_serial(day: dt.date) -> float:
    """Excel's day number (1900 date system); datetimes keep their time of day."""
    serial = float(day.toordinal() - _EXCEL_EPOCH)
    if isinstance(day, dt.datetime):
        serial += (day.hour * 3600 + day.minute * 60 + day.second) / 86400
    return serial


def text_cell(ref: str, style: int, text: str) -> str:
    """An inline-string cell (no shared-string table to keep in memory)."""
    if text[:1].isspace() or text[-1:].isspace():
        return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{xml_text(text)}</t></is></c>'
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>{xml_text(text)}</t></is></c>'


def blank_cell(ref: str, style: int) -> str:
    """An empty cell that still shows its borders."""
    return f'<c r="{ref}" s="{style}"/>'


def safe_sheet_name(name: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, not empty."""
    cleaned = _SHEET_NAME_FORBIDDEN.sub(" ", name).strip().strip("'")[:31]
    return cleaned or "Sheet1"


@dataclass(frozen=True)
class PageSetup:
    """Print layout of the sheet."""

    landscape: bool
    margins_mm: dict[str, float]
    footer: str = ""
    """Excel header/footer code, e.g. ``&CTrang &P/&N``."""


@dataclass(frozen=True)
class SheetLayout:
    """What goes before ``sheetData``, known before the first row is written."""

    name: str
    column_widths: Sequence[float]
    """In Excel character units."""
    frozen_rows: int
    print_title_rows: tuple[int, int] | None
    page: PageSetup


class SheetStream:
    """Collects the worksheet's rows in a spool file, ~1 MB at a time.

    The part's ``<dimension>`` (the used range, which read-only readers rely
    on) comes before the rows but is known only after the last one, so rows
    are spooled to a temporary file and copied into the package at the end.
    """

    def __init__(self, spool: IO[bytes], layout: SheetLayout) -> None:
        self._spool = spool
        self._buffer: list[str] = []
        self._buffered = 0
        self._merges: list[str] = []
        self._layout = layout
        self.last_row = 0

    def row(self, number: int, cells: str, height: float | None = None) -> None:
        """Write row ``number`` (1-based, increasing) made of ready cell XML."""
        if number > MAX_ROWS:
            raise ValueError(
                f"Báo cáo vượt quá {MAX_ROWS:,} dòng, giới hạn của Excel.".replace(",", ".")
            )
        if height is None:
            text = f'<row r="{number}">{cells}</row>'
        else:
            text = f'<row r="{number}" ht="{height:.2f}" customHeight="1">{cells}</row>'
        self._buffer.append(text)
        self._buffered += len(text)
        self.last_row = number
        if self._buffered > _FLUSH_CHARS:
            self._flush()

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        """Merge a rectangle (0-based columns); single cells and empty ranges are ignored."""
        if (
            last_row >= first_row
            and last_col >= first_col
            and (first_row, first_col) != (last_row, last_col)
        ):
            self._merges.append(
                f'<mergeCell ref="{column_letter(first_col)}{first_row}:{column_letter(last_col)}{last_row}"/>'
            )

    def copy_to(self, part: IO[bytes]) -> None:
        """Write the complete worksheet part: head, spooled rows, tail."""
        self._flush()
        last_column = column_letter(max(0, len(self._layout.column_widths) - 1))
        dimension = f"A1:{last_column}{max(1, self.last_row)}"
        part.write(_sheet_head(self._layout, dimension).encode("utf-8"))
        self._spool.seek(0)
        shutil.copyfileobj(self._spool, part, 1 << 20)
        tail = ["</sheetData>"]
        if self._merges:
            tail.append(
                f'<mergeCells count="{len(self._merges)}">{"".join(self._merges)}</mergeCells>'
            )
        tail.append(_sheet_tail(self._layout.page))
        part.write("".join(tail).encode("utf-8"))

    def _flush(self) -> None:
        if self._buffer:
            self._spool.write("".join(self._buffer).encode("utf-8", "replace"))
            self._buffer.clear()
            self._buffered = 0


def _sheet_head(layout: SheetLayout, dimension: str) -> str:
    cols = "".join(
        f'<col min="{index}" max="{index}" width="{width:.2f}" customWidth="1"/>'
        for index, width in enumerate(layout.column_widths, start=1)
    )
    if layout.frozen_rows:
        top_left = f"A{layout.frozen_rows + 1}"
        pane = (
            f'<pane ySplit="{layout.frozen_rows}" topLeftCell="{top_left}" activePane="bottomLeft" state="frozen"/>'
            f'<selection pane="bottomLeft" activeCell="{top_left}" sqref="{top_left}"/>'
        )
    else:
        pane = ""
    return (
        f'{_XML_HEAD}<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        f'<dimension ref="{dimension}"/>'
        f'<sheetViews><sheetView tabSelected="1" workbookViewId="0">{pane}</sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        f"<cols>{cols}</cols><sheetData>"
    )


def _sheet_tail(page: PageSetup) -> str:
    inches = {side: value / 25.4 for side, value in page.margins_mm.items()}
    orientation = "landscape" if page.landscape else "portrait"
    footer = (
        f"<headerFooter><oddFooter>{escape(page.footer)}</oddFooter></headerFooter>"
        if page.footer
        else ""
    )
    return (
        '<printOptions horizontalCentered="1"/>'
        f'<pageMargins left="{inches["left"]:.4f}" right="{inches["right"]:.4f}" top="{inches["top"]:.4f}"'
        f' bottom="{inches["bottom"]:.4f}" header="0.3" footer="0.3"/>'
        f'<pageSetup paperSize="9" orientation="{orientation}" fitToWidth="1" fitToHeight="0"/>'
        f"{footer}</worksheet>"
    )


class XlsxPackage:
    """The zip container and its fixed parts around the single worksheet."""

    SHEET_PART = "xl/worksheets/sheet1.xml"

    def __init__(self, path: str, title: str) -> None:
        self._zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        self._title = title

    def write_parts(self, layout: SheetLayout, styles_xml: str) -> None:
        """Everything except the worksheet itself."""
        self._part("[Content_Types].xml", _content_types())
        self._part("_rels/.rels", _package_rels())
        self._part("docProps/core.xml", _core_props(self._title))
        self._part("docProps/app.xml", _app_props())
        self._part("xl/workbook.xml", _workbook(layout))
        self._part("xl/_rels/workbook.xml.rels", _workbook_rels())
        self._part("xl/styles.xml", styles_xml)

    def write_sheet(self, sheet: SheetStream) -> None:
        """Add the worksheet part.

        No Zip64 (some Excel versions reject it); the sheet of the largest
        report Excel can hold (1,048,576 rows) stays under the 2 GiB limit.
        """
        with self._zip.open(self.SHEET_PART, "w") as part:
            sheet.copy_to(part)

    def close(self) -> None:
        """Write the zip directory."""
        self._zip.close()

    def _part(self, name: str, text: str) -> None:
        self._zip.writestr(name, text.encode("utf-8"))


def _content_types() -> str:
    main = "application/vnd.openxmlformats-officedocument"
    return (
        f'{_XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{main}.spreadsheetml.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{main}.spreadsheetml.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{main}.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        f'<Override PartName="/docProps/app.xml" ContentType="{main}.extended-properties+xml"/>'
        "</Types>"
    )


def _package_rels() -> str:
    return (
        f'{_XML_HEAD}<Relationships xmlns="{_PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{_REL_NS}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )


def _workbook_rels() -> str:
    return (
        f'{_XML_HEAD}<Relationships xmlns="{_PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{_REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL_NS}/styles" Target="styles.xml"/>'
        "</Relationships>"
    )


def _workbook(layout: SheetLayout) -> str:
    name = safe_sheet_name(layout.name)
    defined = ""
    if layout.print_title_rows is not None:
        first, last = layout.print_title_rows
        quoted = "'" + name.replace("'", "''") + "'"
        defined = (
            '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'
            f"{escape(quoted)}!${first}:${last}</definedName></definedNames>"
        )
    return (
        f'{_XML_HEAD}<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        f'<sheets><sheet name={_attr(name)} sheetId="1" r:id="rId1"/></sheets>'
        f"{defined}</workbook>"
    )


def _core_props(title: str) -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        f"{_XML_HEAD}<cp:coreProperties"
        ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{xml_text(title)}</dc:title><dc:creator>An Sinh Desk</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
        "</cp:coreProperties>"
    )


def _app_props() -> str:
    return (
        f"{_XML_HEAD}<Properties"
        ' xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>An Sinh Desk</Application></Properties>"
    )


def _attr(value: str) -> str:
    return '"' + escape(value, {'"': "&quot;"}) + '"'
