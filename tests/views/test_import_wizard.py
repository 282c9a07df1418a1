"""The import wizard driven as a person would: choose, fix a column, preview, commit, undo, cancel."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.db import Database, sqlite_path
from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.imports import ImportPage
from desktop.views.imports import page as page_module
from tests.services.imports.conftest import (
    add_person,
    seed_office,
    sheet_file,
    stored_enrollments,
    stored_persons,
)
from tests.views.conftest import Popups

STAFF = Actor("canbo", role=Role.STAFF)

D = dt.date
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Khu dân cư", "Từ ngày", "Số tháng", "Mã NV thu"]
TIMEOUT = 15_000


@pytest.fixture
def wizard(qtbot: QtBot, office_db: Database, popups: Popups) -> Iterator[tuple[ImportPage, DataBus]]:
    seed_office(office_db)
    bus = DataBus()
    widget = ImportPage(office_db, bus, actor=STAFF)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.history.table.rowCount() == 0 and not widget.runner.running, timeout=TIMEOUT)
    yield widget, bus
    widget.wait_idle()


@pytest.fixture
def the_list(tmp_path: Path) -> Path:
    return sheet_file(tmp_path, HEADER, [
        [1, "Trần Thị Mới", D(1991, 3, 3), "Nữ", "066191000001", "Thôn 3", "01/2025", 12, "NV001"],
        [2, "Nguyễn Văn An", 1980, "Nam", None, "Thôn 3", None, None, None],
        [3, None, "01/01/1980", "Nam", None, "Thôn 3", None, None, None],
        [4, "Lê Thị Cũ", D(1985, 5, 5), "Nữ", "066185000002", "Buôn Ea Kiết", None, None, None],
    ], name="ds_thon_3.xlsx")


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the combo's list and click the item, as a person does."""
    combo.showPopup()
    view = combo.view()
    row = combo.findText(text)
    assert row >= 0, text
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: combo.currentIndex() == row, timeout=TIMEOUT)


def click(qtbot: QtBot, button: Any) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_list(qtbot: QtBot, widget: ImportPage, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_args: str(path))
    click(qtbot, widget.choose_button)
    qtbot.waitUntil(lambda: widget.step == "mapping", timeout=TIMEOUT)


def map_and_check(qtbot: QtBot, widget: ImportPage) -> None:
    village = widget.mapping_table.combos[5]
    assert village.currentText() == "(bỏ qua cột này)"  # "Khu dân cư" is not a heading it knows
    pick(qtbot, village, "Thôn, buôn")
    pick(qtbot, widget.commune_combo, "Xã Ea Kiết")
    click(qtbot, widget.check_button)
    qtbot.waitUntil(lambda: widget.step == "preview", timeout=TIMEOUT)


