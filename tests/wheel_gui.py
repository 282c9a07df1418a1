"""Run by ``tests/test_wheel.py`` with the Python of a virtual environment holding only the wheel.

    python wheel_gui.py DATABASE_URL NEW_DATABASE_URL OUT_DIR

Offscreen, from the installed package: the English translation and the
Vietnamese of Qt's own texts load, the first-run setup lists the province's communes, every main page renders to a
PNG, and the D03-TS preview shows its first page drawn by PDFium. Prints one
line per check; exits non-zero on the first failure.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import desktop  # noqa: E402
from desktop.app import build_main_window  # noqa: E402
from desktop.services.accounts import authenticate  # noqa: E402
from desktop.services.bootstrap import open_database  # noqa: E402
from desktop.views.desk_settings import DeskSettings  # noqa: E402
from desktop.views.language import apply_language  # noqa: E402
from desktop.views.reports import ReportsPage  # noqa: E402
from desktop.views.screenshots import capture  # noqa: E402
from desktop.views.setup_dialog import SetupDialog  # noqa: E402


def wait_until(app: QApplication, condition: object, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.01)


def main(url: str, new_url: str, out: Path) -> int:
    app = QApplication(sys.argv[:1])
    print("package", Path(desktop.__file__).parent)
    assert apply_language("en") == [], "no English"
    assert QCoreApplication.translate("ReportsPage", "Báo cáo") == "Reports", "no English"
    assert apply_language("vi") == [], "no Vietnamese for Qt's texts"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Có", "no Vietnamese for Qt's texts"
    print("translation ok")

    setup = SetupDialog(open_database(new_url))
    communes = setup.form.commune_list.count()
    assert communes > 20, communes
    print("setup communes", communes)

    pages = capture(out, url)
    assert pages and all(path.stat().st_size > 10_000 for path in pages), pages
    print("pages", len(pages))

    db = open_database(url)
    window = build_main_window(db, DeskSettings(), authenticate(db, "canbo", os.environ["ANSINH_PASSWORD"]))
    window.resize(1280, 800)
    window.show()
    window.show_page("reports")
    reports = window.page("reports")
    assert isinstance(reports, ReportsPage)
    reports.select_report("d03")
    QTest.mouseClick(reports.form.year_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(reports.preview_button, Qt.MouseButton.LeftButton)
    view = reports.pages.view
    wait_until(app, lambda: view.has_picture(0))
    window.grab().save(str(out / "preview.png"))
    print("preview pages", view.page_count())
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
