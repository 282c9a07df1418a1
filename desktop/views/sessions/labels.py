"""Translatable names of session kinds (the service keeps the Vietnamese ones for files and reports)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.sessions import SESSION_KINDS, SessionRecord

CONTEXT = "SessionKinds"

_KIND_SOURCES: dict[str, str] = {
    "hoi_nghi": str(QT_TRANSLATE_NOOP("SessionKinds", "Hội nghị tuyên truyền")),
    "doi_thoai": str(QT_TRANSLATE_NOOP("SessionKinds", "Hội nghị đối thoại")),
    "tu_van": str(QT_TRANSLATE_NOOP("SessionKinds", "Tư vấn trực tiếp")),
    "luu_dong": str(QT_TRANSLATE_NOOP("SessionKinds", "Truyền thông lưu động")),
    "tham_ho": str(QT_TRANSLATE_NOOP("SessionKinds", "Thăm hộ gia đình")),
}


def kind_label(kind: str) -> str:
    """The kind's name in the interface language."""
    source = _KIND_SOURCES.get(kind, SESSION_KINDS.get(kind, kind))
    return QCoreApplication.translate(CONTEXT, source)


def session_caption(record: SessionRecord) -> str:
    """The record's caption ("Hội nghị tuyên truyền — 22/11/2026 — Buôn Ea Tul") with its kind translated."""
    return record.caption.replace(record.kind_label, kind_label(record.data.kind), 1)
