"""A report as plain data: what to print, independent of the output format.

Services describe a list (columns, header lines, signers) once and hand the
same description to the Excel writer and the PDF renderer, so both files show
the same numbers and wording.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, TypeAlias

from desktop.reports.charts import Figure
from desktop.reports.results import ReportTotals

ColumnKind: TypeAlias = Literal["text", "int", "money", "date", "percent", "tick"]
"""How a column's values are stored and shown.

``int``/``money``: whole numbers with dot thousands separators; ``date``: a
``datetime.date`` (or a partial date such as "1975" given as text); ``percent``:
a number in percent units (89.9 means 89,9%); ``tick``: a truthy value prints "x".
"""

Orientation: TypeAlias = Literal["portrait", "landscape"]
NumberingScope: TypeAlias = Literal["section", "report"]
Align: TypeAlias = Literal["left", "center", "right"]
CellValue: TypeAlias = str | int | float | Decimal | dt.date | bool | None
Row: TypeAlias = Mapping[str, CellValue] | Sequence[CellValue]
"""A row is a mapping by column key, or a sequence in column order."""

FooterLine: TypeAlias = str | Callable[[ReportTotals], str]
"""A fixed line, or one built from the totals once every row has been seen."""

SUMMABLE_KINDS: frozenset[str] = frozenset({"int", "money"})

_DEFAULT_ALIGN: dict[str, Align] = {
    "text": "left",
    "int": "right",
    "money": "right",
    "date": "center",
    "percent": "right",
    "tick": "center",
}


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the table.

    ``group`` puts a shared header above neighbouring columns (two-row header,
    e.g. "Thời gian tham gia" over "Từ tháng" / "Số tháng"); ``code`` is the
    column code row of official forms ("A", "B", "1" ...); ``numbering`` makes
    the engine fill 1, 2, 3 ... within each section (the STT column).
    """

    key: str
    header: str
    code: str = ""
    width_mm: float = 20.0
    kind: ColumnKind = "text"
    total: bool = False
    group: str = ""
    numbering: bool = False
    align: Align | None = None
    wrap: bool | None = None
    """Whether long text breaks into lines; default yes for text. Codes and
    ID numbers should say ``wrap=False``: they shrink to fit instead."""

    def __post_init__(self) -> None:
        if self.width_mm <= 0:
            raise ValueError(f"Column {self.key!r}: width_mm must be positive")
        if self.total and self.kind not in SUMMABLE_KINDS:
            raise ValueError(f"Column {self.key!r}: only int and money columns can be totalled")
        if self.numbering and self.kind != "int":
            raise ValueError(f"Column {self.key!r}: a numbering column must be of kind int")

    @property
    def wraps(self) -> bool:
        """Whether this column's text wraps (else it shrinks to fit)."""
        return self.kind == "text" if self.wrap is None else self.wrap and self.kind == "text"

    @property
    def alignment(self) -> Align:
        """The explicit alignment, else the usual one for the kind."""
        return self.align or _DEFAULT_ALIGN[self.kind]


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """A signer's block under the table: title, hint, room to sign, name."""

    title: str
    name: str = ""
    hint: str = "(Ký, ghi rõ họ tên)"


@dataclass(frozen=True, slots=True)
class OfficeLetterhead:
    """The issuing office and its signers, the same for every report it prints."""

    parent_body: str
    unit: str
    place: str
    report_date: dt.date
    preparer_name: str = ""
    head_name: str = ""
    preparer_title: str = "Người lập biểu"
    head_title: str = "Thủ trưởng đơn vị"
    head_hint: str = "(Ký, ghi rõ họ tên, đóng dấu)"

    def default_signatures(self) -> tuple[SignatureBlock, ...]:
        """Preparer on the left, head of the unit on the right."""
        return (
            SignatureBlock(self.preparer_title, self.preparer_name),
            SignatureBlock(self.head_title, self.head_name, self.head_hint),
        )


