"""Excel 2003 "XML Spreadsheet" files, which some portals export named ".xls".

calamine does not read this format, and it is simple enough to walk:
Worksheet > Table > Row > Cell > Data, where ``ss:Index`` skips empty cells and
``ss:MergeAcross``/``ss:MergeDown`` describe merges. The file is parsed by
defusedxml as a stream, row by row: no DTD or entity is ever expanded, whatever
the file's encoding, and the cells a sheet spans and the cells its merges cover
are counted against the limits before any grid is built.
"""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from desktop.io.errors import UnreadableFile
from desktop.io.limits import MAX_MERGED_CELLS, dense_rows, too_many_merged
from desktop.io.sniff import FileKind, message_for
from desktop.io.workbook import CellRange, CellValue, MemorySource, Sheet, Workbook

_NS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_MAX_SPAN = 1000


def _int_attr(element: ET.Element, name: str, default: int) -> int:
    value = element.get(_NS + name)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _value(data: ET.Element | None) -> CellValue:
    if data is None:
        return None
    text = "".join(data.itertext())
    kind = data.get(_NS + "Type", "String")
    try:
        if kind == "Number":
            number = float(text)
            return int(number) if number.is_integer() else number
        if kind == "DateTime":
            moment = dt.datetime.fromisoformat(text.strip()[:19])
            return moment.date() if moment.time() == dt.time() else moment
        if kind == "Boolean":
            return text.strip() in ("1", "true", "TRUE")
    except ValueError:
        pass
    return text if text.strip() else None


class _SheetBuilder:
    """One Worksheet's cells, merges and covered positions, filled row by row."""

    def __init__(self, name: str, path: Path) -> None:
        self.name, self._path = name, path
        self.cells: dict[tuple[int, int], CellValue] = {}
        self.covered: set[tuple[int, int]] = set()
        self.merged: list[CellRange] = []
        self._row = -1

    def add_row(self, row: ET.Element) -> None:
        r = self._row = _int_attr(row, "Index", self._row + 2) - 1
        c = 0
        for cell in row.findall(_NS + "Cell"):
            explicit = _int_attr(cell, "Index", 0)
            if explicit > 0:
                c = explicit - 1
            while (r, c) in self.covered:
                c += 1
            across = min(max(_int_attr(cell, "MergeAcross", 0), 0), _MAX_SPAN)
            down = min(max(_int_attr(cell, "MergeDown", 0), 0), _MAX_SPAN)
            value = _value(cell.find(_NS + "Data"))
            if value is not None:
                self.cells[(r, c)] = value
            if across or down:
                if len(self.covered) + (across + 1) * (down + 1) > MAX_MERGED_CELLS:
                    raise too_many_merged(self._path, self.name)
                self.merged.append(CellRange(r, c, r + down, c + across))
                self.covered.update(
                    (rr, cc) for rr in range(r, r + down + 1) for cc in range(c, c + across + 1)
                )
            c += across + 1

    def sheet(self) -> Sheet:
        return Sheet(self.name, dense_rows(self.cells, self._path, self.name), tuple(self.merged), self._path.name)


def _sheets(data: bytes, path: Path) -> list[Sheet]:
    sheets: list[Sheet] = []
    current: _SheetBuilder | None = None
    for event, element in iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True):
        if element.tag != _NS + "Worksheet" and element.tag != _NS + "Row":
            continue
        if element.tag == _NS + "Worksheet":
            if event == "start":
                current = _SheetBuilder(element.get(_NS + "Name") or f"Sheet{len(sheets) + 1}", path)
            elif current is not None:
                sheets.append(current.sheet())
                current = None
                element.clear()
        elif event == "end" and current is not None:
            current.add_row(element)
            element.clear()
    return sheets


def read_xml2003(data: bytes, path: Path) -> Workbook:
    """One sheet per Worksheet element; a DTD or entity declaration is refused in any encoding."""
    try:
        sheets = _sheets(data, path)
    except DefusedXmlException as exc:
        raise UnreadableFile(message_for(FileKind.UNKNOWN, path)) from exc
    except ET.ParseError as exc:
        raise UnreadableFile(message_for(FileKind.CORRUPT, path)) from exc
    if not sheets:
        raise UnreadableFile(message_for(FileKind.CORRUPT, path))
    names = [sheet.name for sheet in sheets]
    return Workbook(path, FileKind.XML2003, names, MemorySource(sheets))
