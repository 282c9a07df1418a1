"""Cleaning and checking every data row of a list, without the database.

Each row becomes a ``CleanRow``: the values as they will be stored (CCCD and SI
code with their zeros back, names in NFC with single spaces, dates as partial
dates, ethnic names as codes, sex as M/F) plus the field errors and warnings
found, in Vietnamese. Commune and village names, agent codes and matching
against known persons need the database and are left to ``plan``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.catalogues import CommuneCatalogue, EthnicCatalogue, RelationshipCatalogue
from desktop.domain.cells import is_blank as _is_blank_cell
from desktop.domain.dates import PartialDate, Precision, parse_birth, parse_date, parse_partial_date
from desktop.domain.errors import ValidationError
from desktop.domain.identifiers import (
    cccd_birth_year,
    cccd_consistency_warnings,
    cccd_province,
    cccd_sex,
    normalize_cccd,
    normalize_phone,
    normalize_si_code,
)
from desktop.domain.periods import month_end, period_end
from desktop.domain.text import fold, normalize_name, normalize_spaces
from desktop.io.columns import FIELD_LABELS, Field
from desktop.io.legacy_encoding import LegacyEncoding, decode_legacy, detect_legacy_encoding
from desktop.io.table import DataRow
from desktop.services.errors import ServiceError
from desktop.services.imports.cells import (
    MEMO_LIMIT,
    Bad,
    Memo,
    is_female_mark,
    parse_amount,
    parse_category,
    parse_code,
    parse_months,
    parse_scheme,
    parse_sex,
    text_of,
)
from desktop.services.imports.collector import collector_paused
from desktop.services.imports.keys import fast_fold
from desktop.services.imports.source import SheetTable
from desktop.services.imports.types import CancelFlag, ImportCancelled, Progress, Stage, no_progress

NAME_MAX = 120
ADDRESS_MAX = 200
RECEIPT_NO_MAX = 30
CODE_MAX = 20
PROGRESS_EVERY = 2_000
ENCODING_SAMPLE = 2_000

ENROLLMENT_FIELDS = (Field.VALID_FROM, Field.VALID_TO, Field.MONTHS, Field.AMOUNT, Field.RECEIPT_NO,
                     Field.RECEIPT_DATE)
"""A row with a value in any of these columns records a payment."""
CLAN_MAX = 80
TEXT_FIELDS = frozenset({
    Field.FULL_NAME, Field.SEX, Field.FEMALE_MARK, Field.ETHNIC, Field.VILLAGE, Field.ADDRESS,
    Field.COMMUNE, Field.RELATIONSHIP, Field.SCHEME, Field.CATEGORY, Field.NOTE, Field.CLAN,
})
"""Columns whose text may have been typed in TCVN3 or VNI."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NAME_PUNCTUATION = set(" '’-.")
_VILLAGE_PREFIXES = ("thon ", "buon ", "to dan pho ", "tdp ", "xom ", "ap ", "khoi ", "plei ", "bon ",
                     "to ")
_COMMUNE_PREFIXES = ("xa ", "phuong ", "x. ", "p. ", "x.", "p.", "thi tran ")


@dataclass(slots=True)
class EnrollmentData:
    """A payment read from the row: the period, months, amount and receipt."""

    scheme: str
    valid_from: dt.date
    valid_to: dt.date
    months: int
    amount: int
    receipt_no: str | None
    receipt_date: dt.date | None


