"""XlsxWriter's worksheet, taking a report's data rows as finished XML.

Why this exists: in a 100,000-row export about 90% of the time went into
XlsxWriter building each cell (a namedtuple per cell, a dispatch on the
class name, generic attribute escaping), which put the export at 0.75x of
a plain openpyxl loop against a budget of 0.5x. No maintained writer with
page setup meets that budget (bench/bench_reports.py's docstring lists the
ones measured). So the plainest cells of a data row, and only those, are
turned into XML here; every other cell, and everything else in the
workbook (styles, merges, page setup, charts, packaging), stays XlsxWriter's.

The XML is byte for byte what XlsxWriter writes for the same cells:
tests/reports/test_xlsx_row_xml.py compares the two on random rows, so an
XlsxWriter upgrade that changes its output fails there, not in Excel.

XlsxWriter documents subclassing its worksheet (``add_worksheet``'s
``worksheet_class``); this subclass relies on its constant-memory row
stream, whose attributes are private: the version is pinned.
"""

from __future__ import annotations

import re

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

_NEEDS_ESCAPING = re.compile(r"[&<>]|_x[0-9a-fA-F]{4}_")
"""Text XlsxWriter would change: XML's special characters, its own ``_xHHHH_`` escapes."""
_LONG_TEXT = 32_767 // 2
"""Beyond this many characters XlsxWriter checks Excel's length limit."""
_PRESERVE = ' xml:space="preserve"'


class RowXmlWorksheet(Worksheet):
    """A worksheet whose data rows can be written whole, as cell XML, in one call."""

    previous_row: int  # XlsxWriter's constant-memory cursor: the row still held in memory

    def write_row_xml(
        self, row: int, first_col: int, last_col: int, cells: str, height: float | None
    ) -> None:
        """Put ``cells`` in the sheet as row ``row`` (0-based).

        ``cells`` is the row's ``<c>`` elements, made with ``cell_opening`` and
        ``text_content``.

        The row must not have been started with XlsxWriter's own methods, and
        takes no cells afterwards: like every row in constant-memory mode, it
        is final once a later row is written.
        """
        if not self.constant_memory:
            raise RuntimeError("write_row_xml needs XlsxWriter's constant_memory mode")
        if self.table.get(row) or row in self.row_info:
            raise ValueError(f"row {row} already has cells or row settings")
        if self._check_dimensions(row, first_col) or self._check_dimensions(row, last_col):
            raise ValueError(f"row {row} is outside the sheet or already written")
        if row > self.previous_row:
            self._write_single_row(row)
        self.fh.write(f"{self._row_tag(row, height)}{cells}</row>")
        # The row is written: later writes to it are refused, as for any written row.
        self.previous_row = row + 1

    def _row_tag(self, row: int, height: float | None) -> str:
        """``<row>`` with the height attributes ``set_row(row, height)`` would give."""
        if height is None:
            return f'<row r="{row + 1}">'
        pixels = int(height * 4.0 / 3.0 + 0.5)
        self.row_sizes[row] = [pixels, False]  # XlsxWriter sizes drawings from these
        if pixels == self.default_row_height == self.original_row_height:
            return f'<row r="{row + 1}">'
        return f'<row r="{row + 1}" ht="{pixels * 0.75:.16g}" customHeight="1">'


def cell_opening(column: int, cell_format: Format) -> tuple[str, str]:
    """The two constant parts of a column's ``<c>`` tag, around the row number.

    ``f"{before}{row_number}{after}"`` is the tag's start up to its type; the
    format's index is the one XlsxWriter gives it (numbered at first use).
    """
    return f'<c r="{xl_col_to_name(column)}', f'" s="{cell_format._get_xf_index()}"'


def text_content(text: str) -> str | None:
    """``<is>`` content of an inline string, or None unless ``text`` is plain.

    Plain: printable, no XML special character, no ``_xHHHH_`` sequence and
    not near Excel's length limit; anything else is left to XlsxWriter.
    Printable text can only have a space as leading or trailing whitespace.
    """
    if not text.isprintable() or len(text) > _LONG_TEXT or _NEEDS_ESCAPING.search(text):
        return None
    if text.startswith(" ") or text.endswith(" "):
        return f"<t{_PRESERVE}>{text}</t>"
    return f"<t>{text}</t>"
