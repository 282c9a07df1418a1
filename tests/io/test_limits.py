"""Hostile lists that used to abort the desk or take gigabytes (issue 17, findings 9, 10 and 11).

Each file is built here (they are small), imported through the real command line in a
child process whose peak memory is measured, and must end refused with a Vietnamese
message that names the limit, in well under 1 GB.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from tests.reliability.conftest import ROOT

PEAK_LIMIT_MB = 1024
SS = "urn:schemas-microsoft-com:office:spreadsheet"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def xlsx(path: Path, sheet_xml: Callable[[zipfile.ZipFile], None]) -> Path:
    """A real one-sheet .xlsx (openpyxl) whose sheet part is then written by ``sheet_xml``."""
    base = path.with_name(f"goc-{path.name}")
    book = openpyxl.Workbook()
    book.active.title = "DS"  # type: ignore[union-attr]
    book.save(base)
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for item in src.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(item, src.read(item.filename))
        sheet_xml(dst)
    base.unlink()
    return path


def far_cell(path: Path) -> Path:
    """Finding 9: 1.7 KB declaring A1:E2, with a value at XFD1048576."""
    return xlsx(path, lambda archive: archive.writestr(
        "xl/worksheets/sheet1.xml",
        f'<worksheet xmlns="{MAIN}"><dimension ref="A1:E2"/><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'))


def far_cell_without_positions(path: Path) -> Path:
    """Finding 9 again, with cells that name no position (calamine places them one after another)."""
    cells = "<c><v>1</v></c>" * 20_000
    return xlsx(path, lambda archive: archive.writestr(
        "xl/worksheets/sheet1.xml",
        f'<worksheet xmlns="{MAIN}"><dimension ref="A1"/><sheetData><row r="1048576">{cells}</row>'
        "</sheetData></worksheet>"))


def zip_bomb(path: Path) -> Path:
    """Finding 10: a small .xlsx that expands a thousandfold (here 200 MB of blanks)."""
    def sheet(archive: zipfile.ZipFile) -> None:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as handle:
            handle.write(f'<worksheet xmlns="{MAIN}"><sheetData>'.encode())
            block = b" " * (1 << 20)
            for _ in range(200):
                handle.write(block)
            handle.write(b"</sheetData></worksheet>")
    return xlsx(path, sheet)


def xml2003(path: Path, body: str, utf16: bool = False) -> Path:
    text = f'<?xml version="1.0" encoding="{"UTF-16" if utf16 else "UTF-8"}"?>\n{body}'
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le") if utf16 else text.encode())
    return path


def merges(path: Path) -> Path:
    """Finding 10: a few kilobytes of Excel 2003 XML whose merges cover tens of millions of cells."""
    rows = "".join(f'<Row ss:Index="{1 + 1001 * i}"><Cell ss:MergeAcross="999" ss:MergeDown="999">'
                   f'<Data ss:Type="String">x</Data></Cell></Row>' for i in range(40))
    return xml2003(path, f'<Workbook xmlns="{SS}" xmlns:ss="{SS}"><Worksheet ss:Name="DS"><Table>{rows}'
                         "</Table></Worksheet></Workbook>")


def far_index(path: Path) -> Path:
    """Finding 10: 467 bytes whose ss:Index places a cell at row 400000, column 1000."""
    return xml2003(path, f'<Workbook xmlns="{SS}" xmlns:ss="{SS}"><Worksheet ss:Name="DS"><Table>'
                         '<Row><Cell><Data ss:Type="String">Họ và tên</Data></Cell></Row>'
                         '<Row ss:Index="400000"><Cell ss:Index="1000"><Data ss:Type="Number">1</Data></Cell></Row>'
                         "</Table></Worksheet></Workbook>")


def one_line_csv(path: Path) -> Path:
    """Finding 10: a CSV that is one enormous line (here 3 MB of fields)."""
    path.write_bytes(b"Ho va ten," + b"a," * 1_500_000 + b"\n")
    return path


def entities_utf16(path: Path) -> Path:
    """Finding 11: UTF-16 Excel 2003 XML declaring nested entities (the byte guard looked for ASCII)."""
    doctype = ('<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
               '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
               '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
               "]>")  # a megabyte: under expat's own amplification guard, so only the DTD refusal stops it
    return xml2003(path, f'{doctype}<Workbook xmlns="{SS}" xmlns:ss="{SS}"><Worksheet ss:Name="DS"><Table>'
                         '<Row><Cell><Data ss:Type="String">&f;</Data></Cell></Row></Table></Worksheet></Workbook>',
                   utf16=True)


MEASURED = r"""
import json, resource, sys
from desktop.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}),
      file=sys.stderr)
"""


@pytest.mark.parametrize(("build", "name", "message"), [
    (far_cell, "xa.xlsx", "có dữ liệu nằm tận ô XFD1048576, bảng quá rộng để đọc (giới hạn 10.000.000 ô"),
    (far_cell_without_positions, "xa2.xlsx", "có dữ liệu nằm tận ô ACOF1048576, bảng quá rộng để đọc (giới hạn"),
    (zip_bomb, "bom.xlsx", "quá giới hạn 200 lần của một bảng tính thật"),
    (merges, "gop.xls", "có vùng ô gộp quá lớn (giới hạn 1.000.000 ô được gộp)"),
    (far_index, "xa.xml", "trải trên 400.000.000 ô, quá giới hạn 10.000.000 ô một trang"),
    (one_line_csv, "mot-dong.csv", "quá giới hạn 1.000.000 ký tự một dòng"),
    (entities_utf16, "thuc-the.xls", "Không nhận ra định dạng của tệp “thuc-the.xls”"),
], ids=["far-cell", "far-cell-no-r", "zip-bomb", "merges", "ss-index", "one-line-csv", "utf16-entities"])
def test_a_hostile_list_is_refused_with_its_limit_in_little_memory(
        demo_file: Path, tmp_path: Path, build: Callable[[Path], Path], name: str, message: str) -> None:
    path = build(tmp_path / name)
    assert path.stat().st_size < 5 * 1024 * 1024
    result = subprocess.run(
        [sys.executable, "-c", MEASURED, "--db", str(demo_file), "--user", "canbo", "import", str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ},
    )
    *lines, measured = result.stderr.strip().splitlines()
    figures = json.loads(measured)
    assert figures["code"] == 1, result.stderr
    assert message in "\n".join(lines)
    assert "Traceback" not in result.stderr
    assert figures["peak_mb"] < PEAK_LIMIT_MB
