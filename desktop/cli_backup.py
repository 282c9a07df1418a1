"""Command line ``backup`` and ``restore``: the same backup services the settings page uses.

Kept apart from ``desktop.cli`` so that module stays a list of commands; errors
are raised as ServiceError and ``desktop.cli.main`` turns them into exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.db import Database
from desktop.domain.formatting import format_int
from desktop.i18n import pick
from desktop.services.audit import Actor
from desktop.services.errors import ServiceError
from desktop.settings import resolve_database_url

CONFIRM_WORDS = ("co", "có")


def add_backup_commands(commands: Any) -> None:
    """Add ``backup`` and ``restore`` to the subcommand parsers of ``desktop.cli.build_parser``."""
    backup = commands.add_parser("backup", help=pick(
        "sao lưu cơ sở dữ liệu SQLite vào một thư mục, giữ lại các bản mới nhất",
        "back up the SQLite database into a folder, keeping the newest copies"))
    backup.add_argument("path", nargs="?", metavar=pick("THƯ_MỤC", "FOLDER"), help=pick(
        "thư mục sao lưu (mặc định: thư mục đã chọn trong phần Cài đặt của máy này)",
        "backup folder (default: the one chosen in this desk's settings)"))
    backup.add_argument("--keep", type=int, metavar="N", help=pick(
        "số bản sao lưu giữ lại (mặc định theo cài đặt, thường là 10)",
        "number of backups to keep (default from the settings, usually 10)"))

    restore = commands.add_parser("restore", help=pick(
        "khôi phục cơ sở dữ liệu từ một bản sao lưu (chỉ người quản trị; giữ một bản an toàn của dữ liệu hiện tại)",
        "restore the database from a backup (administrators only; the current data is kept as a safety copy)"))
    restore.add_argument("path", metavar=pick("TỆP", "FILE"), help=pick(
        "tệp sao lưu ansinh-….db", "a backup file ansinh-….db"))
    restore.add_argument("--yes", action="store_true", help=pick(
        "không hỏi lại (dùng trong tập lệnh)", "do not ask for confirmation (for scripts)"))


def _actor(db: Database, args: argparse.Namespace) -> Actor:
    """The signed-in account (``--user``; password from ANSINH_PASSWORD or asked)."""
    from desktop.cli_auth import cli_actor

    return cli_actor(db, args.user)


def _cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services.backup import BackupPolicy, backup_now
    from desktop.services.bootstrap import open_database

    policy = BackupPolicy.load()
    folder = Path(args.path).expanduser() if args.path else policy.folder
    keep = args.keep if args.keep is not None else policy.keep
    if keep < 1:
        raise ServiceError(pick("--keep phải lớn hơn 0.", "--keep must be greater than 0."))
    db = open_database(resolve_database_url(args.db))
    try:
        result = backup_now(db, folder, keep, _actor(db, args))
    finally:
        db.dispose()
    print(pick(f"Đã sao lưu ra {result.path} ({format_int(result.size // 1024)} KB).",
               f"Backed up to {result.path} ({format_int(result.size // 1024)} KB)."))
    if result.removed:
        print(pick(f"Đã xoá {len(result.removed)} bản sao lưu cũ (giữ {keep} bản mới nhất).",
                   f"Deleted {len(result.removed)} old backups (keeping the newest {keep})."))
    return 0


def _ask(question: str) -> bool:
    if not sys.stdin.isatty():
        raise ServiceError(pick(
            "Khôi phục thay toàn bộ dữ liệu hiện tại nên cần xác nhận: chạy lại ở cửa sổ lệnh hoặc thêm --yes.",
            "A restore replaces all current data and needs confirmation: run it in a terminal or add --yes."))
    try:
        answer = input(question)
    except EOFError:
        answer = ""
    return answer.strip().lower() in CONFIRM_WORDS


def _cmd_restore(args: argparse.Namespace) -> int:
    from desktop.db import sqlite_path
    from desktop.services.backup import restore, verify_backup
    from desktop.services.bootstrap import open_database
    from desktop.services.schema import SchemaRefused

    url = resolve_database_url(args.db)
    live = sqlite_path(url)
    if live is None:
        raise ServiceError(pick(
            "Cơ sở dữ liệu dùng chung trên máy chủ PostgreSQL được khôi phục trên máy chủ (pg_restore), "
            "không khôi phục từ máy của bộ phận một cửa.",
            "A shared PostgreSQL database is restored on its server (pg_restore), not from a desk."))
    backup = Path(args.path).expanduser()
    info = verify_backup(backup)
    try:
        db = open_database(url)
    except SchemaRefused:  # a database the application will not work on: restoring is the way out
        db = Database(url)
    try:
        actor = _actor(db, args)
    finally:
        db.dispose()
    if not args.yes and not _ask(pick(
            f"Khôi phục {backup} ({format_int(info.persons)} người) vào {live}? "
            f"Dữ liệu hiện tại sẽ được giữ thành một bản an toàn. Gõ 'co' để đồng ý: ",
            f"Restore {backup} ({format_int(info.persons)} persons) into {live}? "
            f"The current data is kept as a safety copy. Type 'co' to agree: ")):
        print(pick("Đã huỷ, không thay đổi gì.", "Cancelled, nothing changed."))
        return 1
    result = restore(live, backup, actor, confirm=True)
    print(pick(f"Đã khôi phục {format_int(result.persons)} người từ {backup}.",
               f"Restored {format_int(result.persons)} persons from {backup}."))
    if result.safety_copy is not None:
        print(pick(f"Bản an toàn của dữ liệu trước khi khôi phục: {result.safety_copy}",
                   f"Safety copy of the data before the restore: {result.safety_copy}"))
    return 0


BACKUP_COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}
