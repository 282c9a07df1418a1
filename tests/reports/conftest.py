"""Fixtures for report tests: the D03-TS-like sample and written files."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.sample_report import d03_data, d03_definition, letterhead
from desktop.reports import ReportResult, write_xlsx
from desktop.reports.pdf_renderer import write_pdf

INCREASE_ROWS = 30
DECREASE_ROWS = 5


@pytest.fixture(scope="module")
def sample_xlsx(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ReportResult]:
    path = tmp_path_factory.mktemp("xlsx") / "d03.xlsx"
    result = write_xlsx(
        d03_definition(), d03_data(INCREASE_ROWS, DECREASE_ROWS), letterhead(), path
    )
    return path, result


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ReportResult]:
    path = tmp_path_factory.mktemp("pdf") / "d03.pdf"
    result = write_pdf(d03_definition(), d03_data(INCREASE_ROWS, DECREASE_ROWS), letterhead(), path)
    return path, result
