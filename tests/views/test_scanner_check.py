"""Cài đặt › Kiểm tra máy quét: a card scanned once, what arrived, what was repaired, what was understood."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.views.main_window import MainWindow
from desktop.views.participants.person_dialog import PersonDialog
from desktop.views.scanner_check import ScannerCheckDialog, visible_text
from tests.views.scanner_keys import CARD, Keyboard


def open_check(qtbot: QtBot, main_window: MainWindow) -> ScannerCheckDialog:
    main_window.show_page("settings")
    page = main_window.page("settings")
    qtbot.mouseClick(page.scanner_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = page.scanner_check  # type: ignore[attr-defined]
    assert isinstance(dialog, ScannerCheckDialog)
    qtbot.waitExposed(dialog)
    return dialog


def label(dialog: ScannerCheckDialog, name: str) -> str:
    found = dialog.findChild(QLabel, name)
    assert found is not None and found.textFormat() == Qt.TextFormat.PlainText
    return found.text()


def test_a_garbled_scan_shows_what_arrived_what_was_repaired_and_advice(qtbot: QtBot, main_window: MainWindow) -> None:
    dialog = open_check(qtbot, main_window)
    with qtbot.waitSignal(main_window.qr_detector.scanned):
        Keyboard("telex").scan(CARD, "cp1252")
    arrived = label(dialog, "scanArrived")
    assert arrived.startswith("066190001234|245123456|Nguyá»…n Thá»‹ Hiá»⟨81⟩n|21091990|Ná»¯|")
    assert "M'gả" in arrived
    repairs = label(dialog, "scanRepairs")
    assert "UTF-8 đọc như Windows-1252" in repairs
    assert "Chữ bị bộ gõ Telex đổi: “gả” → “gar”." in repairs
    assert "Bộ gõ tiếng Việt đã sửa 1 ký tự trong lúc máy quét gõ." in repairs
    assert [label(dialog, f"scanValue_{name}") for name in ("cccd", "full_name", "birth", "sex", "address", "card")] == [
        "066190001234", "Nguyễn Thị Hiền", "21/09/1990", "Nữ", "Thôn 1, Xã Cư M'gar, Đắk Lắk", "CCCD gắn chip"]
    advice = label(dialog, "scanAdvice")
    assert "chế độ bàn phím Unicode" in advice and "chế độ tiếng Anh (biểu tượng E)" in advice
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PersonDialog) and w.isVisible()], \
        "a test scan opens no record"
    dialog.reject()


def test_a_clean_scan_says_all_is_well_and_an_unreadable_id_says_what_to_check(qtbot: QtBot,
                                                                             main_window: MainWindow) -> None:
    dialog = open_check(qtbot, main_window)
    with qtbot.waitSignal(main_window.qr_detector.scanned):
        Keyboard().scan(CARD.replace("15042021", "10072024") + "|21092039|X")
    assert label(dialog, "scanRepairs") == "• Thẻ có thêm 2 trường chưa biết: giữ nguyên trong dòng gốc."
    assert label(dialog, "scanValue_card") == "Thẻ căn cước (cấp từ 01/07/2024)"
    assert label(dialog, "scanValue_extra") == "21092039 | X"
    assert label(dialog, "scanAdvice") == "Máy quét và bộ gõ đang hoạt động tốt: dòng đến đúng như trên thẻ."
    with qtbot.waitSignal(main_window.qr_detector.malformed):
        Keyboard().scan("0661900|Nguyễn Thị Hiền|21091990|Nữ|Thôn 1|15042021")
    assert label(dialog, "scanStatus") == "Mã QR không đúng định dạng CCCD: số CCCD “0661900” phải gồm 12 chữ số."
    assert label(dialog, "scanArrived").startswith("0661900|Nguyễn")
    assert "phím Enter" in label(dialog, "scanAdvice")
    dialog.reject()
    assert not main_window.qr_detector.claimed


def test_invisible_characters_are_shown() -> None:
    assert visible_text("a\x81b\u00a0c") == "a⟨81⟩b⟨A0⟩c"
