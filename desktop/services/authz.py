"""Who may do what: roles, the permissions each grants, and the check every service makes.

The check lives in the services (not only in hidden buttons) so the command line,
the GUI and any future front end are held to the same rules.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.services.errors import ServiceError


class Role(StrEnum):
    ADMIN = "admin"
    STAFF = "staff"
    VIEWER = "viewer"


class Permission(StrEnum):
    READ = "read"
    PRINT = "print"
    EDIT_REGISTER = "edit_register"
    """Persons, households, enrollments, sessions and attendance, agents and trainings."""
    EDIT_PLAN = "edit_plan"
    """Targets and commune population figures."""
    IMPORT = "import"
    EXPORT = "export"
    """Reports and lists written to files (personal data leaving the application)."""
    BACKUP = "backup"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_RATES = "manage_rates"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    RESTORE = "restore"
    DELETE_BACKUPS = "delete_backups"
    """Deleting a backup, or lowering how many are kept (which deletes the oldest)."""


_VIEWER = frozenset({Permission.READ, Permission.PRINT})
_STAFF = _VIEWER | {
    Permission.EDIT_REGISTER,
    Permission.EDIT_PLAN,
    Permission.IMPORT,
    Permission.EXPORT,
    Permission.BACKUP,
}
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.VIEWER: _VIEWER,
    Role.STAFF: frozenset(_STAFF),
    Role.ADMIN: frozenset(Permission),
}

ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: "Quản trị",
    Role.STAFF: "Cán bộ nghiệp vụ",
    Role.VIEWER: "Chỉ xem",
}


class PermissionDeniedError(ServiceError):
    """The signed-in account's role does not allow this action."""


def allows(role: Role, permission: Permission) -> bool:
    return permission in GRANTS[role]
