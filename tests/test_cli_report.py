"""``ansinh-desk report``: every report to .xlsx or PDF, dates in both forms, clear errors, exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import main
from desktop.models import Agent, AuditEntry
from desktop.services.bootstrap import open_database
from desktop.services.demo import DEMO_PASSWORD


@pytest.fixture(scope="module")
def demo_file(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This module's copy of the shared 400-person demo office (its reports add audit lines)."""
    path = tmp_path_factory.mktemp("cli_report") / "demo.db"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture(autouse=True)
def signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run as the demo's staff account "canbo"."""
    monkeypatch.setenv("ANSINH_PASSWORD", DEMO_PASSWORD)


@pytest.mark.parametrize(("name", "extra"), [
    ("d03", ["--from", "01/01/2026", "--to", "31/12/2026"]),
    ("d05", ["--from", "2026-01-01", "--to", "2026-12-31"]),
    ("coverage", []),
    ("agents", ["--from", "01/01/2026", "--to", "30/11/2026"]),
    ("sessions", ["--from", "01/01/2026", "--to", "31/12/2026"]),
    ("renewals", ["--days", "60"]),
    ("attendance", ["--session", "2"]),
    ("dashboard", []),
])
def test_every_report_to_xlsx_and_pdf(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      name: str, extra: list[str]) -> None:
    common = ["--db", str(demo_file), "--user", "canbo", "report", name, "--date", "22/11/2026", *extra]
    xlsx, pdf = tmp_path / f"{name}.xlsx", tmp_path / f"{name}.pdf"
    assert main([*common, "--xlsx", str(xlsx)]) == 0
    assert f"Đã ghi báo cáo {name} (" in capsys.readouterr().out
    sheet = load_workbook(xlsx).active  # D03/D05 print their form code above the letterhead
    assert "BẢO HIỂM XÃ HỘI TỈNH ĐẮK LẮK" in [sheet.cell(row, 1).value for row in (1, 2, 3)]
    assert main([*common, "--pdf", str(pdf)]) == 0
    pages = len(PdfReader(pdf).pages)
    assert f"trang) ra {pdf}." in capsys.readouterr().out and pages >= 1


def test_format_comes_from_the_option_and_exports_are_audited(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "danh-sach"  # no suffix: --pdf decides
    assert main(["--db", str(demo_file), "--user", "canbo", "report", "renewals", "--date", "22/11/2026", "--pdf", str(target)]) == 0
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
    assert main(["--db", str(demo_file), "--user", "canbo", "report", "d03", "--agent", str(code).lower(),
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
    assert main(["--db", str(demo_file), "--user", "canbo", *args]) == 1
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
        main(["--db", str(demo_file), "--user", "canbo", *args])
    assert stop.value.code == 2
    assert "lỗi:" in capsys.readouterr().err


def test_renewal_list_masks_ids_unless_full_ids_is_asked(demo_file: Path, tmp_path: Path) -> None:
    common = ["--db", str(demo_file), "--user", "canbo", "report", "renewals", "--date", "22/11/2026", "--days", "60"]
    masked, full = tmp_path / "masked.xlsx", tmp_path / "full.xlsx"
    assert main([*common, "--xlsx", str(masked)]) == 0
    assert main([*common, "--full-ids", "--xlsx", str(full)]) == 0

    def ids(path: Path) -> list[str]:
        """The CCCD column's cells: 12 characters ending in 4 digits."""
        cells = [str(cell) for row in load_workbook(path).active.iter_rows(values_only=True) for cell in row if cell]
        return [cell for cell in cells if len(cell) == 12 and cell[-4:].isdigit() and (cell[:8].isdigit() or cell[:8] == "********")]

    masked_ids, full_ids = ids(masked), ids(full)
    assert masked_ids and all(cell.startswith("********") for cell in masked_ids)
    assert full_ids and all(cell.isdigit() for cell in full_ids)
    assert [cell[-4:] for cell in masked_ids] == [cell[-4:] for cell in full_ids]
