"""The table finder on real files: header row, labels, data rows, skipped rows."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from desktop.io.columns import Field
from desktop.io.readers import read_workbook
from desktop.io.table import SkipReason, Table, choose_sheet, find_table
from desktop.io.workbook import Sheet
from tests.io.conftest import (
    LABELS,
    Layout,
    commune_layout,
    csv_text,
    encode_cp1258,
    padded,
    write_ods,
    write_xls,
    write_xlsx,
)

DATA = Path(__file__).resolve().parents[1] / "data"

EXPECTED_MAPPING = {
    0: Field.STT, 1: Field.FULL_NAME, 2: Field.BIRTH, 3: Field.SEX, 4: Field.CCCD,
    5: Field.SI_CODE, 6: Field.VILLAGE, 7: Field.VALID_FROM, 8: Field.VALID_TO,
    9: Field.AMOUNT, 10: Field.AGENT_CODE, 11: Field.NOTE,
}

Writer = Callable[..., Path]


def check_layout(table: Table, layout: Layout) -> None:
    assert table.header_row == layout.header_row == 6
    assert table.header_height == 2
    assert table.labels == LABELS
    assert table.mapping == EXPECTED_MAPPING
    assert [(r.number, r.values, r.section) for r in table.rows] == layout.data
    assert [(s.number, s.reason.value) for s in table.skipped] == layout.skipped


@pytest.mark.parametrize(
    ("suffix", "writer"), [(".xlsx", write_xlsx), (".xls", write_xls), (".ods", write_ods)]
)
def test_commune_list_in_every_binary_format(
    tmp_path: Path, suffix: str, writer: Writer
) -> None:
    layout = commune_layout(ids_as_numbers=True)
    path = writer(tmp_path / f"ds{suffix}", layout.rows, layout.merges)
    table = find_table(read_workbook(path).sheet())
    check_layout(table, layout)
    # Row by row, literally: the first person as the reader must return her.
    first = table.rows[0]
    assert first.number == 11
    assert first.values == [1, "Nguyễn Thị Hiền", dt.date(1990, 5, 1), "Nữ", 66190012345,
                            6612345678, "Buôn Ea Kiết", dt.date(2025, 1, 1),
                            dt.date(2025, 12, 31), 1263600, "NV001", None]
    assert table.rows[1].values[2] == "15/08/1985"  # a date typed as text stays text
    assert table.rows[2].number == 14  # after the blank row 13
    assert table.rows[2].values[2] == 1962  # a birth year alone
    assert table.rows[4].values[1] == "Tống Thị Mai"
    assert table.rows[4].section == ("II Giảm",)


def _as_csv(layout: Layout) -> Layout:
    """What a CSV of the layout reads back as: every non-empty cell a string."""

    def text(value: object) -> object:
        if value is None:
            return None
        if isinstance(value, dt.date):
            return value.strftime("%d/%m/%Y")
        return str(value)

    layout.data = [(n, [text(v) for v in values], s) for n, values, s in layout.data]
    return layout


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1258", ";")],
)
def test_commune_list_as_csv(tmp_path: Path, encoding: str, delimiter: str) -> None:
    layout = _as_csv(commune_layout(ids_as_numbers=False))
    text = csv_text(layout.rows, delimiter)
    data = encode_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    path = tmp_path / "ds.csv"
    path.write_bytes(data)
    book = read_workbook(path)
    assert book.delimiter == delimiter
    table = find_table(book.sheet())
    check_layout(table, layout)
    assert table.rows[0].values[:6] == ["1", "Nguyễn Thị Hiền", "01/05/1990", "Nữ",
                                        "066190012345", "6612345678"]


def _fill_d03(tmp_path: Path, people: list[list[object]]) -> Path:
    target = tmp_path / "D03-TS.xlsx"
    shutil.copy(DATA / "D03-TS_QD490_template.xlsx", target)
    target.chmod(0o644)
    wb = openpyxl.load_workbook(target)
    ws = wb.active
    assert ws.cell(14, 2).value == "Người tham gia"
    ws.insert_rows(15, len(people) - 1)
    for offset, values in enumerate(people):
        for col, value in enumerate(values, start=1):
            ws.cell(15 + offset, col, value)
    wb.save(target)
    return target


D03_PEOPLE: list[list[object]] = [
    [1, "Nguyễn Thị Hiền", "6612345678", "066190012345", "01/05/1990", "Nữ",
     "Buôn Ea Kiết, xã Ea Kiết", "Trạm y tế xã Ea Kiết", dt.date(2025, 1, 2), "0001234",
     None, 25000, None, "01/2025", 12, "NV001", None],
    [2, "Y Moan Êban", 6698765432, 66062001234, 1962, "Nam",
     "Buôn Ea Tul, xã Ea Tul", "Bệnh viện Cư M'gar", dt.date(2025, 1, 3), "0001235",
     None, None, None, "02/2025", 6, "NV002", "Hộ cận nghèo"],
    [3, "Tống Thị Mai", "0123456789", "066175009876", dt.date(1975, 7, 7), "Nữ",
     "Thôn 5, xã Quảng Phú", "Trạm y tế xã Quảng Phú", dt.date(2025, 1, 3), "0001236",
     None, None, None, "02/2025", 3, "NV002", None],
]


def test_filled_d03_ts_template(tmp_path: Path) -> None:
    path = _fill_d03(tmp_path, D03_PEOPLE)
    book = read_workbook(path)
    assert choose_sheet(book) == "D03-TS"
    table = find_table(book.sheet("D03-TS"))
    assert table.header_row == 10
    assert table.header_height == 2
    assert table.labels[11:15] == [
        "Hỗ trợ thêm / NSĐP", "Hỗ trợ thêm / Khác",
        "Thời gian tham gia / Từ tháng", "Thời gian tham gia / Số tháng",
    ]
    assert table.mapping == {
        0: Field.STT, 1: Field.FULL_NAME, 2: Field.SI_CODE, 3: Field.CCCD, 4: Field.BIRTH,
        5: Field.SEX, 6: Field.ADDRESS, 8: Field.RECEIPT_DATE, 9: Field.RECEIPT_NO,
        13: Field.VALID_FROM, 14: Field.MONTHS, 15: Field.AGENT_CODE, 16: Field.NOTE,
    }
    assert [row.number for row in table.rows] == [15, 16, 17]
    assert [row.values for row in table.rows] == D03_PEOPLE
    assert all(row.section == ("I Tăng", "I.1 Người tham gia") for row in table.rows)
    reasons = {s.number: s.reason for s in table.skipped}
    assert reasons[12] is SkipReason.COLUMN_CODES
    assert reasons[13] is reasons[14] is reasons[18] is SkipReason.SECTION
    assert reasons[20] is SkipReason.SUBTOTAL  # "Cộng tăng"
    assert reasons[21] is SkipReason.SECTION  # "II Giảm"
    assert reasons[25] is SkipReason.SUBTOTAL  # "Cộng giảm"
    assert table.skipped[-1].reason is SkipReason.FOOTER
    assert table.skipped[-1].number == 28
    assert "Tổng số thẻ BHYT" in table.skipped[-1].text


def test_blank_d03_template_has_no_people() -> None:
    table = find_table(read_workbook(DATA / "D03-TS_QD490_template.xlsx").sheet())
    assert table.header_row == 10
    assert table.rows == []


def test_formula_cells_give_their_cached_values() -> None:
    for name in ("formula_cached.xlsx", "formula_cached.xls", "formula_cached.ods"):
        table = find_table(read_workbook(DATA / name).sheet())
        assert table.header_row == 1, name
        assert [row.values for row in table.rows] == [
            [1, "Nguyễn Văn An", dt.date(1990, 5, 1), 12, 105300, 1263600],
            [2, "Trần Thị Bình", dt.date(1985, 8, 15), 6, 73710, 442260],
            [3, "Lê Văn Cường", dt.date(1962, 1, 1), 3, 63180, 190000],
        ], name


def test_ods_formula_written_by_odfpy_keeps_cached_value(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Họ và tên", "Số tháng", "Mức đóng", "Số tiền"], ["Hà Văn Tú", 3, 105300, 315900]
    ]
    path = write_ods(tmp_path / "f.ods", rows, formulas={(2, 4): "of:=[.B2]*[.C2]"})
    table = find_table(read_workbook(path).sheet())
    assert table.rows[0].values == ["Hà Văn Tú", 3, 105300, 315900]


def sheet(rows: list[list[object]], name: str = "S") -> Sheet:
    width = max(len(r) for r in rows)
    return Sheet(name, [padded(r, width) for r in rows], file_name="ds.xlsx")


def test_single_row_machine_header_without_title() -> None:
    table = find_table(sheet([
        ["HoTen", "NGAYSINH", "GioiTinh", "SoCCCD", "MasoBHXH", "DanToc", "MaNhanvienThu"],
        ["Lê Văn Tám", "1980", "1", "066080001111", "6600000001", "01", "NV009"],
        ["Hà Thị Nụ", "12/1999", "0", "066199002222", None, "12", "NV009"],
    ]))
    assert table.header_row == 1 and table.header_height == 1
    assert list(table.mapping.values()) == [Field.FULL_NAME, Field.BIRTH, Field.SEX, Field.CCCD,
                                            Field.SI_CODE, Field.ETHNIC, Field.AGENT_CODE]
    assert [(r.number, r.values[0]) for r in table.rows] == [(2, "Lê Văn Tám"), (3, "Hà Thị Nụ")]
    assert table.skipped == []


def test_birth_under_male_and_female_columns_and_female_mark() -> None:
    table = find_table(sheet([
        ["DANH SÁCH HỘ GIA ĐÌNH"],
        ["TT", "Họ tên", "Năm sinh", None, "Nữ", "Quan hệ với chủ hộ", "Mã hộ"],
        [None, None, "Nam", "Nữ", None, None, None],
        [1, "Y Bhiông Ayun", 1970, None, None, "Chủ hộ", "HGD01"],
        [2, "H'Bia Ksor", None, 1975, "X", "Vợ", "HGD01"],
    ]))
    assert table.header_row == 2 and table.header_height == 2
    assert table.labels[:5] == ["TT", "Họ tên", "Năm sinh / Nam", "Năm sinh / Nữ", "Nữ"]
    assert table.mapping == {0: Field.STT, 1: Field.FULL_NAME, 2: Field.BIRTH_MALE,
                             3: Field.BIRTH_FEMALE, 4: Field.FEMALE_MARK,
                             5: Field.RELATIONSHIP, 6: Field.HOUSEHOLD_CODE}
    assert [r.values for r in table.rows] == [
        [1, "Y Bhiông Ayun", 1970, None, None, "Chủ hộ", "HGD01"],
        [2, "H'Bia Ksor", None, 1975, "X", "Vợ", "HGD01"],
    ]


def test_people_named_like_keywords_are_kept() -> None:
    table = find_table(sheet([
        ["Họ và tên", "Ngày sinh", "Số CCCD", "Ghi chú"],
        ["Tống Văn Cộng", "01/01/1970", "066070000001", None],
        ["Tăng Thị Giảm", None, None, None],
        ["Tổng Văn A", "1980", None, "Cộng tác viên"],
        ["Cộng", None, None, None],
    ]))
    assert [r.values[0] for r in table.rows] == ["Tống Văn Cộng", "Tăng Thị Giảm", "Tổng Văn A"]
    assert [(s.number, s.reason) for s in table.skipped] == [(5, SkipReason.SUBTOTAL)]


def test_village_group_rows_become_sections() -> None:
    table = find_table(sheet([
        ["STT", "Họ và tên", "Năm sinh", "Giới tính"],
        ["Buôn Ea Kiết", None, None, None],
        [1, "Y Moan Êban", 1962, "Nam"],
        ["Thôn 3", None, None, None],
        [2, "Lê Thị Hoa", 1990, "Nữ"],
    ]))
    assert [(r.number, r.section) for r in table.rows] == [
        (3, ("Buôn Ea Kiết",)), (5, ("Thôn 3",)),
    ]


def test_repeated_header_and_signature_in_the_middle() -> None:
    table = find_table(sheet([
        ["STT", "Họ và tên", "Ngày sinh", "Số CCCD"],
        [1, "Lê Văn A", "1980", "066080000001"],
        [None, "Người lập biểu", None, None],
        ["STT", "Họ và tên", "Ngày sinh", "Số CCCD"],
        [2, "Lê Văn B", "1981", "066081000002"],
        [None, "Người lập biểu", None, "Giám đốc"],
        [None, "Lê Văn Ký", None, None],
    ]))
    assert [r.number for r in table.rows] == [2, 5]
    assert [(s.number, s.reason) for s in table.skipped] == [
        (3, SkipReason.NOTE), (4, SkipReason.REPEATED_HEADER), (6, SkipReason.FOOTER),
    ]


def test_header_row_given_by_the_user() -> None:
    rows: list[list[object]] = [["Cột 1", "Cột 2"], ["a", "b"], ["c", "d"]]
    table = find_table(sheet(rows), header_row=2)
    assert table.header_row == 2 and table.labels == ["a", "b"]
    assert [r.values for r in table.rows] == [["c", "d"]]


def test_values_beyond_the_header_are_kept() -> None:
    table = find_table(sheet([
        ["Họ và tên", "Ngày sinh", None, None],
        ["Lê Văn A", "1980", None, "ghi thêm"],
    ]))
    assert table.labels == ["Họ và tên", "Ngày sinh", "", ""]
    assert table.rows[0].values == ["Lê Văn A", "1980", None, "ghi thêm"]


def test_choose_sheet_prefers_the_participant_list(tmp_path: Path) -> None:
    layout = commune_layout()
    path = write_xlsx(
        tmp_path / "nhieu_trang.xlsx",
        [["Hướng dẫn"], ["Điền danh sách vào trang bên cạnh"]],
        title="Hướng dẫn",
        extra_sheets=[("Tổng hợp", [["Xã", "Số người"], ["Ea Kiết", 5]]),
                      ("DS tham gia", layout.rows)],
    )
    book = read_workbook(path)
    assert book.sheet_names == ("Hướng dẫn", "Tổng hợp", "DS tham gia")
    assert choose_sheet(book) == "DS tham gia"


def test_tcvn3_header_is_decoded_for_matching() -> None:
    table = find_table(sheet([
        ["Hä vµ tªn", "Ngµy sinh", "Giíi tÝnh", "§Þa chØ"],
        ["NguyÔn ThÞ HiÒn", "1990", "N÷", "Bu«n Ea KiÕt"],
    ]))
    assert table.header_encoding == "tcvn3"
    assert table.labels == ["Họ và tên", "Ngày sinh", "Giới tính", "Địa chỉ"]
    assert list(table.mapping.values()) == [Field.FULL_NAME, Field.BIRTH, Field.SEX,
                                            Field.ADDRESS]
    assert table.rows[0].values[0] == "NguyÔn ThÞ HiÒn"  # data are decoded by the importer


def test_title_right_above_the_header_is_not_its_parent() -> None:
    table = find_table(sheet([
        ["DANH SÁCH NGƯỜI THAM GIA", None, None, "Mẫu D03-TS"],
        ["Họ và tên", "Ngày sinh", "Số CCCD", "Ghi chú"],
        ["Lê Văn A", "1980", "066080000001", None],
    ]))
    assert table.header_row == 2 and table.header_height == 1
    assert table.labels == ["Họ và tên", "Ngày sinh", "Số CCCD", "Ghi chú"]


def test_first_data_row_of_text_is_not_taken_for_a_sub_header() -> None:
    table = find_table(sheet([
        ["Họ và tên", "Thôn", None, "Dân tộc"],
        ["Y Moan Êban", "Buôn Ea Tul", "Hộ nghèo", "Ê Đê"],
        ["H'Bia Ksor", "Buôn Ea Kiết", None, "Gia Rai"],
    ]))
    assert table.header_height == 1
    assert [r.values[0] for r in table.rows] == ["Y Moan Êban", "H'Bia Ksor"]


def test_group_row_above_the_real_labels_without_merges() -> None:
    table = find_table(sheet([
        ["Thông tin cá nhân", None, None, "Thẻ BHYT", None],
        ["Họ và tên", "Ngày sinh", "Số CCCD", "Từ ngày", "Đến ngày"],
        ["Lê Văn A", "1980", "066080000001", "01/01/2025", "31/12/2025"],
    ]))
    # The group row adds no field, so the labels row alone is the header.
    assert table.header_row == 2
    assert list(table.mapping.values()) == [Field.FULL_NAME, Field.BIRTH, Field.CCCD,
                                            Field.VALID_FROM, Field.VALID_TO]
    assert [r.number for r in table.rows] == [3]
