"""Long import steps off the UI thread, with progress and a Cancel that really cancels.

The work gets ``progress(stage, done, total)`` and a ``threading.Event``; a
relay QObject living on the UI thread carries progress and the outcome back
through queued signals. Cancel only sets the event: the service stops at its
next check and rolls back, so the database is never left half written.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.services.imports import Stage

Work = Callable[[Callable[[Stage, int, int], None], threading.Event], object]


class _Relay(QObject):
    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Work, relay: _Relay, cancel: threading.Event) -> None:
        super().__init__()
        self._work, self._relay, self._cancel = work, relay, cancel

    def run(self) -> None:
        def progress(stage: Stage, done: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
                self._relay.progressed.emit(str(stage), done, total)

        try:
            result = self._work(progress, self._cancel)
        except Exception as error:  # noqa: BLE001 - handed to the failure callback on the UI thread
            with contextlib.suppress(RuntimeError):
                self._relay.failed.emit(error)
        else:
            with contextlib.suppress(RuntimeError):
                self._relay.succeeded.emit(result)


class ImportRunner(QObject):
    """Runs one import step at a time for the wizard."""

    progressed = Signal(str, int, int)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._cancel: threading.Event | None = None
        self._relay: _Relay | None = None

    @property
    def running(self) -> bool:
        return self._relay is not None

    def start(self, work: Work, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        if self._relay is not None:
            raise RuntimeError("an import step is already running")
        relay = _Relay(self)
        cancel = threading.Event()
        self._relay, self._cancel = relay, cancel

        def finish(callback: Callable[[Any], None], value: object) -> None:
            self._relay = self._cancel = None
            relay.deleteLater()
            self.running_changed.emit(False)
            callback(value)

        relay.progressed.connect(self.progressed)
        relay.succeeded.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_error, error))
        self.running_changed.emit(True)
        self._pool.start(_Task(work, relay, cancel))

    def cancel(self) -> None:
        """Ask the running step to stop; its failure callback then gets ``ImportCancelled``."""
        if self._cancel is not None:
            self._cancel.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (tests, closing the window)."""
        return self._pool.waitForDone(msecs)
