"""Load the application's own resources (fonts, reference data, translations) by name.

They are package data under ``desktop/assets``, found through
``importlib.resources``, so the same code works from a source checkout, an
installed wheel and a frozen build.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def root() -> Path:
    """The assets folder (a real folder: reportlab and Qt need file paths, not streams)."""
    folder = Path(str(files("desktop") / "assets"))
    if not (folder / "reference").is_dir():
        raise FileNotFoundError("Không tìm thấy thư mục tài nguyên (assets) của ứng dụng.")
    return folder


def path(*parts: str) -> Path:
    """Path of a resource, e.g. ``path("fonts", "LiberationSerif-Regular.ttf")``."""
    return root().joinpath(*parts)


def font_path(style: str = "Regular") -> Path:
    """The Vietnamese-capable serif (Times-compatible) used on printed forms."""
    return path("fonts", f"LiberationSerif-{style}.ttf")


def reference_rows(name: str) -> list[dict[str, str]]:
    """Rows of a reference CSV (``daklak_communes``, ``ethnic_groups``, ``household_relationships``)."""
    with path("reference", f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
