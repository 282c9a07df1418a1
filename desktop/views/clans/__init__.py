"""Dòng họ: the clan model's clans, each clan's page and the review of the households' old clan texts."""

from desktop.views.clans.dialog import ClanDialog
from desktop.views.clans.page import ClansPage
from desktop.views.clans.review_dialog import ClanReviewDialog

__all__ = ["ClanDialog", "ClanReviewDialog", "ClansPage"]
