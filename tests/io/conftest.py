"""Generators of real spreadsheet files for the reading-layer tests.

Every format is written by the library people's own software would use
(openpyxl, xlwt, odfpy, the csv module), so the reader is tested on genuine
bytes. The commune list below has the shape real lists have: a title block,
a two-row merged header, a column-code row, sections, subtotals and a
signature block.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import struct
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P

Value = Any
Merge = tuple[int, int, int, int]  # first_row, first_col, last_row, last_col; 1-based


@dataclass(frozen=True)
class Person:
    """One participant as typed into a commune list."""

    name: str
    birth: dt.date | str | int
    sex: str
    cccd: str
    si_code: str
    village: str
    valid_from: dt.date
    valid_to: dt.date
    amount: int
    agent: str
    note: str | None = None


INCREASE = [
    Person("Nguyễn Thị Hiền", dt.date(1990, 5, 1), "Nữ", "066190012345", "6612345678",
           "Buôn Ea Kiết", dt.date(2025, 1, 1), dt.date(2025, 12, 31), 1263600, "NV001"),
    Person("H'Hen Niê", "15/08/1985", "Nữ", "066185000123", "0123456789",
           "Buôn Cuôr Đăng", dt.date(2025, 2, 1), dt.date(2025, 7, 31), 631800, "NV001",
           "Hộ cận nghèo"),
    Person("Y Moan Êban", 1962, "Nam", "066062001234", "6698765432",
           "Buôn Ea Tul", dt.date(2025, 3, 1), dt.date(2026, 2, 28), 1263600, "NV002"),
    Person("Tăng Văn Lực", dt.date(2001, 12, 24), "Nam", "066201004567", "6600001111",
           "Thôn 3", dt.date(2025, 1, 15), dt.date(2025, 4, 14), 315900, "NV002"),
]
DECREASE = [
    Person("Tống Thị Mai", dt.date(1975, 7, 7), "Nữ", "066175009876", "6611112222",
           "Thôn 5", dt.date(2024, 1, 1), dt.date(2024, 12, 31), 1263600, "NV003", "Chuyển đi"),
]

HEADER_TOP = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Mã số BHXH",
              "Thôn, buôn", "Thời hạn thẻ", None, "Số tiền", "Mã NV thu", "Ghi chú"]
HEADER_SUB = [None, None, None, None, None, None, None, "Từ ngày", "Đến ngày", None, None, None]
LABELS = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Mã số BHXH", "Thôn, buôn",
          "Thời hạn thẻ / Từ ngày", "Thời hạn thẻ / Đến ngày", "Số tiền", "Mã NV thu", "Ghi chú"]
WIDTH = len(HEADER_TOP)


def person_cells(number: int, person: Person, ids_as_numbers: bool) -> list[Value]:
    """A person's row as written: IDs as numbers (as Excel keeps them) or as text."""
    cccd: Value = int(person.cccd) if ids_as_numbers else person.cccd
    si_code: Value = int(person.si_code) if ids_as_numbers else person.si_code
    return [number, person.name, person.birth, person.sex, cccd, si_code, person.village,
            person.valid_from, person.valid_to, person.amount, person.agent, person.note]


def padded(values: Sequence[Value], width: int = WIDTH) -> list[Value]:
    return list(values) + [None] * (width - len(values))


@dataclass
class Layout:
    """Rows to write (row 1 first), merges, and what the table finder must return."""

    rows: list[list[Value]]
    merges: list[Merge] = field(default_factory=list)
    data: list[tuple[int, list[Value], tuple[str, ...]]] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    header_row: int = 0


