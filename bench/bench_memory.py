"""Peak memory (RSS) with the 500,000-person office open in the GUI.

A fresh process opens the main window, waits until the participant list has
its full ordered id list (all 500,000), scrolls to the end and back, visits
every page, and reports its peak resident set size.

    python -m bench.bench_memory [--persons N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

from bench.demo_db import demo_database
from bench.figures import emit

BUDGET_MB = 400.0

CHILD = r"""
import json, resource, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.app import build_main_window
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.views.desk_settings import DeskSettings
window = build_main_window(open_database(sys.argv[1]), DeskSettings(), Actor("bench", role=Role.ADMIN))
window.resize(1366, 768)
window.show()
window.show_page("participants")
page = window.participants_page().list
deadline = time.time() + 120
while not page.count_label.text().startswith("Tìm thấy") and time.time() < deadline:
    app.processEvents()
    time.sleep(0.002)
table = page.table
for value in (table.verticalScrollBar().maximum(), table.verticalScrollBar().maximum() // 2, 0):
    table.verticalScrollBar().setValue(value)
    for _ in range(20):
        app.processEvents()
for key in window.page_keys():
    window.show_page(key)
    for _ in range(20):
        app.processEvents()
page.wait_idle()
print(json.dumps({"rows": page.model.rowCount(), "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=500_000)
    args = parser.parse_args()
    url = demo_database(args.persons)
    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANSINH_CONFIG_DIR": config}
        out = subprocess.run([sys.executable, "-c", CHILD, url], env=env, capture_output=True, text=True, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    emit("memory", args.persons, rss_mb=figures["rss_mb"])
    print(f"Peak memory with the office open in the GUI, {args.persons:,} persons")
    print(f"  rows in the list           {figures['rows']:,}")
    print(f"  peak RSS                   {figures['rss_mb']:7.1f} MB   budget {BUDGET_MB:.0f} MB   "
          f"{'OK' if figures['rss_mb'] <= BUDGET_MB else 'OVER'}")


if __name__ == "__main__":
    main()
