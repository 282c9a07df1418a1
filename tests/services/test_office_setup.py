"""The first-run setup saves the office and its first administrator together, or neither."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.models import AuditEntry, OfficeCommune, OfficeProfile, UserAccount
from desktop.services import accounts
from desktop.services.accounts import NewAdmin
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.errors import ServiceError
from desktop.services.office import CommuneInfo, load_office, save_office, set_up_office
from tests.conftest import cu_mgar_office

ADMIN = NewAdmin(" ThuHa ", "Nguyễn  Thị Thu Hà", "Cư M'gar 2026")


@pytest.fixture
def fresh(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    yield database
    database.dispose()


def _rows(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in (OfficeProfile, OfficeCommune, UserAccount, AuditEntry)}


NOTHING = {"OfficeProfile": 0, "OfficeCommune": 0, "UserAccount": 0, "AuditEntry": 0}


def test_setup_saves_office_and_admin_and_the_admin_signs_both_entries(fresh: Database) -> None:
    actor = set_up_office(fresh, cu_mgar_office(fresh), ADMIN)
    assert (actor.username, actor.role) == ("thuha", Role.ADMIN) and actor.user_id is not None
    office = load_office(fresh)
    assert office is not None and office.name == "Bảo hiểm xã hội cơ sở Cư M'gar" and len(office.communes) == 5
    assert accounts.authenticate(fresh, "thuha", "Cư M'gar 2026") == actor
    with fresh.reading() as session:
        trail = session.execute(select(AuditEntry.username, AuditEntry.user_id, AuditEntry.action, AuditEntry.entity,
                                       AuditEntry.summary, AuditEntry.changes_json)
                                .where(AuditEntry.action != "sign_in").order_by(AuditEntry.id)).all()
    assert [tuple(row[:4]) for row in trail] == [
        ("thuha", actor.user_id, "create", "user"),
        ("thuha", actor.user_id, "create", "office_profile"),
    ]
    assert trail[1].summary == "Thiết lập đơn vị Bảo hiểm xã hội cơ sở Cư M'gar"
    assert json.loads(trail[1].changes_json)["place_name"] == [None, "Cư M'gar"]


def test_a_bad_user_name_leaves_no_office(fresh: Database) -> None:
    with pytest.raises(ValidationError, match="chỉ gồm chữ không dấu") as refused:
        set_up_office(fresh, cu_mgar_office(fresh), replace(ADMIN, username="Thu Hà"))
    assert refused.value.field == "username"
    assert load_office(fresh) is None and _rows(fresh) == NOTHING


def test_an_office_with_no_commune_leaves_no_account(fresh: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        set_up_office(fresh, replace(cu_mgar_office(fresh), communes=()), ADMIN)
    assert refused.value.field == "communes"
    assert _rows(fresh) == NOTHING


def test_an_admin_refused_inside_the_transaction_rolls_the_office_back(fresh: Database) -> None:
    """The office is written first; the account check that fails after it must undo it."""
    accounts.create_first_admin(fresh, "quantri", "Y Wang Niê", "buon-ma-thuot")
    before = _rows(fresh)
    with pytest.raises(ServiceError, match="đã có tài khoản quản trị"):
        set_up_office(fresh, cu_mgar_office(fresh), ADMIN)
    assert load_office(fresh) is None and _rows(fresh) == before


def test_an_unknown_commune_found_while_writing_leaves_nothing(fresh: Database) -> None:
    info = cu_mgar_office(fresh)
    info = replace(info, communes=(*info.communes, CommuneInfo("99999", "Xã Không Có", "xã")))
    with pytest.raises(ValidationError, match="99999"):
        set_up_office(fresh, info, ADMIN)
    assert _rows(fresh) == NOTHING


def test_a_database_that_already_holds_an_office_is_refused(fresh: Database) -> None:
    """The setup is for a new database; an office without accounts gets its administrator another way."""
    save_office(fresh, cu_mgar_office(fresh))
    before = _rows(fresh)
    with pytest.raises(ServiceError, match="đã được thiết lập cho đơn vị Bảo hiểm xã hội cơ sở Cư M'gar"):
        set_up_office(fresh, replace(cu_mgar_office(fresh), name="BHXH cơ sở Krông Búk"), ADMIN)
    assert _rows(fresh) == before
    office = load_office(fresh)
    assert office is not None and office.name == "Bảo hiểm xã hội cơ sở Cư M'gar"
