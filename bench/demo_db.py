"""Demo databases for benchmarks, built once per size and seed and kept under bench/out/."""

from __future__ import annotations

import time
from pathlib import Path

from desktop.services.bootstrap import open_database
from desktop.services.demo import generate_demo

OUT = Path(__file__).resolve().parent / "out"


def demo_database(persons: int, seed: int = 1) -> str:
    """URL of a demo office of ``persons`` persons, generating it the first time (printing how long)."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{persons}-{seed}.db"
    url = f"sqlite:///{path}"
    if not path.exists():
        partial = path.with_suffix(".partial.db")
        for leftover in OUT.glob(f"{partial.name}*"):
            leftover.unlink()
        started = time.perf_counter()
        db = open_database(f"sqlite:///{partial}")
        generate_demo(db, persons=persons, seed=seed)
        db.dispose()
        partial.rename(path)
        print(f"  (built {path.name} in {time.perf_counter() - started:.1f} s)")
    return url
