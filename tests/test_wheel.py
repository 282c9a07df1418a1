"""The wheel carries everything the application needs.

Built from a clean copy of the source (no compiled translations in it), installed
into a new virtual environment with nothing else of this checkout, and run from
another folder: db upgrade, setup, demo, a PDF and an .xlsx report, import of a
generated list, backup, and the GUI offscreen (every page, the English
translation, a report preview drawn by PDFium).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desktop.migrations import SCHEMA_HEAD
from desktop.services.demo import DEMO_PASSWORD
from tests.services.reports.sheet import pdf_fonts, pdf_text

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
LEFT_BEHIND = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.qm", "out", "screenshots", ".*_cache",
    ".hypothesis", "*.db", "*.db-*",
)
"""What a fresh clone does not have: build output, the compiled translations, caches, databases."""


class Installed:
    """The wheel installed in a virtual environment, and a folder outside the checkout to run it in."""

    def __init__(self, wheel: Path, venv: Path, work: Path) -> None:
        self.wheel, self.venv, self.work = wheel, venv, work
        scripts = venv / ("Scripts" if os.name == "nt" else "bin")
        self.python, self.command = scripts / "python", scripts / "ansinh-desk"
        self.env = {key: value for key, value in os.environ.items()
                    if key not in ("PYTHONPATH", "ANSINH_DB", "VIRTUAL_ENV")}
        self.env.update(ANSINH_DATA_DIR=str(work / "data"), ANSINH_CONFIG_DIR=str(work / "config"),
                        ANSINH_PASSWORD=DEMO_PASSWORD, QT_QPA_PLATFORM="offscreen", ANSINH_LANG="vi")

    def run(self, *args: str, program: Path | None = None) -> str:
        """Run the installed command (or ``program``) in the work folder; its output, or the test fails."""
        result = subprocess.run([str(program or self.command), *args], cwd=self.work, env=self.env,
                                capture_output=True, text=True, encoding="utf-8", timeout=600)
        assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
        return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=LEFT_BEHIND)
    assert not list(source.rglob("*.qm"))
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(base / "dist"),
                            str(source)], capture_output=True, text=True, timeout=900)
    log = build.stdout + build.stderr
    assert build.returncode == 0, log[-5000:]
    assert "deprecat" not in log.lower(), [line for line in log.splitlines() if "deprecat" in line.lower()]
    wheel = next((base / "dist").glob("ansinh_desk-*.whl"))
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(base / "venv")], check=True, timeout=300)
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(base / "venv" / "bin" / "python"),
                              "install", "-q", "-c", str(ROOT / "constraints.txt"), str(wheel)],
                             capture_output=True, text=True, timeout=900)
    assert install.returncode == 0, install.stdout + install.stderr
    work = base / "elsewhere"
    work.mkdir()
    yield Installed(wheel, base / "venv", work)
    shutil.rmtree(base, ignore_errors=True)  # half a gigabyte, mostly Qt


def test_the_wheel_holds_the_assets_the_translations_and_the_migrations(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    assert {
        "desktop/assets/translations/ansinh_en.qm", "desktop/assets/translations/qtbase_vi.qm",
        "desktop/assets/fonts/LiberationSerif-Regular.ttf",
        "desktop/assets/fonts/LiberationSerif-Bold.ttf", "desktop/assets/reference/daklak_communes.csv",
        "desktop/assets/reference/ethnic_groups.csv", "desktop/assets/reference/household_relationships.csv",
        "desktop/migrations/script.py.mako", "desktop/migrations/env.py", "desktop/py.typed",
    } <= names
    shipped = {path.relative_to(ROOT).as_posix() for path in (ROOT / "desktop" / "migrations" / "versions").glob("*.py")}
    assert shipped and shipped <= names
    assert not any(name.startswith(("tests/", "bench/")) for name in names)
    where = installed.run("-c", "import desktop; print(desktop.__file__)", program=installed.python)
    assert Path(where.strip()).is_relative_to(installed.venv)


def test_the_installed_command_line_does_a_days_work(installed: Installed) -> None:
    run = installed.run
    assert run("--db", "office.db", "db", "upgrade").strip() == f"Lược đồ ở phiên bản {SCHEMA_HEAD}."
    assert "Đã thiết lập đơn vị BHXH cơ sở Krông Búk (2 xã, phường)" in run(
        "--db", "new.db", "setup", "--office-name", "BHXH cơ sở Krông Búk", "--communes", "24259,24265",
        "--place", "Krông Búk", "--admin", "quantri", "--admin-full-name", "Y Wang Niê")
    assert "Đã tạo văn phòng mẫu" in run("--db", "office.db", "demo", "--persons", "400", "--seed", "5")

    run("--db", "office.db", "--user", "canbo", "report", "d03", "--from", "01/01/2026", "--to", "31/12/2026",
        "--pdf", "d03.pdf")
    pdf = installed.work / "d03.pdf"
    assert len(PdfReader(pdf).pages) >= 1
    assert "DANH SÁCH NGƯỜI CHỈ THAM GIA BẢO HIỂM Y TẾ" in pdf_text(pdf)
    assert all(embedded and "LiberationSerif" in name for name, embedded in pdf_fonts(pdf))

    run("--db", "office.db", "--user", "canbo", "report", "coverage", "--xlsx", "coverage.xlsx")
    cells = [str(cell.value) for row in openpyxl.load_workbook(installed.work / "coverage.xlsx").active.iter_rows()
             for cell in row if cell.value is not None]
    assert any("BẢO HIỂM XÃ HỘI CƠ SỞ CƯ M'GAR" in text.upper() for text in cells)

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn, buôn"])
    sheet.append([1, "Nguyễn Thị Hiền", "01/05/1990", "Nữ", "066190012345", "Buôn Ea Kiết"])
    sheet.append([2, "Y Moan Êban", "1962", "Nam", "066062001234", "Thôn 9"])
    book.save(installed.work / "danh_sach.xlsx")
    imported = json.loads(run("--db", "office.db", "--user", "canbo", "import", "danh_sach.xlsx", "--commune",
                              "24265", "--commit", "--json"))
    assert (imported["rows"], imported["new"], imported["committed"]) == (2, 2, True)

    assert "Đã sao lưu ra" in run("--db", "office.db", "--user", "canbo", "backup", "backups")
    assert len(list((installed.work / "backups").iterdir())) == 1


def test_the_installed_window_shows_every_page_and_a_report_preview(installed: Installed) -> None:
    if not (installed.work / "office.db").exists():
        installed.run("--db", "office.db", "demo", "--persons", "400", "--seed", "5")
    out = installed.work / "gui"
    printed = installed.run(str(ROOT / "tests" / "wheel_gui.py"), f"sqlite:///{installed.work / 'office.db'}",
                            f"sqlite:///{installed.work / 'gui.db'}", str(out), program=installed.python)
    lines = dict(line.split(" ", 1) for line in printed.splitlines() if " " in line)
    assert Path(lines["package"]).is_relative_to(installed.venv)
    assert lines["translation"] == "ok" and int(lines["setup"].split()[-1]) > 20
    assert int(lines["pages"]) >= 10 and int(lines["preview"].split()[-1]) >= 1
    assert (out / "preview.png").stat().st_size > 10_000
