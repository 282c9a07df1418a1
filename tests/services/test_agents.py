"""Agents: validation, create and update with areas, the version check, trainings and the audit trail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.text import fold
from desktop.models import AgentArea, AuditEntry, CollectionOrganisation, Village
from desktop.services import agents as service
from desktop.services.agents import AgentInput
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.errors import ConcurrentEditError
from desktop.services.office import save_office
from tests.conftest import cu_mgar_office

ACTOR = Actor("thu.ha", role=Role.STAFF)
TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def office(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    save_office(database, cu_mgar_office(database))
    yield database
    database.dispose()


def _village(db: Database, name: str, commune: str) -> int:
    with db.unit_of_work() as session:
        village = Village(commune_code=commune, name=name, name_key=fold(name))
        session.add(village)
        session.flush()
        return village.id


def test_validation_messages_name_the_field() -> None:
    errors = service.validate_agent(AgentInput(code="nv 1 é", full_name=" ", phone="12", active_from=TODAY,
                                               active_to=TODAY - dt.timedelta(days=1)))
    assert set(errors) == {"code", "full_name", "phone", "active_to", "communes"}
    assert "Chưa nhập họ và tên" in errors["full_name"]
    assert service.validate_agent(AgentInput(code="nv301001", full_name="Lê Thị Hoa", commune_codes=("24301",))) == {}
    assert service.normalize_code(" nv 301 001 ") == "NV301001"


def test_create_update_and_list(office: Database) -> None:
    thon = _village(office, "Buôn Ea Bông", "24301")
    agent_id = service.create_agent(office, ACTOR, AgentInput(
        code="nv301001", full_name="  Lê   Thị Hoa ", phone="0912 345 678", organisation_name="Bưu điện xã Cuôr Đăng",
        commune_codes=("24259",), village_ids=(thon,), active_from=dt.date(2024, 1, 2)))
    record = service.load_agent(office, agent_id)
    assert (record.code, record.full_name, record.phone) == ("NV301001", "Lê Thị Hoa", "0912345678")
    assert set(record.commune_codes) == {"24301", "24259"} and record.village_ids == (thon,)
    with office.reading() as session:
        assert session.scalar(select(CollectionOrganisation.name)) == "Bưu điện xã Cuôr Đăng"
        areas = {(c, v) for c, v in session.execute(select(AgentArea.commune_code, AgentArea.village_id))}
    assert areas == {("24301", thon), ("24259", None)}

    service.update_agent(office, ACTOR, agent_id, record.version,
                         AgentInput(**{**record.to_input().__dict__, "commune_codes": ("24301",), "village_ids": (),
                                       "active_to": dt.date(2026, 1, 31)}))
    updated = service.load_agent(office, agent_id)
    assert updated.version == record.version + 1 and updated.commune_codes == ("24301",)
    rows = service.list_agents(office, "hoa", today=TODAY)
    assert [r.code for r in rows] == ["NV301001"] and not rows[0].active
    assert rows[0].communes == "Xã Cuôr Đăng" and rows[0].organisation == "Bưu điện xã Cuôr Đăng"
    assert service.list_agents(office, "", today=TODAY, active_only=True) == []
    assert service.list_agents(office, "nv301", today=TODAY)[0].id == agent_id

    with pytest.raises(ConcurrentEditError):  # another desk saved meanwhile
        service.update_agent(office, ACTOR, agent_id, record.version, record.to_input())
    with office.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "agent")))
    assert actions == ["create", "update"]


def test_duplicate_code_is_refused_next_to_the_field(office: Database) -> None:
    data = AgentInput(code="NV1", full_name="Lê Thị Hoa", commune_codes=("24301",))
    first = service.create_agent(office, ACTOR, data)
    with pytest.raises(ValidationError) as caught:
        service.create_agent(office, ACTOR, AgentInput(code="nv1", full_name="Y Bhim", commune_codes=("24301",)))
    assert caught.value.field == "code" and "NV1" in caught.value.message
    other = service.create_agent(office, ACTOR, AgentInput(code="NV2", full_name="Y Bhim", commune_codes=("24301",)))
    with pytest.raises(ValidationError):
        service.update_agent(office, ACTOR, other, 1, AgentInput(code="NV1", full_name="Y Bhim", commune_codes=("24301",)))
    assert service.load_agent(office, first).code == "NV1"


def test_trainings_are_added_and_removed(office: Database) -> None:
    agent_id = service.create_agent(office, ACTOR, AgentInput(code="NV1", full_name="Lê Thị Hoa", commune_codes=("24301",)))
    with pytest.raises(ValidationError):
        service.add_training(office, ACTOR, agent_id, TODAY, "   ")
    second = service.add_training(office, ACTOR, agent_id, TODAY, "Sử dụng ứng dụng VssID")
    service.add_training(office, ACTOR, agent_id, dt.date(2025, 6, 1), "Kỹ năng tuyên truyền")
    record = service.load_agent(office, agent_id)
    assert [t.topic for t in record.trainings] == ["Kỹ năng tuyên truyền", "Sử dụng ứng dụng VssID"]
    service.remove_training(office, ACTOR, second)
    assert [t.topic for t in service.load_agent(office, agent_id).trainings] == ["Kỹ năng tuyên truyền"]
    assert service.list_agents(office)[0].training_count == 1