@dataclass(frozen=True)
class ReportDefinition:
    """Everything about a report except its rows."""

    title: str
    columns: tuple[Column, ...]
    subtitle: str = ""
    orientation: Orientation = "portrait"
    info_lines: tuple[str, ...] = ()
    footer_lines: tuple[FooterLine, ...] = ()
    notes: tuple[str, ...] = ()
    signatures: tuple[SignatureBlock, ...] | None = None
    total_label: str = "Tổng cộng"
    sheet_name: str = "Báo cáo"
    font_size: float = 10.0
    """Table text size in the PDF, in points (Excel uses 11 and fits to width)."""
    figures: tuple[Figure, ...] = ()
    """Charts drawn before or after the table (PDF) and as native charts below it (Excel)."""
    form_code: str = ""
    """Official form code printed top right above the national motto, e.g. "Mẫu D03-TS"."""
    form_basis: str = ""
    """The legal basis printed under the form code, small and in italics."""
    numbering_scope: NumberingScope = "section"
    """Whether the STT column restarts at 1 under every heading or runs on through the report."""

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError("A report needs at least one column")
        keys = [column.key for column in self.columns]
        if len(set(keys)) != len(keys):
            raise ValueError("Column keys must be unique")
        if sum(column.numbering for column in self.columns) > 1:
            raise ValueError("At most one numbering column")
        if self.form_basis and not self.form_code:
            raise ValueError("A form basis needs a form code")

    def figures_at(self, position: str) -> tuple[Figure, ...]:
        """The figures placed ``"before"`` or ``"after"`` the table, in order."""
        return tuple(figure for figure in self.figures if figure.position == position)

    @property
    def has_groups(self) -> bool:
        """Whether the header takes two rows."""
        return any(column.group for column in self.columns)

    @property
    def has_codes(self) -> bool:
        """Whether the column-code row (A, B, 1, 2 ...) is printed."""
        return any(column.code for column in self.columns)

    def group_runs(self) -> list[tuple[int, int, str]]:
        """Runs of neighbouring columns sharing a group header: (first, last, group)."""
        runs: list[tuple[int, int, str]] = []
        for index, column in enumerate(self.columns):
            if runs and column.group and runs[-1][2] == column.group:
                runs[-1] = (runs[-1][0], index, column.group)
            else:
                runs.append((index, index, column.group))
        return runs

    @property
    def label_last_column(self) -> int:
        """Last column under a "Cộng tăng"/"Tổng cộng" label: those before the first total."""
        for index, column in enumerate(self.columns):
            if column.total:
                return max(0, index - 1)
        return len(self.columns) - 1

    def signature_blocks(self, letterhead: OfficeLetterhead) -> tuple[SignatureBlock, ...]:
        """The blocks this report asks for, else the office's usual two."""
        if self.signatures is not None:
            return self.signatures
        return letterhead.default_signatures()


@dataclass
class Part:
    """A numbered sub-heading of a section and its rows, e.g. "I.1 Người tham gia"."""

    numeral: str
    label: str
    rows: Iterable[Row] = ()


@dataclass
class Section:
    """A block of rows, e.g. "Tăng" numbered "I", with its subtotal "Cộng tăng".

    ``rows`` may be any iterable, including a generator over 100,000 records:
    the writers read it once and never keep it.
    """

    rows: Iterable[Row] = ()
    label: str = ""
    subtotal_label: str = ""
    numeral: str = ""
    """Printed in the first column with the label beside it, as official forms do."""
    parts: Sequence[Part] = ()
    """Sub-headings, each with its rows (``rows`` is then not read); one subtotal covers all."""

    def blocks(self) -> Sequence[Part]:
        """The rows under their sub-headings; a section without parts is one unheaded block."""
        return self.parts or (Part("", "", self.rows),)


def heading_text(numeral: str, label: str) -> str:
    """A heading written in one piece, where the numeral has no cell of its own.

    "I. Tăng", but "I.1 Người tham gia": a numeral with a dot takes no second one.
    """
    if not numeral:
        return label
    return f"{numeral} {label}" if "." in numeral else f"{numeral}. {label}"


@dataclass
class ReportData:
    """The rows of one report, by section, and whether to print a grand total."""

    sections: Sequence[Section]
    grand_total: bool = True
    total_rows: int | None = None
    """Number of rows if known in advance, for progress; counted when sized."""

    @classmethod
    def single(cls, rows: Iterable[Row], grand_total: bool = True) -> ReportData:
        """A report with one unlabelled section."""
        return cls([Section(rows)], grand_total=grand_total)

    def expected_rows(self) -> int | None:
        """Rows to expect, when the caller said so or every section is sized."""
        if self.total_rows is not None:
            return self.total_rows
        count = 0
        for section in self.sections:
            for part in section.blocks():
                if not isinstance(part.rows, Sequence):
                    return None
                count += len(part.rows)
        return count