@dataclass(slots=True)
class CleanRow:
    """One data row, cleaned; ``errors``/``warnings`` are (field, message) pairs."""

    number: int
    full_name: str = ""
    search_key: str = ""
    birth: PartialDate | None = None
    sex: str | None = None
    sex_from_cccd: bool = False
    cccd: str | None = None
    si_code: str | None = None
    phone: str | None = None
    ethnic_code: str | None = None
    commune_code: str | None = None
    commune_source: Field | None = None
    village: str | None = None
    village_source: Field | None = None
    address: str = ""
    household_code: str | None = None
    relationship_code: str | None = None
    category: str | None = None
    note: str = ""
    clan: str = ""
    agent_code: str | None = None
    enrollment: EnrollmentData | None = None
    pays: bool = False  # the row has payment columns filled (even if they are wrong)
    decrease: bool = False
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ParsedImport:
    """A list read and cleaned, kept between the dry run and the commit."""

    file_name: str
    file_hash: str
    sheet: str
    header_row: int
    labels: tuple[str, ...]
    mapping: dict[int, Field]
    signature: str
    rows: list[CleanRow]
    raw: list[DataRow]
    encodings: dict[Field, LegacyEncoding] = field(default_factory=dict)

    def column_label(self, name: str) -> str:
        """The file's label for the column holding ``name`` (a Field value), or ""."""
        for index, mapped in self.mapping.items():
            if mapped.value == name:
                return self.labels[index]
        return ""

    @property
    def has_enrollments(self) -> bool:
        return any(f in ENROLLMENT_FIELDS for f in self.mapping.values())


def is_blank(value: object) -> bool:
    """``domain.cells.is_blank`` with the common cases first (it runs for every cell)."""
    if value is None:
        return True
    if value.__class__ is str:
        return not value.strip()
    if value.__class__ is int:
        return False
    return _is_blank_cell(value)


def check_mapping(mapping: Mapping[int, Field], labels: Sequence[str]) -> dict[int, Field]:
    """The mapping as given, refused when a field has two columns or the name has none."""
    seen: dict[Field, int] = {}
    for index in sorted(mapping):
        chosen = mapping[index]
        if chosen in seen:
            first, second = labels[seen[chosen]] or "?", labels[index] or "?"
            raise ServiceError(
                f"Trường “{FIELD_LABELS[chosen]}” đang được chọn cho hai cột “{first}” và “{second}”; "
                "mỗi trường chỉ chọn cho một cột."
            )
        seen[chosen] = index
    if Field.FULL_NAME not in seen:
        raise ServiceError("Chưa chọn cột “Họ và tên”: không có cột này thì không nhập được danh sách.")
    return {index: mapping[index] for index in sorted(mapping)}


def clean_name(value: object) -> str:
    """The name as stored (NFC, single spaces, case as typed) or ``ValidationError``."""
    if is_blank(value):
        raise ValidationError("Chưa nhập họ và tên.", "full_name")
    if not isinstance(value, str):
        raise ValidationError(f"Họ và tên “{text_of(value)}” không phải chữ.", "full_name")
    if (value.isprintable() and "  " not in value and value == value.strip()
            and unicodedata.is_normalized("NFC", value)):
        name = value  # already clean: the common case, without the regular expressions
    else:
        name = normalize_name(_CONTROL.sub(" ", value))
    if len(name) > NAME_MAX:
        raise ValidationError(f"Họ và tên dài quá {NAME_MAX} ký tự.", "full_name")
    if not name.replace(" ", "").isalpha():
        bad = [ch for ch in name if ch not in _NAME_PUNCTUATION and unicodedata.category(ch)[0] not in "LM"]
        if bad:
            raise ValidationError(f"Họ và tên có ký tự không hợp lệ “{bad[0]}”.", "full_name")
        if not any(ch.isalpha() for ch in name):
            raise ValidationError("Họ và tên phải có chữ cái.", "full_name")
    return name


def _fast_identifier(value: object, width: int, shortest: int, normalize: Callable[[object], str]) -> str:
    """The common cases (already clean text, or a number that lost its leading zeros) without
    the full parser; anything else goes through the domain's normaliser, which rejects
    non-Latin digits itself."""
    if value.__class__ is str and len(value) == width and value.isdigit() and value.isascii():
        return value
    if value.__class__ is int and 10 ** (shortest - 1) <= value < 10**width:
        return f"{value:0{width}d}"
    return normalize(value)


