"""The PDF output: official texts, repeated header, page labels, embedded fonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from bench.sample_report import d03_data, d03_definition, d03_row, letterhead
from desktop.reports import (
    Column,
    ReportData,
    ReportDefinition,
    ReportResult,
    Section,
    write_pdf,
)
from desktop.reports.cell_text import FORMATTERS
from tests.reports.conftest import DECREASE_ROWS, INCREASE_ROWS

NAMES = ("Nguyễn Thị Hiền", "H'Nhi Êban", "Y Bhim Mlô", "Đỗ Văn Đức")


def _amount(index: int) -> int:
    value = d03_row(index)["amount"]
    assert isinstance(value, int)
    return value


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    """Extraction breaks wrapped cells into lines; compare with single spaces."""
    return re.sub(r"\s+", " ", text)


def test_official_heading_title_and_names(sample_pdf: tuple[Path, ReportResult]) -> None:
    pages = _pages(sample_pdf[0])
    first = pages[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "Độc lập - Tự do - Hạnh phúc" in first
    assert "BẢO HIỂM XÃ HỘI TỈNH ĐẮK LẮK" in first
    assert "BẢO HIỂM XÃ HỘI CƠ SỞ CƯ M'GAR" in first
    assert "DANH SÁCH NGƯỜI CHỈ THAM GIA BHYT" in first
    assert "Lương cơ sở: 2.340.000 đ" in first
    everything = _flat(" ".join(pages))
    for name in NAMES:
        assert name in everything
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in pages[1]


def test_every_page_is_numbered_with_the_right_total(sample_pdf: tuple[Path, ReportResult]) -> None:
    path, result = sample_pdf
    pages = _pages(path)
    assert len(pages) >= 2
    assert result.page_count == len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"Trang {number}/{len(pages)}" in text


def test_header_is_repeated_on_every_page(sample_pdf: tuple[Path, ReportResult]) -> None:
    for text in _pages(sample_pdf[0]):
        flat = _flat(text)
        assert "Họ và tên" in flat
        assert "Mã số BHXH" in flat
        assert "Thời gian tham gia" in flat
        assert "Từ tháng" in flat


def test_landscape_a4(sample_pdf: tuple[Path, ReportResult]) -> None:
    for page in PdfReader(sample_pdf[0]).pages:
        assert float(page.mediabox.width) == pytest.approx(841.89, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(595.28, abs=0.5)


def test_portrait_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "portrait.pdf"
    definition = ReportDefinition(
        title="DANH SÁCH",
        columns=(Column("name", "Họ và tên", width_mm=80),),
        orientation="portrait",
    )
    write_pdf(definition, ReportData.single([("Nguyễn Thị Hiền",)]), letterhead(), path)
    page = PdfReader(path).pages[0]
    assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.5)
    assert "Trang 1/1" in page.extract_text()


def test_fonts_are_embedded_truetype(sample_pdf: tuple[Path, ReportResult]) -> None:
    seen = 0
    for page in PdfReader(sample_pdf[0]).pages:
        resources: Any = page["/Resources"]
        fonts: Any = resources["/Font"]
        for reference in fonts.values():
            font = reference.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            assert "LiberationSerif" in str(font["/BaseFont"])
            seen += 1
    assert seen
    if shutil.which("pdffonts"):
        listing = subprocess.run(
            ["pdffonts", str(sample_pdf[0])], capture_output=True, text=True, check=True
        ).stdout
        rows = listing.splitlines()[2:]
        assert rows and all(" yes " in row for row in rows)


def test_totals_sections_and_closing_block(sample_pdf: tuple[Path, ReportResult]) -> None:
    path, result = sample_pdf
    pages = _pages(path)
    everything = _flat(" ".join(pages))
    assert "I. Tăng" in everything and "II. Giảm" in everything
    amount = FORMATTERS["money"]
    increase = sum(_amount(index) for index in range(INCREASE_ROWS))
    grand = sum(_amount(index) for index in range(INCREASE_ROWS + DECREASE_ROWS))
    assert "Cộng tăng" in everything and amount(increase) in everything
    assert "Tổng cộng" in everything and amount(grand) in everything
    assert result.totals.sums["amount"] == grand
    last = _flat(pages[-1])
    # The signatures share the page of the last rows and the grand total.
    for text in (
        "Tổng cộng",
        "Cư M'gar, ngày 22 tháng 11 năm 2026",
        "Người lập biểu",
        "Thủ trưởng đơn vị",
    ):
        assert text in last
    assert "Nguyễn Thị Thu Hà" in last and "Y Wang Niê" in last
    assert f"Tổng số thẻ BHYT đề nghị cấp: {INCREASE_ROWS}" in last


def test_signatures_never_sit_alone_on_a_page(tmp_path: Path) -> None:
    """Whatever the row count, the last page also carries the last participant row."""
    definition = d03_definition()
    for count in range(8, 40, 3):
        path = tmp_path / f"rows{count}.pdf"
        write_pdf(definition, d03_data(count - 2, 2), letterhead(), path)
        last = _flat(_pages(path)[-1])
        assert "Người lập biểu" in last
        assert "Cộng giảm" in last and "Tổng cộng" in last
        assert str(d03_row(count - 1)["receipt_no"]) in last


def test_long_names_wrap_inside_their_cell(tmp_path: Path) -> None:
    name = "Nguyễn Hoàng Phương Thảo Nguyên Thị Mỹ Hạnh Kim Ngân"
    definition = ReportDefinition(
        title="DANH SÁCH",
        columns=(Column("name", "Họ và tên", width_mm=30), Column("note", "Ghi chú", width_mm=100)),
        orientation="portrait",
    )
    path = tmp_path / "wrap.pdf"
    write_pdf(definition, ReportData.single([(name, "ngắn")]), letterhead(), path)
    text = _pages(path)[0]
    assert name not in text  # broken over lines...
    assert name in _flat(text)  # ...but all there


def test_many_rows_from_a_generator(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    rows = (d03_row(index) for index in range(2_000))
    result = write_pdf(
        d03_definition(), ReportData([Section(rows, "I. Tăng", "Cộng tăng")]), letterhead(), path
    )
    assert result.row_count == 2_000
    reader = PdfReader(path)
    assert len(reader.pages) == result.page_count
    assert f"Trang {result.page_count}/{result.page_count}" in reader.pages[-1].extract_text()


def test_same_data_gives_same_totals_in_both_outputs(tmp_path: Path) -> None:
    from desktop.reports import write_xlsx

    pdf = write_pdf(d03_definition(), d03_data(12, 4), letterhead(), tmp_path / "a.pdf")
    xlsx = write_xlsx(d03_definition(), d03_data(12, 4), letterhead(), tmp_path / "a.xlsx")
    assert pdf.totals == xlsx.totals
