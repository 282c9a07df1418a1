"""How far the cells of each .xlsx sheet reach, checked before calamine reads them.

calamine stores a sheet as one dense block from A1 to its last cell, so a single
stray value in cell XFD1048576 asks for hundreds of gigabytes and aborts the
whole program (a Rust allocation failure cannot be caught). The sheet's
``<dimension>`` tag is the file's own claim and may lie, so every sheet's cells
are scanned as a stream (a regular expression over 4 MB pieces); reading each
part through zipfile also checks it expands to no more than its declared size.
Cells without an ``r`` attribute, which no common writer produces, are walked
with an XML parser that counts positions exactly as calamine places them.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator

from defusedxml import ElementTree as SafeET

from desktop.io.limits import MAX_CELLS

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
    workbook = SafeET.fromstring(archive.read("xl/workbook.xml"))
    rels = SafeET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
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


_RLESS_CELL = re.compile(rb"<c(?=[\s>/])(?![^>]*\br=)")


def _quick_extent(archive: zipfile.ZipFile, member: str) -> tuple[int, int, bool]:
    """Rows and columns reached by any cell element with a position, and whether some cell has none."""
    rows, columns, positionless = 0, set(), False
    for buffer in _chunks(archive, member):
        columns.update(_ANY_CELL_COLUMN.findall(buffer))
        for row in set(_ROW.findall(buffer)):
            rows = max(rows, int(row))
        positionless = positionless or _RLESS_CELL.search(buffer) is not None
    width = max((column_number(c) for c in columns), default=0)
    return rows, width, positionless


def _valued_extent(archive: zipfile.ZipFile, member: str) -> tuple[int, int]:
    """Rows and columns reached by cells that hold a value or a formula."""
    rows = width = 0
    for buffer in _chunks(archive, member):
        for letters, row in _VALUED_CELL.findall(buffer):
            rows = max(rows, int(row))
            width = max(width, column_number(letters))
    return rows, width


_CELL_TAG = re.compile(rb"<c(?=[\s>/])([^>]*)>")
_ROW_NUMBER = re.compile(rb'^[^>]*?\br="([0-9]{1,7})"')
_CELL_COLUMN = re.compile(rb'\br="([A-Z]{1,3})[0-9]')
_MAX_ROW_BYTES = 64 * 1024 * 1024


def _counted_extent(archive: zipfile.ZipFile, member: str) -> tuple[int, int]:
    """Rows and columns as calamine places them when cells name no position: each such cell
    follows the one before it, each such row the row before it. Rows are cut whole, never
    split between two pieces; a single row over 64 MB counts as too large."""
    rows = width = 0
    carry = b""
    with archive.open(member) as handle:
        while True:
            chunk = handle.read(_CHUNK)
            buffer = carry + chunk
            cut = buffer.rfind(b"<row") if chunk else len(buffer)
            complete, carry = (buffer[:cut], buffer[cut:]) if cut > 0 else (b"", buffer)
            if len(carry) > _MAX_ROW_BYTES:
                return MAX_CELLS + 1, 1
            pieces = complete.split(b"<row")[1:]
            if b'r="' not in complete:
                rows += len(pieces)  # nothing names a position: counting tags is exact, and fast
                width = max(width, max((_tags(piece) for piece in pieces), default=0))
                pieces = []
            for piece in pieces:
                found = _ROW_NUMBER.match(piece)
                rows = int(found.group(1)) if found else rows + 1
                width = max(width, _row_width(piece))
            if not chunk:
                return rows, width


def _tags(row: bytes) -> int:
    """Cell elements in a row, counted in C (no other element inside a row starts with "<c";
    what may follow the last row only makes the count larger, never smaller)."""
    return row.count(b"<c")


def _row_width(row: bytes) -> int:
    """The column after a row's last cell; cells without "r" follow the one before."""
    if _CELL_COLUMN.search(row) is None:
        return _tags(row)
    column = width = 0
    for attributes in _CELL_TAG.findall(row):
        found = _CELL_COLUMN.search(attributes)
        column = column_number(found.group(1)) if found else column + 1
        width = max(width, column)
    return width


def oversized_sheets(archive: zipfile.ZipFile, max_cells: int = MAX_CELLS) -> dict[str, str]:
    """Sheets too large to read densely -> their farthest cell, e.g. {"DS": "XFD1048576"}."""
    oversized: dict[str, str] = {}
    for name, member in _sheet_parts(archive).items():
        rows, width, positionless = _quick_extent(archive, member)
        if positionless:
            counted = _counted_extent(archive, member)
            rows, width = max(rows, counted[0]), max(width, counted[1])
        elif rows * width > max_cells:
            rows, width = _valued_extent(archive, member)
        if rows * width > max_cells:
            oversized[name] = f"{column_letters(width)}{rows}"
    for shared in ("xl/sharedStrings.xml", "xl/styles.xml"):
        if shared in archive.namelist():
            for _ in _chunks(archive, shared):  # read through: zipfile checks the declared size and CRC
                pass
    return oversized
