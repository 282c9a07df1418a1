"""Errors a service raises for the user to read (Vietnamese), beside ValidationError."""

from __future__ import annotations


class ServiceError(Exception):
    """An action that cannot be done as asked; the message says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
