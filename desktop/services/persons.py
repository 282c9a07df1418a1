"""One person's record: check what the desk typed, find duplicates, create, update, delete.

The form checks each field as it is typed (``validate_fields``, no database),
then the whole record with the database before saving (``check_person``:
villages, households, duplicates). ``create_person`` and ``update_person``
check everything again in their own unit of work, because another desk may
have saved the same CCCD meanwhile or the UI may have skipped a step; the
unique constraints on CCCD and SI code are the last word, translated to a
Vietnamese message.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from desktop.db import Database
from desktop.domain.catalogues import EthnicCatalogue, RelationshipCatalogue
from desktop.domain.dates import PartialDate, Precision, parse_birth
from desktop.domain.errors import ValidationError
from desktop.domain.identifiers import (
    cccd_consistency_warnings,
    normalize_cccd,
    normalize_phone,
    normalize_si_code,
)
from desktop.domain.participation import CATEGORY_LABELS
from desktop.domain.text import fold, normalize_name, normalize_spaces
from desktop.models import (
    Attendance,
    Commune,
    Enrollment,
    EthnicGroup,
    Household,
    OfficeCommune,
    Person,
    Village,
)
from desktop.services.audit import Actor, diff, record, require
from desktop.services.authz import Permission
from desktop.services.errors import ConcurrentEditError, NotFoundError, ServiceError, check_version
from desktop.services.participants import birth_display

ENTITY = "person"
RECORD_LABEL = "Hồ sơ"
HEAD_RELATIONSHIP = "00"

REASON_CCCD = "Trùng số CCCD"
REASON_SI_CODE = "Trùng mã số BHXH"
REASON_NAME = "Trùng họ tên, năm sinh và thôn"

NAME_MAX = 120
ADDRESS_MAX = 200

FIELDS = (
    "full_name", "birth", "sex", "ethnic", "cccd", "si_code", "phone", "village_id", "address",
    "household_id", "relationship_code", "category", "note",
)
"""The form's fields in screen order: the first error reported is the first on screen."""

