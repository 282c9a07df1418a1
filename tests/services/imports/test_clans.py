"""A list with a clan column on SQLite and PostgreSQL: households join clans, unknown clans only when asked, undo."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.db import Database
from desktop.io.columns import Field
from desktop.models import AuditEntry, Clan, Household
from desktop.services.clans import ClanInput, create_clan, load_clan
from desktop.services.imports import undo_import
from tests.services.imports.conftest import ACTOR, EA_KIET, run, sheet_file
from tests.services.test_enrollments import add_household

HEADER = ["Họ và tên", "Năm sinh", "Giới tính", "Thôn, buôn", "Mã hộ", "Quan hệ với chủ hộ", "Dòng họ"]


def _office(db: Database) -> dict[str, int]:
    with db.reading() as session:
        from desktop.models import Village

        villages = dict(session.execute(select(Village.name, Village.id)).all())
    nie = create_clan(db, ACTOR, ClanInput("Niê", EA_KIET, (villages["Buôn Ea Kiết"],)))
    eban = create_clan(db, ACTOR, ClanInput("Êban", EA_KIET))
    households = {code: add_household(db, code, villages["Thôn 3"]) for code in
                  ("2426500000001", "2426500000002", "2426500000003")}
    with db.unit_of_work() as session:
        taken = session.get(Household, households["2426500000003"])
        assert taken is not None
        taken.clan_id = eban
    return {"nie": nie, "eban": eban, **households}


def _list(tmp_path: Path) -> Path:
    return sheet_file(tmp_path, HEADER, [
        ["Y Bhim Niê", 1970, "Nam", "Thôn 3", "2426500000001", "Chủ hộ", "Nie"],
        ["H'Hoa Mlô", 1975, "Nữ", "Thôn 3", "2426500000002", "Chủ hộ", "MLÔ"],
        ["Y Đăm Niê", 1980, "Nam", "Thôn 3", "2426500000003", "Chủ hộ", "Niê"],
        ["Y Khoa Niê", 1990, "Nam", "Thôn 3", None, None, "Niê"],
        ["H'Nga Mlô", 2001, "Nữ", "Thôn 3", "2426500000002", "Con", "Mlô"],
    ])


def _clans(db: Database) -> dict[str, int | None]:
    with db.reading() as session:
        return dict(session.execute(select(Household.code, Household.clan_id)).all())


def _notes(preview: object, number: int) -> list[str]:
    outcome = next(o for o in preview.outcomes if o.number == number)  # type: ignore[attr-defined]
    return [m.text for m in outcome.messages if m.field == Field.CLAN.value]


def test_households_join_known_clans_and_unknown_ones_wait_for_the_desk(any_import_db: Database,
                                                                         tmp_path: Path) -> None:
    db = any_import_db
    ids = _office(db)
    before = _clans(db)
    _, preview = run(db, _list(tmp_path))
    assert _clans(db) == before, "a dry run writes nothing"
    assert preview.households_linked == 1 and preview.clans_unknown == ("MLÔ (Xã Ea Kiết)",)
    assert _notes(preview, 2) == ["Gắn hộ 2426500000001 vào dòng họ Niê."]
    assert _notes(preview, 3) == ["Dòng họ “MLÔ” chưa có ở Xã Ea Kiết: chưa gắn hộ 2426500000002 "
                                  "(chọn tạo dòng họ chưa có để gắn)."]
    assert _notes(preview, 4) == ["Hộ 2426500000003 đang thuộc dòng họ Êban: không đổi theo danh sách."]
    assert _notes(preview, 5) == ["Chưa gắn dòng họ “Niê”: dòng này không có mã hộ đã có trong cơ sở dữ liệu."]
    assert _notes(preview, 6) == ["Dòng họ của hộ 2426500000002 đã được xét ở dòng 3."]
    assert any("Dòng họ chưa có, chưa tạo: MLÔ (Xã Ea Kiết) (1 hộ chưa được gắn)" in w for w in preview.warnings)

    _, committed = run(db, _list(tmp_path), commit=True)
    after = _clans(db)
    assert (after["2426500000001"], after["2426500000002"], after["2426500000003"]) == (ids["nie"], None, ids["eban"])
    assert committed.households_linked == 1 and committed.clans_created == ()
    assert committed.batch_id is not None
    undo_import(db, ACTOR, committed.batch_id)
    assert _clans(db) == before


def test_unknown_clans_are_created_when_asked_and_undone_with_the_batch(any_import_db: Database,
                                                                        tmp_path: Path) -> None:
    db = any_import_db
    ids = _office(db)
    before = _clans(db)
    _, preview = run(db, _list(tmp_path), commit=True, create_clans=True)
    assert preview.clans_created == ("MLÔ (Xã Ea Kiết)",) and preview.households_linked == 2
    with db.reading() as session:
        mlo = session.execute(select(Clan.id, Clan.name, Clan.name_key).where(Clan.name_key == "mlo")).one()
        audit = session.scalars(select(AuditEntry.changes_json).where(AuditEntry.entity == "import_batch")).one()
    assert _clans(db)["2426500000002"] == mlo[0]
    assert load_clan(db, mlo[0]).village_names == ("Thôn 3",)
    assert load_clan(db, ids["nie"]).village_names == ("Buôn Ea Kiết", "Thôn 3"), "the household's village joins"
    assert "MLÔ (Xã Ea Kiết)" in audit and "households_linked" in audit
    assert preview.batch_id is not None
    undo_import(db, ACTOR, preview.batch_id)
    assert _clans(db) == before
    with db.reading() as session:
        assert session.scalar(select(Clan.id).where(Clan.name_key == "mlo")) is None
        assert session.scalar(select(Clan.id).where(Clan.id == ids["nie"])) == ids["nie"]


def test_undo_leaves_a_household_the_desk_moved_since(any_import_db: Database, tmp_path: Path) -> None:
    db = any_import_db
    ids = _office(db)
    _, preview = run(db, _list(tmp_path), commit=True)
    with db.unit_of_work() as session:
        household = session.scalars(select(Household).where(Household.code == "2426500000001")).one()
        household.clan_id = ids["eban"]
    assert preview.batch_id is not None
    undo_import(db, ACTOR, preview.batch_id)
    assert _clans(db)["2426500000001"] == ids["eban"]
