"""The dry run: what the import would do with every cleaned row, decided against the database.

``build_plan`` is run twice: for the preview (read only) and again inside the
commit's transaction, so what is written always agrees with the database as
it is at that moment, even if another desk changed it in between.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.dates import PartialDate, Precision
from desktop.domain.formatting import format_date
from desktop.domain.participation import HI_SCHEMES, SCHEME_LABELS
from desktop.io.columns import Field
from desktop.services.imports.clans import ClanLinks, ClanPlanner
from desktop.services.imports.matching import (
    KnownPersons,
    agent_ids,
    enrollment_keys,
    household_ids,
)
from desktop.services.imports.places import NewVillage, Place, Places
from desktop.services.imports.rows import CleanRow, EnrollmentData, ParsedImport
from desktop.services.imports.types import (
    CancelFlag,
    Candidate,
    ImportCancelled,
    ImportCounts,
    ImportOptions,
    Progress,
    RowMessage,
    RowOutcome,
    RowResult,
    Stage,
    no_progress,
)

PROGRESS_EVERY = 5_000
MESSAGES_KEPT = 20_000

CHANGE_LABELS = {
    "full_name": "họ và tên", "birth_date": "ngày sinh", "sex": "giới tính", "ethnic_code": "dân tộc",
    "cccd": "số CCCD", "si_code": "mã số BHXH", "phone": "số điện thoại", "village_id": "thôn, buôn",
    "address": "địa chỉ", "household_id": "hộ gia đình", "relationship_code": "quan hệ với chủ hộ",
    "category": "đối tượng",
}
_PRECISION_RANK = {Precision.YEAR.value: 1, Precision.MONTH.value: 2, Precision.DAY.value: 3}


@dataclass
class PlannedRow:
    """One row's decision: the outcome shown, and the values to write."""

    outcome: RowOutcome
    person_id: int | None = None
    person: dict[str, Any] | None = None  # columns of a new person, or a known one's columns after the change
    before: dict[str, Any] | None = None  # a known person's columns before the import touched it (for undo)
    version: int | None = None
    new_village: NewVillage | None = None
    enrollment: dict[str, Any] | None = None

    @property
    def is_new(self) -> bool:
        return self.outcome.result in (RowResult.NEW, RowResult.CANDIDATE)


@dataclass
class Plan:
    """Every row's decision plus the villages to create."""

    rows: list[PlannedRow]
    villages: list[NewVillage] = field(default_factory=list)
    commune_names: dict[str, str] = field(default_factory=dict)
    clans: ClanLinks = field(default_factory=ClanLinks)

    @property
    def outcomes(self) -> list[RowOutcome]:
        return [planned.outcome for planned in self.rows]

    @property
    def counts(self) -> ImportCounts:
        return ImportCounts.of(self.outcomes)


def birth_columns(birth: PartialDate | None) -> dict[str, Any]:
    if birth is None:
        return {"birth_date": None, "birth_precision": Precision.YEAR.value, "birth_year": None}
    return {"birth_date": birth.first_day(), "birth_precision": birth.precision.value,
            "birth_year": birth.year}


def summary_columns(enrollment: dict[str, Any] | None) -> dict[str, Any]:
    """The person summary a new person gets from its one enrollment (what refresh would compute)."""
    if enrollment is None:
        return {"hi_scheme": None, "hi_valid_to": None, "vsi_paid_to": None, "covered_to": None,
                "last_agent_id": None}
    is_hi = enrollment["scheme"] in HI_SCHEMES
    return {
        "hi_scheme": enrollment["scheme"] if is_hi else None,
        "hi_valid_to": enrollment["valid_to"] if is_hi else None,
        "vsi_paid_to": None if is_hi else enrollment["valid_to"],
        "covered_to": enrollment["valid_to"],
        "last_agent_id": enrollment["agent_id"],
    }


