"""The layering rules of design.md, checked by import-linter."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import desktop

ROOT = Path(__file__).resolve().parent.parent
QT_ALLOWED = {"desktop.views", "desktop.app"}


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["importlinter"]["contracts"])


def test_import_linter_contracts_hold() -> None:
    linter = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([linter, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_qt_contract_covers_every_module_but_views_and_app() -> None:
    """A new top-level module must be added to the contract, or it could import Qt unseen."""
    qt_contract = next(c for c in _contracts() if "Qt" in str(c["name"]))
    covered = set(qt_contract["source_modules"])  # type: ignore[arg-type]
    top_level = {f"desktop.{m.name}" for m in pkgutil.iter_modules(desktop.__path__)} - {"desktop.__main__"}
    assert top_level - QT_ALLOWED - {"desktop.migrations"} == covered - {"desktop.migrations"}
