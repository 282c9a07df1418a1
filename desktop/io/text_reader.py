"""CSV and TSV files: guess the encoding and the delimiter, keep every cell as text.

Cells stay strings on purpose: a CSV keeps the leading zeros of IDs that Excel
would have lost, and turning text into numbers or dates is the domain's job.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from desktop.io import text_decode
from desktop.io.errors import UnreadableFile, quoted
from desktop.io.limits import MAX_CELLS, check_lines, too_many_cells
from desktop.io.sniff import FileKind
from desktop.io.workbook import CellValue, MemorySource, Rows, Sheet, Workbook

DELIMITERS = (",", ";", "\t")
_SAMPLE_LINES = 200


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits most sample lines into the same number (>1) of fields."""
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    best, best_score = ",", (0, 0, 0)
    for delimiter in DELIMITERS:
        counts = [
            len(row)
            for row in csv.reader(io.StringIO(sample), delimiter=delimiter)
            if any(cell.strip() for cell in row)
        ]
        if not counts:
            continue
        fields, rows = Counter(counts).most_common(1)[0]
        score = (rows if fields > 1 else 0, fields, -DELIMITERS.index(delimiter))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def parse_rows(text: str, delimiter: str, path: Path | str = "") -> Rows:
    """All rows; empty or blank cells become None. More than :data:`MAX_CELLS` cells are refused."""
    reader = csv.reader(io.StringIO(text.replace("\x00", ""), newline=""), delimiter=delimiter)
    rows: Rows = []
    cells = 0
    for row in reader:
        values: list[CellValue] = [cell if cell.strip() else None for cell in row]
        rows.append(values)
        cells += len(values)
        if cells > MAX_CELLS:
            raise too_many_cells(path, Path(path).stem or "CSV", cells)
    return rows


def read_text(data: bytes, path: Path) -> Workbook:
    """A one-sheet workbook named after the file."""
    text, encoding = text_decode.decode(data)
    check_lines(text, path)
    first_line, _, rest = text.partition("\n")
    hint = first_line.strip().lower()
    if hint.startswith("sep=") and len(hint) == 5:
        delimiter, text = first_line.strip()[4], rest  # Excel's "sep=;" first line
    else:
        delimiter = sniff_delimiter(text)
    try:
        rows = parse_rows(text, delimiter, path)
    except csv.Error as exc:
        raise UnreadableFile(
            f"Tệp {quoted(path)} không đọc được dạng CSV ({exc}). "
            "Hãy mở bằng Excel và lưu lại dạng .xlsx."
        ) from exc
    sheet = Sheet(path.stem or "CSV", rows, file_name=path.name)
    return Workbook(
        path,
        FileKind.TEXT,
        [sheet.name],
        MemorySource([sheet]),
        text_encoding=encoding,
        delimiter=delimiter,
    )
