"""Tổng quan (dashboard) page."""

from desktop.views.dashboard.page import DashboardPage, DrillDown

__all__ = ["DashboardPage", "DrillDown"]