def test_choose_fix_preview_commit_and_undo(qtbot: QtBot, wizard: tuple[ImportPage, DataBus], office_db: Database,
                                            the_list: Path, popups: Popups, monkeypatch: pytest.MonkeyPatch) -> None:
    widget, bus = wizard
    known = add_person(office_db, "Nguyễn Văn An", D(1980, 3, 3), village="Thôn 3", sex="M")
    old = add_person(office_db, "Lê Thị Cũ", D(1985, 5, 5), village="Thôn 3", sex="F", cccd="066185000002")
    before = stored_persons(office_db)
    open_list(qtbot, widget, the_list, monkeypatch)
    assert widget.file_label.text() == "ds_thon_3.xlsx"
    assert widget.header_label.text() == "Dòng tiêu đề: 1"
    assert widget.rows_label.text() == "4 dòng dữ liệu, bỏ qua 0 dòng khác"
    assert widget.step_label.text() == "Bước 2/4: Ghép cột"
    map_and_check(qtbot, widget)

    assert widget.counts_label.text() == ("4 dòng: 1 mới, 1 cập nhật, 0 không đổi, 0 trùng trong tệp, "
                                          "1 có thể là người đã có, 1 lỗi.")
    assert widget.filter_combo.currentText() == "Lỗi (1)"  # errors first
    model = widget.preview_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(5)] == [4, "Lỗi", "", "Họ và tên", "Chưa nhập họ và tên."]
    pick(qtbot, widget.filter_combo, "Có thể đã có (1)")
    assert model.index(0, 2).data() == "Nguyễn Văn An"
    assert model.index(0, 5).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    # The person confirms it is the known Nguyễn Văn An: select the check box and press Space.
    widget.preview_table.setFocus()
    widget.preview_table.setCurrentIndex(model.index(0, 5))
    qtbot.keyClick(widget.preview_table, Qt.Key.Key_Space)
    assert model.confirmed == {3: known}
    assert widget.confirmed_label.text().endswith("Đã xác nhận 1/1.")
    pick(qtbot, widget.filter_combo, "Tất cả (4)")
    assert model.rowCount() == 4

    changes: list[str] = []
    bus.changed.connect(changes.append)
    click(qtbot, widget.commit_button)
    qtbot.waitUntil(lambda: widget.step == "summary", timeout=TIMEOUT)
    assert widget.summary_label.text().splitlines()[:2] == [
        "Đã ghi xong lần nhập số 1 từ tệp “ds_thon_3.xlsx”.",
        "1 người mới, 1 người được cập nhật, 1 không đổi, 0 dòng trùng trong tệp, 1 dòng lỗi không nhập.",
    ]
    assert changes == ["persons", "enrollments"]
    persons = {p["full_name"]: p for p in stored_persons(office_db)}
    assert sorted(persons) == ["Lê Thị Cũ", "Nguyễn Văn An", "Trần Thị Mới"]  # An merged, not doubled
    assert persons["Lê Thị Cũ"]["village"] == "Buôn Ea Kiết" and persons["Lê Thị Cũ"]["id"] == old
    assert [(e["person"], e["valid_to"], e["agent"]) for e in stored_enrollments(office_db)] == [
        ("Trần Thị Mới", D(2025, 12, 31), "NV001")]

    qtbot.waitUntil(lambda: widget.history.table.rowCount() == 1, timeout=TIMEOUT)
    assert widget.history.table.item(0, 2).text() == "ds_thon_3.xlsx"
    assert widget.history.table.item(0, 8).text() == "Đã ghi"
    widget.history.table.selectRow(0)
    click(qtbot, widget.history.undo_button)
    qtbot.waitUntil(lambda: bool(popups.infos), timeout=TIMEOUT)
    assert popups.infos[-1] == "Đã hoàn tác lần nhập số 1: xoá 1 người, 1 lượt tham gia; khôi phục 1 người."
    after = stored_persons(office_db)
    drop = ("version",)
    assert [{k: v for k, v in p.items() if k not in drop} for p in after] == [
        {k: v for k, v in p.items() if k not in drop} for p in before]
    qtbot.waitUntil(lambda: widget.history.table.item(0, 8).text() == "Đã hoàn tác", timeout=TIMEOUT)
    assert not widget.history.undo_button.isEnabled()


def test_an_unreadable_file_shows_the_reason_not_a_traceback(qtbot: QtBot, wizard: tuple[ImportPage, DataBus],
                                                              tmp_path: Path, popups: Popups,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    widget, _ = wizard
    broken = tmp_path / "hong.xls"
    broken.write_bytes(b"\xd0\xcf\x11\xe0 not really an excel file")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_args: str(broken))
    click(qtbot, widget.choose_button)
    qtbot.waitUntil(lambda: bool(popups.errors), timeout=TIMEOUT)
    assert "hong.xls" in popups.errors[0] and "Traceback" not in popups.errors[0]
    assert widget.status_label.text() == popups.errors[0]
    assert widget.step == "file"


