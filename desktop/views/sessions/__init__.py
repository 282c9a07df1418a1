"""Tuyên truyền: outreach sessions, their attendance sheets and results."""

from desktop.views.sessions.page import SessionsPage

__all__ = ["SessionsPage"]
