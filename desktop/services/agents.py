"""Collection agents: who collects for the office, where, since when, and what training they had.

The agent's ``code`` is the "Mã số nhân viên thu" printed on the D03-TS and
D05-TS forms, so it is unique and kept exactly as typed (upper case, no
spaces). Each save is one unit of work with an audit entry; an edit carries
the version the desk opened so a change made meanwhile on another desk is
reported rather than overwritten.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.identifiers import normalize_phone
from desktop.domain.text import fold, normalize_name, normalize_spaces
from desktop.models import Agent, AgentArea, AgentTraining, CollectionOrganisation, Commune, Village
from desktop.services.audit import Actor, diff, record, require
from desktop.services.authz import Permission
from desktop.services.errors import ConcurrentEditError, NotFoundError, ServiceError, check_version

ENTITY = "agent"
RECORD_LABEL = "Đại lý thu"
_CODE = re.compile(r"^[A-Z0-9._-]{1,20}$")


@dataclass(frozen=True)
class TrainingRow:
    id: int
    held_on: dt.date
    topic: str


@dataclass(frozen=True)
class AgentInput:
    """The agent form's values as typed."""

    code: str = ""
    full_name: str = ""
    phone: str = ""
    organisation_id: int | None = None
    commune_codes: tuple[str, ...] = ()
    village_ids: tuple[int, ...] = ()
    active_from: dt.date | None = None
    active_to: dt.date | None = None
    note: str = ""
    organisation_name: str = ""  # a new organisation typed in the form (used when organisation_id is None)


@dataclass(frozen=True)
class AgentRecord:
    """A stored agent as plain values, with its trainings."""

    id: int
    version: int
    code: str
    full_name: str
    phone: str
    organisation_id: int | None
    commune_codes: tuple[str, ...]
    village_ids: tuple[int, ...]
    active_from: dt.date | None
    active_to: dt.date | None
    note: str
    trainings: tuple[TrainingRow, ...] = field(default_factory=tuple)

    def to_input(self) -> AgentInput:
        return AgentInput(self.code, self.full_name, self.phone, self.organisation_id, self.commune_codes,
                          self.village_ids, self.active_from, self.active_to, self.note)



@dataclass(frozen=True)
class AgentRow:
    """One line of the agents table."""

    id: int
    code: str
    full_name: str
    phone: str
    organisation: str
    communes: str
    active: bool
    training_count: int


@dataclass(frozen=True)
class OrganisationChoice:
    id: int
    name: str


def is_active(active_from: dt.date | None, active_to: dt.date | None, on: dt.date) -> bool:
    """Working on ``on``: started (or no start recorded) and not yet ended."""
    return (active_from is None or active_from <= on) and (active_to is None or active_to >= on)


def validate_agent(data: AgentInput) -> dict[str, str]:
    """Field messages (Vietnamese) shown next to the field before saving; empty when all is well."""
    errors: dict[str, str] = {}
    code = normalize_code(data.code)
    if not code:
        errors["code"] = "Chưa nhập mã số nhân viên thu."
    elif not _CODE.match(code):
        errors["code"] = "Mã số nhân viên thu chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch (tối đa 20 ký tự)."
    if not normalize_name(data.full_name):
        errors["full_name"] = "Chưa nhập họ và tên."
    elif len(normalize_name(data.full_name)) > 120:
        errors["full_name"] = "Họ và tên quá dài (tối đa 120 ký tự)."
    if data.phone.strip():
        try:
            normalize_phone(data.phone)
        except ValidationError as error:
            errors["phone"] = error.message
    if data.active_from and data.active_to and data.active_to < data.active_from:
        errors["active_to"] = "Ngày thôi làm phải sau ngày bắt đầu."
    if not data.commune_codes and not data.village_ids:
        errors["communes"] = "Hãy chọn ít nhất một xã mà đại lý phụ trách."
    return errors


def normalize_code(code: str) -> str:
    return normalize_spaces(code).replace(" ", "").upper()


def organisations(db: Database) -> list[OrganisationChoice]:
    with db.reading() as session:
        rows = session.execute(select(CollectionOrganisation.id, CollectionOrganisation.name)
                               .order_by(CollectionOrganisation.name))
        return [OrganisationChoice(oid, name) for oid, name in rows]


def create_organisation(db: Database, actor: Actor, name: str, kind: str = "") -> int:
    """Add a collection organisation (post office, commune cultural post office ...)."""
    require(actor, Permission.EDIT_REGISTER)
    clean = normalize_spaces(name)
    if not clean:
        raise ValidationError("Chưa nhập tên tổ chức dịch vụ thu.", "organisation")
    with db.unit_of_work() as session:
        existing = session.scalar(select(CollectionOrganisation.id).where(CollectionOrganisation.name == clean))
        if existing is not None:
            return existing
        organisation = CollectionOrganisation(name=clean[:120], kind=normalize_spaces(kind)[:40])
        session.add(organisation)
        session.flush()
        record(session, actor, "create", "collection_organisation", organisation.id, clean)
        return organisation.id