_STALE_MESSAGE = (
    "Hồ sơ này vừa được sửa hoặc xoá ở máy khác (hoặc cửa sổ khác) trong lúc bạn lưu. "
    "Thay đổi của bạn chưa được lưu; hãy đóng, mở lại để xem bản mới rồi sửa tiếp."
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NAME_PUNCTUATION = set(" '’-.")
_LABELLED_CODE = re.compile(r"^.*\((\d{1,2})\)\s*$")


@dataclass(frozen=True)
class PersonInput:
    """The form's values as typed; nothing here is trusted until checked."""

    full_name: str = ""
    birth: str = ""  # dd/mm/yyyy, mm/yyyy or yyyy
    sex: str | None = None  # "M" / "F"
    ethnic: str = ""  # code, name, or a picker label "Ê Đê (12)"
    cccd: str = ""
    si_code: str = ""
    phone: str = ""
    village_id: int | None = None
    address: str = ""
    household_id: int | None = None
    relationship_code: str | None = None
    category: str = "other"  # poor / near_poor / minority / student / other
    note: str = ""


@dataclass(frozen=True)
class DuplicateCandidate:
    """A person already on file who may be the one being entered."""

    id: int
    full_name: str
    birth: str
    village: str
    cccd: str
    si_code: str
    reason: str
    blocking: bool  # same CCCD or SI code: a second record is never allowed


@dataclass(frozen=True)
class PersonCheck:
    """What is wrong (errors block saving), doubtful (warnings) and who may be the same person."""

    errors: dict[str, str] = field(default_factory=dict)
    field_warnings: dict[str, list[str]] = field(default_factory=dict)
    duplicates: list[DuplicateCandidate] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def warnings(self) -> list[str]:
        return [message for name in FIELDS for message in self.field_warnings.get(name, [])]

    @property
    def blocking_duplicates(self) -> list[DuplicateCandidate]:
        return [candidate for candidate in self.duplicates if candidate.blocking]


@dataclass(frozen=True)
class PersonRecord:
    """A stored person as plain values, with the labels the form shows beside the ids."""

    id: int
    version: int
    full_name: str
    birth: str
    sex: str | None
    ethnic_code: str | None
    ethnic_label: str
    cccd: str
    si_code: str
    phone: str
    village_id: int | None
    village_name: str
    commune_code: str | None
    commune_name: str
    address: str
    household_id: int | None
    household_code: str
    household_head: str
    relationship_code: str | None
    category: str
    note: str
    enrollment_count: int

    def to_input(self) -> PersonInput:
        """The record as the form would submit it unchanged."""
        return PersonInput(
            full_name=self.full_name, birth=self.birth, sex=self.sex, ethnic=self.ethnic_code or "",
            cccd=self.cccd, si_code=self.si_code, phone=self.phone, village_id=self.village_id,
            address=self.address, household_id=self.household_id, relationship_code=self.relationship_code,
            category=self.category, note=self.note,
        )


@dataclass(frozen=True)
class HouseholdSummary:
    """A household as the person form shows it next to the code typed."""

    id: int
    code: str
    head_person_id: int | None
    head_name: str
    village_name: str
    member_count: int


@dataclass(frozen=True)
class _Clean:
    """Checked values, as stored."""

    full_name: str
    birth: PartialDate | None
    sex: str | None
    ethnic_code: str | None
    cccd: str | None
    si_code: str | None
    phone: str | None
    village_id: int | None
    address: str
    household_id: int | None
    relationship_code: str | None
    category: str
    note: str


class _Findings:
    """Errors and warnings collected field by field."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}
        self.warnings: dict[str, list[str]] = {}

    def error(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def warn(self, name: str, message: str) -> None:
        self.warnings.setdefault(name, []).append(message)

    def check(self, data: PersonInput, duplicates: list[DuplicateCandidate] | None = None) -> PersonCheck:
        ordered = {name: self.errors[name] for name in FIELDS if name in self.errors}
        return PersonCheck(ordered, dict(self.warnings), duplicates or [])


# --- field checks (no database) ---------------------------------------------------

def _without_controls(text: str, keep_lines: bool = False) -> str:
    if keep_lines:
        return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub(" ", text)


def _name(text: str) -> str:
    name = normalize_name(_without_controls(text))
    if not name:
        raise ValidationError("Chưa nhập họ và tên.", "full_name")
    if len(name) > NAME_MAX:
        raise ValidationError(f"Họ và tên dài quá {NAME_MAX} ký tự.", "full_name")
    bad = [ch for ch in name if ch not in _NAME_PUNCTUATION and unicodedata.category(ch)[0] not in "LM"]
    if bad:
        raise ValidationError(f"Họ và tên có ký tự không hợp lệ “{bad[0]}”.", "full_name")
    if not any(ch.isalpha() for ch in name):
        raise ValidationError("Họ và tên phải có chữ cái.", "full_name")
    return name


def _optional(text: str) -> str:
    return normalize_spaces(_without_controls(text))


def _ethnic(text: str) -> str | None:
    typed = _optional(text)
    if not typed:
        return None
    labelled = _LABELLED_CODE.match(typed)
    return EthnicCatalogue.load().lookup(labelled.group(1) if labelled else typed)


def _relationship(code: str | None) -> str | None:
    typed = _optional(code or "")
    if not typed:
        return None
    if RelationshipCatalogue.load().get(typed) is None:
        raise ValidationError(f"Không có mã quan hệ với chủ hộ “{typed}”.", "relationship_code")
    return typed


def _parse(data: PersonInput, today: dt.date | None, found: _Findings) -> _Clean:
    """Every field through its domain parser; a field that fails is recorded and left empty."""
    def attempt(name: str, parse: Any, *args: Any) -> Any:
        try:
            return parse(*args)
        except ValidationError as error:
            found.error(name, error.message)
            return None

    full_name = attempt("full_name", _name, data.full_name) or ""
    birth = attempt("birth", parse_birth, _optional(data.birth), today)
    sex = data.sex or None
    if sex not in (None, "M", "F"):
        found.error("sex", "Giới tính phải là Nam hoặc Nữ.")
        sex = None
    ethnic_code = attempt("ethnic", _ethnic, data.ethnic)
    cccd = si_code = phone = None
    if _optional(data.cccd):
        cccd = attempt("cccd", normalize_cccd, _optional(data.cccd))
    if _optional(data.si_code):
        si_code = attempt("si_code", normalize_si_code, _optional(data.si_code))
    if _optional(data.phone):
        phone = attempt("phone", normalize_phone, _optional(data.phone))
    address = _optional(data.address)
    if len(address) > ADDRESS_MAX:
        found.error("address", f"Địa chỉ dài quá {ADDRESS_MAX} ký tự.")
    relationship = attempt("relationship_code", _relationship, data.relationship_code)
    if relationship is not None and data.household_id is None:
        found.error("relationship_code", "Chưa chọn hộ gia đình nên chưa ghi được quan hệ với chủ hộ.")
    elif relationship is None and data.household_id is not None and "relationship_code" not in found.errors:
        found.warn("relationship_code", "Chưa ghi quan hệ với chủ hộ.")
    if data.category not in CATEGORY_LABELS:
        found.error("category", f"Đối tượng “{data.category}” không có trong danh mục.")
    if cccd is not None:
        for message in cccd_consistency_warnings(cccd, sex, birth.year if birth else None):
            found.warn("cccd", message)
    return _Clean(
        full_name=full_name, birth=birth, sex=sex, ethnic_code=ethnic_code, cccd=cccd, si_code=si_code,
        phone=phone, village_id=data.village_id, address=address[:ADDRESS_MAX], household_id=data.household_id,
        relationship_code=relationship, category=data.category, note=_without_controls(data.note, True).strip(),
    )


def validate_fields(data: PersonInput, today: dt.date | None = None) -> PersonCheck:
    """Each field's own rules, without the database: what the form shows while typing."""
    found = _Findings()
    _parse(data, today, found)
    return found.check(data)


# --- database checks ----------------------------------------------------------------

def _village_label(session: Session, village_id: int | None) -> str:
    if village_id is None:
        return ""
    row = session.execute(
        select(Village.name, Commune.name).join(Commune, Commune.code == Village.commune_code)
        .where(Village.id == village_id)
    ).first()
    return f"{row[0]} — {row[1]}" if row else ""


def _check_places(session: Session, clean: _Clean, current: Person | None, found: _Findings) -> None:
    if clean.village_id is not None:
        village = session.get(Village, clean.village_id)
        served = set(session.scalars(select(OfficeCommune.commune_code)))
        kept = current is not None and current.village_id == clean.village_id
        if village is None:
            found.error("village_id", "Không có thôn, buôn này trong danh mục.")
        elif village.commune_code not in served and not kept:
            found.error("village_id", f"{_village_label(session, village.id)} không thuộc các xã đơn vị phụ trách.")
    if clean.household_id is None:
        return
    household = session.get(Household, clean.household_id)
    if household is None:
        found.error("household_id", "Không có hộ gia đình này (có thể vừa bị xoá ở máy khác).")
        return
    own_id = current.id if current is not None else None
    already_head = (current is not None and current.household_id == household.id
                    and current.relationship_code == HEAD_RELATIONSHIP)
    if (clean.relationship_code == HEAD_RELATIONSHIP and household.head_person_id not in (None, own_id)
            and not already_head):
        head = session.get(Person, household.head_person_id)
        found.error("relationship_code", f"Hộ {household.code} đã có chủ hộ là {head.full_name if head else '?'}; "
                    "muốn đổi chủ hộ, hãy làm ở trang Hộ gia đình.")
    if clean.village_id is not None and household.village_id not in (None, clean.village_id):
        found.warn("household_id", f"Hộ {household.code} ở {_village_label(session, household.village_id)}, "
                   "khác thôn, buôn của người này.")


def _duplicates(session: Session, clean: _Clean, person_id: int | None) -> list[DuplicateCandidate]:
    """Same CCCD, same SI code, or same folded name, birth year and village (index ix_persons_dupe)."""
    reasons: dict[int, list[str]] = {}

    def add(query: Any, reason: str) -> None:
        if person_id is not None:
            query = query.where(Person.id != person_id)
        for found_id in session.scalars(query.limit(20)):
            reasons.setdefault(found_id, []).append(reason)

    if clean.cccd:
        add(select(Person.id).where(Person.cccd == clean.cccd), REASON_CCCD)
    if clean.si_code:
        add(select(Person.id).where(Person.si_code == clean.si_code), REASON_SI_CODE)
    if clean.full_name and clean.birth is not None and clean.village_id is not None:
        add(select(Person.id).where(Person.search_key == fold(clean.full_name),
                                    Person.birth_year == clean.birth.year,
                                    Person.village_id == clean.village_id), REASON_NAME)
    if not reasons:
        return []
    rows = session.execute(
        select(Person, Village.name, Commune.name)
        .outerjoin(Village, Village.id == Person.village_id)
        .outerjoin(Commune, Commune.code == Village.commune_code)
        .where(Person.id.in_(list(reasons)))
    )
    candidates = [
        DuplicateCandidate(
            id=person.id, full_name=person.full_name,
            birth=birth_display(person.birth_date, person.birth_precision),
            village=f"{village} — {commune}" if village else "", cccd=person.cccd or "",
            si_code=person.si_code or "", reason="; ".join(reasons[person.id]),
            blocking=any(r != REASON_NAME for r in reasons[person.id]),
        )
        for person, village, commune in rows
    ]
    return sorted(candidates, key=lambda c: (not c.blocking, fold(c.full_name), c.id))


def _check_in(session: Session, data: PersonInput, current: Person | None,
              today: dt.date | None) -> tuple[_Clean, PersonCheck]:
    found = _Findings()
    clean = _parse(data, today, found)
    _check_places(session, clean, current, found)
    duplicates = _duplicates(session, clean, current.id if current is not None else None)
    return clean, found.check(data, duplicates)


def check_person(db: Database, data: PersonInput, person_id: int | None = None,
                 today: dt.date | None = None) -> PersonCheck:
    """Everything the form must show before saving: errors, warnings and possible duplicates."""
    with db.reading() as session:
        current = session.get(Person, person_id) if person_id is not None else None
        return _check_in(session, data, current, today)[1]


# --- saving -------------------------------------------------------------------------

def _validated(session: Session, data: PersonInput, current: Person | None, today: dt.date | None) -> _Clean:
    """Checked values, or the first error (screen order) as ValidationError; taken IDs as ServiceError."""
    clean, check = _check_in(session, data, current, today)
    if check.errors:
        name, message = next(iter(check.errors.items()))
        raise ValidationError(message, name)
    if check.blocking_duplicates:
        raise ServiceError(_taken_message(check.blocking_duplicates[0]))
    return clean


def _taken_message(candidate: DuplicateCandidate) -> str:
    born = f", sinh {candidate.birth}" if candidate.birth else ""
    what = "Số CCCD" if REASON_CCCD in candidate.reason else "Mã số BHXH"
    number = candidate.cccd if REASON_CCCD in candidate.reason else candidate.si_code
    return (f"{what} {number} đã có trong hồ sơ của {candidate.full_name}{born}. "
            f"Không được có hai hồ sơ cùng {what[:1].lower() + what[1:]}; hãy mở hồ sơ đã có.")


def _apply(person: Person, clean: _Clean) -> None:
    person.full_name = clean.full_name
    person.search_key = fold(clean.full_name)
    if clean.birth is None:
        person.birth_date, person.birth_precision, person.birth_year = None, Precision.YEAR.value, None
    else:
        person.birth_date = clean.birth.first_day()
        person.birth_precision = clean.birth.precision.value
        person.birth_year = clean.birth.year
    person.sex = clean.sex
    person.ethnic_code = clean.ethnic_code
    person.cccd = clean.cccd
    person.si_code = clean.si_code
    person.phone = clean.phone
    person.village_id = clean.village_id
    person.address = clean.address
    person.household_id = clean.household_id
    person.relationship_code = clean.relationship_code
    person.category = clean.category
    person.note = clean.note


def _audit_fields(person: Person) -> dict[str, Any]:
    """The user-editable fields as the audit trail records them (birth as "1980", "1980-03", "1980-03-05")."""
    birth = None
    if person.birth_date is not None:
        precision = person.birth_precision
        birth = PartialDate(person.birth_date.year, person.birth_date.month if precision != "year" else None,
                            person.birth_date.day if precision == "day" else None).iso()
    return {
        "full_name": person.full_name, "birth": birth, "sex": person.sex, "ethnic_code": person.ethnic_code,
        "cccd": person.cccd, "si_code": person.si_code, "phone": person.phone, "village_id": person.village_id,
        "address": person.address, "household_id": person.household_id,
        "relationship_code": person.relationship_code, "category": person.category, "note": person.note,
    }


def _set_head(session: Session, actor: Actor, household: Household, head: Person | None) -> None:
    old = household.head_person_id
    household.head_person_id = head.id if head is not None else None
    summary = f"Chủ hộ {household.code}: {head.full_name}" if head else f"Hộ {household.code} chưa có chủ hộ"
    record(session, actor, "update", "household", household.id, summary,
           {"head_person_id": (old, household.head_person_id)})


def _sync_head(session: Session, actor: Actor, person: Person, old_household_id: int | None) -> None:
    """Keep households' heads in step: a new "Chủ hộ" of a headless household heads it; one who leaves, doesn't."""
    if old_household_id is not None:
        old = session.get(Household, old_household_id)
        still_head = person.household_id == old_household_id and person.relationship_code == HEAD_RELATIONSHIP
        if old is not None and old.head_person_id == person.id and not still_head:
            _set_head(session, actor, old, None)
    if person.household_id is not None and person.relationship_code == HEAD_RELATIONSHIP:
        household = session.get(Household, person.household_id)
        if household is not None and household.head_person_id is None:
            _set_head(session, actor, household, person)


def _integrity_error(error: IntegrityError) -> ServiceError:
    text = str(error.orig).lower()
    if "cccd" in text:
        return ServiceError("Số CCCD này vừa được lưu cho một người khác (có thể từ máy khác). "
                            "Không được có hai hồ sơ cùng số CCCD; hãy tìm và mở hồ sơ đã có.")
    if "si_code" in text:
        return ServiceError("Mã số BHXH này vừa được lưu cho một người khác (có thể từ máy khác). "
                            "Không được có hai hồ sơ cùng mã số BHXH; hãy tìm và mở hồ sơ đã có.")
    return ServiceError("Chưa lưu được vì thôn, buôn, hộ gia đình hoặc danh mục vừa thay đổi ở máy khác. "
                        "Hãy đóng, mở lại hồ sơ rồi thử lại.")


@contextmanager
def _saving(db: Database) -> Iterator[Session]:
    """A unit of work whose database refusals become messages the desk can act on."""
    try:
        with db.unit_of_work() as session:
            yield session
    except IntegrityError as error:
        raise _integrity_error(error) from error
    except StaleDataError as error:
        raise ConcurrentEditError(_STALE_MESSAGE) from error


def create_person(db: Database, actor: Actor, data: PersonInput, today: dt.date | None = None) -> int:
    """Add a person; returns the new id."""
    require(actor, Permission.EDIT_REGISTER)
    with _saving(db) as session:
        clean = _validated(session, data, None, today)
        person = Person()
        _apply(person, clean)
        session.add(person)
        session.flush()
        _sync_head(session, actor, person, None)
        record(session, actor, "create", ENTITY, person.id, f"Thêm hồ sơ {person.full_name}",
               diff({}, _audit_fields(person)))
        return person.id


def _current(session: Session, person_id: int, expected_version: int) -> Person:
    person = session.get(Person, person_id)
    check_version(RECORD_LABEL, person.version if person is not None else None, expected_version)
    assert person is not None
    return person


def update_person(db: Database, actor: Actor, person_id: int, expected_version: int, data: PersonInput,
                  today: dt.date | None = None) -> int:
    """Save the form over the version the user opened; returns the new version."""
    require(actor, Permission.EDIT_REGISTER)
    with _saving(db) as session:
        person = _current(session, person_id, expected_version)
        clean = _validated(session, data, person, today)
        before, old_household = _audit_fields(person), person.household_id
        _apply(person, clean)
        changes = diff(before, _audit_fields(person))
        if not changes:
            return person.version
        session.flush()
        _sync_head(session, actor, person, old_household)
        record(session, actor, "update", ENTITY, person.id, f"Sửa hồ sơ {person.full_name}", changes)
        session.flush()
        return person.version


def delete_person(db: Database, actor: Actor, person_id: int, expected_version: int) -> None:
    """Remove a person with their enrollments; attendance lines keep the name but lose the link."""
    require(actor, Permission.EDIT_REGISTER)
    with _saving(db) as session:
        person = _current(session, person_id, expected_version)
        fields = _audit_fields(person)
        enrollments = session.scalar(select(func.count()).select_from(Enrollment)
                                     .where(Enrollment.person_id == person_id)) or 0
        session.execute(delete(Enrollment).where(Enrollment.person_id == person_id))
        session.execute(update(Attendance).where(Attendance.person_id == person_id).values(person_id=None))
        for household in session.scalars(select(Household).where(Household.head_person_id == person_id)):
            _set_head(session, actor, household, None)
        session.flush()
        session.delete(person)
        session.flush()
        summary = f"Xoá hồ sơ {fields['full_name']}"
        if enrollments:
            summary += f" và {enrollments} lượt tham gia"
        record(session, actor, "delete", ENTITY, person_id, summary,
               {key: (value, None) for key, value in fields.items() if value not in (None, "")})


# --- reading -------------------------------------------------------------------------

def load_person(db: Database, person_id: int) -> PersonRecord:
    """The record for the form, with the version to save against."""
    head = aliased(Person, name="head")
    with db.reading() as session:
        row = session.execute(
            select(Person, Village.name, Commune.code, Commune.name, Household.code, head.full_name,
                   EthnicGroup.name)
            .outerjoin(Village, Village.id == Person.village_id)
            .outerjoin(Commune, Commune.code == Village.commune_code)
            .outerjoin(Household, Household.id == Person.household_id)
            .outerjoin(head, head.id == Household.head_person_id)
            .outerjoin(EthnicGroup, EthnicGroup.code == Person.ethnic_code)
            .where(Person.id == person_id)
        ).first()
        if row is None:
            raise NotFoundError("Không tìm thấy hồ sơ này; có thể đã bị xoá ở máy khác. Hãy tải lại danh sách.")
        person, village, commune_code, commune, household, head_name, ethnic = row
        enrollments = session.scalar(select(func.count()).select_from(Enrollment)
                                     .where(Enrollment.person_id == person_id)) or 0
        return PersonRecord(
            id=person.id, version=person.version, full_name=person.full_name,
            birth=birth_display(person.birth_date, person.birth_precision), sex=person.sex,
            ethnic_code=person.ethnic_code,
            ethnic_label=f"{ethnic} ({person.ethnic_code})" if ethnic else "",
            cccd=person.cccd or "", si_code=person.si_code or "", phone=person.phone or "",
            village_id=person.village_id, village_name=village or "", commune_code=commune_code,
            commune_name=commune or "", address=person.address, household_id=person.household_id,
            household_code=household or "", household_head=head_name or "",
            relationship_code=person.relationship_code, category=person.category, note=person.note,
            enrollment_count=enrollments,
        )


def find_person_by_cccd(db: Database, cccd: str) -> int | None:
    """The person holding this CCCD (as typed or scanned), if any."""
    try:
        number = normalize_cccd(cccd)
    except ValidationError:
        return None
    with db.reading() as session:
        return session.scalar(select(Person.id).where(Person.cccd == number))


def find_household(db: Database, code: str) -> HouseholdSummary | None:
    """The household with exactly this code (spaces ignored), with its head and village."""
    wanted = re.sub(r"\s+", "", code)
    if not wanted:
        return None
    head = aliased(Person, name="head")
    with db.reading() as session:
        row = session.execute(
            select(Household, head.full_name, Village.name)
            .outerjoin(head, head.id == Household.head_person_id)
            .outerjoin(Village, Village.id == Household.village_id)
            .where(or_(Household.code == wanted, Household.code == wanted.upper()))
        ).first()
        if row is None:
            return None
        household, head_name, village = row
        members = session.scalar(select(func.count()).select_from(Person)
                                 .where(Person.household_id == household.id)) or 0
        return HouseholdSummary(household.id, household.code, household.head_person_id, head_name or "",
                                village or "", members)


def household_by_id(db: Database, household_id: int) -> HouseholdSummary | None:
    """The household summary for an id (the form's edit mode)."""
    with db.reading() as session:
        code = session.scalar(select(Household.code).where(Household.id == household_id))
    return find_household(db, code) if code is not None else None


def suggest_village(db: Database, address: str) -> tuple[str, int | None] | None:
    """The office commune (and village) an address names, when exactly one fits: (commune code, village id).

    A CCCD's address is "Buôn Ky, Xã Ea Kiết, Đắk Lắk": each comma-separated
    part is compared, accent-insensitively, with commune and village names.
    """
    parts = {fold(part) for part in address.split(",") if part.strip()}
    if not parts:
        return None
    with db.reading() as session:
        communes = session.execute(
            select(Commune.code, Commune.name).join(OfficeCommune, OfficeCommune.commune_code == Commune.code)
        ).all()
        matched = [code for code, name in communes if _commune_keys(name) & parts]
        if len(matched) != 1:
            return None
        villages = session.execute(
            select(Village.id, Village.name_key).where(Village.commune_code == matched[0])
        ).all()
    found = [vid for vid, key in villages if key in parts]
    return matched[0], found[0] if len(found) == 1 else None


def _commune_keys(name: str) -> set[str]:
    key = fold(name)
    return {key, key.removeprefix("xa ").removeprefix("phuong ")}