def _fast_cccd(value: object) -> str:
    return _fast_identifier(value, 12, 10, normalize_cccd)


def _fast_si(value: object) -> str:
    return _fast_identifier(value, 10, 9, normalize_si_code)


def _fast_code(value: object) -> str:
    """A receipt number or code: plain text as it is, anything else through ``parse_code``."""
    if value.__class__ is str and value.isascii() and value == value.strip() and value[:1] != "'":
        return value
    return parse_code(value)


def _checked(parse: Callable[[object], object]) -> Callable[[object], object]:
    """``parse`` with its ``ValidationError`` returned as ``Bad`` (columns whose values rarely repeat)."""
    def checked(value: object) -> object:
        try:
            return parse(value)
        except ValidationError as error:
            return Bad(error.message)
    return checked


def _starts_with(key: str, prefixes: tuple[str, ...]) -> bool:
    return (key + " ").startswith(prefixes)


def village_text(text: str) -> str | None:
    """A village name as written ("Buôn Ea Kiết"), if ``text`` starts like one."""
    cleaned = normalize_spaces(text)
    return cleaned if cleaned and _starts_with(fold(cleaned), _VILLAGE_PREFIXES) else None


def _is_decrease(section: tuple[str, ...]) -> bool:
    """Rows under "II Giảm" (or "DS giảm", "Giảm người tham gia") leave rather than join."""
    return any("giam" in fold(label).split() for label in section)


