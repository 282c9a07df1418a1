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
import re
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.db import Database, sqlite_path
from desktop.domain.formatting import format_int
from desktop.migrations import SCHEMA_HEAD
from desktop.output_files import replacing
from desktop.services import schema
from desktop.services.audit import Actor, diff, record, require
from desktop.services.authz import Permission, PermissionDeniedError, Role, allows
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

AUTOMATIC = Actor("sao lưu tự động", role=Role.VIEWER)
"""Who the trail names for the automatic backup at start-up."""

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
        """Write the policy file (0600, replaced whole); :func:`save_policy` is the checked, audited way."""
        payload = {"folder": str(self.folder), "keep": _clamped_keep(self.keep)}
        with replacing(config_dir() / _POLICY_FILE, chosen_by_user=False) as temp:
            temp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")


def require_keep(actor: Actor, keep: int) -> None:
    """Keeping fewer backups than this desk keeps now deletes the oldest: an administrator's act."""
    current = BackupPolicy.load().keep
    if keep < current and not allows(actor.role, Permission.DELETE_BACKUPS):
        raise PermissionDeniedError(
            f"Chỉ người quản trị được giảm số bản sao lưu giữ lại (máy này đang giữ {current} bản), "
            "vì như thế sẽ xoá các bản cũ. Hãy nhờ người quản trị."
        )


def save_policy(db: Database, actor: Actor, policy: BackupPolicy) -> None:
    """Save this desk's backup folder and count; lowering the count is for administrators; audited."""
    require(actor, Permission.BACKUP)
    require_keep(actor, policy.keep)
    before = BackupPolicy.load()
    policy = replace(policy, keep=_clamped_keep(policy.keep))
    if policy == before:
        return
    policy.save()
    with db.unit_of_work() as session:
        record(session, actor, "backup_policy", "settings", None,
               f"Sao lưu vào {policy.folder}, giữ {policy.keep} bản mới nhất",
               diff({"folder": str(before.folder), "keep": before.keep},
                    {"folder": str(policy.folder), "keep": policy.keep}))


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


