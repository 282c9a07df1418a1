"""The audit browser's service: filters, keyset paging, decoded changes, who may read it, the audited export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from desktop.db import Database
from desktop.models import AuditEntry
from desktop.services.audit import Actor
from desktop.services.audit_labels import field_label, value_text
from desktop.services.audit_log import (
    AuditFilter,
    audit_choices,
    audit_entry,
    export_audit,
    iter_audit,
    query_audit,
)
from desktop.services.authz import PermissionDeniedError, Role
from desktop.services.bootstrap import open_database
from desktop.services.persons import PersonInput, create_person, load_person, update_person

BASE = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)


def _entries(db: Database) -> None:
    """30 entries an hour apart by three users; entries 10 and 11 share their time (ties break by id)."""
    with db.unit_of_work() as session:
        for n in range(30):
            at = BASE + dt.timedelta(hours=min(n, 10) if n == 11 else n)
            session.add(AuditEntry(
                at=at, username=("ha", "lan", "minh")[n % 3], action=("create", "update", "export")[n % 3],
                entity="person" if n % 2 else "household", entity_id=n, summary=f"Mục số {n:02d} Nguyễn Thị Hiền",
                changes_json="",
            ))


@pytest.fixture
def trail_db(any_db_url: str) -> Database:
    db = open_database(any_db_url)
    _entries(db)
    return db


def _all_ids(db: Database, actor: Actor, criteria: AuditFilter, limit: int) -> list[int]:
    ids: list[int] = []
    page = query_audit(db, actor, criteria, limit=limit)
    ids += [row.entity_id or 0 for row in page.rows]
    while page.next is not None:
        page = query_audit(db, actor, criteria, limit=limit, after=page.next)
        ids += [row.entity_id or 0 for row in page.rows]
    return ids


def test_pages_are_newest_first_and_cover_everything_once(trail_db: Database, admin_actor: Actor) -> None:
    first = query_audit(trail_db, admin_actor, limit=7)
    assert [row.entity_id for row in first.rows] == [29, 28, 27, 26, 25, 24, 23]
    assert first.next is not None
    # Entries 11 and 10 share their time: the higher id comes first, also when a page ends between them.
    for limit in (7, 19, 1):
        assert _all_ids(trail_db, admin_actor, AuditFilter(), limit=limit) == list(range(29, -1, -1))


def test_filters_combine(trail_db: Database, admin_actor: Actor) -> None:
    by_user = query_audit(trail_db, admin_actor, AuditFilter(username="lan"), limit=100).rows
    assert {row.username for row in by_user} == {"lan"} and len(by_user) == 10
    persons_updated = query_audit(trail_db, admin_actor, AuditFilter(entity="person", action="update"), limit=100)
    assert [row.entity_id for row in persons_updated.rows] == [25, 19, 13, 7, 1]
    assert persons_updated.rows[0].action_label == "Sửa" and persons_updated.rows[0].entity_label == "Người tham gia"
    text = query_audit(trail_db, admin_actor, AuditFilter(text="số 0"), limit=100).rows
    assert sorted(row.entity_id or 0 for row in text) == list(range(10))
    assert query_audit(trail_db, admin_actor, AuditFilter(text="100%"), limit=100).rows == []
    one = query_audit(trail_db, admin_actor, AuditFilter(entity_id=17), limit=100).rows
    assert [row.entity_id for row in one] == [17]
    local_day = (BASE + dt.timedelta(hours=5)).astimezone().date()
    day = query_audit(trail_db, admin_actor, AuditFilter(date_from=local_day, date_to=local_day), limit=100).rows
    assert day and all(row.at.date() == local_day for row in day)
    assert len(day) == sum(1 for n in range(30) if (BASE + dt.timedelta(hours=n)).astimezone().date() == local_day
                           and n != 11) + ((BASE + dt.timedelta(hours=10)).astimezone().date() == local_day)
    paged = _all_ids(trail_db, admin_actor, AuditFilter(username="ha"), limit=3)
    assert paged == [27, 24, 21, 18, 15, 12, 9, 6, 3, 0]


def test_only_administrators_read_the_trail(trail_db: Database, staff_actor: Actor, viewer_actor: Actor,
                                            tmp_path: Path) -> None:
    for actor in (staff_actor, viewer_actor):
        with pytest.raises(PermissionDeniedError):
            query_audit(trail_db, actor)
        with pytest.raises(PermissionDeniedError):
            audit_choices(trail_db, actor)
        with pytest.raises(PermissionDeniedError):
            export_audit(trail_db, actor, tmp_path / "nk.xlsx")
    assert not (tmp_path / "nk.xlsx").exists()


def test_choices_list_what_the_trail_holds(trail_db: Database, admin_actor: Actor) -> None:
    choices = audit_choices(trail_db, admin_actor)
    assert choices.usernames == ["ha", "lan", "minh"]
    assert [(c.value, c.label) for c in choices.actions] == [("create", "Thêm"), ("update", "Sửa"),
                                                             ("export", "Xuất tệp")]
    assert {c.label for c in choices.entities} == {"Người tham gia", "Hộ gia đình"}


def test_an_edited_person_shows_each_field_before_and_after(any_db_url: str, admin_actor: Actor) -> None:
    db = open_database(any_db_url)
    staff = Actor("canbo", role=Role.STAFF)
    person_id = create_person(db, staff, PersonInput(full_name="Nguyễn Thị Hiền", birth="05/03/1980", sex="F",
                                                     cccd="066180123456", ethnic="12"), today=dt.date(2026, 11, 22))
    record = load_person(db, person_id)
    update_person(db, staff, person_id, record.version,
                  PersonInput(full_name="Nguyễn Thị Hiên", birth="1980", sex="F", cccd="066180123456", ethnic="01",
                              phone="0905123456"), today=dt.date(2026, 11, 22))
    rows = query_audit(db, admin_actor, AuditFilter(entity="person", entity_id=person_id)).rows
    assert [row.action for row in rows] == ["update", "create"]
    changes = {c.label: (c.before, c.after) for c in rows[0].changes}
    assert changes["Họ và tên"] == ("Nguyễn Thị Hiền", "Nguyễn Thị Hiên")
    assert changes["Ngày sinh"] == ("05/03/1980", "1980")
    assert changes["Điện thoại"] == ("", "0905123456")
    assert changes["Dân tộc"][0].startswith("Ê") and changes["Dân tộc"][1] == "Kinh"
    assert "Số CCCD" not in changes
    assert audit_entry(db, admin_actor, rows[0].id) == rows[0]
    assert "Họ và tên: Nguyễn Thị Hiền → Nguyễn Thị Hiên" in rows[0].changes_text
    db.dispose()


def test_labels_and_values_fall_back_to_the_stored_keys() -> None:
    assert field_label("full_name") == "Họ và tên"
    assert field_label("brand_new_field") == "brand_new_field"
    assert field_label("attended/Y Bhim Niê") == "Có mặt: Y Bhim Niê"
    assert field_label("KT01/new_vsi") == "Phát triển mới BHXH tự nguyện (KT01)"
    assert value_text("amount_due", 1_263_600) == "1.263.600 đ"
    assert value_text("scheme", "HI-HH") == "BHYT hộ gia đình"
    assert value_text("valid_to", "2026-12-31") == "31/12/2026"
    assert value_text("village_id", 12) == "#12"
    assert value_text("attended/x", True) == "Có" and value_text("attended/x", False) == "Không"
    assert value_text("villages_created", ["Buôn Mấp", "Thôn 3"]) == "Buôn Mấp, Thôn 3"
    assert value_text("note", None) == ""


def test_export_writes_the_query_and_is_audited(trail_db: Database, admin_actor: Actor, tmp_path: Path) -> None:
    criteria = AuditFilter(username="minh")
    target = tmp_path / "nhat-ky.xlsx"
    written = export_audit(trail_db, admin_actor, target, criteria)
    expected = list(iter_audit(trail_db, admin_actor, criteria))
    assert written == len(expected) == 10
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Thời gian", "Người dùng", "Thao tác", "Đối tượng", "Mã", "Tóm tắt", "Thay đổi")
    assert [(r[1], r[2], r[3], r[4], r[5]) for r in rows[1:]] == [
        (e.username, e.action_label, e.entity_label, e.entity_id, e.summary) for e in expected]
    assert [r[0] for r in rows[1:]] == [e.at.replace(tzinfo=None, second=0, microsecond=0) for e in expected]
    audit = query_audit(trail_db, admin_actor, AuditFilter(entity="audit_entry")).rows
    assert len(audit) == 1 and audit[0].username == admin_actor.username and audit[0].action == "export"
    assert "10 mục nhật ký" in audit[0].summary and "nhat-ky.xlsx" in audit[0].summary
    assert "người dùng minh" in audit[0].summary
