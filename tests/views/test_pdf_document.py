"""PDF pages rendered by PDFium into QImages: the right page, at the asked size, strip by strip, from any thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPainter

from desktop.services.errors import ServiceError
from desktop.views.pdf_document import PdfDocument, page_pixels
from tests.views.pdf_samples import bar_width, numbered_pdf


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return numbered_pdf(tmp_path_factory.mktemp("pdf") / "numbered.pdf", 8)


def test_each_page_is_rendered_at_the_asked_resolution(sample: Path) -> None:
    with PdfDocument(sample) as document:
        assert document.page_count == 8
        assert (round(document.sizes[0].width()), round(document.sizes[0].height())) == (595, 842)
        for index in (0, 4, 7):
            image = document.render(index, 72)
            assert (image.width(), image.height()) == (596, 842)  # 595.28 points, rounded up
            assert bar_width(image, 72) == pytest.approx(20 * (index + 1), abs=1.5)
        bigger = document.render(2, 150)
        assert (bigger.width(), bigger.height()) == (1241, page_pixels(document.sizes[2].height(), 150))
        assert bar_width(bigger, 150) == pytest.approx(60, abs=1.5)


def test_strips_put_together_are_the_whole_page(sample: Path) -> None:
    """Row for row the same pixels, but for anti-aliasing near a strip's edge."""
    with PdfDocument(sample) as document:
        whole = document.render(3, 100)
        joined = QImage(whole.size(), QImage.Format.Format_RGB32)
        painter = QPainter(joined)
        edges: set[int] = set()
        for first in range(0, whole.height(), 97):
            end = min(whole.height(), first + 97)
            strip = document.render(3, 100, (first, end))
            assert (strip.width(), strip.height()) == (whole.width(), end - first)
            painter.drawImage(0, first, strip)
            edges |= {*range(first, first + 2), *range(end - 2, end)}
        painter.end()
        line = whole.bytesPerLine()
        a, b = bytes(joined.constBits()), bytes(whole.constBits())
        differing = {y for y in range(whole.height()) if a[y * line:(y + 1) * line] != b[y * line:(y + 1) * line]}
        assert differing <= edges and len(differing) <= 4
        assert bar_width(joined, 100) == pytest.approx(80, abs=1)


def test_a_closed_document_renders_nothing(sample: Path) -> None:
    document = PdfDocument(sample)
    document.close()
    assert document.render(0, 72).isNull()
    document.close()  # twice is harmless


def test_a_missing_or_broken_file_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="Không đọc được tệp PDF thiếu.pdf"):
        PdfDocument(tmp_path / "thiếu.pdf")
    broken = tmp_path / "hỏng.pdf"
    broken.write_bytes(b"%PDF-1.4\nkhong phai PDF")
    with pytest.raises(ServiceError, match="Không mở được tệp PDF hỏng.pdf"):
        PdfDocument(broken)


def test_threads_rendering_at_once_get_the_same_pages(sample: Path) -> None:
    """PDFium is not thread-safe: the lock makes concurrent renders (preview and printing) safe."""
    with PdfDocument(sample) as one, PdfDocument(sample) as other:
        expected = [one.render(index, 60) for index in range(8)]
        results: dict[tuple[int, int], QImage] = {}

        def work(worker: int, document: PdfDocument) -> None:
            for _ in range(3):
                for index in range(8):
                    results[(worker, index)] = document.render(index, 60)

        threads = [threading.Thread(target=work, args=(worker, one if worker % 2 else other)) for worker in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert all(results[(worker, index)] == expected[index] for worker in range(4) for index in range(8))
