"""The one exception the reading layer raises for a file it cannot read."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.errors import ValidationError


class UnreadableFile(ValidationError):
    """A file that is not a readable spreadsheet; ``message`` says why in Vietnamese."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="file")


def quoted(path: Path | str) -> str:
    """The file's own name in Vietnamese quotation marks, as messages show it."""
    name = Path(path).name if str(path) else str(path)
    return f"“{name}”"
