"""Báo cáo: pick a report, set its parameters, preview, export to Excel or PDF, print."""

from desktop.views.reports.page import ReportsPage

__all__ = ["ReportsPage"]
