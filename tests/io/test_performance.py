"""A 100,000-row list is read and tabled whole and right (its speed is bench/bench_import.py's figure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.io.readers import read_workbook
from desktop.io.table import find_table
from tests.io.conftest import write_fast_xlsx

ROWS = 100_000
HEADER = ["STT", "Họ và tên", "Mã số BHXH", "Số CCCD", "Ngày sinh", "Giới tính", "Địa chỉ",
          "Ngày biên lai", "Số biên lai", "Số tiền", "NSĐP", "Khác", "Từ tháng", "Số tháng",
          "Mã NV thu"]


def _row(i: int) -> list[object]:
    return [i + 1, f"Nguyễn Văn {i}", 6600000000 + i, 66190000000 + i, f"{1 + i % 28:02d}/05/1990",
            "Nam" if i % 2 else "Nữ", "Buôn Ea Kiết, xã Ea Kiết", "02/01/2025", f"BL{i:06d}",
            1263600, 0, 0, "01/2025", 12, "NV001"]


@pytest.mark.slow
def test_hundred_thousand_rows(tmp_path: Path) -> None:
    path = write_fast_xlsx(tmp_path / "lon.xlsx", HEADER, ROWS, _row)
    table = find_table(read_workbook(path).sheet())
    assert len(table.rows) == ROWS and table.skipped == []
    assert table.rows[0].number == 2 and table.rows[-1].number == ROWS + 1
    assert table.rows[12345].values == _row(12345)
