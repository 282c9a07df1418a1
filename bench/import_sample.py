"""A large, realistic commune list for the import benchmark and tests (15 columns, D03-TS style).

IDs are numbers (as Excel keeps them, leading zeros lost), birth dates are
text, some only a year; villages, ethnic groups and agents repeat as in a
real list. Written as raw XML by the reading layer's test generator, so a
100,000-row file takes about a second to build.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.domain.text import fold
from desktop.models import Agent, Village
from tests.io.conftest import write_fast_xlsx

HEADER = ["STT", "Họ và tên", "Mã số BHXH", "Số CCCD", "Ngày sinh", "Giới tính", "Dân tộc", "Thôn, buôn", "Xã",
          "Ngày biên lai", "Số biên lai", "Số tiền", "Từ tháng", "Số tháng", "Mã NV thu"]
COMMUNES = (("24265", "Xã Ea Kiết"), ("24277", "Xã Ea Tul"), ("24301", "Xã Cuôr Đăng"), ("24280", "Xã Cư M'gar"))
VILLAGES = tuple(f"Thôn {n}" for n in range(1, 9)) + ("Buôn Ea Kiết", "Buôn Ea Tul", "Buôn Cuôr Đăng", "Buôn Trấp")
AGENTS = ("NV001", "NV002", "NV003")
SAMPLE_TODAY = dt.date(2025, 11, 22)
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
MIDDLE_MALE, MIDDLE_FEMALE = ("Văn", "Đức", "Minh", "Quang"), ("Thị", "Ngọc", "Thu", "Thanh")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hiền", "Hoa", "Lan", "Mai", "Nam", "Phúc", "Quý", "Sơn", "Tâm", "Uyên")
EDE_MALE = ("Y Moan", "Y Kông", "Y Bhiông", "Y Khoa", "Y Wang")
EDE_FEMALE = ("H'Hen", "H'Bia", "H'Nhi", "H'Lan", "H'Mai")
CLANS = ("Êban", "Niê", "Ayun", "Ksor", "Mlô", "Kbuôr", "Adrơng", "Byă")
ETHNIC = ("Kinh", "Kinh", "Kinh", "Ê Đê", "M'nông")


def make_row(i: int) -> list[object]:
    """Row ``i`` (0-based) of the sample list."""
    female = i % 2 == 1
    year = 1940 + i % 65
    ethnic = ETHNIC[i % len(ETHNIC)]
    if ethnic == "Kinh":
        middle = (MIDDLE_FEMALE if female else MIDDLE_MALE)[i % 4]
        name = f"{FAMILY[i % 10]} {middle} {GIVEN[(i // 10) % len(GIVEN)]}"
    else:
        given = (EDE_FEMALE if female else EDE_MALE)[(i // 2) % 5]
        name = f"{given} {CLANS[(i // 10) % len(CLANS)]}"
    birth: object = year if i % 7 == 0 else f"{1 + i % 28:02d}/{1 + i % 12:02d}/{year}"
    cccd = int(f"066{int(female)}{year % 100:02d}{i % 1_000_000:06d}")
    commune = COMMUNES[i % len(COMMUNES)][1]
    return [i + 1, name, 6_600_000_000 + i, cccd, birth, "Nữ" if female else "Nam", ethnic,
            VILLAGES[(i // 4) % len(VILLAGES)], commune, "02/01/2025", f"BL{i:07d}", 1_263_600, "01/2025", 12,
            AGENTS[i % len(AGENTS)]]


def write_sample_list(path: Path, rows: int) -> Path:
    """The sample list with ``rows`` data rows under one header row."""
    return write_fast_xlsx(path, HEADER, rows, make_row)


def seed_sample_office(session: Session) -> None:
    """The agents and part of the villages the sample list names (the rest the import creates)."""
    for code in AGENTS:
        session.add(Agent(code=code, full_name=f"Nhân viên {code}", search_key=fold(f"Nhân viên {code}"), version=1))
    for code, _ in COMMUNES:
        for name in VILLAGES[:6]:
            session.add(Village(commune_code=code, name=name, name_key=fold(name),
                                kind="buôn" if name.startswith("Buôn") else "thôn"))

