"""Backups of the desk's SQLite database: copy, keep the last N, verify, restore.

Copies go through SQLite's online backup API, so a backup taken while another
desk writes is still one consistent state of the database; every file is
written under a temporary name and renamed only when complete, readable by its
owner only. A shared PostgreSQL database is backed up by its server (pg_dump),
not by a desk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.db import Database, sqlite_path
from desktop.services.audit import Actor, record, require
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.settings import config_dir, data_dir

log = logging.getLogger(__name__)

BACKUP_PREFIX = "ansinh-"
SAFETY_PREFIX = "truoc-khoi-phuc-"
STAMP_FORMAT = "%Y-%m-%d_%H%M"
DEFAULT_KEEP = 10
MAX_KEEP = 365
_BACKUP_NAME = re.compile(r"^ansinh-(\d{4}-\d{2}-\d{2}_\d{4})(?:-(\d+))?\.db$")
_POLICY_FILE = "backup.json"
_REQUIRED_TABLES = ("alembic_version", "persons")

POSTGRES_MESSAGE = (
    "Cơ sở dữ liệu dùng chung trên máy chủ PostgreSQL được sao lưu trên máy chủ (pg_dump), "
    "không sao lưu từ máy của bộ phận một cửa. Hãy nhờ người quản trị máy chủ."
)


@dataclass(frozen=True)
class BackupPolicy:
    """Where this desk writes its backups and how many it keeps (stored per desk, not in the database)."""

    folder: Path
    keep: int = DEFAULT_KEEP

    @classmethod
    def default(cls) -> BackupPolicy:
        return cls(data_dir() / "backups", DEFAULT_KEEP)

    @classmethod
    def load(cls) -> BackupPolicy:
        """The saved policy, or the default one when none is saved or the file is unreadable."""
        path = config_dir() / _POLICY_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(Path(str(raw["folder"])), _clamped_keep(int(raw.get("keep", DEFAULT_KEEP))))
        except (OSError, ValueError, KeyError, TypeError):
            return cls.default()

    def save(self) -> None:
        path = config_dir() / _POLICY_FILE
        payload = {"folder": str(self.folder), "keep": _clamped_keep(self.keep)}
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")


def _clamped_keep(keep: int) -> int:
    return max(1, min(MAX_KEEP, keep))


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    created_at: dt.datetime
    removed: tuple[Path, ...]


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup holds."""

    path: Path
    persons: int
    revision: str
    size: int


@dataclass(frozen=True)
class RestoreResult:
    safety_copy: Path | None
    persons: int


# --- naming and rotation ------------------------------------------------------------------------

def backup_time(path: Path) -> dt.datetime | None:
    """The time a backup was taken, read from its name; None for files that are not ours."""
    match = _BACKUP_NAME.match(path.name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1), STAMP_FORMAT)
    except ValueError:
        return None


def _order(path: Path) -> tuple[dt.datetime, int]:
    match = _BACKUP_NAME.match(path.name)
    suffix = int(match.group(2)) if match and match.group(2) else 0
    return backup_time(path) or dt.datetime.min, suffix


def list_backups(folder: Path) -> list[Path]:
    """Our backups in ``folder``, oldest first (other files are never touched)."""
    try:
        candidates = [p for p in folder.iterdir() if p.is_file() and backup_time(p) is not None]
    except OSError:
        return []
    return sorted(candidates, key=_order)


def last_backup_at(folder: Path) -> dt.datetime | None:
    backups = list_backups(folder)
    return backup_time(backups[-1]) if backups else None


def rotate(folder: Path, keep: int) -> tuple[Path, ...]:
    """Delete our oldest backups beyond the newest ``keep``; returns what was deleted."""
    backups = list_backups(folder)
    doomed = backups[: max(0, len(backups) - _clamped_keep(keep))]
    for path in doomed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return tuple(doomed)


def _free_name(folder: Path, prefix: str, now: dt.datetime) -> Path:
    stem = f"{prefix}{now.strftime(STAMP_FORMAT)}"
    path = folder / f"{stem}.db"
    counter = 2
    while path.exists():
        path = folder / f"{stem}-{counter}.db"
        counter += 1
    return path


def due_backup(last: dt.datetime | None, now: dt.datetime) -> bool:
    """The automatic backup runs at start on the first use of each day."""
    return last is None or last.date() != now.date()


