"""A large, valid commune list and the database state the crash tests compare against."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import func, select

from desktop.db import Database
from desktop.models import AuditEntry, Enrollment, ImportBatch, Person
from desktop.services.imports import ImportOptions
from tests.services.imports.conftest import EA_KIET

IMPORT_OPTIONS = ImportOptions(default_commune=EA_KIET, today=dt.date(2025, 11, 22))
HEADER = ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn, buôn", "Từ ngày", "Số tháng", "Số tiền", "Mã NV thu"]
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi")
SYLLABLES = ("An", "Bình", "Châu", "Dung", "Hải", "Hoa", "Moan", "Hà", "Lan", "Minh", "Nam", "Oanh", "Phúc",
             "Quang", "Sơn", "Tâm", "Uyên", "Vân", "Xuân", "Yến", "Khoa", "Linh", "Mai", "Ngọc", "Phương",
             "Thảo", "Trang", "Tuấn", "Việt", "Đức")


def word_name(index: int) -> str:
    """A distinct given name for every index, in letters only (names may not carry digits)."""
    words = []
    for _ in range(3):
        index, digit = divmod(index, len(SYLLABLES))
        words.append(SYLLABLES[digit])
    return " ".join(words)


def write_big_list(path: Path, rows: int) -> Path:
    """``rows`` new persons of Ea Kiết, each with a 12-month household HI payment (write-only xlsx: fast)."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.append(HEADER)
    for index in range(rows):
        year = 1950 + index % 50
        sex = "Nam" if index % 2 == 0 else "Nữ"
        century_sex = "0" if sex == "Nam" else "1"
        cccd = f"066{century_sex}{year % 100:02d}{index:06d}"
        name = f"{FAMILY[index % len(FAMILY)]} {word_name(index)}"
        sheet.append([name, f"01/01/{year}", sex, cccd, "Buôn Ea Kiết", "01/01/2025", 12, 1263600, "NV001"])
    book.save(path)
    return path


def counts(db: Database) -> dict[str, int]:
    """Rows that an import or a person save writes, table by table."""
    with db.reading() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Person, Enrollment, ImportBatch, AuditEntry)
        }


def integrity(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()
