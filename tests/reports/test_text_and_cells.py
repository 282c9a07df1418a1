"""Text measuring and wrapping, printed cell texts, spreadsheet helpers."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from reportlab.pdfbase import pdfmetrics

from desktop.reports.cell_text import FORMATTERS, whole_number
from desktop.reports.text_metrics import LineCounter, font_name, text_width, wrap
from desktop.reports.xlsx_cells import clean_text
from desktop.reports.xlsx_writer import column_pixels, safe_sheet_name


def test_fast_width_matches_reportlab() -> None:
    for text in (
        "Nguyễn Thị Hiền",
        "H'Nhi Êban",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "0661000001",
    ):
        for bold in (False, True):
            font = font_name(bold=bold)
            assert text_width(text, font, 11) == pytest.approx(
                pdfmetrics.stringWidth(text, font, 11)
            )


def test_wrap_keeps_words_and_breaks_codes_after_slashes() -> None:
    font = font_name()
    lines = wrap("Tổ dân phố 3, xã Quảng Phú, tỉnh Đắk Lắk", font, 10, 80)
    assert len(lines) > 1
    assert " ".join(lines) == "Tổ dân phố 3, xã Quảng Phú, tỉnh Đắk Lắk"
    assert all(text_width(line, font, 10) <= 80 for line in lines)
    assert wrap("CCCD/ĐDCN/hộ", font_name(bold=True), 9, 30)[0] == "CCCD/"
    assert wrap("", font, 10, 50) == [""]
    cut = wrap("một câu rất dài " * 20, font, 10, 60, max_lines=2)
    assert len(cut) == 2 and cut[-1].endswith("…")


def test_line_counter_agrees_with_wrap() -> None:
    font = font_name()
    counter = LineCounter(font, 11)
    words = [
        "Nguyễn",
        "Thị",
        "Hiền",
        "H'Nhi",
        "Êban",
        "Y",
        "Bhim",
        "Mlô",
        "Đỗ",
        "Văn",
        "Đức",
        "Buôn",
        "Ea",
        "Kiết,",
        "xã",
        "0661000000",
        "CCCD/ĐDCN/hộ",
    ]
    generator = random.Random(7)
    for _ in range(2_000):
        text = " ".join(generator.choice(words) for _ in range(generator.randint(1, 10)))
        width = generator.uniform(20, 220)
        assert counter.lines(text, width) == len(wrap(text, font, 11, width)), (text, width)


def test_printed_cell_texts() -> None:
    assert FORMATTERS["money"](1_263_600) == "1.263.600"
    assert FORMATTERS["int"](Decimal("1234.5")) == "1.235"
    assert FORMATTERS["date"](dt.date(2026, 11, 22)) == "22/11/2026"
    assert FORMATTERS["date"]("1975") == "1975"
    assert FORMATTERS["percent"](89.94) == "89,9%"
    assert FORMATTERS["tick"](True) == "x" and FORMATTERS["tick"](None) == ""
    decomposed = "Nguye\u0302\u0303n"
    assert FORMATTERS["text"](decomposed) == "Nguyễn"
    assert whole_number(0.5) == 1 and whole_number(-0.5) == -1 and whole_number(2.4) == 2


def test_spreadsheet_helpers() -> None:
    assert clean_text("A & B <c>\x01") == "A & B <c>"
    assert clean_text("tab\tand\nline") == "tab\tand\nline"
    assert (
        safe_sheet_name("Báo cáo [11/2026]: Ea Kiết và các xã lân cận")
        == "Báo cáo  11 2026   Ea Kiết và c"
    )
    assert safe_sheet_name("***") == "Sheet1"
    # Cut at 31 characters, then no apostrophe left at the end (Excel refuses it).
    assert safe_sheet_name("Danh sách tham gia BHYT ở Ea H'leo") == "Danh sách tham gia BHYT ở Ea H"
    assert column_pixels(25.4) == pytest.approx(96)
