"""Tables inside HTML pages, which web portals hand out named ".xls".

Uses the standard library's ``html.parser`` so no dependency is added. Each
``<table>`` becomes one sheet ("Bảng 1", "Bảng 2", ...); colspan/rowspan
become merged ranges with the value in the first cell, exactly as a merged
Excel header arrives, so the table finder treats both alike.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path

from desktop.domain.text import normalize_spaces
from desktop.io import text_decode
from desktop.io.errors import UnreadableFile, quoted
from desktop.io.limits import MAX_MERGED_CELLS, dense_rows, too_many_merged
from desktop.io.sniff import FileKind
from desktop.io.workbook import CellRange, MemorySource, Rows, Sheet, Workbook

_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_MAX_SPAN = 1000
_BLOCK_TAGS = frozenset({"br", "p", "div", "li", "tr"})


class _TableBuilder:
    """Cells of one table placed on a grid, honouring row and column spans."""

    def __init__(self, path: Path | str = "", name: str = "") -> None:
        self._path, self._name = path, name
        self.cells: dict[tuple[int, int], str] = {}
        self.merged: list[CellRange] = []
        self._covered: set[tuple[int, int]] = set()
        self._row = -1
        self._col = 0
        self._parts: list[str] | None = None
        self._origin = (0, 0)

    def start_row(self) -> None:
        self.end_cell()
        self._row += 1
        self._col = 0

    def start_cell(self, colspan: int, rowspan: int) -> None:
        self.end_cell()
        if self._row < 0:
            self.start_row()
        while (self._row, self._col) in self._covered:
            self._col += 1
        row, col = self._row, self._col
        if len(self._covered) + colspan * rowspan > MAX_MERGED_CELLS:
            raise too_many_merged(self._path, self._name)
        for r in range(row, row + rowspan):
            for c in range(col, col + colspan):
                if (r, c) != (row, col):
                    self._covered.add((r, c))
        if colspan > 1 or rowspan > 1:
            self.merged.append(CellRange(row, col, row + rowspan - 1, col + colspan - 1))
        self._parts = []
        self._origin = (row, col)
        self._col += colspan

    def text(self, data: str) -> None:
        if self._parts is not None:
            self._parts.append(data)

    def end_cell(self) -> None:
        if self._parts is not None:
            value = normalize_spaces("".join(self._parts))
            if value:
                self.cells[self._origin] = value
            self._parts = None

    def rows(self) -> Rows:
        self.end_cell()
        return dense_rows(self.cells, self._path, self._name)


class _TableParser(HTMLParser):
    """Collects every table, nested ones included, in document order."""

    def __init__(self, path: Path | str = "") -> None:
        super().__init__(convert_charrefs=True)
        self._path = path
        self.tables: list[_TableBuilder] = []
        self._open: list[_TableBuilder] = []
        self._ignored = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._ignored += 1
        elif tag == "table":
            builder = _TableBuilder(self._path, f"Bảng {len(self.tables) + 1}")
            self.tables.append(builder)
            self._open.append(builder)
        elif self._open:
            current = self._open[-1]
            if tag == "tr":
                current.start_row()
            elif tag in ("td", "th"):
                spans = dict(attrs)
                current.start_cell(_span(spans.get("colspan")), _span(spans.get("rowspan")))
            elif tag in _BLOCK_TAGS:
                current.text(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._ignored = max(0, self._ignored - 1)
        elif self._open:
            if tag == "table":
                self._open.pop().end_cell()
            elif tag in ("td", "th", "tr"):
                self._open[-1].end_cell()

    def handle_data(self, data: str) -> None:
        if self._open and not self._ignored:
            self._open[-1].text(data)


def _span(value: str | None) -> int:
    try:
        return min(max(int((value or "1").strip()), 1), _MAX_SPAN)
    except ValueError:
        return 1


def decode_html(data: bytes) -> str:
    """Text of the page: BOM, then the declared charset, then UTF-8 or cp1258."""
    if text_decode.bom_encoding(data) is None:
        declared = _CHARSET.search(data[:4096])
        if declared:
            try:
                encoding = codecs.lookup(declared.group(1).decode("ascii")).name
            except (LookupError, UnicodeDecodeError):
                encoding = None
            if encoding and not encoding.startswith("utf-16"):
                return text_decode.decode(data, encoding)[0]
    return text_decode.decode(data)[0]


def parse_tables(text: str, file_name: str = "") -> list[Sheet]:
    """Every non-empty table of the page as a sheet named "Bảng n"."""
    parser = _TableParser(file_name)
    parser.feed(text)
    parser.close()
    sheets: list[Sheet] = []
    for builder in parser.tables:
        rows = builder.rows()
        if rows:
            sheets.append(
                Sheet(f"Bảng {len(sheets) + 1}", rows, tuple(builder.merged), file_name)
            )
    return sheets


def read_html(data: bytes, path: Path) -> Workbook:
    """A workbook with one sheet per table; a page without tables is refused."""
    sheets = parse_tables(decode_html(data), path.name)
    if not sheets:
        raise UnreadableFile(
            f"Tệp {quoted(path)} là trang web (HTML) không chứa bảng nào, không phải bảng tính. "
            "Hãy mở bằng Excel và lưu lại dạng .xlsx."
        )
    names = [sheet.name for sheet in sheets]
    return Workbook(path, FileKind.HTML, names, MemorySource(sheets))