class _Planner:
    """Walks the cleaned rows once, keeping what earlier rows of the file already claimed."""

    def __init__(self, session: Session, parsed: ParsedImport, options: ImportOptions) -> None:
        self.parsed = parsed
        self.options = options
        self.places = Places(session)
        self.default_commune = self.places.default_commune(options.default_commune)
        self.agents = agent_ids(session)
        codes = [row.household_code for row in parsed.rows if row.household_code]
        self.households = household_ids(session, codes) if codes else {}
        self.clans = ClanPlanner(session, (r.household_code for r in parsed.rows if r.household_code and r.clan),
                                 options.create_clans)
        self.labels = {f.value: parsed.labels[i] for i, f in parsed.mapping.items()}
        self.place_of: list[Place] = [self._place(row) for row in parsed.rows]
        self.known = KnownPersons(session, {p.village_id for p in self.place_of if p.village_id is not None})
        self.session = session
        self.seen_cccd: dict[str, int] = {}
        self.seen_si: dict[str, int] = {}
        self.seen_person: dict[int, int] = {}
        self.seen_content: dict[tuple[Any, ...], int] = {}
        self._messages: dict[tuple[str, str, bool], RowMessage] = {}
        self._births: dict[PartialDate | None, tuple[Any, str, Any]] = {}

    def _place(self, row: CleanRow) -> Place:
        commune = row.commune_code or self.default_commune
        return self.places.resolve(commune, row.village)

    def message(self, name: str, text: str, is_error: bool) -> RowMessage:
        """The message, shared by every row that says the same thing (lists repeat them)."""
        key = (name, text, is_error)
        found = self._messages.get(key)
        if found is None:
            found = RowMessage(name, self.labels.get(name, ""), text, is_error)
            if len(self._messages) < MESSAGES_KEPT:
                self._messages[key] = found
        return found

    # --- the walk ------------------------------------------------------------------
    def plan(self, progress: Progress, cancel: CancelFlag | None) -> Plan:
        rows = self.parsed.rows
        matches = [self._match(row, place) for row, place in zip(rows, self.place_of, strict=True)]
        self.known.load(pid for pid in (m[0] for m in matches) if pid is not None)
        self.known.load(c for m in matches for c in m[1])
        existing = enrollment_keys(self.session, [pid for m in matches for pid in (m[0], *m[1]) if pid is not None])
        planned: list[PlannedRow] = []
        total = len(rows)
        for index, (row, place, match) in enumerate(zip(rows, self.place_of, matches, strict=True)):
            if index % PROGRESS_EVERY == 0:
                if cancel is not None and cancel.is_set():
                    raise ImportCancelled()
                progress(Stage.MATCHING, index, total)
            planned.append(self._decide(row, place, match, existing))
        progress(Stage.MATCHING, total, total)
        used = {p.new_village for p in planned if p.new_village is not None and p.person is not None}
        villages = [v for v in self.places.created.values() if v in used]
        return Plan(planned, villages, {c: self.places.commune_name(c) for c in self.places.office},
                    self.clans.links)

    def _match(self, row: CleanRow, place: Place) -> tuple[int | None, list[int], str]:
        """(person matched by an ID, candidate ids, how) — before any within-file bookkeeping."""
        if row.errors or place.error:
            return None, [], ""
        if row.cccd and (pid := self.known.by_cccd.get(row.cccd)) is not None:
            return pid, [], "cccd"
        if row.si_code and (pid := self.known.by_si.get(row.si_code)) is not None:
            return pid, [], "si_code"
        if row.birth is not None and place.village_id is not None and row.full_name:
            found = self.known.by_name.get((row.search_key, row.birth.year, place.village_id), [])
            return None, sorted(found), "name"
        return None, [], ""

    def _decide(self, row: CleanRow, place: Place, match: tuple[int | None, list[int], str],
                existing: set[tuple[int, str, dt.date]]) -> PlannedRow:
        errors = [self.message(name, text, True) for name, text in row.errors]
        notes = [self.message(name, text, False) for name, text in row.warnings]
        if place.error:
            source = row.village_source if place.field == "village" else row.commune_source
            errors.append(self.message(source.value if source else place.field, place.error, True))
        enrollment = self._enrollment(row, errors, notes)
        if errors:
            return self._outcome(row, RowResult.ERROR, errors + notes)
        duplicate = self._duplicate_in_file(row)
        if duplicate is not None:
            return self._outcome(row, RowResult.DUPLICATE, [duplicate, *notes])
        person_id, candidates, how = match
        candidate: Candidate | None = None
        if person_id is not None:
            conflict = self._id_conflict(row, person_id, how)
            if conflict is not None:
                return self._outcome(row, RowResult.ERROR, [conflict, *notes])
        elif candidates:
            candidates = [c for c in candidates if c not in self.seen_person and self._compatible(row, c)]
            confirmed = self.options.confirmed.get(row.number)
            if confirmed in candidates:
                person_id = confirmed
            elif self.options.merge_candidates and len(candidates) == 1:
                person_id = candidates[0]
            elif candidates:
                candidate = self._candidate(candidates[0], len(candidates))
        if person_id is not None:
            earlier = self.seen_person.get(person_id)
            if earlier is not None:
                return self._outcome(row, RowResult.DUPLICATE,
                                     [self.message("", f"Cùng một người với dòng {earlier}.", False), *notes])
            self.seen_person[person_id] = row.number
            return self._known(row, place, person_id, enrollment, existing, notes)
        return self._new(row, place, enrollment, notes, candidate)

    def _outcome(self, row: CleanRow, result: RowResult, messages: list[RowMessage],
                 **extra: Any) -> PlannedRow:
        return PlannedRow(RowOutcome(row.number, result, row.full_name, tuple(messages), **extra))

    def _enrollment(self, row: CleanRow, errors: list[RowMessage], notes: list[RowMessage]) -> dict[str, Any] | None:
        if not row.pays:
            return None
        if row.decrease:
            notes.append(self.message("", "Dòng thuộc mục giảm: không ghi lượt tham gia.", False))
            return None
        agent_id = None
        if row.agent_code:
            agent_id = self.agents.get(row.agent_code)
            if agent_id is None:
                agent_id = self.agents.get(row.agent_code.strip().upper())
            if agent_id is None:
                errors.append(self.message(Field.AGENT_CODE.value,
                                           f"Không có nhân viên thu mã “{row.agent_code}” trong danh sách nhân viên thu.",
                                           True))
        data: EnrollmentData | None = row.enrollment
        if data is None or agent_id is None and row.agent_code:
            return None
        scheme = data.scheme or self.options.default_scheme
        return {
            "scheme": scheme, "valid_from": data.valid_from, "valid_to": data.valid_to,
            "payment_months": data.months, "is_renewal": False, "household_rank": None,
            "chosen_income": None, "amount_due": data.amount, "amount_paid": data.amount,
            "state_support": 0, "local_support": 0, "other_support": 0,
            "receipt_no": data.receipt_no, "receipt_date": data.receipt_date, "agent_id": agent_id,
            "session_id": None, "funding_source": "", "status": "active", "note": row.note[:500],
            "version": 1,
        }

    def _duplicate_in_file(self, row: CleanRow) -> RowMessage | None:
        number = row.number
        if row.cccd:
            earlier = self.seen_cccd.setdefault(row.cccd, number)
            if earlier != number:
                return self.message(Field.CCCD.value, f"Trùng số CCCD {row.cccd} với dòng {earlier}.", False)
        if row.si_code:
            earlier = self.seen_si.setdefault(row.si_code, number)
            if earlier != number:
                return self.message(Field.SI_CODE.value, f"Trùng mã số BHXH {row.si_code} với dòng {earlier}.", False)
        if not row.cccd and not row.si_code:
            key = (row.search_key, row.birth, row.sex, row.village and row.village.casefold(), row.commune_code)
            earlier = self.seen_content.setdefault(key, number)
            if earlier != number:
                return self.message(Field.FULL_NAME.value,
                                    f"Trùng họ tên, ngày sinh, giới tính và thôn với dòng {earlier}.", False)
        return None

    def _id_conflict(self, row: CleanRow, person_id: int, how: str) -> RowMessage | None:
        """A row whose CCCD and SI code point to different persons (or disagree with the record)."""
        known = self.known.by_si.get(row.si_code) if row.si_code else None
        if how == "cccd" and row.si_code and known is not None and known != person_id:
            return self.message(Field.SI_CODE.value,
                                    f"Mã số BHXH {row.si_code} đã thuộc một người khác trong cơ sở dữ liệu, "
                                    f"không phải người có số CCCD {row.cccd}.", True)
        self.known.load([person_id])
        record = self.known.get(person_id).values
        if how == "cccd" and row.si_code and record["si_code"] not in (None, row.si_code):
            return self.message(Field.SI_CODE.value,
                                f"Người có số CCCD {row.cccd} ({record['full_name']}) đang có mã số BHXH "
                                f"{record['si_code']}, khác mã trong tệp.", True)
        if how == "si_code" and row.cccd and record["cccd"] not in (None, row.cccd):
            return self.message(Field.CCCD.value,
                                f"Mã số BHXH {row.si_code} thuộc {record['full_name']} có số CCCD "
                                f"{record['cccd']}, khác số CCCD trong tệp.", True)
        return None

    def _compatible(self, row: CleanRow, person_id: int) -> bool:
        """A known person whose own CCCD or SI code differs from the row's is someone else."""
        values = self.known.get(person_id).values
        return not ((row.cccd and values["cccd"] and values["cccd"] != row.cccd)
                    or (row.si_code and values["si_code"] and values["si_code"] != row.si_code))

    def _candidate(self, person_id: int, count: int) -> Candidate:
        record = self.known.get(person_id)
        values = record.values
        return Candidate(
            person_id=person_id, full_name=record.full_name, birth=record.birth,
            village=self.places.label(values["village_id"]), cccd=values["cccd"] or "",
            si_code=values["si_code"] or "",
        )

    # --- values to write -------------------------------------------------------------
    def _columns(self, row: CleanRow, place: Place) -> dict[str, Any]:
        household_id = self.households.get(row.household_code) if row.household_code else None
        birth = self._births.get(row.birth)
        if birth is None:
            columns = birth_columns(row.birth)
            birth = self._births[row.birth] = (columns["birth_date"], columns["birth_precision"],
                                               columns["birth_year"])
        return {
            "full_name": row.full_name, "search_key": row.search_key, "birth_date": birth[0],
            "birth_precision": birth[1], "birth_year": birth[2],
            "sex": row.sex, "ethnic_code": row.ethnic_code, "cccd": row.cccd, "si_code": row.si_code,
            "phone": row.phone, "village_id": place.village_id, "address": row.address,
            "household_id": household_id,
            "relationship_code": row.relationship_code if household_id is not None else None,
            "category": row.category,
        }

    def _household_note(self, row: CleanRow, notes: list[RowMessage]) -> None:
        if row.household_code and row.household_code not in self.households:
            notes.append(self.message(Field.HOUSEHOLD_CODE.value,
                                      f"Mã hộ {row.household_code} chưa có trong cơ sở dữ liệu: "
                                      "chưa gắn người này vào hộ.", False))

    def _clan_note(self, row: CleanRow, notes: list[RowMessage]) -> None:
        text = self.clans.decide(row.number, row.household_code, row.clan)
        if text:
            notes.append(self.message(Field.CLAN.value, text, False))

    def _village_note(self, place: Place, notes: list[RowMessage], row: CleanRow) -> None:
        if place.new_village is not None:
            village = place.new_village
            source = row.village_source.value if row.village_source else Field.VILLAGE.value
            notes.append(self.message(source,
                                      f"Thôn, buôn “{village.name}” chưa có ở "
                                      f"{self.places.commune_name(village.commune_code)}: sẽ được tạo mới.", False))

    def _new(self, row: CleanRow, place: Place, enrollment: dict[str, Any] | None, notes: list[RowMessage],
             candidate: Candidate | None) -> PlannedRow:
        columns = self._columns(row, place)
        columns["category"] = columns["category"] or "other"
        columns["note"] = row.note
        columns["version"] = 1
        columns.update(summary_columns(enrollment))
        self._household_note(row, notes)
        self._clan_note(row, notes)
        self._village_note(place, notes, row)
        if enrollment is not None:
            notes.append(self.message("", _enrollment_text(enrollment, "Thêm"), False))
        result = RowResult.NEW
        if candidate is not None:
            result = RowResult.CANDIDATE
            notes.insert(0, self.message(Field.FULL_NAME.value,
                                         f"Có thể là {candidate.full_name} (sinh {candidate.birth}, "
                                         f"{candidate.village}) đã có trong cơ sở dữ liệu: chưa xác nhận "
                                         "thì nhập thành người mới.", False))
        return PlannedRow(
            RowOutcome(row.number, result, row.full_name, tuple(notes), candidate),
            person=columns, new_village=place.new_village, enrollment=enrollment,
        )

    def _known(self, row: CleanRow, place: Place, person_id: int, enrollment: dict[str, Any] | None,
               existing: set[tuple[int, str, dt.date]], notes: list[RowMessage]) -> PlannedRow:
        known = self.known.get(person_id)
        old = known.values
        new = self._columns(row, place)
        changed: dict[str, Any] = {}
        _merge_name(old, new, changed)
        _merge_birth(old, new, changed)
        if new["sex"] is not None and new["sex"] != old["sex"] and not (row.sex_from_cccd and old["sex"]):
            changed["sex"] = new["sex"]
        for name in ("ethnic_code", "cccd", "si_code", "phone", "address", "category", "household_id"):
            if new[name] not in (None, "") and new[name] != old[name]:
                changed[name] = new[name]
        linked = "household_id" in changed or (new["household_id"] is not None and new["relationship_code"])
        if linked and new["relationship_code"] != old["relationship_code"]:
            changed["relationship_code"] = new["relationship_code"]
        if place.new_village is not None or (place.village_id is not None and place.village_id != old["village_id"]):
            changed["village_id"] = place.village_id
        self._household_note(row, notes)
        self._clan_note(row, notes)
        if "village_id" in changed:
            self._village_note(place, notes, row)
        messages: list[RowMessage] = []
        labels = [CHANGE_LABELS[name] for name in CHANGE_LABELS if name in changed]
        if labels:
            messages.append(self.message("", "Cập nhật " + ", ".join(labels) + ".", False))
        if enrollment is not None:
            if (person_id, enrollment["scheme"], enrollment["valid_from"]) in existing:
                messages.append(self.message("", _enrollment_text(enrollment, "Đã có")[:-1] + ", không ghi lại.",
                                             False))
                enrollment = None
            else:
                messages.append(self.message("", _enrollment_text(enrollment, "Thêm"), False))
        result = RowResult.UPDATED if changed or enrollment is not None else RowResult.UNCHANGED
        return PlannedRow(
            RowOutcome(row.number, result, row.full_name, tuple(messages + notes), person_id=person_id),
            person_id=person_id,
            person={**old, **changed} if changed else None,
            before=dict(old) if result is RowResult.UPDATED else None,
            version=known.version,
            new_village=place.new_village if "village_id" in changed else None,
            enrollment=enrollment,
        )


