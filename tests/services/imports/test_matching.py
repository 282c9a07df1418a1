"""Matching rows to known persons: CCCD, then SI code, then a candidate the user confirms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from desktop.db import Database
from desktop.models import Agent, Enrollment
from desktop.services.imports import Candidate, RowResult
from tests.services.imports.conftest import (
    add_person,
    errors,
    results,
    run,
    sheet_file,
    stored_enrollments,
    stored_persons,
)

D = dt.date
HEADER = ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Mã số BHXH", "Thôn, buôn", "Điện thoại"]


def messages(preview: object, number: int) -> list[str]:
    outcome = next(o for o in preview.outcomes if o.number == number)  # type: ignore[attr-defined]
    return [m.text for m in outcome.messages]


def test_cccd_then_si_code_and_duplicates_within_the_file(import_db: Database, tmp_path: Path) -> None:
    hien = add_person(import_db, "Nguyễn Thị Hiền", D(1990, 5, 1), village="Thôn 3", sex="F", cccd="066190012345")
    tam = add_person(import_db, "Lê Văn Tám", D(1980, 1, 1), "year", village="Thôn 3", sex="M", si_code="0612345678")
    path = sheet_file(tmp_path, HEADER, [
        ["Nguyễn Thị Hiền", D(1990, 5, 1), "Nữ", 66190012345, None, "Thôn 3", "0912345678"],
        ["Lê Văn Tám", 1980, "Nam", None, 612345678, "Thôn 3", None],
        ["Nguyễn Thị Hiền", D(1990, 5, 1), "Nữ", "066190012345", None, "Thôn 3", None],
        ["Lê Văn Tám", 1980, "Nam", "066080001111", "0612345678", "Thôn 3", None],
        ["Trần Thị Mới", D(2000, 2, 2), "Nữ", "066300001111", "6600000099", "Thôn 3", None],
        ["Trần Thị Mới Hai", D(2000, 2, 2), "Nữ", "066300001111", None, "Thôn 3", None],
    ])
    _, preview = run(import_db, path)
    assert results(preview) == {2: "updated", 3: "unchanged", 4: "duplicate", 5: "duplicate", 6: "new",
                                7: "duplicate"}
    assert messages(preview, 2) == ["Cập nhật số điện thoại."]
    assert messages(preview, 4) == ["Trùng số CCCD 066190012345 với dòng 2."]
    assert messages(preview, 5) == ["Trùng mã số BHXH 0612345678 với dòng 3."]
    assert messages(preview, 7) == ["Trùng số CCCD 066300001111 với dòng 6."]
    assert preview.outcomes[0].person_id == hien and preview.outcomes[1].person_id == tam
    counts = preview.counts
    assert (counts.rows, counts.new, counts.updated, counts.unchanged, counts.duplicates, counts.errors) == (
        6, 1, 1, 1, 3, 0)

    _, committed = run(import_db, path, commit=True)
    persons = {p["id"]: p for p in stored_persons(import_db)}
    assert len(persons) == 3
    assert persons[hien]["phone"] == "0912345678" and persons[hien]["version"] == 2
    assert persons[tam]["version"] == 1 and persons[tam]["batch"] is None
    new = next(p for p in persons.values() if p["full_name"] == "Trần Thị Mới")
    assert new["batch"] == committed.batch_id


def test_same_name_birth_year_and_village_is_only_a_candidate(import_db: Database, tmp_path: Path) -> None:
    known = add_person(import_db, "Nguyễn Văn An", D(1980, 3, 3), village="Thôn 3", sex="M")
    other = add_person(import_db, "Nguyễn Văn An", D(1980, 7, 7), village="Buôn Ea Kiết", sex="M",
                       cccd="066080009999")
    path = sheet_file(tmp_path, HEADER, [
        ["NGUYỄN VĂN AN", 1980, "Nam", None, None, "Thôn 3", None],
        ["Nguyen Van An", D(1980, 7, 7), "Nam", "066080001234", None, "Buôn Ea Kiết", None],
    ])
    _, preview = run(import_db, path)
    assert results(preview) == {2: "candidate", 3: "new"}  # row 3's CCCD differs from the known one's
    candidate = preview.outcomes[0].candidate
    assert candidate == Candidate(known, "Nguyễn Văn An", "03/03/1980", "Thôn 3", "", "")
    assert messages(preview, 2)[0] == ("Có thể là Nguyễn Văn An (sinh 03/03/1980, Thôn 3) đã có trong cơ sở dữ "
                                       "liệu: chưa xác nhận thì nhập thành người mới.")
    assert preview.counts.new == 2 and preview.counts.candidates == 1

    # Not confirmed: imported as a new person, never merged on the name alone.
    _, committed = run(import_db, path, commit=True)
    assert committed.counts.new == 2
    names = [(p["id"], p["full_name"]) for p in stored_persons(import_db)]
    assert names[:2] == [(known, "Nguyễn Văn An"), (other, "Nguyễn Văn An")]
    assert [n for _, n in names[2:]] == ["NGUYỄN VĂN AN", "Nguyen Van An"]


def test_a_confirmed_candidate_is_the_known_person(import_db: Database, tmp_path: Path) -> None:
    known = add_person(import_db, "Nguyễn Văn An", D(1980, 3, 3), village="Thôn 3", sex="M")
    path = sheet_file(tmp_path, HEADER, [["Nguyễn Văn An", 1980, "Nam", None, None, "Thôn 3", "0912000111"]])
    _, preview = run(import_db, path, confirmed={2: known})
    assert results(preview) == {2: "updated"}
    assert messages(preview, 2) == ["Cập nhật số điện thoại."]  # the year alone does not blur the known day
    _, committed = run(import_db, path, commit=True, merge_candidates=True)
    assert committed.counts.updated == 1
    persons = stored_persons(import_db)
    assert len(persons) == 1
    assert (persons[0]["birth_date"], persons[0]["birth_precision"], persons[0]["phone"]) == (
        D(1980, 3, 3), "day", "0912000111")


def test_identifiers_that_disagree_with_the_records_are_errors(import_db: Database, tmp_path: Path) -> None:
    add_person(import_db, "Lê Văn Một", D(1970, 1, 1), village="Thôn 3", cccd="066070000001", si_code="6600000001")
    add_person(import_db, "Lê Văn Hai", D(1971, 1, 1), village="Thôn 3", cccd="066071000002", si_code="6600000002")
    path = sheet_file(tmp_path, HEADER, [
        ["Lê Văn Một", 1970, "Nam", "066070000001", "6600000002", "Thôn 3", None],
        ["Lê Văn Một", 1970, "Nam", "066070000001", "6600000009", "Thôn 3", None],
        ["Lê Văn Hai", 1971, "Nam", "066071000099", "6600000002", "Thôn 3", None],
    ])
    _, preview = run(import_db, path)
    assert results(preview) == {2: "error", 3: "duplicate", 4: "duplicate"}
    assert errors(preview) == {2: [("Mã số BHXH", "Mã số BHXH 6600000002 đã thuộc một người khác trong cơ sở dữ "
                                                  "liệu, không phải người có số CCCD 066070000001.")]}
    path = sheet_file(tmp_path, HEADER, [
        ["Lê Văn Một", 1970, "Nam", "066070000001", "6600000009", "Thôn 3", None],
        ["Lê Văn Hai", 1971, "Nam", "066071000099", "6600000002", "Thôn 3", None],
    ], name="b.xlsx")
    _, preview = run(import_db, path)
    assert errors(preview) == {
        2: [("Mã số BHXH", "Người có số CCCD 066070000001 (Lê Văn Một) đang có mã số BHXH 6600000001, khác mã "
                           "trong tệp.")],
        3: [("Số CCCD", "Mã số BHXH 6600000002 thuộc Lê Văn Hai có số CCCD 066071000002, khác số CCCD trong "
                        "tệp.")],
    }


def test_identical_rows_without_identifiers_are_duplicates(import_db: Database, tmp_path: Path) -> None:
    path = sheet_file(tmp_path, HEADER, [
        ["H'Nhi Êban", D(1995, 4, 4), "Nữ", None, None, "Buôn Ea Kiết", None],
        ["H'Nhi Êban", D(1995, 4, 4), "Nữ", None, None, "Buôn Ea Kiết", None],
        ["H'Nhi Êban", D(1996, 4, 4), "Nữ", None, None, "Buôn Ea Kiết", None],
    ])
    _, preview = run(import_db, path, commit=True)
    assert results(preview) == {2: "new", 3: "duplicate", 4: "new"}
    assert messages(preview, 3) == ["Trùng họ tên, ngày sinh, giới tính và thôn với dòng 2."]
    assert len(stored_persons(import_db)) == 2


def test_known_persons_fields_merge_without_losing_what_the_file_lacks(import_db: Database, tmp_path: Path) -> None:
    accentless = add_person(import_db, "Nguyen Thi Lan", D(1990, 5, 1), village="Thôn 3", sex="F",
                            cccd="066190000001", phone="0905000001", ethnic_code="01")
    capitals = add_person(import_db, "Trần Văn Hùng", D(1985, 6, 1), "month", village="Thôn 3", sex="M",
                          cccd="066085000002")
    path = sheet_file(tmp_path, HEADER, [
        ["Nguyễn Thị Lan", 1990, "Nữ", "066190000001", None, "Buôn Ea Kiết", None],
        ["TRẦN VĂN HÙNG", D(1985, 6, 20), None, "066085000002", None, None, None],
    ])
    _, preview = run(import_db, path, commit=True)
    assert results(preview) == {2: "updated", 3: "updated"}
    assert messages(preview, 2) == ["Cập nhật họ và tên, thôn, buôn."]
    assert messages(preview, 3) == ["Cập nhật ngày sinh."]
    persons = {p["id"]: p for p in stored_persons(import_db)}
    lan, hung = persons[accentless], persons[capitals]
    assert (lan["full_name"], lan["birth_date"], lan["phone"], lan["ethnic_code"], lan["village"]) == (
        "Nguyễn Thị Lan", D(1990, 5, 1), "0905000001", "01", "Buôn Ea Kiết")
    assert lan["search_key"] == "nguyen thi lan"
    assert (hung["full_name"], hung["birth_date"], hung["birth_precision"]) == ("Trần Văn Hùng", D(1985, 6, 20), "day")


def test_payment_for_a_known_person_is_added_and_the_summary_follows(import_db: Database, tmp_path: Path) -> None:
    person = add_person(import_db, "Y Moan Êban", D(1962, 1, 1), "year", village="Buôn Ea Kiết", sex="M",
                        cccd="066062001234", hi_scheme="HI-HH", hi_valid_to=D(2024, 12, 31),
                        covered_to=D(2024, 12, 31))
    with import_db.unit_of_work() as session:
        session.add(Enrollment(person_id=person, scheme="HI-HH", valid_from=D(2024, 1, 1), valid_to=D(2024, 12, 31),
                               payment_months=12, version=1))
        agent = session.scalar(select(Agent.id).where(Agent.code == "NV002"))
    header = ["Họ và tên", "Số CCCD", "Từ ngày", "Số tháng", "Số tiền", "Mã NV thu"]
    path = sheet_file(tmp_path, header, [["Y Moan Êban", "066062001234", "01/01/2025", 12, 1263600, "NV002"]])
    _, preview = run(import_db, path, commit=True)
    assert results(preview) == {2: "updated"}
    assert messages(preview, 2) == ["Thêm lượt BHYT hộ gia đình từ 01/01/2025 đến 31/12/2025."]
    stored = stored_persons(import_db)[0]
    assert (stored["hi_valid_to"], stored["covered_to"], stored["last_agent_id"]) == (
        D(2025, 12, 31), D(2025, 12, 31), agent)
    assert stored["version"] == 1  # derived columns only: the person's record is not edited
    # The same payment imported again is recognised and not recorded twice.
    _, again = run(import_db, path, commit=True)
    assert results(again) == {2: "unchanged"}
    assert messages(again, 2) == ["Đã có lượt BHYT hộ gia đình từ 01/01/2025 đến 31/12/2025, không ghi lại."]
    assert len(stored_enrollments(import_db)) == 2


def test_reimporting_the_same_file_is_warned_and_adds_nothing(import_db: Database, tmp_path: Path) -> None:
    header = ["Họ và tên", "Năm sinh", "Số CCCD", "Thôn", "Từ ngày", "Đến ngày", "Mã NV thu"]
    path = sheet_file(tmp_path, header, [
        ["Lê Thị Hoa", 1990, "066190000011", "Thôn 3", "01/01/2025", "31/12/2025", "NV001"],
        ["Lê Văn Cỏ", 1991, None, "Thôn 3", "01/01/2025", "31/12/2025", "NV001"],
    ])
    _, first = run(import_db, path, commit=True)
    assert first.same_file_batches == () and first.warnings == ()
    _, preview = run(import_db, path)
    assert [b.id for b in preview.same_file_batches] == [first.batch_id]
    assert preview.same_file_batches[0].username == "le.thu"
    assert "(cùng nội dung) đã được nhập lúc" in preview.warnings[0]
    # The person without an ID is only a candidate now: the user decides, nothing merges by itself.
    assert results(preview) == {2: "unchanged", 3: "candidate"}
    _, second = run(import_db, path, commit=True, merge_candidates=True)
    assert results(second) == {2: "unchanged", 3: "unchanged"}
    assert len(stored_persons(import_db)) == 2 and len(stored_enrollments(import_db)) == 2
    assert second.outcomes[1].result is RowResult.UNCHANGED
