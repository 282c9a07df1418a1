"""The year's D03-TS of a 500,000-person office on screen: the first page, and scrolling through it.

The report's PDF (thousands of pages) is written once by the report engine and
kept under bench/out/. Then, side by side in one run:

- before: what the preview did until December 2026 once the PDF was written:
  ``pdftoppm -r 60 -l 12 -png`` (Poppler, an external program), then the 12 PNG
  files loaded as pictures; the first page appeared with the twelfth;
- after: the preview widget (``PdfPreview``) from ``show_pdf`` until the first
  page's picture is on screen (PDFium through pypdfium2, off the UI thread).

Then the page is scrolled through the whole document, as a person dragging the
scroll bar (a jump every 16 ms) and pressing Page Down, while a 5 ms timer
records the longest stall of the UI thread (and, as a baseline, the longest gap
of the same timer while the window does nothing: on a busy machine that is not
zero); and one page is rendered at 600 dpi in printing strips.

    python -m bench.bench_preview [--persons N] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_search import StallWatch, wait_for  # noqa: E402
from bench.demo_db import OUT, demo_database  # noqa: E402
from bench.figures import emit  # noqa: E402
from desktop.reports import write_pdf  # noqa: E402
from desktop.services.bootstrap import open_database  # noqa: E402
from desktop.services.reports import ReportParams, build_report  # noqa: E402
from desktop.views import printing  # noqa: E402
from desktop.views.pdf_document import PdfDocument, page_pixels  # noqa: E402
from desktop.views.pdf_view import PdfPreview  # noqa: E402

FIRST_PAGE_BUDGET_S = 1.0
STALL_BUDGET_MS = 100
YEAR = 2026


def year_d03(persons: int) -> tuple[Path, float | None]:
    """The year's D03-TS PDF of the demo office, written the first time (returns how long that took)."""
    target = OUT / f"d03-{YEAR}-{persons}.pdf"
    if target.exists():
        return target, None
    db = open_database(demo_database(persons))
    built = build_report(db, "d03", ReportParams(date_from=dt.date(YEAR, 1, 1), date_to=dt.date(YEAR, 12, 31)))
    partial = target.with_suffix(".partial.pdf")
    started = time.perf_counter()
    write_pdf(built.definition, built.data, built.letterhead, partial)
    elapsed = time.perf_counter() - started
    partial.rename(target)
    db.dispose()
    return target, elapsed


def before(app: QApplication, pdf: Path) -> float:
    """pdftoppm for the first 12 pages at 60 dpi, then the pictures loaded (the old preview)."""
    tool = shutil.which("pdftoppm")
    assert tool is not None
    folder = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    try:
        started = time.perf_counter()
        subprocess.run([tool, "-r", "60", "-l", "12", "-png", str(pdf), str(folder / "page")], check=True)
        pictures = [QPixmap(str(path)) for path in sorted(folder.glob("page-*.png"))]
        app.processEvents()
        elapsed = time.perf_counter() - started
        assert len(pictures) == 12 and not pictures[0].isNull()
        return elapsed
    finally:
        shutil.rmtree(folder)


def after(app: QApplication, pdf: Path) -> float:
    """``show_pdf`` until the first page's picture is painted."""
    preview = PdfPreview()
    preview.resize(1000, 700)
    preview.show()
    app.processEvents()
    started = time.perf_counter()
    preview.show_pdf(pdf)
    wait_for(app, lambda: preview.view.has_picture(0), 30)
    preview.view.viewport().repaint()
    elapsed = time.perf_counter() - started
    preview.clear()
    preview.close()
    preview.view.wait_idle()
    return elapsed


