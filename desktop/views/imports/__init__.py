"""The import wizard: choose a file, map its columns, preview every row, commit, undo."""

from desktop.views.imports.page import ImportPage

__all__ = ["ImportPage"]
