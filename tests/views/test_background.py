"""Background operations deliver on the UI thread, and never after their screen is gone."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.views.background import Background


def test_the_result_arrives_on_the_ui_thread(qtbot: QtBot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    results: list[tuple[int, bool]] = []
    Background(screen).run(lambda: 6 * 7, lambda value: results.append((value, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(42, True)]


def test_a_failure_goes_to_the_error_callback(qtbot: QtBot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    errors: list[BaseException] = []

    def fail() -> int:
        raise ValueError("hỏng")

    Background(screen).run(fail, lambda _value: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "hỏng"


def test_a_screen_closed_while_the_work_runs_gets_no_callback_and_nothing_crashes(qtbot: QtBot) -> None:
    release = threading.Event()
    started = threading.Event()
    delivered: list[object] = []
    for _ in range(20):
        screen = QWidget()
        background = Background(screen)

        def work() -> str:
            started.set()
            release.wait(5)
            return "xong"

        background.run(work, delivered.append)
        assert started.wait(5)
        started.clear()
        screen.deleteLater()
        qtbot.wait(1)
        release.set()
        background.wait()
        release.clear()
        qtbot.wait(5)
    assert delivered == []