def _organisation_named(session: Session, name: str) -> int:
    """The organisation of that name, created if new (in the caller's unit of work)."""
    clean = normalize_spaces(name)[:120]
    existing = session.scalar(select(CollectionOrganisation.id).where(CollectionOrganisation.name == clean))
    if existing is not None:
        return existing
    organisation = CollectionOrganisation(name=clean, kind="")
    session.add(organisation)
    session.flush()
    return organisation.id


def list_agents(db: Database, text: str = "", today: dt.date | None = None,
                active_only: bool = False) -> list[AgentRow]:
    """Agents sorted by name; ``text`` matches the folded name or the code."""
    on = today or dt.date.today()
    with db.reading() as session:
        query = (select(Agent, CollectionOrganisation.name)
                 .outerjoin(CollectionOrganisation, CollectionOrganisation.id == Agent.organisation_id)
                 .order_by(Agent.search_key, Agent.code))
        for word in fold(text).split():
            query = query.where(Agent.search_key.contains(word, autoescape=True)
                                | func.lower(Agent.code).contains(word, autoescape=True))
        found = session.execute(query).all()
        ids = [agent.id for agent, _ in found]
        communes = _communes_by_agent(session, ids)
        trainings: dict[int, int] = {agent_id: count for agent_id, count in session.execute(
            select(AgentTraining.agent_id, func.count()).where(AgentTraining.agent_id.in_(ids))
            .group_by(AgentTraining.agent_id))} if ids else {}
        rows = [
            AgentRow(agent.id, agent.code, agent.full_name, agent.phone or "", org or "",
                     ", ".join(communes.get(agent.id, [])), is_active(agent.active_from, agent.active_to, on),
                     trainings.get(agent.id, 0))
            for agent, org in found
        ]
    return [row for row in rows if row.active] if active_only else rows


