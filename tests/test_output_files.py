"""Every file the application writes: never over the register, private from its first byte, never left behind.

Findings 2 and 7 of issue 17, rerun through the real command line on a demo office.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import output_files
from desktop.cli import main
from desktop.services.demo import DEMO_PASSWORD
from tests.reliability.conftest import ROOT
from tests.services.test_backup_cli import persons_in

PERIOD = ["--from", "01/01/2025", "--to", "31/12/2026"]


@pytest.fixture
def demo_db(demo_file: Path) -> Path:
    return demo_file


def bad_list(folder: Path) -> Path:
    path = folder / "danh-sach.csv"
    path.write_text("Họ và tên,Ngày sinh,Số CCCD\nNguyễn Văn A,01/01/2099,123\n", encoding="utf-8")
    return path


def cli(db: Path, *args: str) -> list[str]:
    return ["--db", str(db), "--user", "canbo", *args]


# --- finding 2: output paths that would overwrite the register ---------------------------------

def test_report_and_error_workbook_refuse_the_live_database_and_its_journals(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = persons_in(demo_db)
    original = demo_db.read_bytes()
    targets = [demo_db, Path(f"{demo_db}-wal"), Path(f"{demo_db}-shm"), Path(f"{demo_db}-journal")]
    for target in targets:
        assert main(cli(demo_db, "report", "coverage", "--xlsx", str(target))) == 1
        assert "Không ghi ra tệp này" in capsys.readouterr().err
        assert main(cli(demo_db, "import", str(bad_list(tmp_path)), "--errors-xlsx", str(target))) == 1
        assert "Không ghi ra tệp này" in capsys.readouterr().err
    assert demo_db.read_bytes()[:16] == original[:16]
    assert persons_in(demo_db) == before
    assert not Path(f"{demo_db}-journal").exists()


def test_any_sqlite_file_and_the_backup_folder_are_refused(demo_db: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "khac.xlsx"  # a database renamed: still a database
    shutil.copy(demo_db, other)
    assert main(cli(demo_db, "report", "coverage", "--pdf", str(other))) == 1
    assert "là một tệp cơ sở dữ liệu (SQLite)" in capsys.readouterr().err
    assert other.read_bytes() == demo_db.read_bytes()

    folder = tmp_path / "saoluu"
    assert main(cli(demo_db, "backup", str(folder))) == 0
    capsys.readouterr()
    os.environ["ANSINH_PASSWORD"] = DEMO_PASSWORD
    from desktop.services.backup import BackupPolicy

    BackupPolicy(folder).save()
    assert main(cli(demo_db, "report", "coverage", "--xlsx", str(folder / "bao-cao.xlsx"))) == 1
    assert "nằm trong thư mục sao lưu" in capsys.readouterr().err
    assert [p.suffix for p in folder.iterdir()] == [".db"]


def test_a_link_to_the_database_is_refused_too(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "bao-cao.xlsx"
    link.symlink_to(demo_db)
    assert main(cli(demo_db, "report", "coverage", "--xlsx", str(link))) == 1
    assert "Không ghi ra tệp này" in capsys.readouterr().err
    assert persons_in(demo_db) > 0


# --- finding 7: private from the first byte, nothing left behind -------------------------------

def test_every_written_file_is_private(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ra"
    written = {
        "d03.xlsx": ["report", "d03", *PERIOD, "--xlsx"],
        "d03.pdf": ["report", "d03", *PERIOD, "--pdf"],
        "renewals.xlsx": ["report", "renewals", "--full-ids", "--xlsx"],
        "nguoi.csv": ["export", "participants", "--out"],
        "nguoi.xlsx": ["export", "participants", "--out"],
    }
    for name, args in written.items():
        assert main(cli(demo_db, *args, str(out / name))) == 0, capsys.readouterr().err
    assert main(cli(demo_db, "import", str(bad_list(tmp_path)), "--errors-xlsx", str(out / "loi.xlsx"))) == 0
    assert main(cli(demo_db, "backup", str(out / "saoluu"))) == 0
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) == len(written) + 2
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files} == {p.name: 0o600 for p in files}
    assert [p.name for p in out.rglob(".*")] == []


PAUSED = r"""
import os, sys, time
from desktop.reports import run_control
real_replace = os.replace
def paused_replace(src, dst):
    print("RENAMING", src, flush=True)
    time.sleep(600)
def paused_checkpoint(self, rows_done):
    print("WRITING", rows_done, flush=True)
    time.sleep(600)
if sys.argv[1] == "rows":
    run_control.RunControl.checkpoint = paused_checkpoint
else:
    os.replace = paused_replace
from desktop.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize(("pause", "args"), [
    ("rows", ["report", "d03", *PERIOD, "--xlsx", "{out}/d03.xlsx"]),
    ("rename", ["report", "d03", *PERIOD, "--xlsx", "{out}/d03.xlsx"]),
    ("rename", ["report", "d03", *PERIOD, "--pdf", "{out}/d03.pdf"]),
    ("rename", ["export", "participants", "--out", "{out}/nguoi.csv"]),
    ("rename", ["export", "participants", "--out", "{out}/nguoi.xlsx"]),
    ("rename", ["backup", "{out}"]),
], ids=["report-rows", "report-xlsx", "report-pdf", "export-csv", "export-xlsx", "backup"])
def test_sigkill_while_writing_leaves_nothing_after_the_next_start(
        demo_db: Path, tmp_path: Path, pause: str, args: list[str]) -> None:
    out, system_temp = tmp_path / "ra", tmp_path / "tmp"
    out.mkdir()
    system_temp.mkdir()
    env = {**os.environ, "TMPDIR": str(system_temp)}
    command = [sys.executable, "-c", PAUSED, pause, *cli(demo_db, *(a.replace("{out}", str(out)) for a in args))]
    child = subprocess.Popen(command, cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.startswith(("WRITING", "RENAMING")), child.stderr.read() if child.stderr else ""
    leftovers = [p for p in output_files.temp_root().rglob("*") if p.is_file() and p.name != "session.lock"]
    assert leftovers and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in leftovers if p.suffix != ".pending")
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)

    assert main(["version"]) == 0  # the next start of the application
    assert [p for p in leftovers if p.exists()] == []
    assert list(out.iterdir()) == []
    assert list(system_temp.iterdir()) == []


def test_a_target_on_another_disk_is_written_beside_it_and_its_leftover_noted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A USB stick cannot be reached by a rename: the partial file sits beside the target, noted for cleaning."""
    target = tmp_path / "usb" / "bao-cao.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(output_files, "_same_disk", lambda _a, _b: False)
    with pytest.raises(RuntimeError), output_files.replacing(target) as temp:
        assert temp.parent == target.parent and stat.S_IMODE(temp.stat().st_mode) == 0o600
        notes = list(output_files.session_folder().glob("*.pending"))
        assert [Path(n.read_text(encoding="utf-8")) for n in notes] == [temp]
        temp.write_bytes(b"CCCD 066190012345")
        raise RuntimeError("cancelled")
    assert list(target.parent.iterdir()) == []
    assert list(output_files.session_folder().glob("*.pending")) == []