class RowParser:
    """Cleans rows of one table for one mapping; parsers and memos are built once.

    ``parse`` runs a hundred thousand times: columns are looked up once here,
    values go through memos (dict hits), and a cell is blank when it is None
    after ``_blanked`` turned white-space-only text into None.
    """

    def __init__(self, table: SheetTable, mapping: Mapping[int, Field], today: dt.date) -> None:
        self.sheet_table = table
        self.mapping = check_mapping(mapping, table.labels)
        self.today = today
        self.col: dict[Field, int] = {f: i for i, f in self.mapping.items()}
        rows = table.table.rows
        self.encodings: dict[Field, LegacyEncoding] = {}
        for index, mapped in self.mapping.items():
            if mapped in TEXT_FIELDS:
                encoding = detect_legacy_encoding(r.values[index] for r in rows[:ENCODING_SAMPLE])
                if encoding is not None:
                    self.encodings[mapped] = encoding
        ethnic = EthnicCatalogue.load()
        self.communes = CommuneCatalogue.load()
        relationships = RelationshipCatalogue.load()
        self.birth = Memo(lambda v: parse_birth(v, today))
        self.sex = Memo(self._decoded(Field.SEX, parse_sex))
        self.female = Memo(self._decoded(Field.FEMALE_MARK, is_female_mark))
        self.ethnic = Memo(self._decoded(Field.ETHNIC, ethnic.lookup))
        self.commune = Memo(self._decoded(Field.COMMUNE, self.communes.lookup))
        self.relationship = Memo(self._decoded(Field.RELATIONSHIP, relationships.lookup))
        self.category = Memo(self._decoded(Field.CATEGORY, parse_category))
        self.scheme = Memo(self._decoded(Field.SCHEME, parse_scheme))
        self.village = Memo(self._decoded(Field.VILLAGE, lambda v: normalize_spaces(text_of(v))))
        self.address_places = Memo(self._address_places)
        self.code = Memo(parse_code)
        self.months = Memo(parse_months)
        self.amount = Memo(parse_amount)
        self.valid_from = Memo(lambda v: parse_partial_date(v, "Từ ngày", "valid_from"))
        self.valid_to = Memo(lambda v: parse_partial_date(v, "Đến ngày", "valid_to"))
        self.receipt_date = Memo(lambda v: parse_date(v, "Ngày biên lai", "receipt_date"))
        self.decrease = Memo(lambda section: _is_decrease(section))  # type: ignore[arg-type]
        self.section_village = Memo(lambda section: _section_village(section))  # type: ignore[arg-type]
        self.cccd_province = Memo(lambda cccd: cccd_province(cccd))  # type: ignore[arg-type]
        self.payment_columns = tuple(self.col[f] for f in ENROLLMENT_FIELDS if f in self.col)
        self.name_encoding = self.encodings.get(Field.FULL_NAME)
        # (column, parser, field, CleanRow attribute) for the columns present: one loop, no lookups.
        simple: list[tuple[Field, Callable[[object], object], str]] = [
            (Field.CCCD, _checked(_fast_cccd), "cccd"),
            (Field.SI_CODE, _checked(_fast_si), "si_code"),
            (Field.COMMUNE, self.commune.__getitem__, "commune_code"),
            (Field.ETHNIC, self.ethnic.__getitem__, "ethnic_code"),
            (Field.HOUSEHOLD_CODE, self.code.__getitem__, "household_code"),
            (Field.RELATIONSHIP, self.relationship.__getitem__, "relationship_code"),
            (Field.CATEGORY, self.category.__getitem__, "category"),
            (Field.AGENT_CODE, self.code.__getitem__, "agent_code"),
        ]
        self.readers = tuple((self.col[f], parse, f.value, attr) for f, parse, attr in simple if f in self.col)
        payment: list[tuple[Field, Callable[[object], object]]] = [
            (Field.AMOUNT, self.amount.__getitem__), (Field.RECEIPT_DATE, self.receipt_date.__getitem__),
            (Field.SCHEME, self.scheme.__getitem__), (Field.RECEIPT_NO, _checked(_fast_code)),
        ]
        self.payment_readers = tuple((self.col[f], parse, f) for f, parse in payment if f in self.col)
        self.period_columns = tuple(self.col.get(f) for f in (Field.VALID_FROM, Field.VALID_TO, Field.MONTHS))
        self.periods = _Periods(self._period)

    def _decoded(self, which: Field, parse: Callable[[object], object]) -> Callable[[object], object]:
        encoding = self.encodings.get(which)
        if encoding is None:
            return parse
        return lambda value: parse(decode_legacy(value, encoding) if isinstance(value, str) else value)

    def _text(self, which: Field, value: object) -> str:
        text = text_of(value)
        encoding = self.encodings.get(which)
        return decode_legacy(text, encoding) if encoding else text

    def _address_places(self, value: object) -> tuple[str | None, str | None]:
        """(commune code, village name) an address names: "Buôn Ea Kiết, xã Ea Kiết"."""
        commune: str | None = None
        village: str | None = None
        for part in self._text(Field.ADDRESS, value).split(","):
            key = fold(part)
            if commune is None and _starts_with(key, _COMMUNE_PREFIXES):
                try:
                    commune = self.communes.lookup(part.strip())
                except ValidationError:
                    continue
            elif village is None:
                village = village_text(part)
        return commune, village

    def parse(self, data: DataRow) -> CleanRow:
        """One row cleaned; every field that fails adds an error and stays empty."""
        values: list[object] = _blanked(data.values)
        row = CleanRow(data.number)
        name_value = values[self.col[Field.FULL_NAME]]
        if self.name_encoding is not None and name_value.__class__ is str:
            name_value = decode_legacy(name_value, self.name_encoding)
        try:
            row.full_name = clean_name(name_value)
            row.search_key = fast_fold(row.full_name)
        except ValidationError as error:
            row.errors.append((Field.FULL_NAME.value, error.message))
        self._birth_and_sex(values, row)
        for index, parse, name, attr in self.readers:
            value = values[index]
            if value is not None:
                parsed = parse(value)
                if parsed.__class__ is Bad:
                    row.errors.append((name, parsed.message))
                else:
                    setattr(row, attr, parsed)
        if row.cccd is not None:
            self._cccd_agrees(row)
        if row.commune_code is not None:
            row.commune_source = Field.COMMUNE
        if row.household_code is not None and len(row.household_code) > CODE_MAX:
            row.errors.append((Field.HOUSEHOLD_CODE.value, f"Mã hộ dài quá {CODE_MAX} ký tự."))
            row.household_code = None
        self._phone_and_note(values, row)
        self._places(values, data.section, row)
        for index in self.payment_columns:
            if values[index] is not None:
                row.pays = True
                self._enrollment(values, row)
                break
        if data.section:
            row.decrease = self.decrease[data.section] is True
        return row

    def _read(self, values: list[object], which: Field, memo: Memo[Any], row: CleanRow) -> Any:
        """The parsed value of a column, None when blank or absent; a bad value adds an error."""
        index = self.col.get(which)
        if index is None:
            return None
        value = values[index]
        if value is None:
            return None
        parsed = memo[value]
        if parsed.__class__ is Bad:
            row.errors.append((which.value, parsed.message))
            return None
        return parsed

    def _birth_and_sex(self, values: list[object], row: CleanRow) -> None:
        col = self.col
        birth_value: object = None
        birth_field = Field.BIRTH
        sex: Any = None
        if Field.BIRTH in col:
            birth_value = values[col[Field.BIRTH]]
        male, female = col.get(Field.BIRTH_MALE), col.get(Field.BIRTH_FEMALE)
        both = False
        if male is not None or female is not None:
            as_male = values[male] if male is not None else None
            as_female = values[female] if female is not None else None
            if as_male is not None and as_female is not None:
                both = True
                row.errors.append((Field.BIRTH_MALE.value,
                                   "Có ngày sinh ở cả cột Nam và cột Nữ; chỉ ghi ở một cột."))
            elif as_male is not None:
                birth_value, birth_field, sex = as_male, Field.BIRTH_MALE, "M"
            elif as_female is not None:
                birth_value, birth_field, sex = as_female, Field.BIRTH_FEMALE, "F"
            elif Field.BIRTH not in col:
                birth_field = Field.BIRTH_MALE
        if not both and (Field.BIRTH in col or male is not None or female is not None):
            if birth_value is None:
                row.errors.append((birth_field.value, "Chưa nhập ngày sinh."))
            else:
                birth = self.birth[birth_value]
                if birth.__class__ is Bad:
                    row.errors.append((birth_field.value, birth.message))
                else:
                    row.birth = birth  # type: ignore[assignment]
        typed = self._read(values, Field.SEX, self.sex, row)
        if typed is not None:
            sex = typed
        elif Field.FEMALE_MARK in col and sex is None and Field.SEX.value not in (e[0] for e in row.errors):
            sex = "F" if self.female[values[col[Field.FEMALE_MARK]]] is True else "M"
        row.sex = sex

    def _phone_and_note(self, values: list[object], row: CleanRow) -> None:
        index = self.col.get(Field.PHONE)
        if index is not None and (value := values[index]) is not None:
            try:
                row.phone = normalize_phone(value if isinstance(value, str) else text_of(value))
            except ValidationError as error:
                row.errors.append((Field.PHONE.value, error.message))
        index = self.col.get(Field.NOTE)
        if index is not None and (value := values[index]) is not None:
            row.note = _CONTROL.sub(" ", self._text(Field.NOTE, value))
        index = self.col.get(Field.CLAN)
        if index is not None and (value := values[index]) is not None:
            clan = normalize_spaces(_CONTROL.sub(" ", self._text(Field.CLAN, value)))
            if len(clan) > CLAN_MAX:
                row.errors.append((Field.CLAN.value, f"Tên dòng họ dài quá {CLAN_MAX} ký tự."))
            else:
                row.clan = clan

    def _cccd_agrees(self, row: CleanRow) -> None:
        cccd = row.cccd
        assert cccd is not None
        if row.sex is None:
            row.sex, row.sex_from_cccd = cccd_sex(cccd), True
            sex_differs = False
        else:
            sex_differs = cccd_sex(cccd) != row.sex
        year_differs = row.birth is not None and cccd_birth_year(cccd) != row.birth.year
        if sex_differs or year_differs or self.cccd_province[cccd[:3]] is None:
            sex = None if row.sex_from_cccd else row.sex
            for message in cccd_consistency_warnings(cccd, sex, row.birth.year if row.birth else None):
                row.warnings.append((Field.CCCD.value, message))

    def _places(self, values: list[object], section: tuple[str, ...], row: CleanRow) -> None:
        index = self.col.get(Field.VILLAGE)
        if index is not None and (value := values[index]) is not None:
            row.village, row.village_source = self.village[value], Field.VILLAGE  # type: ignore[assignment]
        index = self.col.get(Field.ADDRESS)
        if index is not None and (value := values[index]) is not None:
            address = self._text(Field.ADDRESS, value)
            if len(address) > ADDRESS_MAX:
                row.errors.append((Field.ADDRESS.value, f"Địa chỉ dài quá {ADDRESS_MAX} ký tự."))
            row.address = address[:ADDRESS_MAX]
            if row.commune_code is None or row.village is None:
                commune, village = self.address_places[value]  # type: ignore[misc]
                if row.commune_code is None and commune is not None and Field.COMMUNE.value not in (
                        e[0] for e in row.errors):
                    row.commune_code, row.commune_source = commune, Field.ADDRESS
                if row.village is None and village is not None:
                    row.village, row.village_source = village, Field.ADDRESS
        if row.village is None and section:
            village = self.section_village[section]
            if isinstance(village, str):
                row.village, row.village_source = village, None

    def _enrollment(self, values: list[object], row: CleanRow) -> None:
        """The payment of the row: a period from "Từ ngày" and "Đến ngày" or "Số tháng", and the receipt."""
        errors = row.errors
        count = len(errors)
        got: dict[Field, Any] = {}
        for index, parse, which in self.payment_readers:
            value = values[index]
            if value is not None:
                parsed = parse(value)
                if parsed.__class__ is Bad:
                    errors.append((which.value, parsed.message))
                else:
                    got[which] = parsed
        receipt_date: dt.date | None = got.get(Field.RECEIPT_DATE)
        receipt_no: str | None = got.get(Field.RECEIPT_NO)
        if receipt_no is not None and len(receipt_no) > RECEIPT_NO_MAX:
            errors.append((Field.RECEIPT_NO.value, f"Số biên lai dài quá {RECEIPT_NO_MAX} ký tự."))
        if receipt_date is not None and receipt_date > self.today:
            errors.append((Field.RECEIPT_DATE.value, "Ngày biên lai không được sau ngày hôm nay."))
        period = self.periods[tuple(values[i] if i is not None else None for i in self.period_columns)]
        if period.__class__ is list:
            errors.extend(period)
            return
        if len(errors) > count:
            return
        valid_from, valid_to, months = period
        row.enrollment = EnrollmentData(
            scheme=got.get(Field.SCHEME) or "", valid_from=valid_from, valid_to=valid_to, months=months,
            amount=got.get(Field.AMOUNT) or 0, receipt_no=receipt_no, receipt_date=receipt_date,
        )

    def _period(self, raw: tuple[object, object, object]) -> tuple[dt.date, dt.date, int] | list[tuple[str, str]]:
        """(valid from, valid to, months) from the three cells as written, or the errors they make.

        Kept per distinct triple: a list repeats the same period on most rows.
        """
        errors: list[tuple[str, str]] = []
        parsed: list[Any] = []
        memos: tuple[Memo[Any], ...] = (self.valid_from, self.valid_to, self.months)
        for value, memo, which in zip(raw, memos, (Field.VALID_FROM, Field.VALID_TO, Field.MONTHS), strict=True):
            result = memo[value] if value is not None else None
            if isinstance(result, Bad):
                errors.append((which.value, result.message))
                result = None
            parsed.append(result)
        start, end, months = parsed
        if start is not None and start.precision is Precision.YEAR:
            errors.append((Field.VALID_FROM.value, "Từ ngày cần ghi ít nhất tháng và năm (mm/yyyy)."))
            start = None
        if end is not None and end.precision is Precision.YEAR:
            errors.append((Field.VALID_TO.value, "Đến ngày cần ghi ít nhất tháng và năm (mm/yyyy)."))
            end = None
        if errors:
            return errors
        if start is None:
            return [(Field.VALID_FROM.value,
                     "Có thông tin đóng tiền nhưng chưa ghi thời gian tham gia từ ngày (tháng) nào.")]
        valid_from = start.first_day()
        if end is not None:
            valid_to = end.first_day() if end.precision is Precision.DAY else month_end(end.first_day())
            if valid_to < valid_from:
                return [(Field.VALID_TO.value, "Đến ngày phải sau Từ ngày.")]
            return valid_from, valid_to, months if months is not None else months_between(valid_from, valid_to)
        if months is not None:
            return valid_from, period_end(valid_from, months), months
        missing = next((f for f in (Field.MONTHS, Field.VALID_TO) if f in self.col), Field.VALID_FROM)
        return [(missing.value, "Có Từ ngày nhưng chưa ghi Đến ngày hoặc Số tháng.")]


