"""Load the application's own resources (fonts, reference data, translations) by name.

Works from a source checkout (``resources/`` beside the package) and from an
installed package (the same folder shipped under ``share/ansinh-desk``).
"""

from __future__ import annotations

import csv
import sys
from functools import cache
from pathlib import Path


@cache
def root() -> Path:
    """The resources folder."""
    candidates = [
        Path(__file__).resolve().parent.parent / "resources",
        Path(sys.prefix) / "share" / "ansinh-desk" / "resources",
    ]
    for candidate in candidates:
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError("Không tìm thấy thư mục tài nguyên (resources) của ứng dụng.")


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
