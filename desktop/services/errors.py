"""Errors a service raises for the user to read (Vietnamese), beside ValidationError."""

from __future__ import annotations


class ServiceError(Exception):
    """An action that cannot be done as asked; the message says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConcurrentEditError(ServiceError):
    """The record changed (or vanished) since the user opened it: reload, don't overwrite."""


class NotFoundError(ServiceError):
    """The record asked for does not exist (any more)."""


def check_version(entity_label: str, found_version: int | None, expected_version: int) -> None:
    """Raise a clear message when another desk saved or deleted the record meanwhile."""
    if found_version is None:
        raise ConcurrentEditError(f"{entity_label} này đã bị xoá ở máy khác. Hãy tải lại danh sách.")
    if found_version != expected_version:
        raise ConcurrentEditError(
            f"{entity_label} này vừa được sửa ở máy khác (hoặc cửa sổ khác) sau khi bạn mở. "
            "Thay đổi của bạn chưa được lưu; hãy đóng, mở lại để xem bản mới rồi sửa tiếp."
        )