class _Periods(dict[tuple[object, ...], Any]):
    """Periods computed once per distinct (from, to, months) cells."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: tuple[object, ...]) -> Any:
        value = self._compute(key)
        if len(self) < MEMO_LIMIT:
            self[key] = value
        return value


def _blanked(values: Sequence[object]) -> list[object]:
    """The row's values with white-space-only text as None (a new list: the sheet's stays as read)."""
    return [None if v.__class__ is str and not v.strip() else v for v in values]


def months_between(start: dt.date, end: dt.date) -> int:
    """Calendar months a period covers: 01/01-31/12 is 12, 15/01-14/04 is 3 (at least 1)."""
    months = max(1, (end.year - start.year) * 12 + end.month - start.month)
    while period_end(start, months) < end:
        months += 1
    return months


def _section_village(section: tuple[str, ...]) -> str | None:
    """A village group row above the person ("Thôn 3", "Buôn Ea Kiết"), if any."""
    for label in reversed(section):
        found = village_text(re.sub(r"^\s*[\dIVXivx]+[.)]?\s+", "", label))
        if found:
            return found
    return None


def parse_rows(table: SheetTable, mapping: Mapping[int, Field], today: dt.date | None = None,
               progress: Progress = no_progress, cancel: CancelFlag | None = None) -> ParsedImport:
    """Every data row of ``table`` cleaned and checked (no database)."""
    parser = RowParser(table, mapping, today or dt.date.today())
    data_rows = table.table.rows
    total = len(data_rows)
    cleaned: list[CleanRow] = []
    progress(Stage.CHECKING, 0, total)
    with collector_paused():
        for start in range(0, total, PROGRESS_EVERY):
            if cancel is not None and cancel.is_set():
                raise ImportCancelled()
            cleaned.extend(parser.parse(data) for data in data_rows[start : start + PROGRESS_EVERY])
            progress(Stage.CHECKING, min(total, start + PROGRESS_EVERY), total)
    return ParsedImport(
        file_name=table.source.name,
        file_hash=table.source.sha256,
        sheet=table.sheet,
        header_row=table.header_row,
        labels=table.labels,
        mapping=dict(parser.mapping),
        signature=table.signature,
        rows=cleaned,
        raw=list(data_rows),
        encodings=dict(parser.encodings),
    )
