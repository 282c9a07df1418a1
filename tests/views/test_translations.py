"""Every on-screen string of the code has an English translation, and the .qm compiles."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import resources
from desktop.views import translations


def _messages(ts: Path) -> dict[str, ET.Element]:
    return {m.findtext("source") or "": m for m in ET.parse(ts).iter("message")}


def test_english_covers_every_string_in_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = resources.path("translations", "ansinh_en.ts")
    copy = tmp_path / "translations" / "ansinh_en.ts"
    copy.parent.mkdir()
    shutil.copy(shipped, copy)
    monkeypatch.setattr(resources, "path", lambda *parts: tmp_path.joinpath(*parts))
    translations.update()  # re-extract from the code into the copy
    extracted = _messages(copy)
    untranslated = [
        source for source, message in extracted.items()
        if (message.find("translation") is None)
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert untranslated == [], "run python -m desktop.views.translations --update and translate in ansinh_en.ts"
    assert set(extracted) == set(_messages(shipped)), "ansinh_en.ts is out of date with the code"


def test_qm_files_compile() -> None:
    compiled = translations.compile_all()
    assert [p.name for p in compiled] == ["ansinh_en.qm", "qtbase_vi.qm"]
    assert all(path.stat().st_size > 1000 for path in compiled)
