"""Every report, built from the demo office, in both formats: totals equal the rows, official layout, fonts."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.db import Database
from desktop.reports import ReportResult
from desktop.services.reports import REPORTS, build_report, write_report
from tests.services.reports.conftest import demo_params
from tests.services.reports.sheet import body_lines, pdf_fonts, pdf_text

NAMES = sorted(REPORTS)
NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def _write(db: Database, name: str, path: Path) -> tuple[ReportResult, set[str]]:
    built = build_report(db, name, demo_params(name))
    labels = {section.subtotal_label for section in built.data.sections if section.subtotal_label}
    return write_report(built, path), labels


def test_all_ten_reports_are_offered() -> None:
    assert set(NAMES) == {"d03", "d05", "coverage", "agents", "sessions", "renewals", "attendance", "clans",
                          "clan-list", "dashboard"}


@pytest.mark.parametrize("name", NAMES)
def test_xlsx_totals_equal_the_sum_of_the_rows(demo_db: Database, name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.xlsx"
    result, labels = _write(demo_db, name, path)
    built = build_report(demo_db, name, demo_params(name))
    definition = built.definition
    sub_headings = {part.numeral for section in built.data.sections for part in section.parts}
    lines = body_lines(path, definition, labels)
    rows = [line for line in lines if line.kind == "row"]
    assert rows and len(rows) == result.row_count
    summed = [index for index, column in enumerate(definition.columns) if column.total]
    section_rows: list[list[object]] = []
    for line in lines:
        if line.kind == "section" and line.values[0] not in sub_headings:  # a subtotal covers its parts
            section_rows = []
        elif line.kind == "row":
            section_rows.append(line.values)  # type: ignore[arg-type]
        elif line.kind == "subtotal":
            for index in summed:
                values = [row[index] for row in section_rows if row[index] is not None]  # type: ignore[index]
                assert (line.values[index] or 0) == sum(values), (name, definition.columns[index].key)
            section_rows = []
    for index in summed:
        key = definition.columns[index].key
        column_sum = sum(row.values[index] or 0 for row in rows)
        assert result.totals.sums[key] == column_sum
        for total in (line for line in lines if line.kind == "total"):
            assert (total.values[index] or 0) == column_sum, (name, key)


@pytest.mark.parametrize("name", NAMES)
def test_pdf_is_official_with_names_and_embedded_fonts(demo_db: Database, name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.pdf"
    result, _ = _write(demo_db, name, path)
    text = unicodedata.normalize("NFC", pdf_text(path))
    definition = build_report(demo_db, name, demo_params(name)).definition
    assert NATIONAL in text and MOTTO in text
    assert definition.title in text
    assert "BẢO HIỂM XÃ HỘI CƠ SỞ CƯ M'GAR" in text
    assert "Cư M'gar, ngày 22 tháng 11 năm 2026" in text
    assert result.page_count == len(PdfReader(path).pages)
    fonts = pdf_fonts(path)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    # The people, agents or communes listed, with their diacritics.
    xlsx = tmp_path / f"{name}.xlsx"
    _, labels = _write(demo_db, name, xlsx)
    rows = [line.values for line in body_lines(xlsx, definition, labels) if line.kind == "row"]
    name_column = next(i for i, c in enumerate(definition.columns) if c.key in ("name", "commune"))
    names = [str(row[name_column]) for row in rows[:5] if row[name_column]]
    assert names and all(person in text for person in names), names
    assert any(not part.isascii() for part in names)