def commune_layout(ids_as_numbers: bool = True) -> Layout:
    """The commune list: title block, merged two-row header, codes, sections, signature."""
    layout = Layout(rows=[])
    rows = layout.rows

    def add(values: Sequence[Value]) -> int:
        rows.append(padded(values))
        return len(rows)

    add(["BẢO HIỂM XÃ HỘI TỈNH ĐẮK LẮK", None, None, None, None, None, None,
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    add(["BHXH CƠ SỞ CƯ M'GAR", None, None, None, None, None, None, "Độc lập - Tự do - Hạnh phúc"])
    add([])
    title = add(["DANH SÁCH NGƯỜI THAM GIA BHYT HỘ GIA ĐÌNH"])
    layout.merges.append((title, 1, title, WIDTH))
    add(["Xã Ea Kiết, tháng 11 năm 2025"])
    top = add(HEADER_TOP)
    add(HEADER_SUB)
    layout.header_row = top
    for col in range(1, WIDTH + 1):
        if col == 8:
            layout.merges.append((top, 8, top, 9))
        elif col != 9:
            layout.merges.append((top, col, top + 1, col))
    codes = add(["A", "B", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    layout.skipped.append((codes, "Dòng đánh số cột"))
    increase = (add(["I", "Tăng"]), add(["I.1", "Người tham gia"]))
    layout.skipped += [(increase[0], "Dòng tiêu đề mục"), (increase[1], "Dòng tiêu đề mục")]
    section = ("I Tăng", "I.1 Người tham gia")
    for number, person in enumerate(INCREASE, start=1):
        if number == 3:
            blank = add([])
            layout.skipped.append((blank, "Dòng trống"))
        values = padded(person_cells(number, person, ids_as_numbers))
        layout.data.append((add(values), values, section))
    subtotal = sum(p.amount for p in INCREASE)
    layout.skipped.append((add([None, "Cộng tăng", *[None] * 7, subtotal]), "Dòng cộng, tổng"))
    layout.skipped.append((add(["II", "Giảm"]), "Dòng tiêu đề mục"))
    for number, person in enumerate(DECREASE, start=1):
        values = padded(person_cells(number, person, ids_as_numbers))
        layout.data.append((add(values), values, ("II Giảm",)))
    total = sum(p.amount for p in DECREASE)
    layout.skipped.append((add([None, "Cộng giảm", *[None] * 7, total]), "Dòng cộng, tổng"))
    layout.skipped.append(
        (add([None, "Tổng cộng", *[None] * 7, subtotal - total]), "Dòng cộng, tổng")
    )
    add([])
    place = add([None] * 8 + ["Cư M'gar, ngày 22 tháng 11 năm 2025"])
    layout.skipped.append((place, "Phần ký tên cuối bảng, dừng đọc từ đây"))
    add([None, "Người lập biểu", None, None, None, None, None, None, "Thủ trưởng đơn vị"])
    add([None, "(Ký, ghi rõ họ tên)", None, None, None, None, None, None, "(Ký, đóng dấu)"])
    add([])
    add([])
    add([None, "Nguyễn Văn Lập", None, None, None, None, None, None, "Trần Thị Thủ"])
    return layout


# --- writers -----------------------------------------------------------------------------


def write_xlsx(path: Path, rows: Sequence[Sequence[Value]], merges: Sequence[Merge] = (),
               title: str = "Danh sách", extra_sheets: Sequence[tuple[str, list[list[Value]]]] = (),
               ) -> Path:
    """An .xlsx written by openpyxl; dates get Excel's date format, IDs stay numbers."""
    wb = openpyxl.Workbook()
    sheets: list[tuple[str, Sequence[Sequence[Value]], Sequence[Merge]]] = [
        (title, rows, merges), *((name, r, ()) for name, r in extra_sheets)
    ]
    for index, (name, sheet_rows, sheet_merges) in enumerate(sheets):
        ws = wb.active if index == 0 else wb.create_sheet()
        ws.title = name
        for r, row in enumerate(sheet_rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
        for r1, c1, r2, c2 in sheet_merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    wb.save(path)
    return path


_XLS_DATE = xlwt.easyxf(num_format_str="DD/MM/YYYY")


def write_xls(path: Path, rows: Sequence[Sequence[Value]], merges: Sequence[Merge] = (),
              title: str = "Danh sách") -> Path:
    """A legacy BIFF8 .xls written by xlwt, with merged header cells."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(title)
    covered = {(r, c) for r1, c1, r2, c2 in merges for r in range(r1, r2 + 1)
               for c in range(c1, c2 + 1)} - {(m[0], m[1]) for m in merges}
    starts = {(m[0], m[1]): m for m in merges}
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if (r, c) in covered:
                continue
            style = _XLS_DATE if isinstance(value, dt.date) else xlwt.Style.default_style
            if (r, c) in starts:
                r1, c1, r2, c2 = starts[(r, c)]
                ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, value, style)
            elif value is not None:
                ws.write(r - 1, c - 1, value, style)
    wb.save(str(path))
    return path


def write_ods(path: Path, rows: Sequence[Sequence[Value]], merges: Sequence[Merge] = (),
              title: str = "Danh sách", formulas: dict[tuple[int, int], str] | None = None,
              ) -> Path:
    """An OpenDocument spreadsheet written by odfpy; merges as spanned and covered cells."""
    doc = OpenDocumentSpreadsheet()
    table = Table(name=title)
    starts = {(m[0], m[1]): m for m in merges}
    covered = {(r, c) for r1, c1, r2, c2 in merges for r in range(r1, r2 + 1)
               for c in range(c1, c2 + 1)} - set(starts)
    formulas = formulas or {}
    for r, row in enumerate(rows, start=1):
        tr = TableRow()
        for c, value in enumerate(row, start=1):
            if (r, c) in covered:
                tr.addElement(CoveredTableCell())
                continue
            attrs: dict[str, Any] = {}
            if (r, c) in starts:
                r1, c1, r2, c2 = starts[(r, c)]
                attrs.update(numbercolumnsspanned=c2 - c1 + 1, numberrowsspanned=r2 - r1 + 1)
            if (r, c) in formulas:
                attrs["formula"] = formulas[(r, c)]
            tr.addElement(_ods_cell(value, attrs))
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def _ods_cell(value: Value, attrs: dict[str, Any]) -> TableCell:
    if value is None:
        return TableCell(**attrs)
    if isinstance(value, bool):
        cell = TableCell(valuetype="boolean", booleanvalue=str(value).lower(), **attrs)
    elif isinstance(value, int | float):
        cell = TableCell(valuetype="float", value=value, **attrs)
    elif isinstance(value, dt.date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat(), **attrs)
        value = value.strftime("%d/%m/%Y")
    else:
        cell = TableCell(valuetype="string", **attrs)
    cell.addElement(P(text=str(value)))
    return cell


def csv_text(rows: Sequence[Sequence[Value]], delimiter: str) -> str:
    """Rows as a CSV text: dates as dd/mm/yyyy, IDs as typed, empty cells empty."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v.strftime("%d/%m/%Y") if isinstance(v, dt.date)
                         else v for v in row])
    return out.getvalue()


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Excel writes it: base letters precomposed, tone marks combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        out += base.encode("cp1258") + "".join(c for c in decomposed if c in _TONES).encode("cp1258")
    return bytes(out)


def make_xlsm(path: Path, rows: Sequence[Sequence[Value]]) -> Path:
    """A macro-enabled workbook: xlsx parts plus the macro content type and a VBA part."""
    plain = path.with_suffix(".plain.xlsx")
    write_xlsx(plain, rows)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
            dst.writestr(item, data)
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"\x00" * 60)
    plain.unlink()
    return path


def make_docx(path: Path) -> Path:
    """A minimal Word document (zip with word/document.xml)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Danh sách</w:t></w:r></w:p>'
            "</w:body></w:document>",
        )
    return path


def make_ole(stream_names: Sequence[str]) -> bytes:
    """A minimal, well-formed OLE2 compound file holding empty streams with these names."""
    sector = 512
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 0x2C, 1, 1, 0, 0x1000, end, 0, end, 0)
    difat = [0] + [free] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    fat = [fat_sector, end] + [free] * 126
    entries = [("Root Entry", 5)] + [(name, 2) for name in stream_names]
    directory = bytearray()
    for index, (name, kind) in enumerate(entries):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry[: len(encoded)] = encoded
        child = 1 if index == 0 and len(entries) > 1 else free
        right = index + 1 if 0 < index < len(entries) - 1 else free
        struct.pack_into("<HBBIII", entry, 0x40, len(encoded), kind, 1, free, right, child)
        struct.pack_into("<II", entry, 0x74, end, 0)
        directory += entry
    directory += b"\x00" * (sector - len(directory) % sector if len(directory) % sector else 0)
    if len(directory) > sector:
        raise ValueError("this helper writes one directory sector only")
    return bytes(header) + struct.pack("<128I", *fat) + bytes(directory)


def write_fast_xlsx(path: Path, header: Sequence[str], rows: int,
                    make_row: Callable[[int], Sequence[Value]]) -> Path:
    """A large .xlsx written as raw XML (openpyxl would take many seconds)."""
    from xml.sax.saxutils import escape

    def cell(value: Value) -> str:
        if isinstance(value, int | float):
            return f"<c><v>{value}</v></c>"
        return f'<c t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'

    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             "<sheetData>", "<row>" + "".join(cell(h) for h in header) + "</row>"]
    parts += ["<row>" + "".join(cell(v) for v in make_row(i)) + "</row>" for i in range(rows)]
    parts.append("</sheetData></worksheet>")
    ns = "http://schemas.openxmlformats.org/package/2006"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml",
                         f'<?xml version="1.0"?><Types xmlns="{ns}/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                         'package.relationships+xml"/><Default Extension="xml" '
                         'ContentType="application/xml"/>'
                         f'<Override PartName="/xl/workbook.xml" ContentType="{main}.sheet.main+xml"/>'
                         f'<Override PartName="/xl/worksheets/sheet1.xml" '
                         f'ContentType="{main}.worksheet+xml"/></Types>')
        archive.writestr("_rels/.rels",
                         f'<?xml version="1.0"?><Relationships xmlns="{ns}/relationships">'
                         f'<Relationship Id="rId1" Type="{rel}/officeDocument" '
                         'Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/_rels/workbook.xml.rels",
                         f'<?xml version="1.0"?><Relationships xmlns="{ns}/relationships">'
                         f'<Relationship Id="rId1" Type="{rel}/worksheet" '
                         'Target="worksheets/sheet1.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml",
                         '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                         f'spreadsheetml/2006/main" xmlns:r="{rel}"><sheets>'
                         '<sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/worksheets/sheet1.xml", "".join(parts))
    return path


@pytest.fixture
def layout() -> Layout:
    return commune_layout()
