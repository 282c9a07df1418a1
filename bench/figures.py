"""Where a benchmark leaves its figures for the scaling study: one JSON line each.

Set BENCH_JSON to a file path and every benchmark appends
``{"figure": ..., "persons": ..., <numbers>}``; unset, nothing is written.
"""

from __future__ import annotations

import json
import os


def emit(figure: str, persons: int | None, **numbers: float) -> None:
    target = os.environ.get("BENCH_JSON")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"figure": figure, "persons": persons, **numbers}) + "\n")
