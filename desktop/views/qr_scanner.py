"""A USB QR scanner reading a CCCD or Căn cước card, recognised wherever the focus is.

The scanner is a keyboard: it types ``ID|old ID|Name|ddmmyyyy|Nam/Nữ|address|ddmmyyyy``
(or only the 12 digits) and Enter, a few milliseconds per key, into whatever
field has the focus. ``QrScanDetector`` watches key presses application-wide.
Keys that follow each other faster than a person types are a burst; once a
burst reaches a ``|`` the rest of it is swallowed, and what already went into
the focused line edit is taken back, so the card's line never lands in a
search box or a name field. People never type that fast, so their keys
(``|`` included) pass untouched.

Gaps are measured on the key events' own timestamps when the window system
gives them, so a burst queued while the application was busy is still told
apart from typing. What arrives is kept as it arrived: characters outside
ASCII (a scanner typing UTF-8 bytes as Western characters sends control
characters too) and the Backspaces of a Vietnamese input method rewriting
letters as they come, which are applied and counted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.input_methods import vni_key
from desktop.domain.qr import CccdScan, is_bare_id, looks_like_cccd_qr, parse_cccd_qr
from desktop.services.audit import Actor
from desktop.services.scans import match_scan
from desktop.views.bus import DataBus
from desktop.views.participants.person_dialog import PersonDialog, open_person_dialog
from desktop.views.scan_notes import differences_note

FAST_GAP_MS = 50
"""Keys closer than this come from a machine (people need 80 ms or more between keys)."""
PAUSE_MS = 500
"""A gap this long ends a burst (a scanner may hiccup between two keys, never this long)."""
MIN_BURST = 5
"""Fast keys needed, up to a ``|``, before the burst is taken for a scan."""
MOSTLY_FAST = 0.75
"""Share of fast gaps for a line that reached Enter without being caught to count as a scan."""

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock,
)
_ALT_CODE = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.KeypadModifier
_INPUT_METHOD_BATCH = 0.0015
"""An input method sends its Backspaces and new letters together (one SendInput), within a millisecond."""


@dataclass(frozen=True)
class _Key:
    """One character since the last pause: when it was typed, whether fast, where it went and that field's
    text before it. A letter an input method rewrote keeps the time of the letter it replaced; a ``ghost``
    is a VNI digit the input method consumed into the word before it: part of the scan, not in the field."""

    char: str
    fast: bool
    receiver: QWidget
    before: tuple[str, int] | None  # (text, cursor) of the receiving line edit before this key
    at: float
    rewritten: bool = False
    ghost: bool = False


class QrScanDetector(QObject):
    """Application event filter: emits ``scanned(CccdScan)`` or ``malformed(message)`` for scanner lines.

    Install with ``QApplication.instance().installEventFilter(detector)``. ``clock``
    returns seconds (``time.monotonic`` by default); tests pass their own.
    ``last_line`` keeps the last line read as it arrived, for the scanner check.
    Windows that take scans themselves (check-in at the door, the scanner
    check) ``claim`` the detector while they are shown.
    """

    scanned = Signal(object)
    malformed = Signal(str)

    def __init__(self, parent: QObject | None = None, fast_gap_ms: int = FAST_GAP_MS, pause_ms: int = PAUSE_MS,
                 clock: Callable[[], float] | None = None) -> None:
        super().__init__(parent)
        self._fast = fast_gap_ms / 1000
        self._pause = pause_ms / 1000
        self._clock = clock or time.monotonic
        self._keys: list[_Key] = []  # mirrors what went into the field since the last pause, plus ghosts
        self._scan_at: float | None = None  # capturing: keys typed from then on are the scan's
        self._burst_at: float | None = None  # the first event after the last slow gap
        self._deleted: list[_Key] = []  # keys an input method's Backspaces just took, awaiting their new letters
        self._deleted_before: tuple[str, int] | None = None
        self._deleted_at: float | None = None  # the first Backspace of the input method's run
        self._batch_at: float | None = None  # its last event: new letters follow within a millisecond
        self._last_at: float | None = None  # last key, on the events' time line
        self._last_wall: float = -1.0  # the same key on the clock, for the pause timer
        self._last_seen: float = -1.0  # last key press of any kind, with its receiver
        self._last_receiver: QWidget | None = None
        self._claims: list[QWidget] = []
        self.last_line = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self._capture_timed_out)

    @property
    def capturing(self) -> bool:
        """A scan is being read: keys are swallowed until Enter."""
        return self._scan_at is not None

    # --- who takes the scans ----------------------------------------------------------------
    def claim(self, window: QWidget) -> None:
        """``window`` handles scans itself while it is visible (the main window then leaves them alone)."""
        if window not in self._claims:
            self._claims.append(window)

    def release(self, window: QWidget) -> None:
        if window in self._claims:
            self._claims.remove(window)

    @property
    def claimed(self) -> bool:
        """A visible window has claimed the scans."""
        for window in self._claims:
            try:
                if window.isVisible():
                    return True
            except RuntimeError:  # deleted meanwhile
                continue
        return False

    # --- the filter -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            return self._override(event)
        if kind != QEvent.Type.KeyPress or not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        wall = self._clock()
        if self._is_propagation(watched, wall):
            return False  # the same key going up to the parents of a field that ignored it
        self._last_seen, self._last_receiver = wall, watched
        now = self._time_of(event, wall)
        if self.capturing and self._last_at is not None and now - self._last_at > self._pause:
            self._finish()  # the scanner sent no Enter: the burst ended with the pause
        key = event.key()
        if key in _ENTER_KEYS or (self.capturing and key == Qt.Key.Key_Tab):
            return self._on_enter(now)
        if key in _MODIFIER_KEYS:
            return False
        if event.modifiers() & _ALT_CODE == _ALT_CODE:
            return self.capturing  # Alt + keypad digits: the scanner composing the character that follows
        if key == Qt.Key.Key_Backspace and not event.isAutoRepeat():
            return self._on_backspace(watched, now, wall)
        text = event.text()
        if event.isAutoRepeat() or not text or not all(_is_typed(char) for char in text):
            if self.capturing:
                return True
            self._reset()
            return False
        return self._on_text(watched, text, now, wall)

    def _time_of(self, event: QKeyEvent, wall: float) -> float:
        """When the key was pressed: the event's timestamp (ms) if the window system set one, else now."""
        stamp = event.timestamp()
        return stamp / 1000 if stamp else wall

    def _override(self, event: QKeyEvent) -> bool:
        """Keep shortcuts (Enter on a table, Ctrl+N ...) from firing in the middle of a scan."""
        now = self._time_of(event, self._clock())
        if self.capturing or (event.key() in _ENTER_KEYS and self._scan_start_at_enter(now) is not None):
            event.accept()
            return True
        return False

    def _is_propagation(self, watched: QWidget, now: float) -> bool:
        last = self._last_receiver
        if last is None or last is watched or now - self._last_seen > 0.002:
            return False
        try:
            return watched.isAncestorOf(last)
        except RuntimeError:  # the field was deleted meanwhile
            return False

    def _timed(self, now: float, wall: float) -> bool:
        """Note a key's time; True when it came fast after the one before."""
        fast = self._last_at is not None and 0 <= now - self._last_at <= self._fast
        if not fast:
            self._burst_at = now
        self._last_at, self._last_wall = now, wall
        return fast

    # --- Backspace: a person's, or an input method (Unikey, EVKey) rewriting letters ------------
    def _on_backspace(self, receiver: QWidget, now: float, wall: float) -> bool:
        """The field loses its last character; if new letters follow at once, an input method rewrote it."""
        index = next((i for i in range(len(self._keys) - 1, -1, -1) if not self._keys[i].ghost), None)
        if index is None:
            if self.capturing:
                return True
            self._reset()
            return False
        if not self._deleted:
            self._deleted_before = _line_state(receiver) if not self.capturing else None
            self._deleted_at = now
        self._deleted.append(self._keys.pop(index))
        self._timed(now, wall)
        self._batch_at = now
        if self.capturing:
            self._timer.start()
            return True
        return not isinstance(receiver, QLineEdit)  # a line edit takes its character back itself

    def _rewrite(self, char: str, receiver: QWidget, now: float) -> None:
        """A letter an input method typed in place of one its Backspace took (``_deleted``)."""
        old = self._deleted.pop()
        self._keys.append(_Key(char, old.fast, receiver, old.before, old.at, rewritten=True))
        digit = vni_key(old.char, char) if not self.capturing else None
        if digit is not None:  # the scanner's key that did it was consumed: keep it for the scan
            at = self._deleted_at if self._deleted_at is not None else now
            fast = self._burst_at is not None and self._burst_at < at
            self._keys.append(_Key(digit, fast, receiver, self._deleted_before, at, ghost=True))

    # --- characters -----------------------------------------------------------------------
    def _on_text(self, receiver: QWidget, text: str, now: float, wall: float) -> bool:
        batch = self._batch_at is not None and 0 <= now - self._batch_at <= _INPUT_METHOD_BATCH
        self._batch_at = now if batch else None
        if not batch:
            self._deleted.clear()
        gap = None if self._last_at is None else now - self._last_at
        if not self.capturing and not batch and (gap is None or gap > self._pause):
            self._keys.clear()
        fast = self._timed(now, wall)
        before = _line_state(receiver) if not self.capturing else None
        for char in text:
            if self._deleted:
                self._rewrite(char, receiver, now)
                continue
            if batch and char.isdigit() and self._keys and self._keys[-1].ghost and self._keys[-1].char == "0":
                self._keys.pop()  # a tone taken off by its own key typed twice: that key follows as typed
            self._keys.append(_Key(char, fast, receiver, before, now))
            fast = True  # several characters in one event arrive together
        if self.capturing:
            self._timer.start()
            return True
        if "|" in text and fast and self._burst_length() >= MIN_BURST:
            self._scan_at = self._scan_start()
            self._take_back()
            self._timer.start()
            return True
        return False

    def _burst(self, since: float) -> list[_Key]:
        return [key for key in self._keys if key.at >= since]

    def _burst_length(self) -> int:
        return len(self._burst(self._burst_at)) if self._burst_at is not None else 0

    def _scan_start(self) -> float:
        """When the scan began: the burst's first key, or earlier if digits of the ID came before a hiccup."""
        start = self._burst_at if self._burst_at is not None else 0.0
        earlier = sorted((key for key in self._keys if key.at < start and not (key.rewritten or key.ghost)),
                         key=lambda key: key.at)
        while earlier and earlier[-1].char.isdigit():
            start = earlier.pop().at
        return start

    def _take_back(self) -> None:
        """Put the line edit that received the scan's first keys back as it was."""
        keys = self._scan_keys()
        if not keys:
            return
        first = min(keys, key=lambda key: key.at)
        if first.before is None or not isinstance(first.receiver, QLineEdit):
            return
        text, cursor = first.before
        try:
            first.receiver.setText(text)
            first.receiver.setCursorPosition(cursor)
        except RuntimeError:
            pass

    def _scan_keys(self) -> list[_Key]:
        return self._burst(self._scan_at) if self._scan_at is not None else []

    # --- the end of a line -------------------------------------------------------------
    def _on_enter(self, now: float) -> bool:
        if self.capturing:
            self._finish()
            return True
        start = self._scan_start_at_enter(now)
        if start is None:
            self._reset()
            return False
        self._scan_at = start
        self._take_back()
        self._finish()
        return True

    def _scan_start_at_enter(self, now: float) -> float | None:
        """A line typed mostly fast that looks like a card's QR, or its 12 digits alone, not caught at a ``|``."""
        if self.capturing:
            return self._scan_at
        if not self._keys or self._last_at is None or now - self._last_at > self._pause:
            return None
        for start in (min(key.at for key in self._keys), self._burst_at):
            if start is None:
                continue
            keys = self._burst(start)
            text = "".join(key.char for key in keys)
            fast = sum(1 for key in keys if key.fast)
            mostly_fast = len(keys) >= MIN_BURST and fast >= MOSTLY_FAST * (len(keys) - 1)
            if mostly_fast and (looks_like_cccd_qr(text) or text.count("|") >= 5 or is_bare_id(text)):
                return start
        return None

    def _finish(self) -> None:
        keys = self._scan_keys()
        text = "".join(key.char for key in keys)
        rewrites = sum(1 for key in keys if key.rewritten or key.ghost)
        self._reset()
        self.last_line = text
        try:
            scan = parse_cccd_qr(text, rewrites)
        except ValidationError as error:
            message = error.message
            QTimer.singleShot(0, self, lambda: self.malformed.emit(message))
            return
        QTimer.singleShot(0, self, lambda: self.scanned.emit(scan))

    def _capture_timed_out(self) -> None:
        if self.capturing and self._clock() - self._last_wall >= self._pause:
            self._finish()

    def _reset(self) -> None:
        self._keys.clear()
        self._deleted.clear()
        self._batch_at = None
        self._scan_at = None
        self._last_at = None
        self._burst_at = None
        self._timer.stop()


def _is_typed(char: str) -> bool:
    """A character a scanner may type: printable, or one of the control characters 0x80-0x9F that
    stand for UTF-8 bytes read as Latin-1."""
    return char.isprintable() or "\x80" <= char <= "\x9f"


def _line_state(widget: QWidget) -> tuple[str, int] | None:
    if isinstance(widget, QLineEdit):
        return widget.text(), widget.cursorPosition()
    return None


def open_scan(parent: QWidget | None, db: Database, bus: DataBus, scan: CccdScan, *, actor: Actor) -> PersonDialog:
    """Show the scanned person: their record if the ID is registered (with where the card disagrees),
    else a new form filled from the card.

    A new-person form already open (the clerk clicked "Thêm người" and then
    scanned) is filled instead of opening a second one.
    """
    match = match_scan(db, scan)
    active = QApplication.activeModalWidget()
    if match is None and isinstance(active, PersonDialog) and active.is_new:
        active.apply_scan(scan)
        return active
    if match is not None:
        dialog = open_person_dialog(parent, db, bus, match.person_id, actor=actor)
        dialog.show_scan_note(differences_note(match.differences))
        return dialog
    return open_person_dialog(parent, db, bus, prefill=scan, actor=actor)
