"""Read a written report back: the body lines of its .xlsx and the text of its PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.reports import ReportDefinition


@dataclass
class BodyLine:
    kind: str  # "section", "row", "subtotal", "total"
    values: list[Any]


def body_lines(path: Path, definition: ReportDefinition, subtotal_labels: set[str]) -> list[BodyLine]:
    """The table body as written: from below the header to the first blank row."""
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(rows) if row[0] == "STT")
    start = header + (2 if definition.has_groups else 1) + (1 if definition.has_codes else 0)
    lines: list[BodyLine] = []
    for row in rows[start:]:
        values = row[: len(definition.columns)]
        if all(value is None for value in values):
            break
        first = values[0]
        if isinstance(first, int):
            lines.append(BodyLine("row", values))
        elif first == definition.total_label:
            lines.append(BodyLine("total", values))
        elif first in subtotal_labels:
            lines.append(BodyLine("subtotal", values))
        else:
            lines.append(BodyLine("section", values))
    return lines


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) of every font the pages use."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    return sorted(fonts.items())
