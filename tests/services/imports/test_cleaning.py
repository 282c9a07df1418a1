"""Every mess a commune list carries, cleaned (or refused with the field and a Vietnamese reason), row by row."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from desktop.db import Database
from desktop.io.legacy_encoding import encode_legacy
from tests.io.conftest import write_xlsx
from tests.services.imports.conftest import (
    errors,
    results,
    run,
    sheet_file,
    stored_enrollments,
    stored_persons,
)

D = dt.date
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Mã số BHXH", "Dân tộc", "Thôn, buôn", "Xã",
          "Điện thoại"]


def test_identifiers_dates_names_ethnic_groups_and_sex(import_db: Database, tmp_path: Path) -> None:
    path = sheet_file(tmp_path, HEADER, [
        # row 2: IDs stored as numbers lost their zeros; name badly spaced; Excel date
        [1, "  nguyễn   thị  HIỀN ", D(1990, 5, 1), "Nữ", 66190012345, 612345678, "Kinh", "Buôn Ea Kiết",
         "Ea Kiết", 912345678],
        # row 3: decomposed (NFD) name, Excel serial number, sex code 1, "thôn 03" for "Thôn 3"
        [2, unicodedata.normalize("NFD", "Y Moan Êban"), 32994, "1", "066090001234", "6698765432", "Ê Đê",
         "thôn 03", "Xã Ea Kiết", None],
        # row 4: dd/mm/yyyy text, sex code 0, ethnic code as a number, commune from the default
        [3, "H'Hen Niê", "15/08/1985", 0, "066185000123", None, 12, "Buôn Ea Kiết", None, "0905 123 456"],
        # row 5: month and year only
        [4, "Lê Văn Tám", "05/1980", "Nam", None, None, "M'nông", "Thôn 3", "Ea Kiết", None],
        # row 6: a year as a number; row 7: a year as text
        [5, "Hà Thị Nụ", 1975, "nữ", None, None, None, None, None, None],
        [6, "Phạm Văn Đức", "1988", "NAM", None, None, "01", None, None, None],
    ])
    _, preview = run(import_db, path, commit=True)
    assert results(preview) == {2: "new", 3: "new", 4: "new", 5: "new", 6: "new", 7: "new"}
    stored = [(p["full_name"], p["birth_date"], p["birth_precision"], p["sex"], p["cccd"], p["si_code"],
               p["ethnic_code"], p["village"], p["phone"]) for p in stored_persons(import_db)]
    assert stored == [
        ("nguyễn thị HIỀN", D(1990, 5, 1), "day", "F", "066190012345", "0612345678", "01", "Buôn Ea Kiết",
         "0912345678"),
        ("Y Moan Êban", D(1990, 5, 1), "day", "M", "066090001234", "6698765432", "12", "Thôn 3", None),
        ("H'Hen Niê", D(1985, 8, 15), "day", "F", "066185000123", None, "12", "Buôn Ea Kiết", "0905123456"),
        ("Lê Văn Tám", D(1980, 5, 1), "month", "M", None, None, "20", "Thôn 3", None),
        ("Hà Thị Nụ", D(1975, 1, 1), "year", "F", None, None, None, None, None),
        ("Phạm Văn Đức", D(1988, 1, 1), "year", "M", None, None, "01", None, None),
    ]
    assert stored[1][0] == unicodedata.normalize("NFC", "Y Moan Êban")
    assert preview.villages_created == ()  # "thôn 03" is the known "Thôn 3"


def test_rows_with_errors_name_the_field_in_vietnamese(import_db: Database, tmp_path: Path) -> None:
    path = sheet_file(tmp_path, HEADER, [
        [1, None, "01/01/1990", "Nam", None, None, None, None, None, None],
        [2, "Đỗ Văn Sai", "01/01/1990", "Nam", "123456789", None, None, None, None, None],
        [3, "Vũ Thị Tương Lai", "01/01/2030", "Nữ", None, None, None, None, None, None],
        [4, "Trần Văn Xa", "01/01/1990", "Nam", None, None, None, "Thôn 1", "Phường Tuy Hòa", None],
        [5, "Trần Văn Lạ", "01/01/1990", "Nam", None, None, None, "Thôn 1", "Xã Không Có", None],
        [6, "Mã Văn Ngắn", "01/01/1990", "Nam", None, "12345", None, None, None, None],
        [7, "Lý Thị Giới", "01/01/1990", "X", None, None, None, None, None, None],
        [8, "Ksor Dân", "01/01/1990", "Nam", None, None, "Sao Hỏa", None, None, None],
        [9, "Lê Thị Trống", None, "Nữ", None, None, None, None, None, None],
        [10, "Đinh Văn Số", "01/01/1990", "Nam", None, None, None, None, None, "12345"],
        [11, "Nguyễn Văn Đúng", "01/01/1990", "Nam", None, None, None, None, None, None],
    ])
    _, preview = run(import_db, path, commit=True)
    assert results(preview) == {**{n: "error" for n in range(2, 12)}, 12: "new"}
    assert errors(preview) == {
        2: [("Họ và tên", "Chưa nhập họ và tên.")],
        3: [("Số CCCD", "Số CCCD phải gồm 12 chữ số (đang có 9).")],
        4: [("Ngày sinh", "Ngày sinh không được sau ngày hôm nay.")],
        5: [("Xã", "Phường Tuy Hòa không thuộc các xã, phường đơn vị phụ trách.")],
        6: [("Xã", "Không nhận ra xã, phường “Xã Không Có”.")],
        7: [("Mã số BHXH", "Mã số BHXH phải gồm 10 chữ số (đang có 5).")],
        8: [("Giới tính", "Giới tính “X” không rõ: ghi Nam hoặc Nữ (1 là Nam, 0 là Nữ).")],
        9: [("Dân tộc", "Không nhận ra dân tộc “Sao Hỏa”.")],
        10: [("Ngày sinh", "Chưa nhập ngày sinh.")],
        11: [("Điện thoại", "Số điện thoại không hợp lệ: di động gồm 10 chữ số (03, 05, 07, 08, 09...), "
                            "cố định gồm 11 chữ số (02...); đang có “12345”.")],
    }
    assert [p["full_name"] for p in stored_persons(import_db)] == ["Nguyễn Văn Đúng"]
    assert preview.counts.errors == 10 and preview.counts.valid == 1


def test_village_without_any_commune_is_an_error(import_db: Database, tmp_path: Path) -> None:
    path = sheet_file(tmp_path, ["Họ và tên", "Năm sinh", "Thôn"], [["Y Kông Ayun", 1970, "Buôn Trấp"]])
    _, preview = run(import_db, path, default_commune=None)
    assert errors(preview) == {2: [(
        "Thôn", "Không xác định được thôn, buôn “Buôn Trấp” thuộc xã nào: hãy thêm cột Xã, phường "
        "hoặc chọn xã mặc định.")]}


def test_female_mark_column_and_machine_names(import_db: Database, tmp_path: Path) -> None:
    path = sheet_file(tmp_path, ["HoTen", "NamSinh", "Nu", "SoCCCD", "MasoBHXH", "DanToc", "MaNhanvienThu"], [
        ["Y Bhiông Ayun", 1970, None, None, 6600000001, "Ê-đê", "NV001"],
        ["H'Bia Ksor", 1975, "X", None, 6600000002, "Gia Rai", "NV001"],
        ["Lò Thị Ét", 1990, "x", None, None, "Thái", None],
    ])
    _, preview = run(import_db, path, commit=True)
    assert results(preview) == {2: "new", 3: "new", 4: "new"}
    assert [(p["full_name"], p["sex"], p["ethnic_code"], p["si_code"]) for p in stored_persons(import_db)] == [
        ("Y Bhiông Ayun", "M", "12", "6600000001"),
        ("H'Bia Ksor", "F", "10", "6600000002"),
        ("Lò Thị Ét", "F", "03", None),
    ]


def test_birth_under_male_and_female_columns(import_db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "hgd.xlsx", [
        ["DANH SÁCH HỘ GIA ĐÌNH"],
        ["TT", "Họ tên", "Năm sinh", None, "Dân tộc"],
        [None, None, "Nam", "Nữ", None],
        [1, "Y Bhiông Ayun", 1970, None, "Ê Đê"],
        [2, "H'Bia Ksor", None, "12/03/1975", "Ê Đê"],
        [3, "Y Hai Cột", 1970, 1971, "Ê Đê"],
    ], merges=[(2, 3, 2, 4), (2, 1, 3, 1), (2, 2, 3, 2), (2, 5, 3, 5)])
    _, preview = run(import_db, path, commit=True)
    assert preview.header_row == 2
    assert results(preview) == {4: "new", 5: "new", 6: "error"}
    assert errors(preview)[6] == [("Năm sinh / Nam", "Có ngày sinh ở cả cột Nam và cột Nữ; chỉ ghi ở một cột.")]
    assert [(p["full_name"], p["sex"], p["birth_date"], p["birth_precision"]) for p in stored_persons(import_db)] == [
        ("Y Bhiông Ayun", "M", D(1970, 1, 1), "year"),
        ("H'Bia Ksor", "F", D(1975, 3, 12), "day"),
    ]


def _legacy_list(tmp_path: Path, encoding: str) -> Path:
    people = [("Nguyễn Thị Hiền", "Buôn Ea Kiết", "Nữ"), ("Trần Văn Đức", "Thôn 3", "Nam"),
              ("Lê Thị Hồng Nhung", "Thôn 5", "Nữ"), ("Phạm Ngọc Lan", "Buôn Ea Kiết", "Nữ")]
    rows = [[n, 1980 + i, encode_legacy(name, encoding), encode_legacy(village, encoding),  # type: ignore[arg-type]
             encode_legacy(sex, encoding)]  # type: ignore[arg-type]
            for n, (name, village, sex) in enumerate(people, start=1) for i in [n]]
    return sheet_file(tmp_path, ["STT", "Năm sinh", "Họ và tên", "Thôn, buôn", "Giới tính"], rows,
                      f"{encoding}.xlsx")


def test_names_typed_in_tcvn3_are_decoded(import_db: Database, tmp_path: Path) -> None:
    parsed, preview = run(import_db, _legacy_list(tmp_path, "tcvn3"), commit=True)
    assert parsed.encodings["full_name"] == "tcvn3"
    assert results(preview) == {2: "new", 3: "new", 4: "new", 5: "new"}
    assert [(p["full_name"], p["village"], p["sex"]) for p in stored_persons(import_db)] == [
        ("Nguyễn Thị Hiền", "Buôn Ea Kiết", "F"), ("Trần Văn Đức", "Thôn 3", "M"),
        ("Lê Thị Hồng Nhung", "Thôn 5", "F"), ("Phạm Ngọc Lan", "Buôn Ea Kiết", "F"),
    ]


def test_names_typed_in_vni_are_decoded(import_db: Database, tmp_path: Path) -> None:
    parsed, preview = run(import_db, _legacy_list(tmp_path, "vni"), commit=True)
    assert parsed.encodings["full_name"] == "vni"
    assert [(p["full_name"], p["village"]) for p in stored_persons(import_db)] == [
        ("Nguyễn Thị Hiền", "Buôn Ea Kiết"), ("Trần Văn Đức", "Thôn 3"),
        ("Lê Thị Hồng Nhung", "Thôn 5"), ("Phạm Ngọc Lan", "Buôn Ea Kiết"),
    ]


def test_enrollment_columns_in_every_form(import_db: Database, tmp_path: Path) -> None:
    header = ["Họ và tên", "Năm sinh", "Từ tháng", "Đến ngày", "Số tháng", "Số tiền", "Số biên lai",
              "Ngày biên lai", "Mã NV thu", "Loại hình"]
    path = sheet_file(tmp_path, header, [
        ["Lê Văn Một", 1970, "01/2025", None, 12, "1.263.600", "0001234", "02/01/2025", "NV001", None],
        ["Lê Văn Hai", 1971, D(2025, 3, 1), "28/02/2026", None, 1263600, 1235, 45659, "nv002", "BHXH tự nguyện"],
        ["Lê Văn Ba", 1972, 45717, None, "6 tháng", 631800, None, None, None, "HSSV"],
        ["Lê Văn Bốn", 1973, "01/2025", None, None, 1000, None, None, None, None],
        ["Lê Văn Năm", 1974, "01/2025", None, 12, 1000, None, "01/01/2026", "NV999", None],
        ["Lê Văn Sáu", 1975, "2025", None, 12, 1000, None, None, None, "Bảo hiểm nhân thọ"],
        ["Lê Văn Bảy", 1976, "01/03/2025", "01/02/2025", None, None, None, None, None, None],
        ["Lê Văn Tám", 1977, None, None, None, None, None, None, "NV001", None],
    ])
    _, preview = run(import_db, path, commit=True)
    assert results(preview) == {2: "new", 3: "new", 4: "new", 5: "error", 6: "error", 7: "error", 8: "error",
                                9: "new"}
    assert errors(preview) == {
        5: [("Số tháng", "Có Từ ngày nhưng chưa ghi Đến ngày hoặc Số tháng.")],
        6: [("Ngày biên lai", "Ngày biên lai không được sau ngày hôm nay."),
            ("Mã NV thu", "Không có nhân viên thu mã “NV999” trong danh sách nhân viên thu.")],
        7: [("Loại hình", "Không nhận ra loại hình tham gia “Bảo hiểm nhân thọ” (BHXH tự nguyện, BHYT hộ gia "
                          "đình, BHYT học sinh, sinh viên, BHYT do NSNN đóng, hỗ trợ)."),
            ("Từ tháng", "Từ ngày cần ghi ít nhất tháng và năm (mm/yyyy).")],
        8: [("Đến ngày", "Đến ngày phải sau Từ ngày.")],
    }
    assert [(e["person"], e["scheme"], e["valid_from"], e["valid_to"], e["months"], e["amount"], e["receipt_no"],
             e["receipt_date"], e["agent"]) for e in stored_enrollments(import_db)] == [
        ("Lê Văn Một", "HI-HH", D(2025, 1, 1), D(2025, 12, 31), 12, 1263600, "0001234", D(2025, 1, 2), "NV001"),
        ("Lê Văn Hai", "VSI", D(2025, 3, 1), D(2026, 2, 28), 12, 1263600, "1235", D(2025, 1, 2), "NV002"),
        ("Lê Văn Ba", "HI-STU", D(2025, 3, 1), D(2025, 8, 31), 6, 631800, None, None, None),
    ]
    persons = {p["full_name"]: p for p in stored_persons(import_db)}
    assert persons["Lê Văn Hai"]["hi_scheme"] is None and persons["Lê Văn Hai"]["covered_to"] == D(2026, 2, 28)
    assert persons["Lê Văn Tám"]["hi_scheme"] is None  # an agent code alone is no payment
