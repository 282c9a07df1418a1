"""Targets (chỉ tiêu): one value per period, scope (office / commune / agent) and metric.

The desk enters them in a grid (rows = agents or communes, columns = metrics)
for one period, copies last period's figures, or imports the province's
.xlsx. Counts are whole numbers; rates (HI coverage, VSI share of the
working-age population) are stored in basis points (9500 = 95,00%) so every
stored value stays an exact integer.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db import Database
from desktop.domain.cells import cell_text
from desktop.domain.errors import ValidationError
from desktop.domain.periods import add_months
from desktop.domain.text import fold
from desktop.io.readers import read_workbook
from desktop.io.table import find_table
from desktop.io.workbook import Sheet
from desktop.models import Agent, Commune, OfficeCommune, Target
from desktop.services.audit import Actor, record, require
from desktop.services.authz import Permission
from desktop.services.errors import ConcurrentEditError

COUNT_METRICS = ("new_vsi", "new_hi_hh", "renewals")
RATE_METRICS = ("hi_coverage", "vsi_share")
METRICS = COUNT_METRICS + RATE_METRICS
METRIC_LABELS = {
    "new_vsi": "Phát triển mới BHXH tự nguyện",
    "new_hi_hh": "Phát triển mới BHYT hộ gia đình",
    "renewals": "Tái tục",
    "hi_coverage": "Tỷ lệ bao phủ BHYT (%)",
    "vsi_share": "Tỷ lệ tham gia BHXH tự nguyện (%)",
}
SCOPE_METRICS = {"agent": COUNT_METRICS, "commune": METRICS, "office": METRICS}
PERIOD_KINDS = ("year", "quarter", "month", "week")
PERIOD_LABELS = {"year": "Năm", "quarter": "Quý", "month": "Tháng", "week": "Tuần"}
SCOPE_KINDS = ("agent", "commune", "office")
OFFICE_KEY = "office"
MAX_COUNT = 1_000_000

RowKey = int | str  # agent id, commune code, or OFFICE_KEY


@dataclass(frozen=True, order=True)
class Period:
    """A target period: its kind and first and last day."""

    kind: str
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        if self.kind == "year":
            return f"Năm {self.start.year}"
        if self.kind == "quarter":
            return f"Quý {(self.start.month - 1) // 3 + 1}/{self.start.year}"
        if self.kind == "month":
            return f"Tháng {self.start.month:02d}/{self.start.year}"
        week = self.start.isocalendar()
        return f"Tuần {week.week}/{week.year} ({self.start:%d/%m} – {self.end:%d/%m})"

    def previous(self) -> Period:
        return period_of(self.kind, self.start - dt.timedelta(days=1))

    def next(self) -> Period:
        return period_of(self.kind, self.end + dt.timedelta(days=1))


def period_of(kind: str, day: dt.date) -> Period:
    """The period of ``kind`` containing ``day`` (weeks run Monday to Sunday)."""
    if kind == "year":
        return Period(kind, dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
    if kind == "quarter":
        start = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return Period(kind, start, add_months(start, 3) - dt.timedelta(days=1))
    if kind == "month":
        start = day.replace(day=1)
        return Period(kind, start, add_months(start, 1) - dt.timedelta(days=1))
    if kind == "week":
        start = day - dt.timedelta(days=day.weekday())
        return Period(kind, start, start + dt.timedelta(days=6))
    raise ValueError(f"unknown period kind {kind!r}")


def format_target(metric: str, value: int | None) -> str:
    """A stored value as the grid shows it: counts as "12", rates as "95,50"."""
    if value is None:
        return ""
    if metric in RATE_METRICS:
        return f"{value / 100:.2f}".replace(".", ",")
    return str(value)


_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def parse_target(metric: str, text: object) -> int | None:
    """What the desk typed (or a cell held) as a stored value; empty means "no target"."""
    if text is None:
        return None
    if isinstance(text, bool):
        raise ValidationError("Chỉ tiêu phải là một số.", metric)
    if isinstance(text, int | float):
        number = float(text)
        raw = str(text)
        if not math.isfinite(number):
            raise ValidationError("Chỉ tiêu phải là một số.", metric)
    else:
        raw = cell_text(text).strip().removesuffix("%").strip()
        if not raw:
            return None
        if metric in COUNT_METRICS:
            raw = raw.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", raw) else raw
        if not _NUMBER.match(raw):
            raise ValidationError(f"“{raw}” không phải là số.", metric)
        number = float(raw.replace(",", "."))
    if number < 0:
        raise ValidationError(f"Chỉ tiêu không được là số âm, đang có “{raw}”.", metric)
    if metric in RATE_METRICS:
        if isinstance(text, float) and 0 < number <= 1:
            number *= 100  # Excel percentage cell: 0.95 means 95%
        if number > 100:
            raise ValidationError("Tỷ lệ không được vượt quá 100%.", metric)
        return round(number * 100)
    if number != int(number):
        raise ValidationError(f"Chỉ tiêu số người phải là số nguyên, đang có “{raw}”.", metric)
    if number > MAX_COUNT:
        raise ValidationError("Chỉ tiêu quá lớn.", metric)
    return int(number)


@dataclass(frozen=True)
class GridRow:
    key: RowKey
    code: str
    name: str


@dataclass
class TargetGrid:
    """The targets of one period and scope: rows, and each stored cell with its version."""

    period: Period
    scope_kind: str
    rows: list[GridRow]
    values: dict[tuple[RowKey, str], int] = field(default_factory=dict)
    versions: dict[tuple[RowKey, str], int] = field(default_factory=dict)

    @property
    def metrics(self) -> tuple[str, ...]:
        return SCOPE_METRICS[self.scope_kind]


@dataclass(frozen=True)
class TargetCell:
    """One change: the new value (None clears it) and the version the desk saw (None: was empty)."""

    key: RowKey
    metric: str
    value: int | None
    version: int | None = None


def scope_rows(session: Session, scope_kind: str, period: Period) -> list[GridRow]:
    """Rows of the grid: agents working during the period, the office's communes, or the office."""
    if scope_kind == "agent":
        query = (select(Agent.id, Agent.code, Agent.full_name)
                 .where((Agent.active_from.is_(None)) | (Agent.active_from <= period.end),
                        (Agent.active_to.is_(None)) | (Agent.active_to >= period.start))
                 .order_by(Agent.code))
        return [GridRow(aid, code, name) for aid, code, name in session.execute(query)]
    if scope_kind == "commune":
        communes = (select(Commune.code, Commune.name)
                    .join(OfficeCommune, OfficeCommune.commune_code == Commune.code).order_by(Commune.name_key))
        return [GridRow(code, code, name) for code, name in session.execute(communes)]
    return [GridRow(OFFICE_KEY, "", "Toàn đơn vị")]


