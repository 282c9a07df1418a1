"""Package build step: the compiled Qt translations (.qm) go into every wheel.

Everything else about the package is declared in pyproject.toml. The .qm files
are build output (not kept in git, where the binary would conflict on every
branch that adds a string): ``build_py`` compiles each .ts it copies with Qt's
lrelease from PySide6-Essentials, a build requirement. An editable install
compiles them in the source tree instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = Path("desktop", "assets", "translations")
sys.path.insert(0, str(ROOT))

from desktop.views.translations import compile_folder  # noqa: E402 - the tree is importable only from here


class BuildWithTranslations(build_py):
    """``build_py`` that also compiles the .ts files it copies into .qm beside them."""

    def run(self) -> None:
        super().run()
        base = ROOT if self.editable_mode else Path(self.build_lib)
        compile_folder(base / TRANSLATIONS)


setup(cmdclass={"build_py": BuildWithTranslations})
