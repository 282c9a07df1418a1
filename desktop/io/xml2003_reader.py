"""Excel 2003 "XML Spreadsheet" files, which some portals export named ".xls".

calamine does not read this format, and it is simple enough to walk with the
standard library: Worksheet > Table > Row > Cell > Data, where ``ss:Index``
skips empty cells and ``ss:MergeAcross``/``ss:MergeDown`` describe merges.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.io.errors import UnreadableFile
from desktop.io.sniff import FileKind, message_for
from desktop.io.workbook import CellRange, CellValue, MemorySource, Rows, Sheet, Workbook

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


def _sheet(worksheet: ET.Element, index: int, file_name: str) -> Sheet:
    name = worksheet.get(_NS + "Name") or f"Sheet{index}"
    cells: dict[tuple[int, int], CellValue] = {}
    covered: set[tuple[int, int]] = set()
    merged: list[CellRange] = []
    table = worksheet.find(_NS + "Table")
    r = -1
    for row in table.findall(_NS + "Row") if table is not None else []:
        r = _int_attr(row, "Index", r + 2) - 1
        c = 0
        for cell in row.findall(_NS + "Cell"):
            explicit = _int_attr(cell, "Index", 0)
            if explicit > 0:
                c = explicit - 1
            while (r, c) in covered:
                c += 1
            across = min(max(_int_attr(cell, "MergeAcross", 0), 0), _MAX_SPAN)
            down = min(max(_int_attr(cell, "MergeDown", 0), 0), _MAX_SPAN)
            value = _value(cell.find(_NS + "Data"))
            if value is not None:
                cells[(r, c)] = value
            if across or down:
                merged.append(CellRange(r, c, r + down, c + across))
                covered.update(
                    (rr, cc) for rr in range(r, r + down + 1) for cc in range(c, c + across + 1)
                )
            c += across + 1
    return Sheet(name, _grid(cells), tuple(merged), file_name)


def _grid(cells: dict[tuple[int, int], CellValue]) -> Rows:
    if not cells:
        return []
    height = max(r for r, _ in cells) + 1
    width = max(c for _, c in cells) + 1
    grid: Rows = [[None] * width for _ in range(height)]
    for (r, c), value in cells.items():
        grid[r][c] = value
    return grid


def read_xml2003(data: bytes, path: Path) -> Workbook:
    """One sheet per Worksheet element; entity declarations are refused outright."""
    if b"<!ENTITY" in data or b"<!DOCTYPE" in data:
        raise UnreadableFile(message_for(FileKind.UNKNOWN, path))
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise UnreadableFile(message_for(FileKind.CORRUPT, path)) from exc
    sheets = [
        _sheet(ws, i + 1, path.name) for i, ws in enumerate(root.iter(_NS + "Worksheet"))
    ]
    if not sheets:
        raise UnreadableFile(message_for(FileKind.CORRUPT, path))
    names = [sheet.name for sheet in sheets]
    return Workbook(path, FileKind.XML2003, names, MemorySource(sheets))
