"""Run every benchmark figure, each in its own process, and print them against their budgets.

    python -m bench            (or ./dev bench)

The 500,000-person demo office is built once under bench/out/ (about 90 s).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time

FIGURES = (
    ("bench.bench_startup", "startup to a usable main window"),
    ("bench.bench_search", "search as you type"),
    ("bench.bench_list", "participant list under every filter"),
    ("bench.bench_memory", "peak memory with the office open"),
    ("bench.bench_import", "import of a 100,000-row .xlsx"),
    ("bench.bench_reports", "R1 PDF and .xlsx report writing"),
    ("bench.bench_dashboard", "dashboard open"),
    ("bench.bench_preview", "report preview: first page of the year's D03-TS, scrolling"),
    ("bench.bench_clans", "clan model: review, list, clan page, R11, dashboard card"),
)


def main() -> int:
    started = time.perf_counter()
    failed = 0
    for module, what in FIGURES:
        if importlib.util.find_spec(module) is None:
            print(f"[{what}] not measured: the feature does not exist yet ({module} missing)\n")
            continue
        print(f"[{what}]", flush=True)
        result = subprocess.run([sys.executable, "-m", module], check=False)
        failed += result.returncode != 0
        print(flush=True)
    print(f"All figures in {time.perf_counter() - started:.0f} s"
          + (f"; {failed} exited non-zero (over budget, or failed: see above)" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
