"""The official form code ("Mẫu D03-TS") and its legal basis, top right in both outputs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bench.sample_report import d03_data, d03_definition, letterhead
from desktop.reports import ReportDefinition, write_pdf, write_xlsx
from desktop.reports.official import MOTTO, NATIONAL_NAME, QD490_BASIS

CODE = "Mẫu D03-TS"


def _with_code(orientation: str = "landscape") -> ReportDefinition:
    return replace(d03_definition(), form_code=CODE, form_basis=QD490_BASIS, orientation=orientation)


def _runs(path: Path) -> list[tuple[str, float, float, float]]:
    """(text, x, y, font size) of every text run on page 1."""
    runs: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            runs.append((text.strip(), tm[4], tm[5], size))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return runs


def _find(runs: list[tuple[str, float, float, float]], start: str) -> tuple[str, float, float, float]:
    found = [run for run in runs if run[0].startswith(start)]
    assert found, f"{start!r} not on page 1"
    return found[0]


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_pdf_prints_code_and_basis_top_right_above_the_motto(tmp_path: Path, orientation: str) -> None:
    path = tmp_path / "form.pdf"
    write_pdf(_with_code(orientation), d03_data(3, 1), letterhead(), path)
    runs = _runs(path)
    code, national = _find(runs, CODE), _find(runs, NATIONAL_NAME)
    basis = [run for run in runs if "490/QĐ-BHXH" in run[0] or "BHXH Việt Nam)" in run[0]]
    assert basis, "legal basis missing"
    text = " ".join(run[0] for run in sorted(basis, key=lambda run: -run[2]))
    assert text == QD490_BASIS
    # Above the national name (PDF y grows upwards), code first, basis smaller below it.
    assert code[2] > max(run[2] for run in basis) > national[2] + national[3]
    assert code[3] == 10 and all(run[3] < code[3] for run in basis)
    # Right-aligned: both end at the right edge of the table, which the motto block ends before.
    reader = PdfReader(path)
    width = float(reader.pages[0].mediabox.width)
    assert code[1] > width / 2 and min(run[1] for run in basis) > width / 3
    motto = _find(runs, MOTTO)
    assert motto[2] < national[2] < code[2]


def test_pdf_without_a_code_keeps_the_letterhead_at_the_top(tmp_path: Path) -> None:
    plain, coded = tmp_path / "plain.pdf", tmp_path / "coded.pdf"
    write_pdf(d03_definition(), d03_data(3, 1), letterhead(), plain)
    write_pdf(_with_code(), d03_data(3, 1), letterhead(), coded)
    plain_runs = _runs(plain)
    assert not [run for run in plain_runs if run[0].startswith("Mẫu ")]
    assert _find(plain_runs, NATIONAL_NAME)[2] > _find(_runs(coded), NATIONAL_NAME)[2]


def test_xlsx_puts_code_and_basis_over_the_motto_columns(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    write_xlsx(_with_code(), d03_data(3, 1), letterhead(), path)
    sheet = load_workbook(path).active
    assert sheet is not None
    merged = {str(cells): cells for cells in sheet.merged_cells.ranges}
    code_range = next(cells for cells in merged.values() if cells.min_row == 1)
    basis_range = next(cells for cells in merged.values() if cells.min_row == 2)
    motto_range = next(
        cells for cells in merged.values()
        if sheet.cell(cells.min_row, cells.min_col).value == MOTTO
    )
    assert sheet.cell(1, code_range.min_col).value == CODE
    assert sheet.cell(2, basis_range.min_col).value == QD490_BASIS
    for cells in (code_range, basis_range):
        assert (cells.min_col, cells.max_col) == (motto_range.min_col, motto_range.max_col)
    code_cell = sheet.cell(1, code_range.min_col)
    assert code_cell.font.b and code_cell.alignment.horizontal == "right"
    basis_cell = sheet.cell(2, basis_range.min_col)
    assert basis_cell.font.i and basis_cell.alignment.horizontal == "right"
    assert sheet.cell(3, motto_range.min_col).value == NATIONAL_NAME
    assert motto_range.min_row == 4
    # The table header moved down with the letterhead and is still the frozen, repeated block.
    assert sheet.freeze_panes is not None
    header_row = int(sheet.print_title_rows.split(":")[0].lstrip("$"))
    assert sheet.cell(header_row, 1).value == "STT"


def test_a_basis_without_a_code_is_refused() -> None:
    with pytest.raises(ValueError, match="form code"):
        replace(d03_definition(), form_basis=QD490_BASIS)
