"""How far the cells of each .xlsx sheet reach, checked before calamine reads them.

calamine stores a sheet as one dense block from A1 to its last cell, so a single
stray value in cell XFD1048576 asks for hundreds of gigabytes and aborts the
whole program (a Rust allocation failure cannot be caught). Reading the
sheet's ``<dimension>`` costs a few kilobytes; the full scan runs only when
that tag is missing or reports a huge area.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree as ET

MAX_CELLS = 10_000_000
_CHUNK = 1 << 22
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DIMENSION = re.compile(rb'<dimension\s+ref="\$?([A-Z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Z]{1,3})\$?([0-9]{1,7}))?"')
_ANY_CELL_COLUMN = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})[0-9]')
_VALUED_CELL = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>/]*>(?=\s*<(?:v|f|is)\b)')
_ROW = re.compile(rb'<row\b[^>]*?\br="([0-9]{1,7})"')


def column_number(letters: bytes | str) -> int:
    """1-based column number of "A", "Z", "AA", "XFD"."""
    number = 0
    for ch in letters if isinstance(letters, str) else letters.decode("ascii"):
        number = number * 26 + ord(ch) - 64
    return number


def column_letters(number: int) -> str:
    """Spreadsheet letters of a 1-based column number."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> zip member holding its cells."""
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(_PKG_REL + "Relationship")}
    parts: dict[str, str] = {}
    for sheet in workbook.iter(_MAIN + "sheet"):
        target = targets.get(sheet.get(_REL + "id"), "")
        if target:
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            parts[sheet.get("name", "")] = posixpath.normpath(path)
    return parts


def _chunks(archive: zipfile.ZipFile, member: str) -> Iterator[bytes]:
    """The member's bytes in large overlapping pieces, so no tag is cut in two."""
    tail = b""
    with archive.open(member) as handle:
        while chunk := handle.read(_CHUNK):
            yield tail + chunk
            tail = chunk[-256:]


def _declared(archive: zipfile.ZipFile, member: str) -> tuple[int, int] | None:
    with archive.open(member) as handle:
        head = handle.read(65536)
    found = _DIMENSION.search(head)
    if not found:
        return None
    col, row = found.group(3) or found.group(1), found.group(4) or found.group(2)
    return int(row), column_number(col)


def _quick_extent(archive: zipfile.ZipFile, member: str) -> tuple[int, int]:
    """Rows and columns reached by any cell element, valued or not."""
    rows, columns = 0, set()
    for buffer in _chunks(archive, member):
        columns.update(_ANY_CELL_COLUMN.findall(buffer))
        last = _ROW.match(buffer, max(buffer.rfind(b"<row"), 0))  # rows come in order
        if last:
            rows = max(rows, int(last.group(1)))
        if not columns:  # cells without "r" are placed one after another
            pieces = buffer.split(b"<row")
            columns.add(column_letters(max(p.count(b"<c") for p in pieces)).encode())
    width = max((column_number(c) for c in columns), default=0)
    return rows, width


def _valued_extent(archive: zipfile.ZipFile, member: str) -> tuple[int, int]:
    """Rows and columns reached by cells that hold a value or a formula."""
    rows = width = 0
    for buffer in _chunks(archive, member):
        for letters, row in _VALUED_CELL.findall(buffer):
            rows = max(rows, int(row))
            width = max(width, column_number(letters))
    return rows, width


def oversized_sheets(archive: zipfile.ZipFile, max_cells: int = MAX_CELLS) -> dict[str, str]:
    """Sheets too large to read densely -> their farthest cell, e.g. {"DS": "XFD1048576"}."""
    oversized: dict[str, str] = {}
    for name, member in _sheet_parts(archive).items():
        extent = _declared(archive, member)
        if extent is not None and extent[0] * extent[1] <= max_cells:
            continue
        extent = _quick_extent(archive, member)
        if extent[0] * extent[1] <= max_cells:
            continue
        rows, width = _valued_extent(archive, member)
        if rows * width > max_cells:
            oversized[name] = f"{column_letters(width)}{rows}"
    return oversized
