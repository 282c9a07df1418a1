"""Every on-screen string of the code has an English translation, and the .qm compiles."""

from __future__ import annotations

import re
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


COUNTED = re.compile(
    r"(\{\w+\}|%\d|%L?n)\s+(\w+\s+)?(people|persons|rows|entries|sessions|months|days|pages|targets|communes|"
    r"households|members|attendees|copies|enrollments|errors|accounts|agents|villages|cards|years|files|backups)\b"
)


def test_english_counts_agree_with_their_number() -> None:
    """'1 sessions' never shows: a count before a noun is a numerus message with both forms filled."""
    wrong = []
    for message in ET.parse(resources.path("translations", "ansinh_en.ts")).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != 2 or not all(form.strip() for form in forms):
                wrong.append(f"{message.findtext('source')!r}: singular and plural needed, got {forms!r}")
        elif COUNTED.search(translation.text or "") or "(s)" in (translation.text or ""):
            wrong.append(f"{message.findtext('source')!r}: {translation.text!r} needs tr(text, '', n) and two forms")
    assert wrong == []
