"""Progress, cancellation and all-or-nothing output for long report runs.

A desk clerk may cancel a 100,000-row export; the target file must then be
left as it was, never half written, and the same holds when writing fails.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeAlias

from desktop.output_files import replacing

ProgressCallback: TypeAlias = Callable[[int, int | None], None]
"""Called with (rows written, rows expected or None when unknown)."""
CancelCheck: TypeAlias = Callable[[], bool]
"""Polled while writing; returning True stops the run."""

CHECK_EVERY = 256
"""Rows between two cancel polls / progress reports: cheap, yet responsive."""


class ReportCancelled(Exception):
    """The user cancelled; no file was written."""

    def __init__(self) -> None:
        super().__init__("Đã hủy xuất báo cáo.")


class RunControl:
    """Polls ``cancel`` and reports ``progress`` every ``CHECK_EVERY`` rows."""

    def __init__(
        self,
        progress: ProgressCallback | None,
        cancel: CancelCheck | None,
        expected: int | None,
    ) -> None:
        self._progress = progress
        self._cancel = cancel
        self._expected = expected

    def checkpoint(self, rows_done: int) -> None:
        """Raise ``ReportCancelled`` if asked to stop, else report progress."""
        if self._cancel is not None and self._cancel():
            raise ReportCancelled()
        if self._progress is not None:
            self._progress(rows_done, self._expected)

    def finished(self, rows_done: int) -> None:
        """Final progress report (100%)."""
        if self._progress is not None:
            self._progress(rows_done, rows_done)


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a private temporary path; move it onto ``target`` on success (see ``desktop.output_files``).

    On any exception (including ``ReportCancelled``) the temporary file is
    removed and an existing ``target`` is left untouched; a target that is a
    database or a backup is refused before anything is written.
    """
    with replacing(target) as temp:
        yield temp
