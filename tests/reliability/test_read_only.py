"""A database in a folder or file the desk may not write: a clear message, never a traceback.

The tests run as root in CI, where permission bits do not bite; the child
process therefore runs as the unprivileged user ``nobody`` (setpriv).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.bootstrap import open_database
from tests.reliability.conftest import ROOT

NOBODY = 65534
SETPRIV = shutil.which("setpriv")
GUI_SCRIPT = """
import sys
from desktop.views import dialogs
dialogs.show_error = lambda parent, title, message: print("SHOW_ERROR:", message)
from desktop.app import run_gui
sys.exit(run_gui(sys.argv[1]))
"""

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or SETPRIV is None,
    reason="needs root to run the child as the unprivileged user nobody (permission bits do not bind root)",
)


@pytest.fixture(scope="module", autouse=True)
def nobody_can_run_the_application() -> None:
    """The child needs to read this checkout and its venv; a checkout under a private home cannot be tested so."""
    assert SETPRIV is not None
    probe = subprocess.run([SETPRIV, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                            sys.executable, "-c", "import desktop.app"], cwd=ROOT, capture_output=True, text=True,
                           timeout=120, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    if probe.returncode != 0:
        pytest.skip(f"user nobody cannot run the application from {ROOT}: {probe.stderr.strip()[-200:]}")


@pytest.fixture
def shared_root(office_file: tuple[str, Path]) -> Iterator[Path]:
    """A folder ``nobody`` can enter, with the office database (owned by root) and writable settings folders.

    Made directly under the system temp folder: pytest keeps its own base folder private (0700) and
    other pytest runs reset it, so ``nobody`` could not be relied on to reach a folder inside it.
    """
    root = Path(tempfile.mkdtemp(prefix="ansinh-chung-"))
    root.chmod(0o755)
    for name in ("config", "data"):
        (root / name).mkdir()
        (root / name).chmod(0o777)
    data = root / "du-lieu"
    data.mkdir()
    shutil.copy(office_file[1], data / "ansinh.db")
    yield data
    shutil.rmtree(root, ignore_errors=True)


def as_nobody(*args: str, root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ANSINH_CONFIG_DIR": str(root / "config"), "ANSINH_DATA_DIR": str(root / "data"),
           "QT_QPA_PLATFORM": "offscreen", "HOME": str(root / "data"), "PYTHONDONTWRITEBYTECODE": "1"}
    assert SETPRIV is not None
    return subprocess.run([SETPRIV, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                           sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_cli_on_a_read_only_folder_exits_1_with_a_message(shared_root: Path) -> None:
    shared_root.chmod(0o755)  # nobody may read the folder but not create the -wal/-shm files
    (shared_root / "ansinh.db").chmod(0o644)
    result = as_nobody("-m", "desktop", "--db", str(shared_root / "ansinh.db"), "db", "upgrade", root=shared_root.parent)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "Lỗi: " in result.stderr
    assert "không được phép" in result.stderr or "chỉ cho phép đọc" in result.stderr, result.stderr


def test_cli_writing_a_read_only_file_exits_1_with_a_message(shared_root: Path) -> None:
    shared_root.chmod(0o777)  # the folder is writable, the file is not
    empty = shared_root / "trong.db"  # no office yet: the demo may write here, but the file is read-only
    open_database(f"sqlite:///{empty}").dispose()
    empty.chmod(0o644)
    result = as_nobody("-m", "desktop", "--db", str(empty), "demo", "--persons", "20", root=shared_root.parent)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "Cơ sở dữ liệu chỉ cho phép đọc" in result.stderr, result.stderr


def test_cli_creating_a_database_in_a_read_only_folder(shared_root: Path) -> None:
    shared_root.chmod(0o755)
    result = as_nobody("-m", "desktop", "--db", str(shared_root / "moi.db"), "db", "upgrade", root=shared_root.parent)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Không tạo được tệp cơ sở dữ liệu" in result.stderr and "không được phép ghi" in result.stderr


def test_gui_start_on_a_read_only_folder_shows_the_message(shared_root: Path) -> None:
    shared_root.chmod(0o755)
    (shared_root / "ansinh.db").chmod(0o644)
    result = as_nobody("-c", GUI_SCRIPT, f"sqlite:///{shared_root / 'ansinh.db'}", root=shared_root.parent)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    shown = [line for line in result.stdout.splitlines() if line.startswith("SHOW_ERROR:")]
    assert shown and "Không mở được cơ sở dữ liệu" in result.stdout
    assert "không được phép" in result.stdout or "chỉ cho phép đọc" in result.stdout, result.stdout