def _target_query(period: Period, scope_kind: str) -> Select[Any]:
    return select(Target).where(Target.period_kind == period.kind, Target.period_start == period.start,
                                Target.scope_kind == scope_kind)


def _key(target: Target) -> RowKey:
    if target.scope_kind == "agent":
        return int(target.agent_id or 0)
    if target.scope_kind == "commune":
        return str(target.commune_code)
    return OFFICE_KEY


def load_grid(db: Database, period: Period, scope_kind: str) -> TargetGrid:
    with db.reading() as session:
        grid = TargetGrid(period, scope_kind, scope_rows(session, scope_kind, period))
        for target in session.scalars(_target_query(period, scope_kind)):
            grid.values[(_key(target), target.metric)] = target.value
            grid.versions[(_key(target), target.metric)] = target.version
        return grid


def targets_for(session: Session, period: Period, scope_kind: str) -> dict[tuple[RowKey, str], int]:
    """Stored targets of a period and scope, for progress and the dashboard."""
    return {(_key(t), t.metric): t.value for t in session.scalars(_target_query(period, scope_kind))}


def save_targets(db: Database, actor: Actor, period: Period, scope_kind: str, cells: Sequence[TargetCell]) -> int:
    """Write the changed cells of the grid, all or nothing; returns how many changed."""
    require(actor, Permission.EDIT_PLAN)
    if scope_kind not in SCOPE_KINDS:
        raise ValueError(scope_kind)
    try:
        with db.unit_of_work() as session:
            return _apply(session, actor, period, scope_kind, cells, check=True)
    except StaleDataError as error:
        raise ConcurrentEditError(_CHANGED_MESSAGE) from error