def _communes_by_agent(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    if not ids:
        return {}
    result: dict[int, list[str]] = {}
    rows = session.execute(
        select(AgentArea.agent_id, Commune.name, Commune.name_key).join(Commune, Commune.code == AgentArea.commune_code)
        .where(AgentArea.agent_id.in_(ids)).distinct().order_by(AgentArea.agent_id, Commune.name_key)
    )
    for agent_id, name, _key in rows:
        result.setdefault(agent_id, []).append(name)
    return result


def load_agent(db: Database, agent_id: int) -> AgentRecord:
    with db.reading() as session:
        agent = session.get(Agent, agent_id)
        if agent is None:
            raise NotFoundError("Không tìm thấy đại lý thu này (có thể đã bị xoá ở máy khác).")
        areas = session.execute(select(AgentArea.commune_code, AgentArea.village_id)
                                .where(AgentArea.agent_id == agent_id).order_by(AgentArea.id)).all()
        trainings = session.execute(
            select(AgentTraining.id, AgentTraining.held_on, AgentTraining.topic)
            .where(AgentTraining.agent_id == agent_id).order_by(AgentTraining.held_on, AgentTraining.id)).all()
        return AgentRecord(
            id=agent.id, version=agent.version, code=agent.code, full_name=agent.full_name, phone=agent.phone or "",
            organisation_id=agent.organisation_id,
            commune_codes=tuple(dict.fromkeys(code for code, _ in areas)),
            village_ids=tuple(vid for _, vid in areas if vid is not None),
            active_from=agent.active_from, active_to=agent.active_to, note=agent.note,
            trainings=tuple(TrainingRow(tid, held, topic) for tid, held, topic in trainings),
        )


def _clean(session: Session, data: AgentInput) -> dict[str, object]:
    errors = validate_agent(data)
    if errors:
        name, message = next(iter(errors.items()))
        raise ValidationError(message, name)
    organisation_id = data.organisation_id
    if organisation_id is not None and session.get(CollectionOrganisation, organisation_id) is None:
        raise ValidationError("Tổ chức dịch vụ thu đã chọn không còn trong danh mục.", "organisation")
    if organisation_id is None and normalize_spaces(data.organisation_name):
        organisation_id = _organisation_named(session, data.organisation_name)
    return {
        "code": normalize_code(data.code),
        "full_name": normalize_name(data.full_name),
        "phone": normalize_phone(data.phone) if data.phone.strip() else None,
        "organisation_id": organisation_id,
        "active_from": data.active_from,
        "active_to": data.active_to,
        "note": data.note.strip(),
    }


def _areas(session: Session, data: AgentInput) -> list[tuple[str, int | None]]:
    """(commune, village) pairs: each chosen village, and each chosen commune without a chosen village."""
    villages: dict[int, str] = {vid: code for vid, code in session.execute(
        select(Village.id, Village.commune_code).where(Village.id.in_(data.village_ids)))} if data.village_ids else {}
    missing = set(data.village_ids) - set(villages)
    if missing:
        raise ValidationError("Thôn, buôn đã chọn không còn trong danh mục.", "villages")
    known = set(session.scalars(select(Commune.code).where(Commune.code.in_(data.commune_codes))))
    if set(data.commune_codes) - known:
        raise ValidationError("Xã đã chọn không có trong danh mục.", "communes")
    pairs: list[tuple[str, int | None]] = [(villages[vid], vid) for vid in dict.fromkeys(data.village_ids)]
    covered = {commune for commune, _ in pairs}
    pairs += [(code, None) for code in dict.fromkeys(data.commune_codes) if code not in covered]
    return pairs


def _save_areas(session: Session, agent_id: int, pairs: list[tuple[str, int | None]]) -> None:
    session.execute(delete(AgentArea).where(AgentArea.agent_id == agent_id))
    session.add_all(AgentArea(agent_id=agent_id, commune_code=c, village_id=v) for c, v in pairs)


def _duplicate_code(session: Session, code: str, own_id: int | None) -> None:
    other = session.scalar(select(Agent.id).where(Agent.code == code))
    if other is not None and other != own_id:
        raise ValidationError(f"Mã số nhân viên thu {code} đã được dùng cho đại lý khác.", "code")


def create_agent(db: Database, actor: Actor, data: AgentInput) -> int:
    require(actor, Permission.EDIT_REGISTER)
    try:
        with db.unit_of_work() as session:
            values = _clean(session, data)
            _duplicate_code(session, str(values["code"]), None)
            pairs = _areas(session, data)
            agent = Agent(search_key=fold(str(values["full_name"])), **values)
            session.add(agent)
            session.flush()
            _save_areas(session, agent.id, pairs)
            record(session, actor, "create", ENTITY, agent.id, f"{agent.code} {agent.full_name}",
                   diff({}, {**values, "areas": _area_text(pairs)}))
            return agent.id
    except IntegrityError as error:
        raise ValidationError("Mã số nhân viên thu này vừa được dùng ở máy khác.", "code") from error


def update_agent(db: Database, actor: Actor, agent_id: int, expected_version: int, data: AgentInput) -> None:
    require(actor, Permission.EDIT_REGISTER)
    try:
        with db.unit_of_work() as session:
            agent = session.get(Agent, agent_id)
            check_version(RECORD_LABEL, agent.version if agent else None, expected_version)
            assert agent is not None
            values = _clean(session, data)
            _duplicate_code(session, str(values["code"]), agent_id)
            pairs = _areas(session, data)
            old_pairs = [(commune, village) for commune, village in session.execute(
                select(AgentArea.commune_code, AgentArea.village_id)
                .where(AgentArea.agent_id == agent_id).order_by(AgentArea.id))]
            before = {key: getattr(agent, key) for key in values} | {"areas": _area_text(old_pairs)}
            _save_areas(session, agent_id, pairs)  # before touching the agent: one flush, one version step
            for key, value in values.items():
                setattr(agent, key, value)
            agent.search_key = fold(agent.full_name)
            changes = diff(before, {**values, "areas": _area_text(pairs)})
            if changes:
                agent.updated_at = dt.datetime.now(dt.UTC)  # bumps the version even if only areas changed
                record(session, actor, "update", ENTITY, agent_id, f"{agent.code} {agent.full_name}", changes)
    except StaleDataError as error:
        raise ConcurrentEditError("Đại lý thu này vừa được sửa ở máy khác trong lúc bạn lưu. Hãy tải lại.") from error
    except IntegrityError as error:
        raise ValidationError("Mã số nhân viên thu này vừa được dùng ở máy khác.", "code") from error


def _area_text(pairs: Sequence[tuple[str, int | None]]) -> str:
    return ";".join(f"{commune}/{village or ''}" for commune, village in pairs)


def add_training(db: Database, actor: Actor, agent_id: int, held_on: dt.date, topic: str) -> int:
    """Record a training the agent attended."""
    require(actor, Permission.EDIT_REGISTER)
    clean = normalize_spaces(topic)
    if not clean:
        raise ValidationError("Chưa nhập nội dung tập huấn.", "topic")
    if len(clean) > 200:
        raise ValidationError("Nội dung tập huấn quá dài (tối đa 200 ký tự).", "topic")
    with db.unit_of_work() as session:
        if session.get(Agent, agent_id) is None:
            raise NotFoundError("Không tìm thấy đại lý thu này (có thể đã bị xoá ở máy khác).")
        training = AgentTraining(agent_id=agent_id, held_on=held_on, topic=clean)
        session.add(training)
        session.flush()
        record(session, actor, "create", "agent_training", training.id, f"{held_on.isoformat()} {clean}",
               {"agent_id": (None, agent_id)})
        return training.id


def remove_training(db: Database, actor: Actor, training_id: int) -> None:
    require(actor, Permission.EDIT_REGISTER)
    with db.unit_of_work() as session:
        training = session.get(AgentTraining, training_id)
        if training is None:
            raise ServiceError("Buổi tập huấn này đã bị xoá ở máy khác.")
        record(session, actor, "delete", "agent_training", training_id, training.topic,
               {"agent_id": (training.agent_id, None)})
        session.delete(training)