def _copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` (online backup API), private, published at ``target`` only when complete."""
    with replacing(target, chosen_by_user=False) as temp:
        _backup_into(source, temp)


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
    """Copy the database into ``folder`` now, then keep only the newest ``keep`` backups; both audited.

    ``actor`` is None only for the automatic backup at start-up (it keeps the desk's own count).
    """
    if actor is not None:
        require(actor, Permission.BACKUP)
        require_keep(actor, keep)
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
    size = target.stat().st_size
    with db.unit_of_work() as session:
        who = actor or AUTOMATIC
        record(session, who, "backup", "database", None, f"Sao lưu ra {target} ({format_int(size // 1024)} KB)")
        if removed:
            record(session, who, "delete_backup", "database", None,
                   f"Xoá {len(removed)} bản sao lưu cũ (giữ {keep} bản): {', '.join(p.name for p in removed)}")
    log.info("backup written to %s (%s bytes), removed %d old", target, size, len(removed))
    return BackupResult(target, size, now, removed)


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
    """Open ``path`` read-only and check it is whole and exactly an An Sinh Desk database.

    Whole: SQLite's ``integrity_check`` (``thorough``, seconds at 50,000 persons; a copy
    just made by the backup API only needs ``quick_check``). Exactly: a revision this
    program knows, and the tables, columns and indexes that revision has, with no trigger
    or view (the application creates none; one in a backup could erase the audit trail or
    copy people away once restored). A revision newer than this program's is refused
    with the version it needs.
    """
    if not path.is_file():
        raise ServiceError(f"Không tìm thấy tệp sao lưu {path}.")
    try:
        connection = _read_only(path)
        connection.execute("PRAGMA trusted_schema = OFF")
    except sqlite3.Error as error:
        raise ServiceError(f"Không mở được tệp sao lưu {path} ({error}).") from error
    try:
        revision = _checked_revision(connection, path, thorough)
        problems = schema.structure_differences(schema.sqlite_structure(connection), revision)
        if problems:
            raise ServiceError(
                f"Tệp {path} không đúng cấu trúc cơ sở dữ liệu An Sinh Desk ({'; '.join(problems[:4])}"
                f"{'; …' if len(problems) > 4 else ''}) nên không khôi phục từ tệp này."
            )
        persons = connection.execute("SELECT count(*) FROM persons").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise ServiceError(f"Tệp sao lưu {path} bị hỏng: {error}.") from error
    finally:
        connection.close()
    return BackupInfo(path, int(persons), revision, path.stat().st_size)


def _checked_revision(connection: sqlite3.Connection, path: Path, thorough: bool) -> str:
    """The file's schema revision, once it is whole and the revision is one this program knows."""
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise _not_ours(path) from error
        raise
    if not tables and path.stat().st_size > 0:
        raise _not_ours(path)
    check = "integrity_check" if thorough else "quick_check"
    problems = [row[0] for row in connection.execute(f"PRAGMA {check}(20)")]
    if problems != ["ok"]:
        raise ServiceError(f"Tệp sao lưu {path} bị hỏng: {'; '.join(problems[:3])}.")
    if not {"alembic_version", "persons"} <= tables:
        raise _not_ours(path)
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise _not_ours(path)
    revision = str(row[0])
    if schema.is_newer(revision):
        needed = connection.execute("SELECT value FROM app_settings WHERE key = ?",
                                    (schema.SCHEMA_VERSION_KEY,)).fetchone() if "app_settings" in tables else None
        raise schema.SchemaRefused(schema.newer_schema_message(str(path), revision, needed[0] if needed else None))
    if revision not in schema.known_revisions():
        raise ServiceError(f"Tệp {path} ghi phiên bản lược đồ “{revision}” mà An Sinh Desk không biết; "
                           "đây không phải bản sao lưu của ứng dụng nên không khôi phục từ tệp này.")
    return revision


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
        with replacing(target, chosen_by_user=False) as temp:
            temp.write_bytes(db_path.read_bytes())
    return target


def restore(db_path: Path, backup_path: Path, actor: Actor, confirm: bool = True,
            safety_folder: Path | None = None, now: dt.datetime | None = None) -> RestoreResult:
    """Replace the database at ``db_path`` by a verified backup, keeping a safety copy of the current one.

    The backup is checked, copied, checked again as a copy, brought to this program's
    schema and given its audit entry before the live file is touched; the swap is one
    rename. Should the restored file then fail its check, the safety copy is put back.
    Every connection to the database (this process included: ``Database.dispose()``)
    must be closed first; the application has to reopen the database afterwards.
    """
    require(actor, Permission.RESTORE)
    if not confirm:
        raise ServiceError("Khôi phục sẽ thay toàn bộ dữ liệu hiện tại; hãy xác nhận trước khi khôi phục.")
    info = verify_backup(backup_path)
    now = now or dt.datetime.now()
    folder = safety_folder or db_path.parent
    safety: Path | None = None
    try:
        if db_path.exists():
            _make_exclusive(db_path)  # first: nothing written after the safety copy is lost
            safety = _safety_copy(db_path, folder, now)
        with replacing(db_path, chosen_by_user=False) as prepared:
            _backup_into(backup_path, prepared)
            verify_backup(prepared, thorough=False)
            _bring_up_to_date(prepared, backup_path, actor, safety)
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as error:
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise ServiceError(
            f"Không khôi phục được ({detail}). Cơ sở dữ liệu hiện tại chưa bị thay."
            + (f" Bản an toàn: {safety}" if safety else "")
        ) from error
    try:
        _check_restored(db_path)
    except Exception as error:
        if safety is None:
            raise
        _copy_sqlite(safety, db_path)
        reason = error.message if isinstance(error, ServiceError) else str(error)
        raise ServiceError(
            f"Cơ sở dữ liệu khôi phục không dùng được ({reason}); đã tự đặt lại dữ liệu trước khi khôi phục "
            f"từ bản an toàn {safety}. Không mất gì."
        ) from error
    log.info("database %s restored from %s; safety copy %s", db_path, backup_path, safety)
    return RestoreResult(safety, info.persons)


def _backup_into(source: Path, target: Path) -> None:
    src = _read_only(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()


def _bring_up_to_date(prepared: Path, backup_path: Path, actor: Actor, safety: Path | None) -> None:
    """Migrate the copy to this program's schema and write the restore into its audit trail."""
    from desktop.models import UserAccount
    from desktop.services.bootstrap import open_database

    db = open_database(f"sqlite:///{prepared}")
    try:
        with db.unit_of_work() as session:
            known = actor.user_id is not None and session.get(UserAccount, actor.user_id) is not None
            who = actor if known else replace(actor, user_id=None)
            kept = f"; bản trước khi khôi phục: {safety.name}" if safety else ""
            record(session, who, "restore", "database", None, f"Khôi phục từ {backup_path.name}{kept}")
    finally:
        db.dispose()
    connection = sqlite3.connect(prepared)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def _check_restored(db_path: Path) -> None:
    """The live file after the swap: whole, at this program's schema, nothing foreign in it."""
    info = verify_backup(db_path, thorough=False)
    if info.revision != SCHEMA_HEAD:
        raise ServiceError(f"lược đồ {info.revision} thay vì {SCHEMA_HEAD}")
