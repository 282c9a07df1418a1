"""Đại lý thu & chỉ tiêu page."""

from desktop.views.agents.page import AgentsPage

__all__ = ["AgentsPage"]
