"""The command line: help in two languages, exit codes, demo, db upgrade, version."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env={**os.environ, **(env or {})}
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    assert capsys.readouterr().out.strip() == f"ansinh-desk {__version__}"


def test_help_is_vietnamese_by_default_and_english_on_request() -> None:
    vi = run("--help")
    assert vi.returncode == 0
    assert "Cách dùng:" in vi.stdout and "cơ sở dữ liệu" in vi.stdout and "demo" in vi.stdout
    en = run("--help", env={"ANSINH_LANG": "en"})
    assert en.returncode == 0
    assert "usage:" in en.stdout and "database" in en.stdout


def test_bad_usage_exits_2_with_vietnamese_message() -> None:
    result = run("demo", "--persons", "abc")
    assert result.returncode == 2
    assert "lỗi:" in result.stderr and "không phải số nguyên" in result.stderr
    assert run("no-such-command").returncode == 2


def test_db_upgrade_creates_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new.db"
    assert main(["--db", str(target), "db", "upgrade"]) == 0
    assert "Lược đồ ở phiên bản 0001." in capsys.readouterr().out
    assert target.exists()


def test_db_env_variable_picks_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "from_env.db"
    monkeypatch.setenv("ANSINH_DB", str(target))
    assert main(["db", "upgrade"]) == 0
    assert target.exists()


def test_unopenable_database_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["--db", "sqlite:///" + str(blocker / "x.db"), "db", "upgrade"]) == 1
    assert "Lỗi:" in capsys.readouterr().err


def test_demo_then_refuses_to_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "demo.db")
    assert main(["--db", target, "demo", "--persons", "300", "--seed", "7"]) == 0
    assert "Đã tạo văn phòng mẫu BHXH cơ sở Cư M'gar: 300 người" in capsys.readouterr().out
    assert main(["--db", target, "demo", "--persons", "300"]) == 1
    assert "Dùng --force" in capsys.readouterr().err
    assert main(["--db", target, "demo", "--persons", "200", "--force"]) == 0
    assert "200 người" in capsys.readouterr().out
