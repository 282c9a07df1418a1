"""Qt translation files: refresh the .ts sources from the code, compile them to .qm.

Vietnamese is the source language of every on-screen string; ``ansinh_en.ts``
holds the English. Qt ships no Vietnamese, so ``qtbase_vi.ts`` holds the
Vietnamese of Qt's own texts (standard buttons, file and print dialogs, context
menus), written by hand for the Qt contexts the application shows; lupdate
never touches it. Development tooling, never run by the application:
``python -m desktop.views.translations`` compiles every .ts in place (run by
``./dev`` at set-up); ``--update`` first re-extracts the strings with lupdate.
The package build (``setup.py``) compiles the .qm into every wheel with
:func:`compile_folder`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop import resources

LANGUAGES = ("en",)


def _tool(name: str) -> str:
    """A PySide6 tool beside this Python (a virtual environment) or on the PATH (pip's build environment)."""
    found = shutil.which(name, path=os.pathsep.join((str(Path(sys.executable).parent), os.environ.get("PATH", ""))))
    if found is None:
        raise FileNotFoundError(f"{name} not found: install PySide6-Essentials")
    return found


def source_files() -> list[Path]:
    package = Path(__file__).resolve().parent.parent
    return sorted([package / "app.py", *(package / "views").rglob("*.py")])


def update() -> None:
    """Re-extract tr() strings into the .ts files (keeps existing translations)."""
    for lang in LANGUAGES:
        target = resources.path("translations", f"ansinh_{lang}.ts")
        subprocess.run(
            # No source locations: line numbers would change the .ts on every edit and make
            # every branch that adds a string conflict with every other.
            [_tool("pyside6-lupdate"), *map(str, source_files()), "-no-obsolete", "-locations", "none",
             "-source-language", "vi", "-target-language", lang, "-ts", str(target)],
            check=True,
            capture_output=True,
        )


def compile_folder(folder: Path) -> list[Path]:
    """Compile every .ts in ``folder`` to a .qm beside it (unless already newer); returns the .qm paths."""
    compiled = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([_tool("pyside6-lrelease"), str(source), "-qm", str(target)], check=True, capture_output=True)
        compiled.append(target)
    return compiled


def compile_all() -> list[Path]:
    """Compile the package's own translations in place (a source checkout)."""
    return compile_folder(resources.path("translations"))


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    compile_all()