# --- copying ------------------------------------------------------------------------------------

def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _temporary(target: Path) -> Iterator[Path]:
    """A private temporary file beside ``target``, removed unless renamed onto it."""
    temp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        yield temp
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` (online backup API), published at ``target`` only when complete."""
    with _temporary(target) as temp:
        src = _read_only(source)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
                dst.commit()
            finally:
                dst.close()
        finally:
            src.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    _fsync_dir(target.parent)


def _live_path(db: Database) -> Path:
    path = sqlite_path(db.url)
    if path is None:
        if db.is_sqlite:
            raise ServiceError("Cơ sở dữ liệu tạm trong bộ nhớ không sao lưu được.")
        raise ServiceError(POSTGRES_MESSAGE)
    return path


def _folder_error(folder: Path, error: BaseException) -> ServiceError:
    detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return ServiceError(
        f"Không ghi được vào thư mục sao lưu {folder} ({detail}). "
        "Hãy kiểm tra ổ USB hoặc ổ mạng đã cắm, còn chỗ trống và được phép ghi, hoặc chọn thư mục khác."
    )


def backup_now(db: Database, folder: Path, keep: int, actor: Actor | None,
               now: dt.datetime | None = None) -> BackupResult:
    """Copy the database into ``folder`` now, then keep only the newest ``keep`` backups.

    ``actor`` is None only for the automatic backup at start-up.
    """
    if actor is not None:
        require(actor, Permission.BACKUP)
    source = _live_path(db)
    if not source.exists():
        raise ServiceError(f"Không tìm thấy tệp cơ sở dữ liệu {source}.")
    now = now or dt.datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, BACKUP_PREFIX, now)
        _copy_sqlite(source, target)
    except (OSError, sqlite3.OperationalError) as error:
        raise _folder_error(folder, error) from error
    except sqlite3.DatabaseError as error:
        raise ServiceError(f"Không sao lưu được: cơ sở dữ liệu {source} bị hỏng ({error}).") from error
    verify_backup(target, thorough=False)
    removed = rotate(folder, keep)
    log.info("backup written to %s (%s bytes), removed %d old", target, target.stat().st_size, len(removed))
    return BackupResult(target, target.stat().st_size, now, removed)


def run_startup_backup(db: Database, policy: BackupPolicy, now: dt.datetime | None = None) -> str | None:
    """The automatic backup at start: a status-bar message, or None when nothing was due. Never raises."""
    now = now or dt.datetime.now()
    if sqlite_path(db.url) is None:
        return None
    try:
        if not due_backup(last_backup_at(policy.folder), now):
            return None
        result = backup_now(db, policy.folder, policy.keep, None, now)
    except ServiceError as error:
        log.warning("automatic backup failed: %s", error.message)
        return f"Chưa sao lưu tự động được: {error.message}"
    except Exception as error:  # noqa: BLE001 - a failed backup must never stop the desk from starting
        log.exception("automatic backup failed")
        return f"Chưa sao lưu tự động được: {error}"
    return f"Đã sao lưu tự động: {result.path.name}"


# --- verifying and restoring ---------------------------------------------------------------------

def _not_ours(path: Path) -> ServiceError:
    return ServiceError(f"Tệp {path} không phải bản sao lưu An Sinh Desk.")


def verify_backup(path: Path, thorough: bool = True) -> BackupInfo:
    """Open ``path`` read-only, check SQLite's integrity and that it is an An Sinh Desk database.

    ``thorough`` runs integrity_check (indexes against tables too: seconds at 50,000 persons);
    a copy just made by the backup API only needs quick_check.
    """
    if not path.is_file():
        raise ServiceError(f"Không tìm thấy tệp sao lưu {path}.")
    try:
        connection = _read_only(path)
    except sqlite3.Error as error:
        raise ServiceError(f"Không mở được tệp sao lưu {path} ({error}).") from error
    try:
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as error:
            if "not a database" in str(error):
                raise _not_ours(path) from error
            raise ServiceError(f"Tệp sao lưu {path} bị hỏng: {error}.") from error
        if not tables and path.stat().st_size > 0:
            raise _not_ours(path)
        try:
            check = "integrity_check" if thorough else "quick_check"
            problems = [row[0] for row in connection.execute(f"PRAGMA {check}(20)")]
        except sqlite3.DatabaseError as error:
            raise ServiceError(f"Tệp sao lưu {path} bị hỏng: {error}.") from error
        if problems != ["ok"]:
            raise ServiceError(f"Tệp sao lưu {path} bị hỏng: {'; '.join(problems[:3])}.")
        if not all(name in tables for name in _REQUIRED_TABLES):
            raise _not_ours(path)
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        persons = connection.execute("SELECT count(*) FROM persons").fetchone()[0]
    finally:
        connection.close()
    if revision is None:
        raise _not_ours(path)
    return BackupInfo(path, int(persons), str(revision[0]), path.stat().st_size)


def _make_exclusive(db_path: Path) -> None:
    """Fold the write-ahead log into the file and leave WAL mode, which SQLite allows only to the
    last connection: proof that no other window or desk has the database open, and no stale
    -wal/-shm is left to be replayed onto the restored file."""
    try:
        connection = sqlite3.connect(db_path, timeout=5)
    except sqlite3.Error as error:
        raise ServiceError(f"Không mở được cơ sở dữ liệu {db_path} ({error}).") from error
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as error:
        mode = f"locked: {error}"
    except sqlite3.DatabaseError:  # damaged beyond reading: exactly what a restore is for
        return
    finally:
        connection.close()
    if str(mode).lower() != "delete":
        raise ServiceError(
            "Cơ sở dữ liệu đang được mở ở máy khác hoặc cửa sổ khác. "
            "Hãy đóng An Sinh Desk ở mọi nơi dùng chung tệp này rồi khôi phục lại."
        )


def _safety_copy(db_path: Path, folder: Path, now: dt.datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, SAFETY_PREFIX, now)
    try:
        _copy_sqlite(db_path, target)
    except sqlite3.DatabaseError:  # a damaged database is kept byte for byte
        with _temporary(target) as temp:
            temp.write_bytes(db_path.read_bytes())
            os.replace(temp, target)
    return target


def restore(db_path: Path, backup_path: Path, actor: Actor, confirm: bool = True,
            safety_folder: Path | None = None, now: dt.datetime | None = None) -> RestoreResult:
    """Replace the database at ``db_path`` by a verified backup, keeping a safety copy of the current one.

    Every connection to the database (this process included: ``Database.dispose()``)
    must be closed first; the application has to reopen the database afterwards.
    """
    require(actor, Permission.RESTORE)
    if not confirm:
        raise ServiceError("Khôi phục sẽ thay toàn bộ dữ liệu hiện tại; hãy xác nhận trước khi khôi phục.")
    info = verify_backup(backup_path)
    now = now or dt.datetime.now()
    folder = safety_folder or db_path.parent
    try:
        if db_path.exists():
            _make_exclusive(db_path)  # first: nothing written after the safety copy is lost
        safety = _safety_copy(db_path, folder, now) if db_path.exists() else None
        target = db_path.with_name(f"{db_path.name}.khoi-phuc")
        _copy_sqlite(backup_path, target)
        try:
            verify_backup(target, thorough=False)
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{db_path}{suffix}").unlink()
            os.replace(target, db_path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
        _fsync_dir(db_path.parent)
    except OSError as error:
        raise ServiceError(
            f"Không khôi phục được ({error.strerror or error}): {error.filename or db_path}. "
            "Cơ sở dữ liệu hiện tại chưa bị thay."
        ) from error
    _record_restore(db_path, backup_path, actor, safety)
    log.info("database %s restored from %s; safety copy %s", db_path, backup_path, safety)
    return RestoreResult(safety, info.persons)


def _record_restore(db_path: Path, backup_path: Path, actor: Actor, safety: Path | None) -> None:
    """The audit entry goes into the restored database (its schema brought up to date first)."""
    from desktop.models import UserAccount
    from desktop.services.bootstrap import open_database

    db = open_database(f"sqlite:///{db_path}")
    try:
        with db.unit_of_work() as session:
            known = actor.user_id is not None and session.get(UserAccount, actor.user_id) is not None
            who = actor if known else replace(actor, user_id=None)
            kept = f"; bản trước khi khôi phục: {safety.name}" if safety else ""
            record(session, who, "restore", "database", None, f"Khôi phục từ {backup_path.name}{kept}")
    finally:
        db.dispose()
