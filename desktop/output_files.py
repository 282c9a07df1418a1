"""Every file the application writes goes through here: checked, private, and whole or not at all.

A report, an export, an error workbook, a chart picture, a backup: each is
written into this process's private temporary folder (0700, under the user's
data folder), created 0600 before its first byte, and renamed onto the target
only when complete. A target on another disk (a USB stick) cannot be reached
by a rename, so there the temporary file sits beside the target and its path
is noted in the private folder. A process killed half way leaves its folder
behind; the next start of the application removes it and every noted file.

A target the user chose is refused when it is the database in use, its
-wal/-shm/-journal, anything in the backup folder, or
any existing SQLite file: a mistyped path must never destroy the register.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop.services.errors import ServiceError
from desktop.settings import data_dir

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
_TEMP_ROOT = "tmp"
_LOCK = "session.lock"
_NOTE = ".pending"
_PART = ".ansinh-part"
_protected: set[Path] = set()
_sessions: dict[Path, tuple[Path, object]] = {}


class UnsafeTarget(ServiceError):
    """The chosen file must not be written: it is a database, a backup or the application's own file."""


def protect(database: Path) -> None:
    """Never write over ``database`` or its journal files (called for every SQLite file opened)."""
    _protected.add(_resolved(database))


def temp_root() -> Path:
    """The folder holding every process's private temporary folder."""
    return data_dir() / _TEMP_ROOT


def _resolved(path: str | os.PathLike[str]) -> Path:
    return Path(os.path.abspath(Path(path).expanduser())).resolve()


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _backup_folder() -> Path | None:
    # Imported here: the backup service builds on this module, not the reverse.
    from desktop.services.backup import BackupPolicy

    try:
        return _resolved(BackupPolicy.load().folder)
    except OSError:
        return None


def _refusal(target: Path) -> str | None:
    """Why ``target`` must not be written, or None."""
    if target.is_dir():
        return f"“{target}” là một thư mục. Hãy chọn hoặc gõ tên tệp."
    for suffix in SIDE_FILES:
        if target.name.endswith(suffix):
            base = target.with_name(target.name[: -len(suffix)])
            if base in _protected or _is_sqlite(base):
                return (f"“{target.name}” là tệp nhật ký của cơ sở dữ liệu {base.name}; "
                        "ghi đè lên sẽ làm hỏng dữ liệu.")
    if target in _protected:
        return f"“{target}” là tệp cơ sở dữ liệu An Sinh Desk đang dùng; ghi đè lên sẽ mất toàn bộ dữ liệu."
    if _is_sqlite(target):
        return f"“{target}” là một tệp cơ sở dữ liệu (SQLite); ghi đè lên sẽ mất dữ liệu trong đó."
    folder = _backup_folder()
    if folder is not None and target.is_relative_to(folder):
        return f"“{target}” nằm trong thư mục sao lưu {folder}; ứng dụng không ghi tệp khác vào đó."
    return None


def check_target(target: str | os.PathLike[str]) -> Path:
    """The absolute path to write, or :class:`UnsafeTarget` saying why not (the GUI's save dialogs ask first)."""
    path = _resolved(target)
    reason = _refusal(path)
    if reason is not None:
        raise UnsafeTarget(f"Không ghi ra tệp này: {reason} Hãy chọn tên tệp khác.")
    return path


# --- the private temporary folder -----------------------------------------------------------------

def session_folder() -> Path:
    """This process's private temporary folder (0700), created and locked on first use."""
    root = temp_root()
    found = _sessions.get(root)
    if found is not None and found[0].is_dir():
        return found[0]
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = root / f"{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir(mode=0o700)
    lock = open(folder / _LOCK, "wb")  # noqa: SIM115 - held open for the life of the process
    if sys.platform != "win32":  # on Windows an open file cannot be deleted, which is the lock
        import fcntl

        fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    _sessions[root] = (folder, lock)
    return folder


def _alive(folder: Path) -> bool:
    """Whether the process that made ``folder`` still runs (it holds the folder's lock)."""
    lock_path = folder / _LOCK
    if sys.platform == "win32":
        try:
            lock_path.unlink(missing_ok=True)
        except PermissionError:
            return True
        return False
    import fcntl

    try:
        with open(lock_path, "rb") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return False


def remove_leftovers() -> int:
    """Remove the temporary folders (and noted files) of processes that ended; returns how many.

    Called at every start of the application, window or command line.
    """
    root = temp_root()
    mine = _sessions.get(root, (None, None))[0]
    removed = 0
    try:
        folders = [p for p in root.iterdir() if p.is_dir() and p != mine]
    except OSError:
        return 0
    for folder in folders:
        if _alive(folder):
            continue
        for note in folder.glob(f"*{_NOTE}"):
            _remove_noted(note)
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


def _remove_noted(note: Path) -> None:
    with contextlib.suppress(OSError, ValueError):
        path = Path(note.read_text(encoding="utf-8"))
        if _PART in path.name:  # only ever a file this module named
            for suffix in ("", *SIDE_FILES):
                Path(f"{path}{suffix}").unlink(missing_ok=True)


def scratch_folder(prefix: str) -> Path:
    """A new private folder for work files (previews, spooled rows); removed by the caller or at the next start."""
    folder = session_folder() / f"{prefix}{secrets.token_hex(4)}"
    folder.mkdir(mode=0o700)
    return folder


def _same_disk(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.stat().st_dev
    except OSError:
        return False


def _create_private(path: Path) -> None:
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def replacing(target: str | os.PathLike[str], *, chosen_by_user: bool = True) -> Iterator[Path]:
    """Yield a private (0600) empty temporary file; it replaces ``target`` only if the block succeeds.

    ``chosen_by_user`` checks the target first (see :func:`check_target`); the
    application's own names (backups, safety copies) skip that check.
    On any failure or cancel the temporary file is removed and ``target`` is untouched.
    """
    final = check_target(target) if chosen_by_user else _resolved(target)
    final.parent.mkdir(parents=True, exist_ok=True)
    folder = session_folder()
    token = secrets.token_hex(6)
    note: Path | None = None
    if _same_disk(folder, final.parent):
        temp = folder / f"{token}{final.suffix}"
    else:
        temp = final.with_name(f".{final.name}.{token}{_PART}")
        note = folder / f"{token}{_NOTE}"
        note.write_text(str(temp), encoding="utf-8")
    try:
        _create_private(temp)
        yield temp
        _fsync(temp)
        os.replace(temp, final)
        _fsync(final.parent)
    finally:
        for leftover in (temp, *(Path(f"{temp}{suffix}") for suffix in SIDE_FILES)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        if note is not None:
            note.unlink(missing_ok=True)


def write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to a checked target, privately and all at once; returns the absolute path."""
    with replacing(target) as temp:
        temp.write_bytes(data)
    return _resolved(target)
