"""Nhật ký thao tác: the audit trail browser (administrators only)."""

from desktop.views.audit.page import AuditPage

__all__ = ["AuditPage"]
