"""What the engine learns while writing: counts and totals, and the written file."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TypeAlias

Number: TypeAlias = int | float | Decimal


@dataclass
class SectionTotals:
    """Rows and sums of one section, filled in as its rows stream past."""

    label: str
    row_count: int = 0
    sums: dict[str, Number] = field(default_factory=dict)


@dataclass
class ReportTotals:
    """Rows and sums per section and for the whole report.

    Footer lines such as "Tổng số thẻ BHYT đề nghị cấp: 12" are built from this
    after the last row, since a streamed report only knows its count at the end.
    """

    sections: list[SectionTotals] = field(default_factory=list)
    row_count: int = 0
    sums: dict[str, Number] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportResult:
    """What a writer produced, for the caller's status line."""

    path: Path
    row_count: int
    totals: ReportTotals
    page_count: int | None = None
