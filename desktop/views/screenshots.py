"""Write a PNG of every main page, from a real window (under Xvfb when there is no display).

    python -m desktop.views.screenshots [OUT_DIR] [--db URL] [--persons N] [--lang vi|en]

Without --db it builds a demo office in a temporary folder first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.settings import resolve_database_url

SCREEN = "1366x768x24"


def _reexec_under_xvfb() -> int:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        print("Không có màn hình và không có xvfb-run (gói xvfb).", file=sys.stderr)
        return 1
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "ANSINH_SCREENSHOT_CHILD": "1"}
    command = [xvfb_run, "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, "-m", "desktop.views.screenshots", *sys.argv[1:]]
    return subprocess.run(command, env=env).returncode


def capture(out_dir: Path, database_url: str, language: str = "vi") -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_main_window
    from desktop.services.audit import Actor
    from desktop.services.authz import Role
    from desktop.services.bootstrap import open_database
    from desktop.views.desk_settings import DeskSettings
    from desktop.views.language import apply_language
    from desktop.views.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app)
    apply_language(language)
    window = build_main_window(open_database(database_url), DeskSettings(), Actor("quantri", role=Role.ADMIN))
    window.resize(1366, 768)
    window.show()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for index, key in enumerate(window.page_keys(), start=1):
        window.show_page(key)
        settle = getattr(window.page(key), "wait_idle", None)
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            if settle is not None:
                settle()
            app.processEvents()
        target = out_dir / f"{index:02d}_{key}.png"
        app.primaryScreen().grabWindow(window.winId()).save(str(target))
        written.append(target)
    window.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description="Chụp ảnh màn hình mọi trang chính.")
    parser.add_argument("out_dir", nargs="?", default="screenshots")
    parser.add_argument("--db", help="cơ sở dữ liệu (mặc định: tạo văn phòng mẫu tạm)")
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ giao diện")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("ANSINH_SCREENSHOT_CHILD"):
        return _reexec_under_xvfb()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("ANSINH_CONFIG_DIR", str(Path(scratch) / "config"))
        url = resolve_database_url(args.db) if args.db else None
        if url is None:
            from desktop.services.bootstrap import open_database
            from desktop.services.demo import generate_demo

            url = f"sqlite:///{Path(scratch) / 'demo.db'}"
            generate_demo(open_database(url), persons=args.persons)
        for path in capture(Path(args.out_dir), url, args.lang):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
