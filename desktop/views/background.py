"""Run a service call off the UI thread and get its result back on it.

Each call is a small operation with success and failure callbacks (as in
Anki); the window never waits on the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")


class _Relay(QObject):
    """Carries the outcome across threads (queued to the main thread, where it was made).

    Relays have no parent and stay in ``_IN_FLIGHT`` until their outcome has
    been delivered: a screen closed meanwhile must not delete the object a
    worker thread is about to emit from (that crashed the whole process).
    """

    succeeded = Signal(object)
    failed = Signal(object)


_IN_FLIGHT: set[_Relay] = set()


def _retire(relay: _Relay) -> None:
    _IN_FLIGHT.discard(relay)
    relay.deleteLater()


class _Receiver(QObject):
    """The screen-side end: Qt drops its connections when the screen goes away."""

    def __init__(self, parent: QObject, on_done: Callable[[Any], Any],
                 on_error: Callable[[BaseException], Any] | None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error

    @Slot(object)
    def succeeded(self, value: object) -> None:
        self.deleteLater()
        self._on_done(value)

    @Slot(object)
    def failed(self, error: object) -> None:
        self.deleteLater()
        if self._on_error is not None:
            assert isinstance(error, BaseException)
            self._on_error(error)


class _Operation(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - handed to the caller's failure callback
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class Background(QObject):
    """Owner of background operations for one screen; callbacks stop when it is destroyed."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()

    def run(self, work: Callable[[], T], on_done: Callable[[T], Any],
            on_error: Callable[[BaseException], Any] | None = None) -> None:
        relay = _Relay()
        _IN_FLIGHT.add(relay)
        receiver = _Receiver(self, on_done, on_error)
        relay.succeeded.connect(receiver.succeeded)
        relay.failed.connect(receiver.failed)
        relay.succeeded.connect(lambda _value: _retire(relay))
        relay.failed.connect(lambda _error: _retire(relay))
        self._pool.start(_Operation(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every queued operation ran (tests and shutdown)."""
        return self._pool.waitForDone(msecs)