_CHANGED_MESSAGE = ("Chỉ tiêu của kỳ này vừa được sửa ở máy khác sau khi bạn mở. Thay đổi của bạn chưa được lưu; "
                    "hãy tải lại bảng rồi nhập lại.")


def _apply(session: Session, actor: Actor, period: Period, scope_kind: str, cells: Sequence[TargetCell],
           check: bool) -> int:
    existing = {(_key(t), t.metric): t for t in session.scalars(_target_query(period, scope_kind))}
    before = {key: target.value for key, target in existing.items()}  # the loop updates the targets in place
    valid_keys = {row.key for row in scope_rows(session, scope_kind, period)}
    changed = 0
    for cell in cells:
        if cell.metric not in SCOPE_METRICS[scope_kind]:
            raise ValidationError(f"Chỉ tiêu “{cell.metric}” không áp dụng cho phạm vi này.", cell.metric)
        if cell.key not in valid_keys:
            raise ValidationError("Có dòng không còn trong danh sách (đại lý thôi làm hoặc xã đã bỏ).", cell.metric)
        if cell.value is not None and cell.value < 0:
            raise ValidationError("Chỉ tiêu không được âm.", cell.metric)
        target = existing.get((cell.key, cell.metric))
        if check and (target.version if target else None) != cell.version:
            raise ConcurrentEditError(_CHANGED_MESSAGE)
        old = target.value if target else None
        if old == cell.value:
            continue
        if target is not None and cell.value is None:
            session.delete(target)
        elif target is not None and cell.value is not None:
            target.value = cell.value
        elif cell.value is not None:
            target = Target(period_kind=period.kind, period_start=period.start, period_end=period.end,
                            scope_kind=scope_kind, metric=cell.metric, value=cell.value,
                            agent_id=cell.key if scope_kind == "agent" else None,
                            commune_code=cell.key if scope_kind == "commune" else None)
            session.add(target)
        changed += 1
    if changed:
        record(session, actor, "update", "targets", None, f"{period.label}: {changed} chỉ tiêu ({scope_kind})",
               {f"{cell.key}/{cell.metric}": (before.get((cell.key, cell.metric)), cell.value)
                for cell in cells if before.get((cell.key, cell.metric)) != cell.value})
    return changed


def copy_previous(db: Database, actor: Actor, period: Period, scope_kind: str) -> int:
    """Fill the empty cells of ``period`` with last period's values; returns how many were filled."""
    require(actor, Permission.EDIT_PLAN)
    previous = period.previous()
    with db.unit_of_work() as session:
        old = targets_for(session, previous, scope_kind)
        current = targets_for(session, period, scope_kind)
        keys = {row.key for row in scope_rows(session, scope_kind, period)}
        cells = [TargetCell(key, metric, value) for (key, metric), value in sorted(old.items(), key=str)
                 if (key, metric) not in current and key in keys]
        return _apply(session, actor, period, scope_kind, cells, check=False)


@dataclass(frozen=True)
class RowError:
    """A problem in the imported file, with its spreadsheet row number."""

    row: int
    message: str

    def __str__(self) -> str:
        return f"Dòng {self.row}: {self.message}" if self.row else self.message


@dataclass
class TargetFile:
    """What an imported targets file holds: the cells it would write, and the rows it could not read."""

    cells: list[TargetCell]
    errors: list[RowError]
    rows_read: int


_METRIC_HEADERS = {
    "new_vsi": ("bhxh tu nguyen", "bhxh tn", "bhxhtn", "new_vsi", "tu nguyen"),
    "new_hi_hh": ("bhyt ho gia dinh", "bhyt hgd", "bhythgd", "ho gia dinh", "new_hi_hh"),
    "renewals": ("tai tuc", "gia han", "renewals"),
    "hi_coverage": ("bao phu", "hi_coverage", "ty le bhyt"),
    "vsi_share": ("ty le bhxh", "ty le tham gia bhxh", "vsi_share"),
}


