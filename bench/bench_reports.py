"""Time the report engine against plain-library baselines on the same rows.

Run from the repository root::

    python -m bench.bench_reports            # 10,000 PDF rows, 100,000 xlsx rows
    python -m bench.bench_reports --only pdf --pdf-rows 2000

Budget: ours must take at most half the baseline's time (ratio <= 0.5).
Baselines: openpyxl ``Workbook(write_only=True)`` appending each row, and a
platypus ``LongTable`` with ``repeatRows`` over the rows' printed text.
Runs alternate (ours, baseline, ours ...) and the median of each is kept.

Writers measured for the .xlsx (100,000 rows of the D03 sample, 22/11/2026,
against openpyxl write-only at 12.1 s): XlsxWriter 6.5 s with no styles at
all; PyExcelerate 6.2 s with no styles, and it has no page setup or print
titles; excelize-py 0.1 (Go excelize) 19.9 s, and its stream writer takes
no cell styles from Python; pyfastexcel 0.1 and rustpy-xlsxwriter 0.8 lack
page setup, merges or cell formats. None reaches 0.5x with the official
layout, hence ``desktop/reports/xlsx_row_xml.py``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

from bench.sample_report import d03_definition, d03_rows, letterhead
from desktop.reports import ReportData, write_xlsx
from desktop.reports.cell_text import FORMATTERS
from desktop.reports.definition import CellValue, ReportDefinition
from desktop.reports.official import MARGINS_MM
from desktop.reports.page_geometry import column_widths_mm
from desktop.reports.pdf_renderer import write_pdf
from desktop.reports.text_metrics import font_name

BUDGET = 0.5
Rows = list[dict[str, CellValue]]


def openpyxl_baseline(definition: ReportDefinition, rows: Rows, path: Path) -> None:
    """The plain way: write-only workbook, one ``append`` per row."""
    keys = [column.key for column in definition.columns]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(definition.sheet_name)
    sheet.append([column.header for column in definition.columns])
    for row in rows:
        sheet.append([row.get(key) for key in keys])
    workbook.save(path)


def platypus_baseline(definition: ReportDefinition, rows: Rows, path: Path) -> None:
    """The plain way: one LongTable of the printed texts, header repeated."""
    columns = definition.columns
    formatters = [FORMATTERS[column.kind] for column in columns]
    table_rows: list[list[str]] = [
        [column.header for column in columns],
        [column.code for column in columns],
    ]
    for row in rows:
        table_rows.append(
            [fmt(row.get(column.key)) for fmt, column in zip(formatters, columns, strict=True)]
        )
    size = definition.font_size
    document = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4) if definition.orientation == "landscape" else A4,
        leftMargin=MARGINS_MM["left"] * mm,
        rightMargin=MARGINS_MM["right"] * mm,
        topMargin=MARGINS_MM["top"] * mm,
        bottomMargin=MARGINS_MM["bottom"] * mm,
    )
    table = LongTable(
        table_rows, colWidths=[width * mm for width in column_widths_mm(definition)], repeatRows=2
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font_name(), size),
                ("FONT", (0, 0), (-1, 1), font_name(bold=True), size),
                ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
            ]
        )
    )
    document.build([table])


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def compare(
    label: str, ours: Callable[[], object], baseline: Callable[[], object], runs: int
) -> float:
    """Alternate runs, print medians and the ratio; returns the ratio."""
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        mine.append(_timed(ours))
        theirs.append(_timed(baseline))
    ours_median, base_median = statistics.median(mine), statistics.median(theirs)
    ratio = ours_median / base_median
    verdict = "OK" if ratio <= BUDGET else "OVER BUDGET"
    print(
        f"{label:<34} ours {ours_median:6.2f} s   baseline {base_median:6.2f} s   "
        f"ratio {ratio:4.2f} (budget <= {BUDGET})  {verdict}"
    )
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pdf-rows", type=int, default=10_000)
    parser.add_argument("--xlsx-rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=("pdf", "xlsx"))
    args = parser.parse_args(argv)
    definition = d03_definition()
    office = letterhead()
    ratios: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        if args.only in (None, "xlsx"):
            rows = list(d03_rows(args.xlsx_rows))
            ratios.append(
                compare(
                    f"xlsx, {args.xlsx_rows:,} rows",
                    lambda: write_xlsx(
                        definition, ReportData.single(iter(rows)), office, out / "ours.xlsx"
                    ),
                    lambda: openpyxl_baseline(definition, rows, out / "base.xlsx"),
                    args.runs,
                )
            )
        if args.only in (None, "pdf"):
            rows = list(d03_rows(args.pdf_rows))
            ratios.append(
                compare(
                    f"pdf, {args.pdf_rows:,} rows",
                    lambda: write_pdf(
                        definition, ReportData.single(iter(rows)), office, out / "ours.pdf"
                    ),
                    lambda: platypus_baseline(definition, rows, out / "base.pdf"),
                    args.runs,
                )
            )
    return 0 if all(ratio <= BUDGET for ratio in ratios) else 1


if __name__ == "__main__":
    raise SystemExit(main())
