"""Settings of this desk only (window state, language), kept in the user's config folder."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop.settings import config_dir


class DeskSettings:
    """Typed access to the desk's INI file."""

    def __init__(self) -> None:
        self._qs = QSettings(str(config_dir() / "desk.ini"), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = self._qs.value("ui/language", "vi")
        return value if value in ("vi", "en") else "vi"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray, page: str) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.setValue("window/page", page)
        self._qs.sync()

    @property
    def last_page(self) -> str:
        return str(self._qs.value("window/page", "dashboard"))

    @property
    def last_username(self) -> str:
        """The account that last signed in at this desk, offered again at the next sign-in."""
        return str(self._qs.value("accounts/last_username", ""))

    @last_username.setter
    def last_username(self, value: str) -> None:
        self._qs.setValue("accounts/last_username", value)
        self._qs.sync()