def metric_for_header(label: str) -> str | None:
    """The metric a column header names ("Phát triển mới BHXH TN" -> new_vsi), or None."""
    folded = fold(label)
    for metric in ("vsi_share", "hi_coverage", "renewals", "new_hi_hh", "new_vsi"):
        if any(word in folded for word in _METRIC_HEADERS[metric]):
            return metric
    return None


def _header_row(sheet: Sheet) -> int | None:
    for index, row in enumerate(sheet.rows[:60]):
        labels = [fold(cell_text(v)) for v in row]
        if any(label == "ma" or label.startswith("ma ") for label in labels) and \
                any(metric_for_header(cell_text(v)) for v in row):
            return index + 1
    return None


def read_target_file(db: Database, path: Path | str, period: Period, scope_kind: str) -> TargetFile:
    """Parse the province's targets sheet: a header row with Mã/Tên and one column per metric."""
    workbook = read_workbook(path)
    sheet = workbook.sheet(None)
    header = _header_row(sheet)
    if header is None:
        return TargetFile([], [RowError(0, "Không tìm thấy dòng tiêu đề có cột “Mã” và cột chỉ tiêu.")], 0)
    table = find_table(sheet, header)
    labels = [fold(label) for label in table.labels]
    code_col = next(i for i, label in enumerate(labels) if label == "ma" or label.startswith("ma "))
    columns = {i: metric for i, label in enumerate(table.labels)
               if (metric := metric_for_header(label)) in SCOPE_METRICS[scope_kind]}
    with db.reading() as session:
        rows = scope_rows(session, scope_kind, period)
        current = {(_key(t), t.metric): t.version for t in session.scalars(_target_query(period, scope_kind))}
        if scope_kind == "commune":
            names = {fold(name): code for code, name in session.execute(select(Commune.code, Commune.name))}
        else:
            names = {}
    by_code: dict[str, RowKey] = {fold(row.code): row.key for row in rows if row.code}
    by_code |= {fold(row.name): row.key for row in rows}
    cells: list[TargetCell] = []
    errors: list[RowError] = []
    seen: dict[RowKey, int] = {}
    read = 0
    for data in table.rows:
        code = cell_text(data.values[code_col]).strip()
        if not code:
            continue
        read += 1
        key = by_code.get(fold(code)) or by_code.get(fold(code).zfill(5))
        if key is None and names:
            key = names.get(fold(code))
        if key is None and scope_kind == "office":
            key = OFFICE_KEY
        if key is None:
            errors.append(RowError(data.number, f"Mã “{code}” không có trong danh sách "
                                                f"{'đại lý thu' if scope_kind == 'agent' else 'xã'} của đơn vị."))
            continue
        if key in seen:
            errors.append(RowError(data.number, f"Mã “{code}” lặp lại (đã có ở dòng {seen[key]})."))
            continue
        seen[key] = data.number
        for col, metric in columns.items():
            try:
                value = parse_target(metric, data.values[col])
            except ValidationError as error:
                errors.append(RowError(data.number, f"Cột “{table.labels[col]}”: {error.message}"))
                continue
            if value is not None:
                cells.append(TargetCell(key, metric, value, current.get((key, metric))))
    if not columns:
        errors.insert(0, RowError(table.header_row, "Không có cột chỉ tiêu nào nhận ra được."))
    return TargetFile(cells, errors, read)


def import_targets(db: Database, actor: Actor, period: Period, scope_kind: str, parsed: TargetFile) -> int:
    """Write what :func:`read_target_file` found (the desk confirmed it), replacing cells it names."""
    require(actor, Permission.EDIT_PLAN)
    require(actor, Permission.IMPORT)
    with db.unit_of_work() as session:
        return _apply(session, actor, period, scope_kind, parsed.cells, check=False)
