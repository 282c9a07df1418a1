"""Filling the first-run setup dialog's office part, as a person does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.views.setup_dialog import SetupDialog
from tests.views.typing import type_text


def check_communes(dialog: SetupDialog, *names: str) -> None:
    """Tick the communes whose shown name starts with one of ``names``."""
    communes = dialog.form.commune_list
    for row in range(communes.count()):
        item = communes.item(row)
        if any(item.text().startswith(name) for name in names):
            item.setCheckState(Qt.CheckState.Checked)


def fill_office(dialog: SetupDialog, name: str, place: str, *communes: str) -> None:
    """Type the office's name and place, tick its communes."""
    type_text(dialog.form.name_edit, name)
    type_text(dialog.form.place_edit, place)
    check_communes(dialog, *communes)
