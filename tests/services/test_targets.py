"""Targets: periods, typed values, the grid's save with its version check, copying, the .xlsx import; commune figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.services import commune_figures, targets
from desktop.services.agents import AgentInput, create_agent
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.commune_figures import FigureInput
from desktop.services.errors import ConcurrentEditError
from desktop.services.office import save_office
from desktop.services.targets import OFFICE_KEY, Period, TargetCell, parse_target, period_of
from tests.conftest import cu_mgar_office

D = dt.date
ACTOR = Actor("thu.ha", role=Role.STAFF)
MARCH = period_of("month", D(2026, 3, 15))


@pytest.fixture
def office(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    save_office(database, cu_mgar_office(database))
    yield database
    database.dispose()


def _agents(db: Database) -> tuple[int, int]:
    a = create_agent(db, ACTOR, AgentInput(code="NV1", full_name="Lê Thị Hoa", commune_codes=("24301",)))
    b = create_agent(db, ACTOR, AgentInput(code="NV2", full_name="Y Bhim Niê", commune_codes=("24259",)))
    return a, b


def test_periods() -> None:
    assert period_of("year", D(2026, 3, 15)) == Period("year", D(2026, 1, 1), D(2026, 12, 31))
    assert period_of("quarter", D(2026, 5, 31)) == Period("quarter", D(2026, 4, 1), D(2026, 6, 30))
    assert Period("month", D(2026, 3, 1), D(2026, 3, 31)) == MARCH and MARCH.days == 31
    week = period_of("week", D(2026, 3, 15))  # a Sunday: its week began on Monday 9 March
    assert (week.start, week.end) == (D(2026, 3, 9), D(2026, 3, 15))
    assert MARCH.previous() == period_of("month", D(2026, 2, 1)) and MARCH.previous().days == 28
    assert period_of("quarter", D(2026, 1, 1)).previous().start == D(2025, 10, 1)
    assert period_of("year", D(2026, 1, 1)).next().start == D(2027, 1, 1)
    assert MARCH.label == "Tháng 03/2026" and period_of("quarter", D(2026, 8, 1)).label == "Quý 3/2026"


@pytest.mark.parametrize(("metric", "typed", "stored"), [
    ("new_vsi", "12", 12), ("new_vsi", " ", None), ("renewals", "1.200", 1200), ("renewals", 30.0, 30),
    ("hi_coverage", "95,5", 9550), ("hi_coverage", "95.5%", 9550), ("hi_coverage", 0.955, 9550),
    ("vsi_share", "20", 2000), ("vsi_share", 21.08, 2108),
])
def test_parse_target(metric: str, typed: object, stored: int | None) -> None:
    assert parse_target(metric, typed) == stored


@pytest.mark.parametrize(("metric", "typed"), [("new_vsi", "12,5"), ("new_vsi", "abc"), ("hi_coverage", "101"),
                                               ("renewals", "-3")])
def test_parse_target_refuses(metric: str, typed: str) -> None:
    with pytest.raises(ValidationError):
        parse_target(metric, typed)


def test_save_grid_checks_versions(office: Database) -> None:
    a, b = _agents(office)
    grid = targets.load_grid(office, MARCH, "agent")
    assert [row.key for row in grid.rows] == [a, b] and grid.values == {}
    count = targets.save_targets(office, ACTOR, MARCH, "agent",
                                 [TargetCell(a, "new_vsi", 3), TargetCell(b, "new_hi_hh", 20)])
    assert count == 2
    grid = targets.load_grid(office, MARCH, "agent")
    assert grid.values == {(a, "new_vsi"): 3, (b, "new_hi_hh"): 20}
    version = grid.versions[(a, "new_vsi")]
    targets.save_targets(office, ACTOR, MARCH, "agent", [TargetCell(a, "new_vsi", 5, version),
                                                         TargetCell(b, "new_hi_hh", None, grid.versions[(b, "new_hi_hh")])])
    assert targets.load_grid(office, MARCH, "agent").values == {(a, "new_vsi"): 5}
    with pytest.raises(ConcurrentEditError):  # a desk that loaded the grid before the change above
        targets.save_targets(office, ACTOR, MARCH, "agent", [TargetCell(a, "new_vsi", 9, version)])
    with pytest.raises(ConcurrentEditError):  # another desk filled a cell this desk saw empty
        targets.save_targets(office, ACTOR, MARCH, "agent", [TargetCell(a, "new_vsi", 9, None)])
    with pytest.raises(ValidationError):  # rates are not agent targets
        targets.save_targets(office, ACTOR, MARCH, "agent", [TargetCell(a, "hi_coverage", 9500)])
    assert targets.load_grid(office, MARCH, "agent").values == {(a, "new_vsi"): 5}


def test_rows_per_scope_and_inactive_agents(office: Database) -> None:
    a, _b = _agents(office)
    create_agent(office, ACTOR, AgentInput(code="NV3", full_name="Đã nghỉ", commune_codes=("24301",),
                                           active_to=D(2026, 2, 28)))
    assert [r.code for r in targets.load_grid(office, MARCH, "agent").rows] == ["NV1", "NV2"]
    assert [r.code for r in targets.load_grid(office, MARCH.previous(), "agent").rows] == ["NV1", "NV2", "NV3"]
    assert len(targets.load_grid(office, MARCH, "commune").rows) == 5
    office_grid = targets.load_grid(office, MARCH, "office")
    assert [r.key for r in office_grid.rows] == [OFFICE_KEY] and "hi_coverage" in office_grid.metrics
    assert a


def test_copy_previous_fills_only_empty_cells(office: Database) -> None:
    a, b = _agents(office)
    february = MARCH.previous()
    targets.save_targets(office, ACTOR, february, "agent", [TargetCell(a, "new_vsi", 4), TargetCell(b, "renewals", 30)])
    targets.save_targets(office, ACTOR, MARCH, "agent", [TargetCell(a, "new_vsi", 7)])
    assert targets.copy_previous(office, ACTOR, MARCH, "agent") == 1
    assert targets.load_grid(office, MARCH, "agent").values == {(a, "new_vsi"): 7, (b, "renewals"): 30}
    assert targets.copy_previous(office, ACTOR, MARCH, "agent") == 0


def test_import_xlsx_with_row_errors(office: Database, tmp_path: Path) -> None:
    a, b = _agents(office)
    path = tmp_path / "chi_tieu.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["BẢO HIỂM XÃ HỘI TỈNH ĐẮK LẮK"])
    sheet.append(["GIAO CHỈ TIÊU THÁNG 3/2026"])
    sheet.append([])
    sheet.append(["STT", "Mã", "Tên", "Phát triển mới BHXH tự nguyện", "Phát triển mới BHYT hộ gia đình", "Tái tục"])
    sheet.append([1, "NV1", "Lê Thị Hoa", 3, 15, 40])
    sheet.append([2, "nv2", "Y Bhim Niê", "2", "abc", 35])
    sheet.append([3, "NV9", "Không có", 1, 1, 1])
    sheet.append([4, "NV1", "Lặp lại", 1, 1, 1])
    book.save(path)
    parsed = targets.read_target_file(office, path, MARCH, "agent")
    assert [str(e) for e in parsed.errors] == [
        "Dòng 6: Cột “Phát triển mới BHYT hộ gia đình”: “abc” không phải là số.",
        "Dòng 7: Mã “NV9” không có trong danh sách đại lý thu của đơn vị.",
        "Dòng 8: Mã “NV1” lặp lại (đã có ở dòng 5).",
    ]
    assert {(c.key, c.metric, c.value) for c in parsed.cells} == {
        (a, "new_vsi", 3), (a, "new_hi_hh", 15), (a, "renewals", 40), (b, "new_vsi", 2), (b, "renewals", 35)}
    assert targets.import_targets(office, ACTOR, MARCH, "agent", parsed) == 5
    assert targets.load_grid(office, MARCH, "agent").values[(b, "renewals")] == 35


def test_import_commune_rates_by_name(office: Database, tmp_path: Path) -> None:
    path = tmp_path / "bao_phu.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Mã xã", "Tên xã", "Tỷ lệ bao phủ BHYT (%)", "Tỷ lệ tham gia BHXH tự nguyện (%)"])
    sheet.append(["24301", "Xã Cuôr Đăng", 95.5, 20])
    sheet.append([24259, "Xã Quảng Phú", 0.96, "21,08"])
    book.save(path)
    year = period_of("year", D(2026, 1, 1))
    parsed = targets.read_target_file(office, path, year, "commune")
    assert parsed.errors == []
    targets.import_targets(office, ACTOR, year, "commune", parsed)
    values = targets.load_grid(office, year, "commune").values
    assert values[("24301", "hi_coverage")] == 9550 and values[("24259", "hi_coverage")] == 9600
    assert values[("24259", "vsi_share")] == 2108


def test_commune_figures(office: Database) -> None:
    rows = commune_figures.load_figures(office, 2026)
    assert len(rows) == 5 and all(r.population is None for r in rows)
    with pytest.raises(ValidationError):
        commune_figures.save_figures(office, ACTOR, 2026, [FigureInput("24301", 100, 150)])
    assert commune_figures.save_figures(office, ACTOR, 2026, [FigureInput("24301", 12000, 7400)]) == 1
    assert commune_figures.save_figures(office, ACTOR, 2026, [FigureInput("24301", 12000, 7400)]) == 0
    stored = {r.commune_code: r for r in commune_figures.load_figures(office, 2026)}
    assert (stored["24301"].population, stored["24301"].working_age_population) == (12000, 7400)
    commune_figures.save_figures(office, ACTOR, 2026, [FigureInput("24301", None, None)])
    assert all(r.population is None for r in commune_figures.load_figures(office, 2026))
    assert commune_figures.check_figure(10, None) is not None
