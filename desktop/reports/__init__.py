"""Report engine: official Vietnamese list reports as Excel and PDF files.

No Qt and no database here: services build a ``ReportDefinition`` (with
optional chart ``Figure``s) and ``ReportData`` and call ``write_xlsx`` or
``write_pdf``.
"""

from desktop.reports.charts import (
    BarChart,
    ChartSeries,
    Figure,
    HorizontalBarChart,
    MonthChart,
)
from desktop.reports.definition import (
    Column,
    OfficeLetterhead,
    Part,
    ReportData,
    ReportDefinition,
    Section,
    SignatureBlock,
)
from desktop.reports.pdf_renderer import write_pdf
from desktop.reports.results import ReportResult, ReportTotals, SectionTotals
from desktop.reports.run_control import CancelCheck, ProgressCallback, ReportCancelled
from desktop.reports.xlsx_writer import write_xlsx

__all__ = [
    "BarChart",
    "CancelCheck",
    "ChartSeries",
    "Column",
    "Figure",
    "HorizontalBarChart",
    "MonthChart",
    "OfficeLetterhead",
    "Part",
    "ProgressCallback",
    "ReportCancelled",
    "ReportData",
    "ReportDefinition",
    "ReportResult",
    "ReportTotals",
    "Section",
    "SectionTotals",
    "SignatureBlock",
    "write_pdf",
    "write_xlsx",
]
