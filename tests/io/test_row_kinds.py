"""The rows around a list that are not people, and the names that must not look like them."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.io import row_kinds
from desktop.io.workbook import CellValue


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (["A", "B", 1, 2, 3, 4], True),
        (["(1)", "(2)", "(3)", "(4)"], True),
        (["[A]", "[B]", "[1]"], True),
        ([None, "1", "2", None, "3"], True),
        (["A", "B"], False),
        ([1, "Nguyễn Văn A", 2, 3], False),
        ([1, 2, 1990], False),
        ([1, 2, dt.date(1990, 1, 1)], False),
    ],
)
def test_column_codes(row: list[CellValue], expected: bool) -> None:
    assert row_kinds.is_column_codes(row) is expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Người lập biểu", "Thủ trưởng đơn vị"], True),
        (["(Ký, ghi rõ họ tên)"], True),
        (["Cư M'gar, ngày 22 tháng 11 năm 2025"], True),
        (["ngày ... tháng ... năm ..."], True),
        (["Tổng số thẻ BHYT đề nghị cấp: 1"], True),
        (["- Ghi chú: Cột 16 chỉ áp dụng đối với tổ chức dịch vụ thu"], True),
        (["Ngày tháng năm sinh"], False),
        (["Nguyễn Văn Lập"], False),
        (["Ghi chú"], False),
    ],
)
def test_footer(texts: list[str], expected: bool) -> None:
    assert row_kinds.is_footer(texts) is expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Cộng"], True), (["Cộng tăng"], True), (["Cộng giảm"], True), (["Tổng cộng"], True),
        (["TỔNG CỘNG (I+II)"], True), (["Tổng số"], True), (["Cộng: 5 người"], True),
        (["Tong cong"], True), (["Cộng thôn Ea Kiết"], True),
        (["Tống Văn Cộng"], False), (["Tong Van A"], False), (["Công Thị Hoa"], False),
        (["Tổng Văn Hùng"], False), (["Cộng tác viên"], False),
    ],
)
def test_subtotal(texts: list[str], expected: bool) -> None:
    assert row_kinds.is_subtotal(texts) is expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (["I", "Tăng"], ("I Tăng", 1)),
        (["I.1", "Người tham gia"], ("I.1 Người tham gia", 2)),
        (["II", "Giảm"], ("II Giảm", 1)),
        (["A", "Tăng mới"], ("A Tăng mới", 1)),
        ([None, "Tăng mới"], ("Tăng mới", 1)),
        (["1.2.3"], ("1.2.3", 3)),
        (["Buôn Ea Kiết"], ("Buôn Ea Kiết", 2)),
        ([2, "Thôn 3"], ("2 Thôn 3", 2)),
        ([1, "Nguyễn Văn A"], None),
        (["Tăng Văn Lực"], None),
        (["I", "Nguyễn Văn A", 1990], None),
        (["Phương Thị Mai"], None),
    ],
)
def test_section_label(row: list[CellValue], expected: tuple[str, int] | None) -> None:
    filled = sum(v is not None for v in row)
    assert row_kinds.section_label(row, filled) == expected