def test_a_field_chosen_twice_is_refused_next_to_the_table(qtbot: QtBot, wizard: tuple[ImportPage, DataBus],
                                                           the_list: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    widget, _ = wizard
    open_list(qtbot, widget, the_list, monkeypatch)
    pick(qtbot, widget.mapping_table.combos[5], "Họ và tên")
    click(qtbot, widget.check_button)
    assert widget.mapping_error.isVisible()
    assert widget.mapping_error.text() == ("Trường “Họ và tên” đang được chọn cho hai cột “Họ và tên” và "
                                           "“Khu dân cư”; mỗi trường chỉ chọn cho một cột.")
    assert widget.step == "mapping"


def _sha(db: Database) -> str:
    path = sqlite_path(db.url)
    assert path is not None
    db.dispose()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cancel_during_the_commit_leaves_the_database_as_it_was(
        qtbot: QtBot, wizard: tuple[ImportPage, DataBus], office_db: Database, the_list: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    widget, _ = wizard
    open_list(qtbot, widget, the_list, monkeypatch)
    map_and_check(qtbot, widget)
    before = _sha(office_db)
    real_commit = page_module.commit_import
    started = threading.Event()

    def slow_commit(*args: Any) -> Any:
        cancel: threading.Event = args[-1]
        started.set()
        cancel.wait(TIMEOUT / 1000)  # the person presses Cancel while it runs
        return real_commit(*args)

    monkeypatch.setattr(page_module, "commit_import", slow_commit)
    click(qtbot, widget.commit_button)
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT)
    assert widget.progress_panel.isVisible() and not widget.commit_button.isEnabled()
    click(qtbot, widget.cancel_button)
    qtbot.waitUntil(lambda: not widget.runner.running, timeout=TIMEOUT)
    assert widget.status_label.text() == "Đã huỷ. Cơ sở dữ liệu không thay đổi."
    assert widget.step == "preview" and widget.commit_button.isEnabled()
    assert _sha(office_db) == before


def test_errors_to_excel_and_the_same_file_again_is_warned(
        qtbot: QtBot, wizard: tuple[ImportPage, DataBus], the_list: Path, tmp_path: Path, popups: Popups,
        monkeypatch: pytest.MonkeyPatch) -> None:
    widget, _ = wizard
    open_list(qtbot, widget, the_list, monkeypatch)
    map_and_check(qtbot, widget)
    report = tmp_path / "loi"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: str(report))
    click(qtbot, widget.export_button)
    qtbot.waitUntil(lambda: bool(popups.infos), timeout=TIMEOUT)
    assert popups.infos[0] == f"Đã ghi 1 dòng lỗi kèm lý do ra tệp {report}.xlsx."
    rows = list(openpyxl.load_workbook(f"{report}.xlsx").active.iter_rows(values_only=True))
    assert rows[1][-1] == "Chưa nhập họ và tên." and rows[0][-1] == "Lý do lỗi"

    click(qtbot, widget.commit_button)
    qtbot.waitUntil(lambda: widget.step == "summary", timeout=TIMEOUT)
    click(qtbot, widget.again_button)
    qtbot.waitUntil(lambda: widget.step == "mapping", timeout=TIMEOUT)
    # The mapping fixed last time is remembered for this header.
    assert widget.mapping_table.combos[5].currentText() == "Thôn, buôn"
    assert widget.remembered_label.text().startswith("Đã dùng cách ghép cột lưu lần trước")
    pick(qtbot, widget.commune_combo, "Xã Ea Kiết")
    click(qtbot, widget.check_button)
    qtbot.waitUntil(lambda: widget.step == "preview", timeout=TIMEOUT)
    assert widget.warnings_label.text().startswith("Tệp “ds_thon_3.xlsx” (cùng nội dung) đã được nhập lúc")


