"""Report definitions refuse inconsistent columns and describe their header."""

from __future__ import annotations

import pytest

from bench.sample_report import d03_definition, letterhead
from desktop.reports import Column, ReportDefinition, SignatureBlock


def test_only_whole_number_columns_can_be_totalled() -> None:
    with pytest.raises(ValueError, match="totalled"):
        Column("name", "Họ và tên", total=True)
    with pytest.raises(ValueError, match="totalled"):
        Column("rate", "Tỷ lệ", kind="percent", total=True)
    assert Column("amount", "Số tiền", kind="money", total=True).total


def test_column_rules() -> None:
    with pytest.raises(ValueError, match="numbering"):
        Column("stt", "STT", kind="text", numbering=True)
    with pytest.raises(ValueError, match="width"):
        Column("a", "A", width_mm=0)
    assert Column("a", "A").alignment == "left"
    assert Column("a", "A", kind="money").alignment == "right"
    assert Column("a", "A", kind="date").alignment == "center"
    assert Column("a", "A").wraps and not Column("a", "A", wrap=False).wraps
    assert not Column("a", "A", kind="int", wrap=True).wraps


def test_definition_rules() -> None:
    with pytest.raises(ValueError, match="at least one column"):
        ReportDefinition(title="X", columns=())
    with pytest.raises(ValueError, match="unique"):
        ReportDefinition(title="X", columns=(Column("a", "A"), Column("a", "B")))


def test_group_runs_and_total_label_span() -> None:
    definition = d03_definition()
    runs = [run for run in definition.group_runs() if run[2]]
    assert [group for _, _, group in runs] == ["Hỗ trợ thêm", "Thời gian tham gia"]
    first, last, _ = runs[0]
    assert last - first == 1
    keys = [column.key for column in definition.columns]
    assert definition.label_last_column == keys.index("pension") - 1
    assert definition.has_groups and definition.has_codes


def test_signature_blocks_default_to_the_office_signers() -> None:
    office = letterhead()
    blocks = d03_definition().signature_blocks(office)
    assert [block.title for block in blocks] == ["Người lập biểu", "Thủ trưởng đơn vị"]
    assert [block.name for block in blocks] == ["Nguyễn Thị Thu Hà", "Y Wang Niê"]
    own = ReportDefinition(
        title="X", columns=(Column("a", "A"),), signatures=(SignatureBlock("Kế toán"),)
    )
    assert own.signature_blocks(office) == (SignatureBlock("Kế toán"),)
