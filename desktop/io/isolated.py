"""Parse legacy .xls, .xlsb and .ods files in a child process, so a damaged file cannot kill the desk.

python-calamine aborts the whole process (Rust's out-of-memory abort, which
Python cannot catch) when a damaged .xls record claims tens of gigabytes, as
a fuzz run found. Legacy .xls sheets are small (65,536 rows at most) and .ods
has no cheap size check beforehand, so both are read whole in a spawned child:
a crash there becomes the usual "tệp bị hỏng" message, never a dead window.
The child's heap is limited (RLIMIT_DATA, 1 GB; POSIX only), so a file that asks
for more memory than that fails in the child instead of swapping the desk.
"""

from __future__ import annotations

import io
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import python_calamine

from desktop.io.errors import UnreadableFile, quoted
from desktop.io.limits import MAX_CELLS
from desktop.io.sniff import FileKind, message_for
from desktop.io.xlsx_extent import column_letters

CHILD_MEMORY_BYTES = 1024 * 1024 * 1024


@dataclass(frozen=True)
class ParsedSheet:
    """One sheet as the child read it; ``far_cell`` set when it was too large to read."""

    rows: list[list[Any]]
    merged: list[tuple[int, int, int, int]]
    far_cell: str = ""


@dataclass(frozen=True)
class ParsedBook:
    sheet_names: list[str]
    hidden: frozenset[str]
    sheets: dict[str, ParsedSheet]


def parse_book(data: bytes) -> ParsedBook:
    """Runs in the child: every worksheet of the file, as plain Python values."""
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    worksheet, visible = python_calamine.SheetTypeEnum.WorkSheet, python_calamine.SheetVisibleEnum.Visible
    metadata = [m for m in book.sheets_metadata if m.typ == worksheet]
    sheets: dict[str, ParsedSheet] = {}
    for meta in metadata:
        sheet = book.get_sheet_by_name(meta.name)
        end = sheet.end or (0, 0)
        if (end[0] + 1) * (end[1] + 1) > MAX_CELLS:
            sheets[meta.name] = ParsedSheet([], [], f"{column_letters(end[1] + 1)}{end[0] + 1}")
            continue
        merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
        sheets[meta.name] = ParsedSheet(sheet.to_python(skip_empty_area=False), merged)
    hidden = frozenset(m.name for m in metadata if m.visible != visible)
    return ParsedBook([m.name for m in metadata], hidden, sheets)


def limit_memory(limit: int) -> None:
    """Runs first in the child: cap its heap, where the operating system allows it."""
    try:
        import resource
    except ImportError:  # Windows: the child still keeps a crash away from the desk
        return
    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def parse_isolated(data: bytes, path: Path) -> ParsedBook:
    """``parse_book`` in a fresh child process; a crash or an error there is an unreadable file."""
    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
    with ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=limit_memory,
                             initargs=(CHILD_MEMORY_BYTES,)) as pool:
        try:
            return pool.submit(parse_book, data).result()
        except (BrokenProcessPool, MemoryError) as exc:
            raise UnreadableFile(
                f"Tệp {quoted(path)} bị hỏng, hoặc cần hơn {CHILD_MEMORY_BYTES // (1024 * 1024)} MB bộ nhớ để đọc "
                "(giới hạn của phần mềm). Hãy mở bằng Excel, xoá các ô thừa và lưu lại dạng .xlsx."
            ) from exc
        except python_calamine.PasswordError as exc:
            raise UnreadableFile(message_for(FileKind.ENCRYPTED, path)) from exc
        except Exception as exc:  # whatever the library raised in the child
            raise UnreadableFile(message_for(FileKind.CORRUPT, path)) from exc
