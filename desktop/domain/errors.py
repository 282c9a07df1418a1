"""The one exception user-input parsers may raise.

Every parser of what a person typed or a file carried raises ``ValidationError``
and nothing else, so callers can show ``message`` (Vietnamese) next to ``field``.
"""

from __future__ import annotations


class ValidationError(ValueError):
    """Bad user input, with a Vietnamese message fit to show as it is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message
