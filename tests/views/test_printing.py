"""Printing a PDF through QPrinter: the chosen pages and copies, in order, at the printer's resolution.

The printer writes a PDF file here; what reached it is rendered again and compared.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.reports import ReportCancelled
from desktop.views import pdf_document, printing
from desktop.views.pdf_document import PdfDocument
from tests.views.pdf_samples import BAR_HEIGHT, bar_width, ink_difference, numbered_pdf

pytestmark = pytest.mark.usefixtures("qapp")  # QPrinter needs the application object, as in the application


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return numbered_pdf(tmp_path_factory.mktemp("pdf") / "numbered.pdf", 5)


def _file_printer(path: Path, dpi: int = 96) -> QPrinter:
    printer = printing.make_printer("portrait", "Thử in")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def _bars(path: Path) -> list[float]:
    with PdfDocument(path) as printed:
        return [round(bar_width(printed.render(index, 72), 72) / 20) for index in range(printed.page_count)]


def test_every_page_in_order_looks_like_the_original(sample: Path, tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"
    progress: list[tuple[int, int | None]] = []
    assert printing.print_pdf(_file_printer(printed), sample, lambda done, total: progress.append((done, total))) == 5
    assert _bars(printed) == [1, 2, 3, 4, 5]
    assert progress == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    with PdfDocument(sample) as original, PdfDocument(printed) as copy:
        assert ink_difference(copy.render(2, 50), original.render(2, 50)) < 0.2


def test_a_page_range_and_copies_the_driver_cannot_make(sample: Path, tmp_path: Path) -> None:
    printed = tmp_path / "range.pdf"
    printer = _file_printer(printed)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    assert not printer.supportsMultipleCopies()
    assert printing.print_pdf(printer, sample) == 4
    assert _bars(printed) == [2, 3, 2, 3]


def test_resolution_is_the_printers_up_to_600_dpi(sample: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[float] = []
    render = pdf_document.PdfDocument.render

    def spy(document: PdfDocument, index: int, dpi: float, rows: tuple[int, int] | None = None) -> object:
        asked.append(dpi)
        return render(document, index, dpi, rows)

    monkeypatch.setattr(pdf_document.PdfDocument, "render", spy)
    printer = _file_printer(tmp_path / "150.pdf", 150)
    printer.setFromTo(1, 1)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printing.print_pdf(printer, sample)
    assert set(asked) == {150}
    asked.clear()
    fine = _file_printer(tmp_path / "1200.pdf", 1200)
    fine.setFromTo(1, 1)
    fine.setPrintRange(QPrinter.PrintRange.PageRange)
    printing.print_pdf(fine, sample)
    assert set(asked) == {600} and len(asked) > 1  # a page at 600 dpi comes in strips


def test_strips_leave_no_seam(sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Drawn in strips of a few rows, the black bar is still black from top to bottom."""
    monkeypatch.setattr(printing, "STRIP_PIXELS", 7_000)  # about 7 rows at 96 dpi
    printed = tmp_path / "strips.pdf"
    printer = _file_printer(printed)
    printing.print_pdf(printer, sample)
    with PdfDocument(printed) as copy, PdfDocument(sample) as original:
        page = copy.render(4, 96)
        column = round((40 + 50) * 96 / 72)
        rows = range(round((40 + 3) * 96 / 72), round((40 + BAR_HEIGHT - 3) * 96 / 72))
        assert all(page.pixelColor(column, row).lightness() < 60 for row in rows)
        assert ink_difference(page, original.render(4, 96)) < 0.2


def test_cancel_stops_after_the_page_being_printed(sample: Path, tmp_path: Path) -> None:
    printed: list[int] = []
    with pytest.raises(ReportCancelled):
        printing.print_pdf(_file_printer(tmp_path / "cancelled.pdf"), sample,
                           lambda done, _total: printed.append(done), lambda: len(printed) >= 2)
    assert printed == [1, 2]


def test_printing_runs_in_a_worker_thread(sample: Path, tmp_path: Path) -> None:
    """Qt paints on a QPrinter from any thread: the page prints while the window goes on."""
    printed = tmp_path / "thread.pdf"
    printer = _file_printer(printed)
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(printing.print_pdf(printer, sample)))
    worker.start()
    worker.join(60)
    assert result == [5] and _bars(printed) == [1, 2, 3, 4, 5]