def _merge_name(old: dict[str, Any], new: dict[str, Any], changed: dict[str, Any]) -> None:
    """A different name (folded) replaces the old one; so does the accented form of an unaccented one."""
    if not new["full_name"] or new["full_name"] == old["full_name"]:
        return
    if new["search_key"] != old["search_key"] or (old["full_name"].isascii() and not new["full_name"].isascii()):
        changed["full_name"], changed["search_key"] = new["full_name"], new["search_key"]


def _merge_birth(old: dict[str, Any], new: dict[str, Any], changed: dict[str, Any]) -> None:
    """A birth date replaces the stored one unless it only says less of the same date."""
    if new["birth_year"] is None:
        return
    if old["birth_date"] is None:
        changed.update(birth_columns_of(new))
        return
    same = (new["birth_date"], new["birth_precision"]) == (old["birth_date"], old["birth_precision"])
    if same:
        return
    new_rank, old_rank = _PRECISION_RANK[new["birth_precision"]], _PRECISION_RANK[old["birth_precision"]]
    if new_rank < old_rank:
        agrees = new["birth_year"] == old["birth_year"] and (
            new_rank < 2 or new["birth_date"].month == old["birth_date"].month)
        if agrees:
            return
    changed.update(birth_columns_of(new))


def birth_columns_of(values: dict[str, Any]) -> dict[str, Any]:
    return {name: values[name] for name in ("birth_date", "birth_precision", "birth_year")}


_TEXTS: dict[tuple[str, str, dt.date, dt.date], str] = {}


def _enrollment_text(enrollment: dict[str, Any], verb: str) -> str:
    """ "Thêm lượt BHYT hộ gia đình từ 01/01/2025 đến 31/12/2025." (kept: lists repeat periods)."""
    key = (verb, enrollment["scheme"], enrollment["valid_from"], enrollment["valid_to"])
    text = _TEXTS.get(key)
    if text is None:
        text = (f"{verb} lượt {SCHEME_LABELS.get(key[1], key[1])} "
                f"từ {format_date(key[2])} đến {format_date(key[3])}.")
        if len(_TEXTS) < 10_000:
            _TEXTS[key] = text
    return text


def build_plan(session: Session, parsed: ParsedImport, options: ImportOptions,
               progress: Progress = no_progress, cancel: CancelFlag | None = None) -> Plan:
    """Decide every row against the database as ``session`` sees it."""
    progress(Stage.MATCHING, 0, len(parsed.rows))
    return _Planner(session, parsed, options).plan(progress, cancel)

