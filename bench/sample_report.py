"""A D03-TS-like list (HI-only participants) with synthetic rows.

Shared by the report benchmark and the report tests, so both exercise the
same realistic shape: 17 columns, a two-row header, sections I Tăng / II Giảm.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from desktop.reports.definition import (
    CellValue,
    Column,
    OfficeLetterhead,
    ReportData,
    ReportDefinition,
    Section,
)
from desktop.reports.results import ReportTotals

NAMES = (
    "Nguyễn Thị Hiền",
    "H'Nhi Êban",
    "Y Bhim Mlô",
    "Đỗ Văn Đức",
    "Trần Thị Ngọc Ánh",
    "Nguyễn Hoàng Phương Thảo Nguyên",
    "H'Lan Niê Kđăm",
    "Phạm Văn Sơn",
)
ADDRESSES = (
    "Buôn Ea Kiết, xã Ea Kiết",
    "Thôn 5, xã Cuôr Đăng",
    "Buôn Sứk, xã Ea Tul",
    "Tổ dân phố 3, xã Quảng Phú, tỉnh Đắk Lắk",
)
PREMIUMS = (1_263_600, 884_520, 758_160, 631_800, 505_440)


def letterhead() -> OfficeLetterhead:
    """The Cư M'gar local office."""
    return OfficeLetterhead(
        parent_body="Bảo hiểm xã hội tỉnh Đắk Lắk",
        unit="Bảo hiểm xã hội cơ sở Cư M'gar",
        place="Cư M'gar",
        report_date=dt.date(2026, 11, 22),
        preparer_name="Nguyễn Thị Thu Hà",
        head_name="Y Wang Niê",
    )


def d03_columns() -> tuple[Column, ...]:
    """The columns of D03-TS (QĐ 490/QĐ-BHXH), plus the amount collected."""
    return (
        Column("stt", "STT", "A", 8, "int", numbering=True, align="center"),
        Column("name", "Họ và tên", "B", 30),
        Column("si_code", "Mã số BHXH", "1", 16, align="center", wrap=False),
        Column("id_number", "Số CCCD/ĐDCN/hộ chiếu", "2", 19, align="center", wrap=False),
        Column("birth", "Ngày sinh", "3", 16, "date"),
        Column("sex", "Giới tính", "4", 9, align="center"),
        Column("address", "Địa chỉ", "5", 26),
        Column("clinic", "Nơi đăng ký KCB ban đầu", "6", 17),
        Column("receipt_date", "Ngày biên lai", "7", 16, "date"),
        Column("receipt_no", "Số biên lai", "8", 14, align="center", wrap=False),
        Column("pension", "Tiền lương hưu, trợ cấp", "9", 12, "money", total=True),
        Column("local_support", "NSĐP", "10", 11, "money", total=True, group="Hỗ trợ thêm"),
        Column("other_support", "Khác", "11", 9, "money", total=True, group="Hỗ trợ thêm"),
        Column(
            "from_month",
            "Từ tháng",
            "12",
            12,
            align="center",
            group="Thời gian tham gia",
            wrap=False,
        ),
        Column("months", "Số tháng", "13", 9, "int", group="Thời gian tham gia", align="center"),
        Column("amount", "Số tiền", "", 15, "money", total=True),
        Column("agent", "Mã số nhân viên thu", "14", 12, align="center", wrap=False),
        Column("note", "Ghi chú", "15", 8),
    )


def d03_definition(orientation: str = "landscape") -> ReportDefinition:
    """D03-TS-like list with header information, footer and notes."""
    return ReportDefinition(
        title="DANH SÁCH NGƯỜI CHỈ THAM GIA BHYT",
        subtitle="Tháng 11 năm 2026 - Đơn vị: Bưu điện Cư M'gar",
        orientation="landscape" if orientation == "landscape" else "portrait",
        columns=d03_columns(),
        info_lines=(
            "Đối tượng tham gia: Hộ gia đình - Mã đối tượng: GD",
            "Lương cơ sở: 2.340.000 đ - Nguồn đóng: Người tham gia tự đóng",
        ),
        footer_lines=(_card_count,),
        notes=(
            "- Ghi chú: Cột 10, 11 ghi số tiền ngân sách địa phương và tổ chức, cá nhân khác hỗ trợ.",
        ),
        sheet_name="D03-TS",
        font_size=8.5,
    )


def _card_count(totals: ReportTotals) -> str:
    return f"Tổng số thẻ BHYT đề nghị cấp: {totals.sections[0].row_count if totals.sections else 0}"


def d03_row(index: int) -> dict[str, CellValue]:
    """A deterministic participant row."""
    base = dt.date(1950, 1, 1)
    return {
        "name": NAMES[index % len(NAMES)],
        "si_code": f"66{index:08d}",
        "id_number": f"0661{index % 100:02d}{index:06d}",
        "birth": base + dt.timedelta(days=(index * 37) % 25_000),
        "sex": "Nữ" if index % 2 else "Nam",
        "address": ADDRESSES[index % len(ADDRESSES)],
        "clinic": "Trung tâm Y tế Cư M'gar",
        "receipt_date": dt.date(2026, 11, 1 + index % 28),
        "receipt_no": f"BL{index:07d}",
        "pension": None,
        "local_support": 15_795 if index % 3 == 0 else None,
        "other_support": None,
        "from_month": "12/2026",
        "months": 12,
        "amount": PREMIUMS[index % len(PREMIUMS)],
        "agent": f"NVT{index % 40:03d}",
        "note": "",
    }


def d03_rows(count: int, start: int = 0) -> Iterator[dict[str, CellValue]]:
    """``count`` rows, generated lazily (never held in memory)."""
    return (d03_row(index) for index in range(start, start + count))


def d03_data(increase: int, decrease: int) -> ReportData:
    """Sections I Tăng and II Giảm with their subtotals, rows streamed."""
    return ReportData(
        [
            Section(d03_rows(increase), "I. Tăng", "Cộng tăng"),
            Section(d03_rows(decrease, start=increase), "II. Giảm", "Cộng giảm"),
        ],
        total_rows=increase + decrease,
    )
