"""How formula_cached.{xlsx,xls,ods} were made (run by hand, not by pytest).

openpyxl writes formulas without results, so the workbook is recalculated and
saved by LibreOffice, which stores each formula's cached value as Excel does:

    python tests/data/make_formula_cached.py /tmp/src.xlsx
    for fmt in 'xlsx:Calc MS Excel 2007 XML' 'xls:MS Excel 97' ods; do
        soffice --headless --calc --convert-to "$fmt" --outdir /tmp/out /tmp/src.xlsx
    done

Expected values (sheet "Danh sách", row 2-4): names "Nguyễn Văn An" (a
CONCATENATE formula), "Trần Thị Bình", "Lê Văn Cường"; birth dates 1990-05-01
(=DATE), 1985-08-15, 1962-01-01 (=DATE); amounts 1263600, 442260, 190000.
"""

from __future__ import annotations

import datetime
import sys

import openpyxl


def main(target: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Số tháng", "Mức đóng", "Số tiền"])
    ws.append([1, '=CONCATENATE("Nguyễn ","Văn An")', "=DATE(1990,5,1)", 12, 105300, "=D2*E2"])
    ws.append([2, "Trần Thị Bình", datetime.date(1985, 8, 15), 6, 73710, "=D3*E3"])
    ws.append([3, "Lê Văn Cường", "=DATE(1962,1,1)", 3, 63180, "=ROUND(D4*E4/1000,0)*1000"])
    for cell in ("C2", "C3", "C4"):
        ws[cell].number_format = "DD/MM/YYYY"
    wb.save(target)


if __name__ == "__main__":
    main(sys.argv[1])
