"""The values an import hands back to its callers: per-row results, counts, batches.

Everything here is a plain dataclass, so the wizard and the command line read
the same answer without ever touching a Session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple, Protocol

from desktop.services.errors import ServiceError


class RowResult(StrEnum):
    """What the import does (or did) with one data row."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"  # the same person appears earlier in the file
    CANDIDATE = "candidate"  # same name, birth year and village as someone known: imported as new unless confirmed
    ERROR = "error"


class Stage(StrEnum):
    """Steps a long import reports progress for (the view words them)."""

    READING = "reading"
    CHECKING = "checking"
    MATCHING = "matching"
    WRITING = "writing"


class CancelFlag(Protocol):
    """Anything with ``is_set()`` (a ``threading.Event``): set it to stop the import."""

    def is_set(self) -> bool: ...


Progress = Callable[[Stage, int, int], None]
"""Called with the stage, rows done and rows in all; may be called from a worker thread."""


class NothingToImport(ServiceError):
    """Every row has an error or is a duplicate: there is nothing to commit."""

    def __init__(self) -> None:
        super().__init__("Không có dòng nào hợp lệ để ghi; hãy sửa các dòng lỗi rồi nhập lại.")


class ImportCancelled(ServiceError):
    """The user cancelled: nothing was written."""

    def __init__(self) -> None:
        super().__init__("Đã huỷ việc nhập danh sách; cơ sở dữ liệu không thay đổi.")


def no_progress(stage: Stage, done: int, total: int) -> None:
    """The default progress sink."""


class RowMessage(NamedTuple):
    """A finding on one row: the field, the file's column label, the Vietnamese text.

    A named tuple, as ``RowOutcome``: a 100,000-row preview builds one or two per row.
    """

    field: str
    column: str
    text: str
    is_error: bool


@dataclass(frozen=True)
class Candidate:
    """A known person the row may be (same folded name, birth year and village)."""

    person_id: int
    full_name: str
    birth: str
    village: str
    cccd: str
    si_code: str


class RowOutcome(NamedTuple):
    """The result of one data row, with its 1-based spreadsheet row number."""

    number: int
    result: RowResult
    full_name: str
    messages: tuple[RowMessage, ...] = ()
    candidate: Candidate | None = None
    person_id: int | None = None

    @property
    def errors(self) -> tuple[RowMessage, ...]:
        return tuple(m for m in self.messages if m.is_error)

    @property
    def reason(self) -> str:
        """Every error message of the row, as one line (the error report's last column)."""
        return " ".join(m.text for m in self.messages if m.is_error)


@dataclass(frozen=True)
class ImportCounts:
    """How many rows got each result; ``new`` includes candidates imported as new."""

    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    candidates: int = 0
    errors: int = 0

    @property
    def valid(self) -> int:
        """Rows that can be written: new (candidates included), updated, unchanged."""
        return self.new + self.updated + self.unchanged

    @classmethod
    def of(cls, outcomes: list[RowOutcome]) -> ImportCounts:
        tally = dict.fromkeys(RowResult, 0)
        for outcome in outcomes:
            tally[outcome.result] += 1
        return cls(
            rows=len(outcomes),
            new=tally[RowResult.NEW] + tally[RowResult.CANDIDATE],
            updated=tally[RowResult.UPDATED],
            unchanged=tally[RowResult.UNCHANGED],
            duplicates=tally[RowResult.DUPLICATE],
            candidates=tally[RowResult.CANDIDATE],
            errors=tally[RowResult.ERROR],
        )


@dataclass(frozen=True)
class BatchInfo:
    """One committed import, as the history list shows it."""

    id: int
    file_name: str
    file_hash: str
    sheet: str
    header_row: int
    created_at: dt.datetime
    username: str
    rows: int
    new: int
    updated: int
    unchanged: int
    errors: int
    status: str  # committed / undone
    undone_at: dt.datetime | None

    @property
    def undone(self) -> bool:
        return self.status == "undone"


@dataclass(frozen=True)
class ImportOptions:
    """Choices the user makes besides the column mapping.

    ``confirmed`` maps a row number to the known person the user says it is;
    ``merge_candidates`` confirms every candidate (command line option).
    """

    default_commune: str | None = None
    default_scheme: str = "HI-HH"
    confirmed: Mapping[int, int] = field(default_factory=dict)
    merge_candidates: bool = False
    create_clans: bool = False
    """Create the clans a clan column names that the commune does not have yet (see imports.clans)."""
    today: dt.date | None = None


@dataclass(frozen=True)
class ImportPreview:
    """The dry run (or, with ``committed``, the commit): what happens to every row."""

    file_name: str
    file_hash: str
    sheet: str
    header_row: int
    labels: tuple[str, ...]
    outcomes: list[RowOutcome]
    counts: ImportCounts
    villages_created: tuple[str, ...] = ()
    clans_created: tuple[str, ...] = ()
    clans_unknown: tuple[str, ...] = ()
    """Clans the clan column names that their commune lacks ("Niê (Xã Cuôr Đăng)"), created only when asked."""
    households_linked: int = 0
    """Households the clan column puts into a clan (to be, in a dry run)."""
    same_file_batches: tuple[BatchInfo, ...] = ()
    warnings: tuple[str, ...] = ()
    committed: bool = False
    batch_id: int | None = None

    def by_result(self, result: RowResult) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.result is result]

    def as_json(self) -> dict[str, object]:
        """The command line's ``--json`` object; rows are 1-based spreadsheet rows, columns the file's labels."""
        counts = self.counts
        return {
            "file": self.file_name,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "rows": counts.rows,
            "valid": counts.valid,
            "invalid": counts.errors,
            "new": counts.new,
            "updated": counts.updated,
            "unchanged": counts.unchanged,
            "duplicates_in_file": counts.duplicates,
            "candidates": counts.candidates,
            "households_linked": self.households_linked,
            "clans_created": list(self.clans_created),
            "committed": self.committed,
            "batch_id": self.batch_id,
            "warnings": list(self.warnings),
            "errors": [
                {"row": outcome.number, "column": message.column, "message": message.text}
                for outcome in self.outcomes if outcome.result is RowResult.ERROR
                for message in outcome.errors
            ],
        }


@dataclass(frozen=True)
class UndoResult:
    """What undoing a batch removed and restored."""

    batch_id: int
    persons_deleted: int
    persons_restored: int
    enrollments_deleted: int
    villages_deleted: int

