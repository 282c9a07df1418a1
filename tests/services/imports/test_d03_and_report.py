"""The agency's real D03-TS template filled in, and the error report people fix and send back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.io.columns import Field
from desktop.models import AuditEntry, Village
from desktop.services.audit import Actor
from desktop.services.authz import PermissionDeniedError, Role
from desktop.services.imports import (
    REASON_LABEL,
    mapping_for,
    open_source,
    read_table,
    write_error_report,
)
from tests.io.test_table import D03_PEOPLE, _fill_d03
from tests.services.imports.conftest import (
    ACTOR,
    EA_TUL,
    errors,
    results,
    run,
    sheet_file,
    stored_enrollments,
    stored_persons,
)

D = dt.date


def test_filled_d03_ts_template_imports(import_db: Database, tmp_path: Path) -> None:
    path = _fill_d03(tmp_path, D03_PEOPLE)
    parsed, preview = run(import_db, path, commit=True, default_commune=None)
    assert (preview.sheet, preview.header_row) == ("D03-TS", 10)
    assert results(preview) == {15: "new", 16: "new", 17: "new"}
    # Communes and villages come from the address column: "Buôn Ea Tul, xã Ea Tul".
    assert sorted(preview.villages_created) == ["Buôn Ea Tul", "Thôn 5"]
    assert [(p["full_name"], p["si_code"], p["cccd"], p["birth_date"], p["birth_precision"], p["sex"],
             p["village"], p["address"]) for p in stored_persons(import_db)] == [
        ("Nguyễn Thị Hiền", "6612345678", "066190012345", D(1990, 5, 1), "day", "F", "Buôn Ea Kiết",
         "Buôn Ea Kiết, xã Ea Kiết"),
        ("Y Moan Êban", "6698765432", "066062001234", D(1962, 1, 1), "year", "M", "Buôn Ea Tul",
         "Buôn Ea Tul, xã Ea Tul"),
        ("Tống Thị Mai", "0123456789", "066175009876", D(1975, 7, 7), "day", "F", "Thôn 5",
         "Thôn 5, xã Quảng Phú"),
    ]
    assert [(e["person"], e["scheme"], e["valid_from"], e["valid_to"], e["months"], e["receipt_no"],
             e["receipt_date"], e["agent"]) for e in stored_enrollments(import_db)] == [
        ("Nguyễn Thị Hiền", "HI-HH", D(2025, 1, 1), D(2025, 12, 31), 12, "0001234", D(2025, 1, 2), "NV001"),
        ("Y Moan Êban", "HI-HH", D(2025, 2, 1), D(2025, 7, 31), 6, "0001235", D(2025, 1, 3), "NV002"),
        ("Tống Thị Mai", "HI-HH", D(2025, 2, 1), D(2025, 4, 30), 3, "0001236", D(2025, 1, 3), "NV002"),
    ]
    with import_db.reading() as session:
        communes = dict(session.execute(select(Village.name, Village.commune_code)).all())
    assert communes["Buôn Ea Tul"] == EA_TUL and communes["Thôn 5"] == "24259"


def test_error_rows_go_to_an_xlsx_ready_to_fix_and_import_again(import_db: Database, tmp_path: Path) -> None:
    header = ["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Mã số BHXH", "Thời hạn thẻ / Từ ngày"]
    path = sheet_file(tmp_path, header, [
        [1, "Lê Văn Đúng", D(1980, 1, 1), 66080000001, None, D(2025, 1, 1)],
        [2, "Lê Văn Sai", D(2030, 1, 1), 66080000002, 612345678, D(2025, 1, 1)],
        [3, None, "1970", "12345", None, None],
    ])
    parsed, preview = run(import_db, path)
    assert results(preview) == {2: "error", 3: "error", 4: "error"}
    report = tmp_path / "loi.xlsx"
    assert write_error_report(import_db, ACTOR, parsed, preview, report) == 3
    sheet = openpyxl.load_workbook(report).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == [*header, "Dòng trong tệp gốc", REASON_LABEL]
    assert rows[1][:5] == [1, "Lê Văn Đúng", dt.datetime(1980, 1, 1), "066080000001", None]
    assert rows[2][3:5] == ["066080000002", "0612345678"]  # zeros restored, written as text
    assert rows[3][:4] == [3, None, "1970", "12345"]
    assert [r[-2] for r in rows[1:]] == [2, 3, 4]
    assert [r[-1] for r in rows[1:]] == [
        "Có Từ ngày nhưng chưa ghi Đến ngày hoặc Số tháng.",
        "Ngày sinh không được sau ngày hôm nay. Có Từ ngày nhưng chưa ghi Đến ngày hoặc Số tháng.",
        "Chưa nhập họ và tên. Số CCCD phải gồm 12 chữ số (đang có 5).",
    ]
    # The report opens with the same mapping and keeps "Lý do lỗi" out of it.
    table = read_table(open_source(report))
    mapping, _ = mapping_for(import_db, table)
    assert mapping == {0: Field.STT, 1: Field.FULL_NAME, 2: Field.BIRTH, 3: Field.CCCD, 4: Field.SI_CODE,
                       5: Field.VALID_FROM}
    assert errors(preview)[2] == [("Thời hạn thẻ / Từ ngày", "Có Từ ngày nhưng chưa ghi Đến ngày hoặc Số tháng.")]


def _error_list(tmp_path: Path) -> Path:
    return sheet_file(tmp_path, ["Họ và tên", "Ngày sinh", "Số CCCD"], [
        ["Y Bhim Niê", "1985", "066085000123"],
        [None, "1970", "12345"],
    ])


def _audit(db: Database) -> list[tuple[str | None, str, str, int | None, str]]:
    with db.reading() as session:
        return [tuple(row) for row in session.execute(  # type: ignore[misc]
            select(AuditEntry.username, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
                   AuditEntry.summary).order_by(AuditEntry.id))]


def test_a_viewer_may_not_take_the_error_rows_out(any_import_db: Database, tmp_path: Path) -> None:
    parsed, preview = run(any_import_db, _error_list(tmp_path))
    report = tmp_path / "loi.xlsx"
    trail = _audit(any_import_db)
    with pytest.raises(PermissionDeniedError, match="Chỉ xem"):
        write_error_report(any_import_db, Actor("xem", role=Role.VIEWER), parsed, preview, report)
    assert _audit(any_import_db) == trail and not report.exists()


def test_the_error_report_leaves_an_export_entry_in_the_trail(any_import_db: Database, tmp_path: Path) -> None:
    parsed, preview = run(any_import_db, _error_list(tmp_path), commit=True)
    assert preview.batch_id is not None
    report = tmp_path / "ds_loi.xlsx"
    assert write_error_report(any_import_db, ACTOR, parsed, preview, report) == 1
    assert report.stat().st_size > 0
    assert _audit(any_import_db)[-1] == (
        "le.thu", "export", "import_batch", preview.batch_id, "Xuất 1 dòng lỗi của tệp ds.xlsx ra ds_loi.xlsx")
