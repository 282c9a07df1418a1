"""Page breaks in the PDF body: headings keep with their first row, subtotals with their last.

Rows here are all one line high, like section and subtotal lines, so the
first page holds a known number of lines; the sections are then built so a
heading (or a subtotal) falls exactly on the last (or first) line of a page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.sample_report import letterhead
from desktop.reports import Column, ReportData, ReportDefinition, Section, write_pdf

COLUMNS = (
    Column("stt", "STT", "A", 12, "int", numbering=True, align="center"),
    Column("name", "Họ và tên", "B", 60),
    Column("amount", "Số tiền", "1", 30, "money", total=True),
)
DEFINITION = ReportDefinition(
    title="DANH SÁCH KIỂM TRA NGẮT TRANG", columns=COLUMNS, signatures=()
)


def _rows(prefix: str, count: int) -> list[dict[str, object]]:
    return [{"name": f"{prefix} số {index:03d}", "amount": 1000} for index in range(1, count + 1)]


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _page_of(pages: list[str], text: str) -> int:
    found = [index for index, page in enumerate(pages) if text in page]
    assert len(found) == 1, f"{text!r} on pages {found}"
    return found[0]


@pytest.fixture(scope="module")
def first_page_lines(tmp_path_factory: pytest.TempPathFactory) -> int:
    """How many one-line body lines fit under the header on page 1."""
    path = tmp_path_factory.mktemp("capacity") / "capacity.pdf"
    write_pdf(DEFINITION, ReportData.single(_rows("Người", 200), grand_total=False), letterhead(), path)
    first = _pages(path)[0]
    capacity = sum(f"Người số {index:03d}" in first for index in range(1, 201))
    assert 20 < capacity < 200
    return capacity


def _write(tmp_path: Path, sections: list[Section]) -> list[str]:
    path = tmp_path / "keep.pdf"
    write_pdf(DEFINITION, ReportData(sections, grand_total=False), letterhead(), path)
    return _pages(path)


def test_a_heading_on_the_last_line_moves_to_the_next_page_with_its_first_row(
    tmp_path: Path, first_page_lines: int
) -> None:
    # "I. Tăng" + rows fill all but the last line of page 1, where "II. Giảm" would fall.
    pages = _write(
        tmp_path,
        [
            Section(_rows("Tăng", first_page_lines - 2), "I. Tăng"),
            Section(_rows("Giảm", 60), "II. Giảm"),
        ],
    )
    heading = _page_of(pages, "II. Giảm")
    assert heading == 1
    assert _page_of(pages, "Giảm số 001") == heading
    # Page 1 really was full up to that line: the last increase row is still on it.
    assert _page_of(pages, f"Tăng số {first_page_lines - 2:03d}") == 0


def test_nested_headings_stay_together_with_the_first_row(
    tmp_path: Path, first_page_lines: int
) -> None:
    # "II. Giảm" would be the second-last line of page 1 and "II.1 Người tham gia" the last.
    pages = _write(
        tmp_path,
        [
            Section(_rows("Tăng", first_page_lines - 3), "I. Tăng"),
            Section([], "II. Giảm"),
            Section(_rows("Giảm", 60), "II.1 Người tham gia"),
        ],
    )
    assert _page_of(pages, "II. Giảm") == 1
    assert _page_of(pages, "II.1 Người tham gia") == 1
    assert _page_of(pages, "Giảm số 001") == 1
    assert _page_of(pages, f"Tăng số {first_page_lines - 3:03d}") == 0


def test_a_subtotal_does_not_start_a_page_alone(tmp_path: Path, first_page_lines: int) -> None:
    # The heading and rows fill page 1 exactly; "Cộng tăng" would open page 2 by itself.
    count = first_page_lines - 1
    pages = _write(
        tmp_path,
        [
            Section(_rows("Tăng", count), "I. Tăng", "Cộng tăng"),
            Section(_rows("Giảm", 60), "II. Giảm", "Cộng giảm"),
        ],
    )
    subtotal = _page_of(pages, "Cộng tăng")
    assert subtotal == 1
    assert _page_of(pages, f"Tăng số {count:03d}") == subtotal
    assert _page_of(pages, f"Tăng số {count - 1:03d}") == 0
    assert "Cộng tăng" in pages[1] and f"{count * 1000:,}".replace(",", ".") in pages[1]


def test_a_heading_moves_with_the_last_rows_when_they_go_to_the_closing_page(
    tmp_path: Path, first_page_lines: int
) -> None:
    # "II. Giảm" fits on the last line but one of page 1; its two rows and "Cộng giảm" are the
    # last lines, which keep with the closing lines and so start page 2.
    pages = _write(
        tmp_path,
        [
            Section(_rows("Tăng", first_page_lines - 3), "I. Tăng"),
            Section(_rows("Giảm", 2), "II. Giảm", "Cộng giảm"),
        ],
    )
    heading = _page_of(pages, "II. Giảm")
    assert heading == _page_of(pages, "Giảm số 001") == _page_of(pages, "Cộng giảm") == 1


def test_numbering_restarts_per_section_or_runs_on(tmp_path: Path) -> None:
    from desktop.reports.body import BodyStream, LineKind
    from desktop.reports.run_control import RunControl

    def numbers(definition: ReportDefinition) -> list[object]:
        data = ReportData([Section(_rows("A", 2), "I"), Section(_rows("B", 2), "II")])
        stream = BodyStream(definition, data, RunControl(None, None, None))
        return [values[0] for kind, values, _ in stream if kind is LineKind.ROW]

    assert numbers(DEFINITION) == [1, 2, 1, 2]
    continuous = ReportDefinition(
        title="X", columns=COLUMNS, signatures=(), numbering_scope="report"
    )
    assert numbers(continuous) == [1, 2, 3, 4]
