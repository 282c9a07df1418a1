"""Alembic migrations of the application database."""

SCHEMA_HEAD = "0005"
"""The newest revision; a test checks it is Alembic's head, so start-up can skip importing Alembic."""
