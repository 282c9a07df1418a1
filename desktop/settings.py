"""Where this desk keeps its files and which database it opens.

Per-desk settings (window state, language, database URL) live in the user's
config folder; settings shared by every desk live in the database.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "ansinh-desk"
DB_ENV_VAR = "ANSINH_DB"


def data_dir() -> Path:
    """The user's data folder (created on first use)."""
    folder = Path(os.environ.get("ANSINH_DATA_DIR") or user_data_path(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def config_dir() -> Path:
    """The user's config folder (created on first use)."""
    folder = Path(os.environ.get("ANSINH_CONFIG_DIR") or user_config_path(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_path() -> Path:
    return data_dir() / "ansinh.db"


def resolve_database_url(given: str | None) -> str:
    """A SQLAlchemy URL from ``--db`` (URL or file path), else ``ANSINH_DB``, else the default file."""
    value = given or os.environ.get(DB_ENV_VAR) or str(default_database_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"
