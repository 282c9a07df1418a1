"""The shared list-of-rows table model used by the households and sessions pages."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from desktop.views.row_model import RowListModel


@dataclass(frozen=True)
class _Row:
    id: int
    name: str
    members: int


COLUMNS = [("Họ và tên", lambda r: r.name), ("Số thành viên", lambda r: r.members)]


def test_rows_ids_alignment_numbering_and_qt_checks(qtmodeltester: ModelTester) -> None:
    model: RowListModel[_Row] = RowListModel("TestModel", COLUMNS, right_aligned=frozenset({1}), numbered=True)
    model.set_rows([_Row(7, "H'Nhi Êban", 5), _Row(9, "Y Bhim Niê", 3)])
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["H'Nhi Êban", "Y Bhim Niê"]
    assert model.index(1, 1).data() == "3"
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) == 9
    assert model.row_of(9) == 1 and model.row_of(8) is None
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Họ và tên"
    assert model.headerData(1, Qt.Orientation.Vertical) == 2


def test_unnumbered_model_leaves_the_row_header_to_qt() -> None:
    model: RowListModel[_Row] = RowListModel("TestModel", COLUMNS)
    model.set_rows([_Row(1, "Đỗ Văn Đức", 4)])
    assert model.headerData(0, Qt.Orientation.Vertical) is None
