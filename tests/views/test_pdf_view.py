"""The PDF preview driven by keys and buttons: pages drawn as they come into view, off the UI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop.views import pdf_document
from desktop.views.pdf_view import KEPT_PAGES, MARGIN, PdfPreview
from tests.views.pdf_samples import bar_width, numbered_pdf

PAGES = 300


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return numbered_pdf(tmp_path_factory.mktemp("pdf") / "long.pdf", PAGES)


@pytest.fixture
def preview(qtbot: QtBot) -> PdfPreview:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _show(qtbot: QtBot, preview: PdfPreview, path: Path) -> None:
    with qtbot.waitSignal(preview.view.page_rendered, timeout=10_000) as first:
        preview.show_pdf(path)
    assert first.args == [0]


def _button(preview: PdfPreview, text: str) -> QToolButton:
    return next(button for button in preview.findChildren(QToolButton) if button.text() == text)


def test_the_first_page_comes_first_and_the_bar_counts_the_pages(qtbot: QtBot, preview: PdfPreview,
                                                                 long_pdf: Path) -> None:
    _show(qtbot, preview, long_pdf)
    view = preview.view
    assert view.page_count() == PAGES and view.has_picture(0)
    assert preview.page_label.text() == "Trang 1 / 300"
    assert not view.has_picture(PAGES - 1)


def test_pages_are_rendered_off_the_ui_thread(qtbot: QtBot, preview: PdfPreview, long_pdf: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    render = pdf_document.PdfDocument.render

    def spy(document: pdf_document.PdfDocument, index: int, dpi: float,
            rows: tuple[int, int] | None = None) -> object:
        threads.append(threading.current_thread())
        return render(document, index, dpi, rows)

    monkeypatch.setattr(pdf_document.PdfDocument, "render", spy)
    _show(qtbot, preview, long_pdf)
    qtbot.keyClick(preview.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: preview.view.has_picture(PAGES - 1), timeout=10_000)
    assert threads and threading.main_thread() not in threads


def test_keys_move_through_the_pages_and_far_pages_are_forgotten(qtbot: QtBot, preview: PdfPreview,
                                                                 long_pdf: Path) -> None:
    _show(qtbot, preview, long_pdf)
    view = preview.view
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: view.has_picture(view.current_page()), timeout=10_000)
    middle = view.current_page()
    assert middle > 15 and preview.page_label.text() == f"Trang {middle + 1} / 300"
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: view.has_picture(PAGES - 1), timeout=10_000)
    assert preview.page_label.text().endswith("/ 300") and view.current_page() >= PAGES - 2
    assert sum(view.has_picture(index) for index in range(PAGES)) <= KEPT_PAGES
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: view.has_picture(0), timeout=10_000)
    assert preview.page_label.text() == "Trang 1 / 300"


def test_each_page_shows_its_own_picture(qtbot: QtBot, preview: PdfPreview, long_pdf: Path) -> None:
    """Page 7's bar is 140 points wide: the sheet at that place on screen is page 7."""
    _show(qtbot, preview, long_pdf)
    view = preview.view
    view.scroll_to_page(6)
    qtbot.waitUntil(lambda: view.has_picture(6), timeout=10_000)
    picture = view.viewport().grab().toImage()
    ratio = picture.devicePixelRatio()
    rect = view.page_rect(6)
    assert rect.top() == pytest.approx(MARGIN, abs=1)
    rect = rect.adjusted(2, 0, -2, 0)  # inside the sheet's border line
    page = picture.copy(round(rect.left() * ratio), round(rect.top() * ratio), round(rect.width() * ratio),
                        round(rect.height() * ratio))
    assert bar_width(page, 72 * rect.width() * ratio / 595.28) == pytest.approx(140, abs=3)


def test_zoom_buttons_and_keys_change_the_page_size_and_keep_the_place(qtbot: QtBot, preview: PdfPreview,
                                                                       long_pdf: Path) -> None:
    _show(qtbot, preview, long_pdf)
    view = preview.view
    view.scroll_to_page(50)
    fitted = view.page_width_on_screen()
    qtbot.mouseClick(_button(preview, "Phóng to"), Qt.MouseButton.LeftButton)
    assert view.page_width_on_screen() == pytest.approx(fitted * 1.25, rel=0.01)
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.page_width_on_screen() == pytest.approx(fitted * 1.25 ** 2, rel=0.01)
    assert view.horizontalScrollBar().maximum() > 0 and view.current_page() == 50
    qtbot.waitUntil(lambda: view.has_picture(50), timeout=10_000)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(_button(preview, "Vừa chiều rộng"), Qt.MouseButton.LeftButton)
    assert view.page_width_on_screen() == pytest.approx(fitted) and view.current_page() == 50


def test_a_narrower_window_keeps_the_page_in_view(qtbot: QtBot, preview: PdfPreview, long_pdf: Path) -> None:
    _show(qtbot, preview, long_pdf)
    view = preview.view
    view.scroll_to_page(120)
    wide = view.page_width_on_screen()
    preview.resize(400, 600)
    qtbot.waitUntil(lambda: view.page_width_on_screen() < wide, timeout=5_000)
    assert view.current_page() == 120
    qtbot.waitUntil(lambda: view.has_picture(120), timeout=10_000)


def test_a_new_pdf_replaces_the_old_and_clear_shows_nothing(qtbot: QtBot, preview: PdfPreview, long_pdf: Path,
                                                            tmp_path: Path) -> None:
    short = numbered_pdf(tmp_path / "short.pdf", 3)
    preview.show_pdf(long_pdf)
    _show(qtbot, preview, short)  # asked for before the long one finished opening: only the short one shows
    assert preview.view.page_count() == 3 and preview.page_label.text() == "Trang 1 / 3"
    preview.clear()
    assert preview.view.page_count() == 0 and preview.page_label.text() == ""
    assert not preview.view.has_picture(0)


def test_a_file_that_cannot_be_read_is_reported(qtbot: QtBot, preview: PdfPreview, tmp_path: Path) -> None:
    with qtbot.waitSignal(preview.view.failed, timeout=10_000) as failed:
        preview.show_pdf(tmp_path / "mất.pdf")
    assert str(failed.args[0]).startswith("Không đọc được tệp PDF mất.pdf")
    assert preview.view.page_count() == 0
