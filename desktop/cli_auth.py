"""Who runs a command-line command: the account named by ``--user``, signed in like at the desk.

The password comes from ``ANSINH_PASSWORD`` (for scheduled jobs) or is asked
for on the terminal; it is never taken as a command-line argument, which other
users of the computer could read in the process list.
"""

from __future__ import annotations

import getpass
import os
import sys

from desktop.db import Database
from desktop.i18n import pick
from desktop.services.accounts import authenticate, has_accounts, needs_password_change
from desktop.services.audit import Actor
from desktop.services.errors import ServiceError

PASSWORD_ENV = "ANSINH_PASSWORD"


class CliSignInError(ServiceError):
    """The command cannot run as anyone: no accounts yet, no --user, or no password to check."""


def cli_actor(db: Database, username: str | None) -> Actor:
    """The signed-in actor for a command that reads or changes data; raises with a message to show."""
    if not has_accounts(db):
        raise CliSignInError(pick(
            "Cơ sở dữ liệu này chưa có tài khoản nào. Hãy mở ứng dụng để thiết lập lần đầu "
            "(tạo tài khoản quản trị), hoặc chạy “ansinh-desk demo” để có dữ liệu và tài khoản mẫu.",
            "This database has no accounts yet. Open the application to run the first-time setup "
            "(it creates the administrator account), or run “ansinh-desk demo” for demo data and accounts.",
        ))
    if not username:
        raise CliSignInError(pick(
            f"Lệnh này cần đăng nhập: thêm --user TÊN_ĐĂNG_NHẬP (mật khẩu lấy từ biến {PASSWORD_ENV} "
            "hoặc được hỏi khi chạy).",
            f"This command needs a sign-in: add --user NAME (the password comes from {PASSWORD_ENV} "
            "or is asked for).",
        ))
    actor = authenticate(db, username, _password(username))
    if needs_password_change(db, actor):
        raise CliSignInError(pick(
            "Mật khẩu của tài khoản này do người quản trị đặt tạm. Hãy mở ứng dụng, đăng nhập và đổi mật khẩu trước.",
            "This account's password was set by an administrator. Open the application, sign in and change it first.",
        ))
    return actor


def _password(username: str) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise CliSignInError(pick(
            f"Không có mật khẩu: đặt biến môi trường {PASSWORD_ENV}, hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.",
            f"No password: set the {PASSWORD_ENV} environment variable, or run the command in a terminal to type it.",
        ))
    return getpass.getpass(pick(f"Mật khẩu của {username}: ", f"Password for {username}: "))
