"""PDF pages as pictures, for printing and on-screen pages, through Poppler's ``pdftoppm``.

The Qt PDF module is not part of the application's Qt package, so pages are
rasterised by ``pdftoppm`` when it is installed (Linux: poppler-utils;
Windows: Poppler for Windows on the PATH).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from desktop.output_files import scratch_folder
from desktop.services.errors import ServiceError

TOOL = "pdftoppm"
PRINT_DPI = 150
"""Sharp enough on paper; an A4 page is then 1754 x 1240 pixels (about 9 MB in memory)."""
SCREEN_DPI = 60


def can_render_pages() -> bool:
    """Whether ``pdftoppm`` is available."""
    return shutil.which(TOOL) is not None


def render_pages(pdf: Path, dpi: int = PRINT_DPI, folder: Path | None = None,
                 last_page: int | None = None) -> list[Path]:
    """One PNG per page (up to ``last_page``), in page order, in ``folder`` (default: a new temporary folder)."""
    tool = shutil.which(TOOL)
    if tool is None:
        raise ServiceError(
            "Máy này chưa có công cụ pdftoppm (Poppler) để in trực tiếp. "
            "Hãy dùng “Xuất PDF…” rồi in tệp PDF bằng trình đọc PDF."
        )
    target = folder or scratch_folder("pages-")
    try:
        pages = ["-l", str(last_page)] if last_page else []
        subprocess.run([tool, "-r", str(dpi), *pages, "-png", str(pdf), str(target / "page")],
                       check=True, capture_output=True, timeout=600)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
        raise ServiceError(f"Không dựng được trang in từ tệp PDF: {error}") from error
    return sorted(target.glob("page-*.png"), key=lambda path: int(path.stem.rsplit("-", 1)[1]))
