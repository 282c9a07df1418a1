"""Print preview of a built report (any ``ReportDefinition``), for QPrintPreviewDialog.

The PDF and Excel files come from the report engine. Qt cannot show a PDF
without the QtPdf add-on, so the preview and the paper copy are laid out from
the same definition and rows as HTML in a QTextDocument: same title, columns,
wording and signers as the file, with Qt doing the page breaks.
"""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop.reports.cell_text import FORMATTERS
from desktop.reports.definition import Column, ReportDefinition
from desktop.reports.official import issuing_body_lines, place_and_date
from desktop.reports.results import ReportTotals, SectionTotals
from desktop.services.reports import BuiltReport

_STYLE = """
body { font-family: 'Times New Roman', serif; font-size: 10pt; }
table.grid { border-collapse: collapse; border: 1px solid black; }
table.grid td, table.grid th { border: 1px solid black; padding: 3px; }
th { font-weight: bold; text-align: center; }
.title { font-size: 13pt; font-weight: bold; text-align: center; }
.center { text-align: center; }
.italic { font-style: italic; }
"""


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def _cell(column: Column, value: object) -> str:
    text = FORMATTERS[column.kind](value)  # type: ignore[arg-type]
    nowrap = "" if column.wraps else ' style="white-space: nowrap;"'
    return f'<td align="{column.alignment}"{nowrap}>{_esc(text)}</td>'


def _value(row: object, column: Column, index: int) -> object:
    if isinstance(row, dict):
        return row.get(column.key)
    if isinstance(row, list | tuple):
        return row[index] if index < len(row) else None
    return None


def report_html(built: BuiltReport) -> str:
    """The whole report as one HTML page: letterhead, title, table, footer lines and signatures."""
    definition: ReportDefinition = built.definition
    letterhead = built.letterhead
    parent, unit = issuing_body_lines(letterhead)
    parts = [f"<html><head><style>{_STYLE}</style></head><body>"]
    parts.append(
        '<table width="100%"><tr>'
        f'<td class="center" width="45%">{_esc(parent)}<br/><b>{_esc(unit)}</b></td>'
        '<td class="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b></td>'
        "</tr></table><br/>"
    )
    parts.append(f'<p class="title">{_esc(definition.title)}</p>')
    if definition.subtitle:
        parts.append(f'<p class="center italic">{_esc(definition.subtitle)}</p>')
    for line in definition.info_lines:
        parts.append(f"<p>{_esc(line)}</p>")
    widths = sum(column.width_mm for column in definition.columns)
    head = "".join(
        f'<th width="{round(100 * column.width_mm / widths)}%">{_esc(column.header)}</th>'
        for column in definition.columns
    )
    parts.append(f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3"><thead><tr>{head}</tr></thead><tbody>')
    totals = ReportTotals()
    sums: dict[str, Decimal] = {}
    for section in built.data.sections:
        section_totals = SectionTotals(section.label)
        totals.sections.append(section_totals)
        if section.label:
            parts.append(f'<tr><td colspan="{len(definition.columns)}"><b>{_esc(section.label)}</b></td></tr>')
        for row in section.rows:
            totals.row_count += 1
            section_totals.row_count += 1
            cells = []
            for index, column in enumerate(definition.columns):
                value = totals.row_count if column.numbering else _value(row, column, index)
                if column.total and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                    sums[column.key] = sums.get(column.key, Decimal(0)) + Decimal(str(value))
                cells.append(_cell(column, value))
            parts.append(f"<tr>{''.join(cells)}</tr>")
    totals.sums = dict(sums)
    if built.data.grand_total and any(column.total for column in definition.columns):
        total_cells = [
            f"<td><b>{_esc(definition.total_label)}</b></td>" if index == 0
            else _cell(column, sums.get(column.key)) if column.total else "<td></td>"
            for index, column in enumerate(definition.columns)
        ]
        parts.append(f"<tr>{''.join(total_cells)}</tr>")
    parts.append("</tbody></table>")
    for footer in definition.footer_lines:
        parts.append(f"<p>{_esc(footer(totals) if callable(footer) else footer)}</p>")
    for note in definition.notes:
        parts.append(f'<p class="italic">{_esc(note)}</p>')
    blocks = definition.signature_blocks(letterhead)
    if blocks:
        parts.append(f'<p align="right" class="italic">{_esc(place_and_date(letterhead))}</p>')
        signers = "".join(
            f'<td class="center"><b>{_esc(block.title)}</b><br/><i>{_esc(block.hint)}</i>'
            f"<br/><br/><br/><br/><b>{_esc(block.name)}</b></td>"
            for block in blocks
        )
        parts.append(f'<table width="100%"><tr>{signers}</tr></table>')
    parts.append("</body></html>")
    return "".join(parts)


class ReportPreview(QPrintPreviewDialog):
    """Preview and print a built report; the HTML is laid out once (rows may be a one-pass stream)."""

    def __init__(self, built: BuiltReport, parent: QWidget | None = None) -> None:
        self.page_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.page_printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        landscape = built.definition.orientation == "landscape"
        self.page_printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
        super().__init__(self.page_printer, parent)
        self.setWindowTitle(self.tr("Xem trước khi in"))
        self.resize(900, 760)
        self.html = report_html(built)
        self.document = QTextDocument(self)
        self.document.setHtml(self.html)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        self.document.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
        self.document.print_(printer)
