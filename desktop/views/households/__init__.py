"""Hộ gia đình: the household page, the household dialog and its HI payment section."""

from desktop.views.households.dialog import HouseholdDialog
from desktop.views.households.page import HouseholdPage

__all__ = ["HouseholdDialog", "HouseholdPage"]