def scroll(app: QApplication, pdf: Path) -> dict[str, float]:
    """Drag the scroll bar from top to bottom in 300 jumps 16 ms apart, then 50 Page Downs; the longest stall."""
    preview = PdfPreview()
    preview.resize(1000, 700)
    preview.show()
    preview.show_pdf(pdf)
    view = preview.view
    wait_for(app, lambda: view.has_picture(0), 30)
    rendered: list[int] = []
    view.page_rendered.connect(rendered.append)
    watch = StallWatch()
    bar = view.verticalScrollBar()
    steps = 300
    deadline = time.perf_counter() + steps * 0.016
    while time.perf_counter() < deadline:  # the same time doing nothing: the machine's own noise
        app.processEvents()
    idle_stall = watch.longest
    started = time.perf_counter()
    watch.reset()
    for step in range(1, steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        deadline = time.perf_counter() + 0.016
        while time.perf_counter() < deadline:
            app.processEvents()
    drag_stall = watch.longest
    landed = time.perf_counter()
    wait_for(app, lambda: view.has_picture(view.current_page()), 30)
    last_page_s = time.perf_counter() - landed
    bar.setValue(bar.maximum() // 2)
    watch.reset()
    for _ in range(50):
        view.verticalScrollBar().triggerAction(view.verticalScrollBar().SliderAction.SliderPageStepAdd)
        deadline = time.perf_counter() + 0.05
        while time.perf_counter() < deadline:
            app.processEvents()
    page_down_stall = watch.longest
    total = time.perf_counter() - started
    pages = view.page_count()
    watch.timer.stop()
    preview.clear()
    preview.close()
    view.wait_idle()
    return {"drag_stall_ms": float(drag_stall), "page_down_stall_ms": float(page_down_stall),
            "idle_stall_ms": float(idle_stall), "pages": float(pages), "rendered": float(len(rendered)),
            "page_after_drag_s": last_page_s, "seconds": total}


def print_strips(pdf: Path, runs: int) -> float:
    """One page rendered at 600 dpi in the printer's strips (PDFium's part of printing a page)."""
    times = []
    with PdfDocument(pdf) as document:
        width, height = (page_pixels(document.sizes[0].width(), 600), page_pixels(document.sizes[0].height(), 600))
        rows = printing.STRIP_PIXELS // width
        for _ in range(runs):
            started = time.perf_counter()
            for first in range(0, height, rows):
                document.render(0, 600, (first, min(height, first + rows + 1)))
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    pdf, written = year_d03(args.persons)
    with PdfDocument(pdf) as document:
        pages = document.page_count
    print(f"  D03-TS {YEAR}, {args.persons:,} persons: {pages:,} pages, {pdf.stat().st_size / 1e6:.0f} MB"
          + (f", written in {written:.0f} s by the report engine" if written else " (written by an earlier run)"))
    olds, news = [], []
    for _ in range(args.runs):
        if shutil.which("pdftoppm"):
            olds.append(before(app, pdf))
        news.append(after(app, pdf))
    new = statistics.median(news)
    if olds:
        old = statistics.median(olds)
        print(f"  first page on screen, before (pdftoppm, 12 pages)  {old:6.3f} s  (median of {len(olds)})")
    print(f"  first page on screen, after (PDFium, lazy)         {new:6.3f} s  (median of {len(news)}; "
          f"runs {min(news):.3f}–{max(news):.3f} s)"
          + (f"  {old / new:.0f}x faster" if olds else ""))
    figures = scroll(app, pdf)
    print(f"  drag through all {int(figures['pages']):,} pages (300 jumps, 16 ms apart): longest UI stall "
          f"{figures['drag_stall_ms']:.0f} ms; {int(figures['rendered'])} pages rendered on the way; "
          f"the page where the drag stopped drawn {figures['page_after_drag_s'] * 1000:.0f} ms after")
    print(f"  50 Page Downs, 50 ms apart: longest UI stall {figures['page_down_stall_ms']:.0f} ms")
    print(f"  the same timer with the window idle for as long as the drag: longest gap "
          f"{figures['idle_stall_ms']:.0f} ms (other programs on the machine)")
    strips = print_strips(pdf, args.runs)
    print(f"  one page at 600 dpi for the printer, in strips of {printing.STRIP_PIXELS / 1e6:.0f} Mpixels: "
          f"{strips:.2f} s (median)")
    emit("preview", args.persons, first_page_s=new, first_page_before_s=statistics.median(olds) if olds else 0.0,
         drag_stall_ms=figures["drag_stall_ms"], page_down_stall_ms=figures["page_down_stall_ms"])
    stall = max(figures["drag_stall_ms"], figures["page_down_stall_ms"])
    ok = new <= FIRST_PAGE_BUDGET_S and stall <= STALL_BUDGET_MS
    print(f"  budget: first page <= {FIRST_PAGE_BUDGET_S:.0f} s, UI stall <= {STALL_BUDGET_MS} ms: "
          + ("OK" if ok else "OVER BUDGET"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
