"""``ansinh-desk report``: every report to .xlsx or PDF, dates in both forms, clear errors, exit codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import main
from desktop.models import Agent, AuditEntry
from desktop.services.bootstrap import open_database
from desktop.services.demo import generate_demo

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli_report") / "demo.db"
    db = open_database(f"sqlite:///{path}")
    generate_demo(db, persons=400, seed=3, today=TODAY)
    db.dispose()
    return path


@pytest.mark.parametrize(("name", "extra"), [
    ("d03", ["--from", "01/01/2026", "--to", "31/12/2026"]),
    ("d05", ["--from", "2026-01-01", "--to", "2026-12-31"]),
    ("coverage", []),
    ("agents", ["--from", "01/01/2026", "--to", "30/11/2026"]),
    ("sessions", ["--from", "01/01/2026", "--to", "31/12/2026"]),
    ("renewals", ["--days", "60"]),
    ("attendance", ["--session", "2"]),
])
def test_every_report_to_xlsx_and_pdf(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      name: str, extra: list[str]) -> None:
    common = ["--db", str(demo_file), "report", name, "--date", "22/11/2026", *extra]
    xlsx, pdf = tmp_path / f"{name}.xlsx", tmp_path / f"{name}.pdf"
    assert main([*common, "--xlsx", str(xlsx)]) == 0
    assert f"Đã ghi báo cáo {name} (" in capsys.readouterr().out
    assert load_workbook(xlsx).active["A1"].value == "BẢO HIỂM XÃ HỘI TỈNH ĐẮK LẮK"
    assert main([*common, "--pdf", str(pdf)]) == 0
    pages = len(PdfReader(pdf).pages)
    assert f"trang) ra {pdf}." in capsys.readouterr().out and pages >= 1


def test_format_comes_from_the_option_and_exports_are_audited(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "danh-sach"  # no suffix: --pdf decides
    assert main(["--db", str(demo_file), "report", "renewals", "--date", "22/11/2026", "--pdf", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    db = open_database(f"sqlite:///{demo_file}")
    with db.reading() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.summary).where(AuditEntry.entity == "report").order_by(AuditEntry.id)
        ).all()
        code = session.scalars(select(Agent.code)).first()
    db.dispose()
    assert entries and all(action == "export" for action, _ in entries)
    assert "Danh sách cần gia hạn" in entries[-1][1] and "danh-sach" in entries[-1][1]
    assert main(["--db", str(demo_file), "report", "d03", "--agent", str(code).lower(),
                 "--xlsx", str(tmp_path / "agent.xlsx")]) == 0


@pytest.mark.parametrize(("args", "message"), [
    (["report", "d03", "--from", "31/02/2026", "--xlsx", "x.xlsx"], "Từ ngày 31/02/2026 không tồn tại."),
    (["report", "d03", "--from", "01/12/2026", "--to", "01/11/2026", "--xlsx", "x.xlsx"], "đứng trước ngày bắt đầu"),
    (["report", "d03", "--agent", "NV000", "--xlsx", "x.xlsx"], "Không có nhân viên thu mã “NV000”."),
    (["report", "coverage", "--commune", "00001", "--pdf", "x.pdf"], "không thuộc địa bàn đơn vị phụ trách"),
    (["report", "attendance", "--pdf", "x.pdf"], "Hãy chọn buổi tuyên truyền"),
    (["report", "attendance", "--session", "999", "--pdf", "x.pdf"], "Không có buổi tuyên truyền số 999."),
])
def test_user_errors_exit_1_in_vietnamese(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          args: list[str], message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(demo_file), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and message in err
    assert not list(tmp_path.iterdir())  # nothing written


@pytest.mark.parametrize("args", [
    ["report", "d03"],  # no output
    ["report", "d03", "--xlsx", "a.xlsx", "--pdf", "a.pdf"],  # two outputs
    ["report", "nothing", "--xlsx", "a.xlsx"],
    ["report", "renewals", "--days", "many", "--xlsx", "a.xlsx"],
])
def test_bad_usage_exits_2(demo_file: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(demo_file), *args])
    assert stop.value.code == 2
    assert "lỗi:" in capsys.readouterr().err
