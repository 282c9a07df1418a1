"""The official form code ("Mẫu D03-TS") and its legal basis, top right in both outputs."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pypdf import PdfReader

from bench.sample_report import d03_data, d03_definition, d03_rows, letterhead
from desktop.reports import Part, ReportData, ReportDefinition, Section, write_pdf, write_xlsx
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


def _numbered_data() -> ReportData:
    """The blank form's outline: I Tăng / I.1 / I.2, II Giảm / II.1, each with a subtotal."""
    return ReportData(
        [
            Section(label="Tăng", numeral="I", subtotal_label="Cộng tăng",
                    parts=(Part("I.1", "Người tham gia", list(d03_rows(3))), Part("I.2", "Tiền lương"))),
            Section(label="Giảm", numeral="II", subtotal_label="Cộng giảm",
                    parts=(Part("II.1", "Người tham gia", list(d03_rows(1, start=3))),)),
        ],
        grand_total=False,
    )  # fmt: skip


def test_xlsx_puts_heading_numerals_in_the_stt_column(tmp_path: Path) -> None:
    path = tmp_path / "numbered.xlsx"
    write_xlsx(d03_definition(), _numbered_data(), letterhead(), path)
    sheet = load_workbook(path).active
    assert sheet is not None
    first = next(row for row in range(1, 40) if sheet.cell(row, 1).value == "I")
    outline = [(sheet.cell(row, 1).value, sheet.cell(row, 2).value) for row in range(first, first + 10)]
    names = [row["name"] for row in d03_rows(4)]
    assert outline == [
        ("I", "Tăng"), ("I.1", "Người tham gia"), (1, names[0]), (2, names[1]), (3, names[2]),
        ("I.2", "Tiền lương"), ("Cộng tăng", None), ("II", "Giảm"), ("II.1", "Người tham gia"), (1, names[3]),
    ]  # fmt: skip
    numeral = sheet.cell(first, 1)
    assert numeral.font.b and numeral.alignment.horizontal == "center" and numeral.border.left.style
    last = get_column_letter(len(d03_definition().columns))
    assert f"B{first}:{last}{first}" in {str(merged) for merged in sheet.merged_cells.ranges}


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler) is not installed")
def test_pdf_puts_heading_numerals_in_the_stt_column(tmp_path: Path) -> None:
    path = tmp_path / "numbered.pdf"
    write_pdf(d03_definition(), _numbered_data(), letterhead(), path)
    page = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    words = [
        (html.unescape(text), float(x_min), float(x_max), float(y_min))
        for x_min, y_min, x_max, text in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<', page
        )
    ]

    def word(text: str) -> tuple[str, float, float, float]:
        return next(found for found in words if found[0] == text)

    stt, numeral = word("STT"), word("I.1")
    assert (numeral[1] + numeral[2]) / 2 == pytest.approx((stt[1] + stt[2]) / 2, abs=1)  # centred under STT
    heading = next(found for found in words if found[0] == "Người" and found[3] == pytest.approx(numeral[3]))
    first_name = next(iter(d03_rows(1)))["name"].split()[0]
    assert heading[1] == pytest.approx(word(first_name)[1])  # the heading starts where the names do
    assert word("Tăng")[3] == pytest.approx(word("I")[3])  # "I" and "Tăng" on one line