def test_preview_model_is_a_well_behaved_qt_model(qtmodeltester: Any) -> None:
    from desktop.services.imports import Candidate, RowMessage, RowOutcome, RowResult
    from desktop.views.imports.preview_model import PreviewModel

    model = PreviewModel()
    model.set_outcomes([
        RowOutcome(2, RowResult.NEW, "Trần Thị Mới"),
        RowOutcome(3, RowResult.CANDIDATE, "Nguyễn Văn An", (RowMessage("full_name", "Họ và tên", "Có thể là…", False),),
                   Candidate(7, "Nguyễn Văn An", "03/03/1980", "Thôn 3", "", "")),
        RowOutcome(4, RowResult.ERROR, "", (RowMessage("full_name", "Họ và tên", "Chưa nhập họ và tên.", True),)),
    ])
    qtmodeltester.check(model)
    assert model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole) == "Người đã có: Nguyễn Văn An, sinh 03/03/1980, Thôn 3"
    model.set_filter(RowResult.ERROR)
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_a_clan_column_offers_to_create_the_communes_missing_clans(
        qtbot: QtBot, wizard: tuple[ImportPage, DataBus], office_db: Database, tmp_path: Path, popups: Popups,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import select

    from desktop.models import Clan, Household
    from desktop.services.clans import ClanInput, create_clan
    from tests.services.test_enrollments import add_household, add_village

    widget, bus = wizard
    village = add_village(office_db, "Buôn Mấp", "24265")
    create_clan(office_db, STAFF, ClanInput("Niê", "24265"))
    for code in ("2426500000021", "2426500000022"):
        add_household(office_db, code, village)
    path = sheet_file(tmp_path, ["Họ và tên", "Năm sinh", "Thôn, buôn", "Mã hộ", "Tộc"], [
        ["Y Bhim Niê", 1970, "Buôn Mấp", "2426500000021", "Nie"],
        ["H'Hoa Mlô", 1975, "Buôn Mấp", "2426500000022", "Mlô"],
    ], name="dong_ho.xlsx")
    open_list(qtbot, widget, path, monkeypatch)
    assert widget.mapping_table.combos[4].currentText() == "Dòng họ"
    pick(qtbot, widget.commune_combo, "Xã Ea Kiết")
    click(qtbot, widget.check_button)
    qtbot.waitUntil(lambda: widget.step == "preview", timeout=TIMEOUT)
    assert widget.create_clans_check.isVisible() and not widget.create_clans_check.isChecked()
    assert "Dòng họ chưa có, chưa tạo: Mlô (Xã Ea Kiết) (1 hộ chưa được gắn)" in widget.warnings_label.text()
    check = widget.create_clans_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().topLeft() + check.rect().center() / 4)
    qtbot.waitUntil(lambda: "Sẽ tạo mới 1 dòng họ: Mlô (Xã Ea Kiết)." in widget.warnings_label.text(),
                    timeout=TIMEOUT)
    assert "Sẽ gắn 2 hộ vào dòng họ." in widget.warnings_label.text()
    click(qtbot, widget.commit_button)
    qtbot.waitUntil(lambda: widget.step == "summary", timeout=TIMEOUT)
    assert "Đã tạo mới các dòng họ: Mlô (Xã Ea Kiết)." in widget.summary_label.text()
    assert "Đã gắn 2 hộ vào dòng họ." in widget.summary_label.text()
    with office_db.reading() as session:
        linked = session.execute(select(Household.code, Clan.name).join(Clan, Clan.id == Household.clan_id)
                                 .order_by(Household.code)).all()
    assert [tuple(row) for row in linked] == [("2426500000021", "Niê"), ("2426500000022", "Mlô")]


def test_a_new_dry_run_keeps_the_confirmations_still_offered(qtbot: QtBot) -> None:

    from desktop.services.imports import Candidate, RowOutcome, RowResult
    from desktop.views.imports.preview_model import PreviewModel

    def candidate(person: int) -> Candidate:
        return Candidate(person, "Nguyễn Văn An", "1980", "Thôn 3", "", "")

    model = PreviewModel()
    outcomes = [RowOutcome(2, RowResult.CANDIDATE, "Nguyễn Văn An", (), candidate(7)),
                RowOutcome(3, RowResult.CANDIDATE, "Nguyễn Văn An", (), candidate(8)),
                RowOutcome(4, RowResult.NEW, "Lê Thị Hoa")]
    model.set_outcomes(outcomes, {2: 7, 3: 9, 4: 1})
    assert model.confirmed == {2: 7}, "row 3 now offers another person, row 4 none"
    model.set_outcomes(outcomes)
    assert model.confirmed == {}
