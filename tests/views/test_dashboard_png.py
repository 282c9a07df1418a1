"""Every chart of the Tổng quan page saves as a PNG through its own "Lưu ảnh…" button."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.db import Database
from desktop.services.demo import generate_demo
from desktop.views import dialogs
from desktop.views.bus import DataBus
from desktop.views.dashboard import DashboardPage
from tests.views.conftest import Popups

TODAY = dt.date(2026, 11, 22)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_each_chart_saves_a_non_empty_png(qtbot: QtBot, db: Database, popups: Popups, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    generate_demo(db, persons=500, seed=6, today=TODAY)
    page = DashboardPage(db, DataBus(), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 1000)
    with qtbot.waitSignal(page.figures_shown, timeout=10_000):
        page.show()
    qtbot.waitExposed(page)
    assert len(page.panels) == 5
    for panel in page.panels:
        name = panel.chart.objectName()
        target = tmp_path / name  # no suffix: the panel adds ".png"
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args, path=target: str(path))
        panel.save_button.setFocus()
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        written = tmp_path / f"{name}.png"
        data = written.read_bytes()
        assert data.startswith(PNG_SIGNATURE) and len(data) > 2_000, name
        image = QImage(str(written))
        assert not image.isNull() and image.width() >= 640, name
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 9)
                   for y in range(0, image.height(), 9)}
        assert len(colours) > 3, name  # more than a blank canvas: bars, text, grid
    assert sorted(p.name for p in tmp_path.glob("*.png")) == sorted(f"{p.chart.objectName()}.png" for p in page.panels)
    assert popups.errors == []
