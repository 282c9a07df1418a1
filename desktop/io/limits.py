"""How big a list the readers accept, and the messages that say so.

A hostile or broken file must not make a reader exhaust memory or run for
minutes: a few kilobytes can declare a cell at XFD1048576, a zip can expand a
thousandfold, merged ranges and ``ss:Index`` can ask for billions of cells, one
CSV line can be hundreds of megabytes. Each limit is far above a real list
(a commune sends thousands of rows, an office export a few hundred thousand)
and each refusal names the limit, so the user knows what to split or clean.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from pathlib import Path

from desktop.domain.formatting import format_int
from desktop.io.errors import UnreadableFile, quoted
from desktop.io.workbook import CellValue, Rows

MAX_CELLS = 10_000_000
"""Cells in the block from A1 to a sheet's farthest cell (readers hold the block in memory)."""
MAX_MERGED_CELLS = 1_000_000
"""Cells covered by merged ranges in one sheet."""
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
"""What the parts of a zipped workbook (.xlsx, .ods) may expand to, together."""
MAX_COMPRESSION_RATIO = 200
"""Expansion of one large part; real workbooks compress 5 to 30 times, zip bombs a thousand."""
RATIO_FLOOR_BYTES = 16 * 1024 * 1024
"""Parts smaller than this are never refused for their ratio."""
MAX_TEXT_BYTES = 150 * 1024 * 1024
"""A CSV, HTML or Excel 2003 XML file (they are read as text, several bytes per character)."""
MAX_LINE_CHARS = 1_000_000
"""One line of a CSV file."""


def too_many_cells(path: Path | str, sheet: str, cells: int) -> UnreadableFile:
    return UnreadableFile(
        f"Trang tính “{sheet}” của tệp {quoted(path)} trải trên {format_int(cells)} ô, quá giới hạn "
        f"{format_int(MAX_CELLS)} ô một trang. Hãy xoá các ô thừa nằm xa bảng hoặc tách danh sách rồi lưu lại."
    )


def too_many_merged(path: Path | str, sheet: str) -> UnreadableFile:
    return UnreadableFile(
        f"Trang tính “{sheet}” của tệp {quoted(path)} có vùng ô gộp quá lớn (giới hạn {format_int(MAX_MERGED_CELLS)} ô "
        "được gộp). Hãy bỏ gộp ô rồi lưu lại dạng .xlsx."
    )


def dense_rows(cells: Mapping[tuple[int, int], CellValue], path: Path | str, sheet: str) -> Rows:
    """The rows from A1 to the farthest cell, refused past :data:`MAX_CELLS` before they are built."""
    if not cells:
        return []
    height = max(r for r, _ in cells) + 1
    width = max(c for _, c in cells) + 1
    if height * width > MAX_CELLS:
        raise too_many_cells(path, sheet, height * width)
    grid: Rows = [[None] * width for _ in range(height)]
    for (r, c), value in cells.items():
        grid[r][c] = value
    return grid


def check_archive(archive: zipfile.ZipFile, path: Path | str) -> None:
    """Refuse a zipped workbook that would expand beyond the limits (sizes as its directory declares them;
    the parts read are then checked against those sizes by zipfile's own CRC and length checks)."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise UnreadableFile(
                f"Tệp {quoted(path)} có phần nén “{info.filename}” giãn ra {format_int(int(ratio))} lần khi giải nén, "
                f"quá giới hạn {MAX_COMPRESSION_RATIO} lần của một bảng tính thật; phần mềm không mở tệp này. "
                "Hãy mở bằng Excel và lưu lại dạng .xlsx."
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableFile(
            f"Tệp {quoted(path)} giải nén ra {format_int(total // (1024 * 1024))} MB, quá giới hạn "
            f"{format_int(MAX_UNCOMPRESSED_BYTES // (1024 * 1024))} MB. Hãy tách danh sách thành nhiều tệp nhỏ hơn."
        )


def check_text_size(size: int, path: Path | str) -> None:
    if size > MAX_TEXT_BYTES:
        raise UnreadableFile(
            f"Tệp {quoted(path)} dạng văn bản (CSV, trang web, XML) lớn {format_int(size // (1024 * 1024))} MB, quá giới "
            f"hạn {format_int(MAX_TEXT_BYTES // (1024 * 1024))} MB. Hãy tách danh sách hoặc lưu lại dạng .xlsx."
        )


def check_lines(text: str, path: Path | str) -> None:
    """Refuse a text whose longest line is over :data:`MAX_LINE_CHARS` (a list's line is a few hundred)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE_CHARS:
            raise UnreadableFile(
                f"Tệp {quoted(path)} có một dòng dài {format_int(end - start)} ký tự, quá giới hạn "
                f"{format_int(MAX_LINE_CHARS)} ký tự một dòng; đây không phải danh sách CSV. "
                "Hãy mở bằng Excel và lưu lại dạng .xlsx."
            )
        start = end + 1
