"""The body stream: sections, numbering, subtotals and exact totals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.reports.body import BodyStream, LineKind
from desktop.reports.definition import (
    CellValue,
    Column,
    Part,
    ReportData,
    ReportDefinition,
    Section,
    heading_text,
)
from desktop.reports.run_control import RunControl

DEFINITION = ReportDefinition(
    title="Thu tiền",
    columns=(
        Column("stt", "STT", "A", 10, "int", numbering=True),
        Column("name", "Họ và tên", "B", 50),
        Column("months", "Số tháng", "1", 15, "int"),
        Column("amount", "Số tiền", "2", 25, "money", total=True),
    ),
)


def _lines(data: ReportData) -> tuple[list[tuple[LineKind, list[object], str]], BodyStream]:
    stream = BodyStream(DEFINITION, data, RunControl(None, None, None))
    return [(kind, list(values), label) for kind, values, label in stream], stream


def test_sections_numbering_subtotals_and_grand_total() -> None:
    data = ReportData(
        [
            Section(
                [
                    {"name": "Nguyễn Thị Hiền", "months": 12, "amount": 1_263_600},
                    {"name": "Y Bhim Mlô", "amount": 884_520},
                ],
                "I. Tăng",
                "Cộng tăng",
            ),
            Section([(None, "Đỗ Văn Đức", 6, 631_800)], "II. Giảm", "Cộng giảm"),
        ]
    )
    lines, stream = _lines(data)
    kinds = [kind for kind, _, _ in lines]
    assert kinds == [
        LineKind.SECTION, LineKind.ROW, LineKind.ROW, LineKind.SUBTOTAL,
        LineKind.SECTION, LineKind.ROW, LineKind.SUBTOTAL, LineKind.TOTAL,
    ]  # fmt: skip
    assert [values[0] for kind, values, _ in lines if kind is LineKind.ROW] == [1, 2, 1]
    assert lines[3] == (LineKind.SUBTOTAL, [None, None, None, 2_148_120], "Cộng tăng")
    assert lines[6][1][3] == 631_800
    assert lines[7] == (LineKind.TOTAL, [None, None, None, 2_779_920], "Tổng cộng")
    totals = stream.totals
    assert totals.row_count == 3
    assert totals.sums == {"amount": 2_779_920}
    assert [(section.label, section.row_count, section.sums) for section in totals.sections] == [
        ("I. Tăng", 2, {"amount": 2_148_120}),
        ("II. Giảm", 1, {"amount": 631_800}),
    ]


def test_given_numbers_are_kept_and_no_grand_total_when_not_asked() -> None:
    lines, _ = _lines(ReportData.single([(7, "A", 1, 10)], grand_total=False))
    assert lines == [(LineKind.ROW, [7, "A", 1, 10], "")]


def test_decimal_and_float_mix_exactly() -> None:
    rows: list[tuple[CellValue, ...]] = [
        (None, "A", 1, Decimal("0.1")),
        (None, "B", 1, 0.2),
        (None, "C", 1, 3),
    ]
    _, stream = _lines(ReportData.single(rows))
    assert stream.totals.sums["amount"] == Decimal("3.3")


def test_wrong_row_length_and_non_numbers_are_refused() -> None:
    with pytest.raises(ValueError, match="4 cột"):
        _lines(ReportData.single([("A", 1)]))
    with pytest.raises(TypeError, match="amount"):
        _lines(ReportData.single([(None, "A", 1, "1.000")]))
    with pytest.raises(TypeError, match="amount"):
        _lines(ReportData.single([(None, "A", 1, True)]))


def test_a_total_column_nobody_filled_prints_blank_but_sums_to_zero() -> None:
    lines, stream = _lines(ReportData.single([(None, "A", 1, None), (None, "B", 2, None)]))
    assert lines[-1] == (LineKind.TOTAL, [None, None, None, None], "Tổng cộng")
    assert stream.totals.sums == {"amount": 0}


def test_parts_restart_numbering_and_share_their_section_subtotal() -> None:
    """D03-TS's "I Tăng / I.1 Người tham gia / I.2 Tiền lương" with one "Cộng tăng"."""
    data = ReportData(
        [
            Section(
                label="Tăng",
                numeral="I",
                subtotal_label="Cộng tăng",
                parts=(
                    Part("I.1", "Người tham gia", [{"name": "Hà", "amount": 100}, {"name": "Lan", "amount": 20}]),
                    Part("I.2", "Tiền lương", iter([{"name": "Mai", "amount": 3}])),
                    Part("I.3", "Để trống"),
                ),
            )
        ],
        grand_total=False,
    )
    assert data.expected_rows() is None  # one part is a generator: not sized
    lines, stream = _lines(data)
    outline = [(kind, values[:1], label) for kind, values, label in lines]
    assert outline == [
        (LineKind.SECTION, ["I"], "Tăng"),
        (LineKind.SECTION, ["I.1"], "Người tham gia"),
        (LineKind.ROW, [1], ""),
        (LineKind.ROW, [2], ""),
        (LineKind.SECTION, ["I.2"], "Tiền lương"),
        (LineKind.ROW, [1], ""),
        (LineKind.SECTION, ["I.3"], "Để trống"),
        (LineKind.SUBTOTAL, [None], "Cộng tăng"),
    ]
    assert lines[-1][1][3] == 123
    assert [(s.label, s.row_count) for s in stream.totals.sections] == [("Tăng", 3)]
    sized = ReportData([Section(parts=(Part("1", "a", [{"name": "x"}]), Part("2", "b", [{}, {}])))])
    assert sized.expected_rows() == 3


def test_report_wide_numbering_runs_through_parts() -> None:
    definition = ReportDefinition(title="Thu", columns=DEFINITION.columns, numbering_scope="report")
    data = ReportData([Section(parts=(Part("1", "a", [{}, {}]), Part("2", "b", [{}])))])
    stream = BodyStream(definition, data, RunControl(None, None, None))
    assert [values[0] for kind, values, _ in stream if kind is LineKind.ROW] == [1, 2, 3]


def test_heading_text_joins_numeral_and_label_where_they_share_a_cell() -> None:
    assert heading_text("I", "Tăng") == "I. Tăng"
    assert heading_text("I.1", "Người tham gia") == "I.1 Người tham gia"
    assert heading_text("", "Nhân viên thu: Đinh Văn Sơn") == "Nhân viên thu: Đinh Văn Sơn"
