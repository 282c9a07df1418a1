"""The commune list in every format people send, imported and checked row by row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.db import Database
from tests.io.conftest import (
    commune_layout,
    csv_text,
    encode_cp1258,
    make_xlsm,
    write_ods,
    write_xls,
    write_xlsx,
)
from tests.services.imports.conftest import results, run, stored_enrollments, stored_persons

D = dt.date

EXPECTED_PERSONS = [
    # full_name, birth, precision, sex, cccd, si_code, village
    ("Nguyễn Thị Hiền", D(1990, 5, 1), "day", "F", "066190012345", "6612345678", "Buôn Ea Kiết"),
    ("H'Hen Niê", D(1985, 8, 15), "day", "F", "066185000123", "0123456789", "Buôn Cuôr Đăng"),
    ("Y Moan Êban", D(1962, 1, 1), "year", "M", "066062001234", "6698765432", "Buôn Ea Tul"),
    ("Tăng Văn Lực", D(2001, 12, 24), "day", "M", "066201004567", "6600001111", "Thôn 3"),
    ("Tống Thị Mai", D(1975, 7, 7), "day", "F", "066175009876", "6611112222", "Thôn 5"),
]
EXPECTED_ENROLLMENTS = [
    # person, valid_from, valid_to, months, amount, agent
    ("Nguyễn Thị Hiền", D(2025, 1, 1), D(2025, 12, 31), 12, 1263600, "NV001"),
    ("H'Hen Niê", D(2025, 2, 1), D(2025, 7, 31), 6, 631800, "NV001"),
    ("Y Moan Êban", D(2025, 3, 1), D(2026, 2, 28), 12, 1263600, "NV002"),
    ("Tăng Văn Lực", D(2025, 1, 15), D(2025, 4, 14), 3, 315900, "NV002"),
]


def _binary(writer: Callable[..., Path], suffix: str) -> Callable[[Path], Path]:
    def build(tmp_path: Path) -> Path:
        layout = commune_layout(ids_as_numbers=True)
        return writer(tmp_path / f"ds{suffix}", layout.rows, layout.merges)
    return build


def _xlsm(tmp_path: Path) -> Path:
    return make_xlsm(tmp_path / "ds.xlsm", commune_layout(ids_as_numbers=True).rows)


def _csv(encoding: str, delimiter: str) -> Callable[[Path], Path]:
    def build(tmp_path: Path) -> Path:
        text = csv_text(commune_layout(ids_as_numbers=False).rows, delimiter)
        data = encode_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
        path = tmp_path / "ds.csv"
        path.write_bytes(data)
        return path
    return build


FORMATS = {
    "xlsx": _binary(write_xlsx, ".xlsx"),
    "xlsm": _xlsm,
    "xls": _binary(write_xls, ".xls"),
    "ods": _binary(write_ods, ".ods"),
    "csv-utf8-comma": _csv("utf-8", ","),
    "csv-utf8bom-semicolon": _csv("utf-8-sig", ";"),
    "csv-utf16-tab": _csv("utf-16", "\t"),
    "csv-cp1258-semicolon": _csv("cp1258", ";"),
}


@pytest.mark.parametrize("kind", FORMATS)
def test_commune_list_imports_row_by_row(import_db: Database, tmp_path: Path, kind: str) -> None:
    path = FORMATS[kind](tmp_path)
    _, preview = run(import_db, path)
    assert preview.header_row == 6
    assert results(preview) == {11: "new", 12: "new", 14: "new", 15: "new", 18: "new"}
    assert stored_persons(import_db) == []  # the dry run wrote nothing
    mai = preview.outcomes[4]
    assert "Dòng thuộc mục giảm: không ghi lượt tham gia." in [m.text for m in mai.messages]
    assert sorted(preview.villages_created) == ["Buôn Cuôr Đăng", "Buôn Ea Tul", "Thôn 5"]

    _, committed = run(import_db, path, commit=True)
    assert committed.committed and committed.batch_id is not None
    assert (committed.counts.new, committed.counts.errors) == (5, 0)
    persons = stored_persons(import_db)
    assert [(p["full_name"], p["birth_date"], p["birth_precision"], p["sex"], p["cccd"], p["si_code"],
             p["village"]) for p in persons] == EXPECTED_PERSONS
    assert all(p["batch"] == committed.batch_id and p["category"] == "other" for p in persons)
    enrollments = stored_enrollments(import_db)
    assert [(e["person"], e["valid_from"], e["valid_to"], e["months"], e["amount"], e["agent"])
            for e in enrollments] == EXPECTED_ENROLLMENTS
    assert {e["scheme"] for e in enrollments} == {"HI-HH"}
    # The summary columns the 500,000-row list filters on are in step.
    hien = persons[0]
    assert (hien["hi_scheme"], hien["hi_valid_to"], hien["covered_to"]) == ("HI-HH", D(2025, 12, 31), D(2025, 12, 31))
    assert persons[4]["hi_scheme"] is None  # the decrease row has no enrollment
