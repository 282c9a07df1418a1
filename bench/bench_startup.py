"""Startup to a usable main window on the demo office, in fresh processes.

Each run starts a new Python process that opens the database, builds the
main window on the participant list and stops the clock when the list's
first rows are on screen. Median of several runs (this machine is noisy).

    python -m bench.bench_startup [--persons N] [--runs R]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

from bench.demo_db import demo_database
from bench.figures import emit

BUDGET_S = 1.5

CHILD = r"""
import json, os, sys, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.app import build_main_window
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.views.desk_settings import DeskSettings
from desktop.views.theme import apply_theme
apply_theme(app)
window = build_main_window(open_database(sys.argv[1]), DeskSettings(), Actor("bench", role=Role.ADMIN))
window.show_page("participants")
window.show()
page = window.participants_page().list
shown = []
page.results_shown.connect(shown.append)
while not shown:
    app.processEvents()
    time.sleep(0.001)
elapsed = time.perf_counter() - started
import resource
print(json.dumps({"seconds": elapsed, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(url: str, runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANSINH_CONFIG_DIR": config}
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", CHILD, url], env=env, capture_output=True, text=True, check=True)
            times.append(json.loads(out.stdout.strip().splitlines()[-1])["seconds"])
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    url = demo_database(args.persons)
    times = measure(url, args.runs)
    median = statistics.median(times)
    emit("startup", args.persons, median_s=median)
    print(f"Startup to a usable main window, {args.persons:,} persons, {args.runs} fresh processes")
    print(f"  median {median:.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)})   budget {BUDGET_S} s   "
          f"{'OK' if median <= BUDGET_S else 'OVER'}")


if __name__ == "__main__":
    main()
