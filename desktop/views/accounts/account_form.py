"""The new-account fields (name, full name, password twice), each with its message underneath.

Shared by the first-run setup, the "create the administrator" dialog of an
older database, and the users page's "add account" dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.domain.errors import ValidationError
from desktop.services.accounts import new_account_errors
from desktop.services.authz import ROLE_LABELS, Role
from desktop.views.fields import grow_to_fit, message_label, tab_chain
from desktop.views.labels import label_text


def field_form(parent: QWidget | None = None) -> QFormLayout:
    """A form whose labels stay level with their field when a message opens underneath."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setVerticalSpacing(4)
    return form


def add_field(form: QFormLayout, text: str, field: QWidget, message: QLabel | None = None) -> None:
    """One labelled row; ``message`` gets a row of its own under the field, taking no room while hidden."""
    form.addRow(text, field)
    if message is not None:
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, message)


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


def role_combo() -> QComboBox:
    """Roles by name; the item data is the Role value."""
    combo = QComboBox()
    combo.setObjectName("role")
    for role in (Role.STAFF, Role.VIEWER, Role.ADMIN):
        combo.addItem(label_text(ROLE_LABELS[role]), role.value)
    return combo


class FieldMessages:
    """The message labels of a form, keyed by the field names the services use."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.labels = {name: message_label(name) for name in names}

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, errors: dict[str, str]) -> None:
        """Show each message under its field; a message for an unknown field goes under the first one."""
        self.clear()
        first = next(iter(self.labels))
        for name, message in errors.items():
            label = self.labels.get(name, self.labels[first])
            label.setText(message)
            label.show()
        if errors:
            grow_to_fit(self.labels[first])

    def text(self, name: str) -> str:
        """The message shown under ``name`` ("" when none)."""
        label = self.labels[name]
        return "" if label.isHidden() else label.text()


class NewAccountForm(QWidget):
    """User name, full name, an optional role, the password and its confirmation."""

    def __init__(self, with_role: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(40)
        self.username_edit.setPlaceholderText(self.tr("Ví dụ: thuha"))
        self.username_edit.setToolTip(self.tr("Chữ không dấu viết liền, có thể có chữ số, dấu chấm, gạch dưới"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("fullName")
        self.full_name_edit.setMaxLength(120)
        self.role_combo = role_combo() if with_role else None
        self.password_edit = password_edit("password")
        self.password_edit.setPlaceholderText(self.tr("Ít nhất 8 ký tự"))
        self.confirm_edit = password_edit("confirm")
        self.messages = FieldMessages(("username", "full_name", "password", "confirm"))
        labels = self.messages.labels
        form = field_form(self)
        form.setContentsMargins(0, 0, 0, 0)
        add_field(form, self.tr("Tên đăng nhập:"), self.username_edit, labels["username"])
        add_field(form, self.tr("Họ và tên:"), self.full_name_edit, labels["full_name"])
        if self.role_combo is not None:
            add_field(form, self.tr("Vai trò:"), self.role_combo)
        add_field(form, self.tr("Mật khẩu:"), self.password_edit, labels["password"])
        add_field(form, self.tr("Nhập lại mật khẩu:"), self.confirm_edit, labels["confirm"])
        chain: list[QWidget] = [self.username_edit, self.full_name_edit]
        if self.role_combo is not None:
            chain.append(self.role_combo)
        tab_chain(*chain, self.password_edit, self.confirm_edit)

    @property
    def username(self) -> str:
        return self.username_edit.text()

    @property
    def full_name(self) -> str:
        return self.full_name_edit.text()

    @property
    def password(self) -> str:
        return self.password_edit.text()

    @property
    def role(self) -> Role:
        return Role(self.role_combo.currentData()) if self.role_combo is not None else Role.ADMIN

    def check(self) -> bool:
        """Show the messages of what is wrong, before anything is saved; True when all is well."""
        errors = new_account_errors(self.username, self.full_name, self.password, self.confirm_edit.text())
        self.messages.show(errors)
        if errors:
            self.widget_of(next(iter(errors))).setFocus()
        return not errors

    def show_refusal(self, error: ValidationError) -> None:
        """A service's refusal under the field it names (the user name if none), that field focused."""
        self.messages.show({error.field or "username": error.message})
        self.widget_of(error.field).setFocus()

    def widget_of(self, field: str | None) -> QWidget:
        return {"username": self.username_edit, "full_name": self.full_name_edit,
                "confirm": self.confirm_edit}.get(field or "", self.password_edit)
