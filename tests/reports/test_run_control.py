"""Cancelling and failing runs leave no file behind; progress is reported."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.sample_report import d03_data, d03_definition, d03_row, letterhead
from desktop.reports import ReportCancelled, ReportData, ReportResult, write_pdf, write_xlsx
from desktop.reports.definition import CellValue

Writer = Callable[..., ReportResult]
WRITERS = [pytest.param(write_xlsx, id="xlsx"), pytest.param(write_pdf, id="pdf")]


def _suffix(writer: Writer) -> str:
    return ".xlsx" if writer is write_xlsx else ".pdf"


@pytest.mark.parametrize("writer", WRITERS)
def test_cancel_stops_and_removes_the_partial_file(writer: Writer, tmp_path: Path) -> None:
    path = tmp_path / f"report{_suffix(writer)}"
    polls: list[int] = []

    def cancel() -> bool:
        polls.append(1)
        return len(polls) >= 2

    consumed: list[int] = []

    def rows() -> Iterator[dict[str, CellValue]]:
        for index in range(100_000):
            consumed.append(index)
            yield d03_row(index)

    with pytest.raises(ReportCancelled):
        writer(d03_definition(), ReportData.single(rows()), letterhead(), path, cancel=cancel)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []
    assert len(consumed) < 5_000  # stopped early, not at the end


def test_cancel_leaves_no_scratch_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """XlsxWriter spools rows to temporary files; a cancelled run removes them too."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    rows = (d03_row(index) for index in range(2_000))
    with pytest.raises(ReportCancelled):
        write_xlsx(
            d03_definition(),
            ReportData.single(rows),
            letterhead(),
            tmp_path / "report.xlsx",
            cancel=lambda: True,
        )
    assert list(scratch.iterdir()) == []
    assert [item.name for item in tmp_path.iterdir()] == ["scratch"]


@pytest.mark.parametrize("writer", WRITERS)
def test_cancel_keeps_an_existing_file_untouched(writer: Writer, tmp_path: Path) -> None:
    path = tmp_path / f"report{_suffix(writer)}"
    path.write_bytes(b"old report")
    rows = (d03_row(index) for index in range(2_000))
    with pytest.raises(ReportCancelled):
        writer(d03_definition(), ReportData.single(rows), letterhead(), path, cancel=lambda: True)
    assert path.read_bytes() == b"old report"
    assert [item.name for item in tmp_path.iterdir()] == [path.name]


@pytest.mark.parametrize("writer", WRITERS)
def test_a_failing_row_leaves_no_file(writer: Writer, tmp_path: Path) -> None:
    path = tmp_path / f"report{_suffix(writer)}"
    bad = {**d03_row(1), "amount": "một triệu"}
    with pytest.raises(TypeError, match="amount"):
        writer(d03_definition(), ReportData.single([d03_row(0), bad]), letterhead(), path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("writer", WRITERS)
def test_progress_reports_rows_done_and_expected(writer: Writer, tmp_path: Path) -> None:
    calls: list[tuple[int, int | None]] = []
    writer(
        d03_definition(),
        d03_data(600, 100),
        letterhead(),
        tmp_path / f"report{_suffix(writer)}",
        progress=lambda done, expected: calls.append((done, expected)),
    )
    assert calls[0] == (256, 700)
    assert calls[-1] == (700, 700)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_progress_total_is_unknown_for_generators(tmp_path: Path) -> None:
    calls: list[tuple[int, int | None]] = []
    rows = (d03_row(index) for index in range(300))
    write_xlsx(
        d03_definition(),
        ReportData.single(rows),
        letterhead(),
        tmp_path / "r.xlsx",
        progress=lambda done, expected: calls.append((done, expected)),
    )
    assert calls[0] == (256, None)
    assert calls[-1] == (300, 300)


def test_sized_sections_give_the_expected_total(tmp_path: Path) -> None:
    data = ReportData.single([d03_row(index) for index in range(5)])
    assert data.expected_rows() == 5
