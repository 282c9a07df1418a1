"""Run a service call off the UI thread and get its result back on it.

Each call is a small operation with success and failure callbacks (as in
Anki); the window never waits on the database.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class _Relay(QObject):
    """Carries the outcome across threads (queued to the receiver's thread)."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Operation(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - handed to the caller's failure callback
            self._deliver(self._relay.failed, error)
        else:
            self._deliver(self._relay.succeeded, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the screen that asked was closed meanwhile
            signal.emit(value)


class Background(QObject):
    """Owner of background operations for one screen (their relays live as long as it does)."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], T], on_done: Callable[[T], Any],
            on_error: Callable[[BaseException], Any] | None = None) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(callback: Callable[[Any], Any] | None, value: object) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if callback is not None:
                callback(value)

        relay.succeeded.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_error, error))
        self._pool.start(_Operation(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every queued operation ran (tests and shutdown)."""
        return self._pool.waitForDone(msecs)
