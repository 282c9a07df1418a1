"""What a clerk sees: the workbook opened by LibreOffice (skipped without it).

Checks the number format choice: thousands shown with dots whatever the
machine's locale, dates as dd/mm/yyyy, and that the sheet prints on A4.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.sample_report import d03_data, d03_definition, d03_row, letterhead
from desktop.reports import write_xlsx

OFFICE = shutil.which("libreoffice") or shutil.which("soffice")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed"),
]


def test_workbook_prints_with_vietnamese_number_and_date_display(tmp_path: Path) -> None:
    assert OFFICE is not None
    workbook = tmp_path / "d03.xlsx"
    write_xlsx(d03_definition(), d03_data(20, 3), letterhead(), workbook)
    profile = (tmp_path / "profile").as_uri()
    environment = {
        **os.environ,
        "LANG": "en_US.UTF-8",
        "LC_ALL": "en_US.UTF-8",
        "HOME": str(tmp_path),
    }
    subprocess.run(
        [
            OFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env=environment,
    )
    reader = PdfReader(tmp_path / "d03.pdf")
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "1.263.600" in text  # dots even under an English locale
    assert "1,263,600" not in text
    first = d03_row(0)
    assert first["birth"].strftime("%d/%m/%Y") in text  # type: ignore[union-attr]
    assert "Trang 1/" in text
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(841.9, abs=2)  # A4 landscape
