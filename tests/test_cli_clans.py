"""``ansinh-desk report clans`` and ``report clan-list`` on a reviewed demo office, on SQLite and PostgreSQL.

R11's totals are the clan pages' counts: the office's row equals the sums of
the clan list the Dòng họ page shows, and the office line says them in words.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main
from desktop.domain.formatting import format_int
from desktop.services.bootstrap import open_database
from desktop.services.clan_figures import clan_figures
from desktop.services.clans import list_clans
from desktop.services.demo import DEMO_PASSWORD, generate_demo
from desktop.services.reports import ReportParams, build_report
from tests.services.clan_data import review_every_group
from tests.services.reports.sheet import body_lines, pdf_text

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def reviewed_demo(any_db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """A 400-person demo office whose old clan texts were all confirmed as clans in the model since 15/01/2026."""
    monkeypatch.setenv("ANSINH_PASSWORD", DEMO_PASSWORD)
    db = open_database(any_db_url)
    generate_demo(db, persons=400, seed=3, today=TODAY)
    assert review_every_group(db) > 3
    db.dispose()
    return any_db_url


def test_r11_totals_equal_the_clan_pages_counts(reviewed_demo: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    xlsx, pdf = tmp_path / "r11.xlsx", tmp_path / "r11.pdf"
    common = ["--db", reviewed_demo, "--user", "canbo", "report", "clans", "--from", "01/01/2026", "--to",
              "30/11/2026", "--date", "22/11/2026"]
    assert main([*common, "--xlsx", str(xlsx)]) == 0
    assert main([*common, "--pdf", str(pdf)]) == 0
    assert "Đã ghi báo cáo clans (" in capsys.readouterr().out
    db = open_database(reviewed_demo)
    pages = list_clans(db, TODAY, in_model_only=True)
    figures = clan_figures(db, TODAY, [p.id for p in pages])  # a clan page's history tab
    definition = build_report(db, "clans", ReportParams(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 11, 30),
                                                        report_date=TODAY)).definition
    db.dispose()
    lines = body_lines(xlsx, definition, set())
    rows = [line.values for line in lines if line.kind == "row"]
    total = next(line.values for line in lines if line.kind == "total")
    keys = [column.key for column in definition.columns]
    assert len(rows) == len(pages)
    expected = {"households": sum(p.figures.households for p in pages), "members": sum(p.figures.members for p in pages),
                "covered": sum(p.figures.covered for p in pages), "to_bring_in": sum(p.figures.to_bring_in for p in pages),
                "new_since": sum(f.new_since_joining for f in figures.values())}
    assert {key: total[keys.index(key)] for key in expected} == expected
    assert sorted(str(row[keys.index("name")]) for row in rows) == sorted(p.name for p in pages)
    text = pdf_text(pdf)
    assert (f"{format_int(len(pages))} dòng họ tham gia mô hình, {format_int(expected['households'])} hộ, "
            f"{format_int(expected['members'])} người") in " ".join(text.split())
    assert len(PdfReader(pdf).pages) >= 1


def test_the_clan_list_for_the_leader_and_the_agent(reviewed_demo: str, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "clan.pdf", tmp_path / "clan.xlsx"
    common = ["--db", reviewed_demo, "--user", "canbo", "report", "clan-list", "--clan", "1", "--date", "22/11/2026"]
    assert main([*common, "--pdf", str(pdf)]) == 0
    assert main([*common, "--days", "60", "--full-ids", "--xlsx", str(xlsx)]) == 0
    text = " ".join(pdf_text(pdf).split())
    assert "DANH SÁCH THÀNH VIÊN DÒNG HỌ CẦN VẬN ĐỘNG THAM GIA BẢO HIỂM Y TẾ" in text
    assert "Trưởng tộc, già làng" in text and "Chưa tham gia BHYT" in text
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    cells = {str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell}
    assert "III" in cells and "Thẻ BHYT hết hạn trong 60 ngày tới" in cells


def test_a_clan_list_needs_a_clan(reviewed_demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    assert main(["--db", reviewed_demo, "--user", "canbo", "report", "clan-list", "--pdf", "x.pdf"]) == 1
    assert "Hãy chọn dòng họ cần in danh sách." in capsys.readouterr().err
    assert main(["--db", reviewed_demo, "--user", "canbo", "report", "clan-list", "--clan", "9999", "--pdf",
                 "x.pdf"]) == 1
    assert "Không tìm thấy dòng họ này" in capsys.readouterr().err
    assert not list(out.iterdir())
