"""Opening the Tổng quan page on the demo office: from constructing the page to every figure on screen.

The page loads its three parts in parallel off the UI thread; the clock
stops when the last part is drawn (``figures_shown``) and the window has
painted. Median of several openings in one process (the first one also
pays for a cold page cache, so it is printed separately).

    python -m bench.bench_dashboard [--persons N] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

BUDGET_S = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from bench.demo_db import demo_database
    from desktop.services.bootstrap import open_database
    from desktop.views.bus import DataBus
    from desktop.views.dashboard import DashboardPage
    from desktop.views.theme import apply_theme

    app = QApplication([])
    apply_theme(app)
    db = open_database(demo_database(args.persons))
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        page = DashboardPage(db, DataBus())
        page.resize(1280, 900)
        page.show()
        done: list[float] = []
        page.figures_shown.connect(lambda: done.append(time.perf_counter()))  # noqa: B023 - one page per loop
        while not done:
            app.processEvents()
            time.sleep(0.001)
        page.repaint()  # the charts as they are drawn on screen
        times.append(time.perf_counter() - started)
        page.close()
        page.deleteLater()
        app.processEvents()
    db.dispose()
    median = statistics.median(times)
    print(f"Dashboard open, {args.persons:,} persons, {args.runs} openings")
    print(f"  median {median:.2f} s (first {times[0]:.2f} s; runs: {', '.join(f'{t:.2f}' for t in times)})   "
          f"budget {BUDGET_S} s   {'OK' if median <= BUDGET_S else 'OVER'}")


if __name__ == "__main__":
    main()
