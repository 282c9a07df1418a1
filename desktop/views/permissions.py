"""Greying out what the signed-in account may not do.

The services refuse such actions anyway; the buttons are disabled so a user
sees why before trying, instead of meeting an error after filling a form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.services.audit import Actor
from desktop.services.authz import Permission, Role, allows


def refusal_text(actor: Actor) -> str:
    """Why a disabled control is disabled, for its tooltip."""
    if actor.role == Role.VIEWER:
        return QCoreApplication.translate("Permissions", "Tài khoản chỉ xem không được làm việc này")
    return QCoreApplication.translate("Permissions", "Chỉ tài khoản quản trị được làm việc này")


def can(actor: Actor, permission: Permission) -> bool:
    return allows(actor.role, permission)


def gate(actor: Actor, permission: Permission, *controls: QWidget | QAction) -> bool:
    """Disable ``controls`` with an explanation unless the actor may; returns whether they may."""
    allowed = can(actor, permission)
    if not allowed:
        for control in controls:
            control.setEnabled(False)
            control.setToolTip(refusal_text(actor))
    return allowed
