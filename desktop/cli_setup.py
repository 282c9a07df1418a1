"""Command line ``setup``: the first-run setup without a window, for the office's IT person.

It calls the service the first-run dialog calls (:func:`set_up_office`): the
office, its communes and the first administrator in one transaction, audited
as the new administrator's work; a database that already holds an office is
refused. The password comes from ``ANSINH_PASSWORD`` or is typed twice on the
terminal, never from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

from desktop.cli_auth import PASSWORD_ENV
from desktop.domain.errors import ValidationError
from desktop.i18n import pick
from desktop.services.errors import ServiceError
from desktop.settings import resolve_database_url

FLAGS = {
    "name": "--office-name", "place_name": "--place", "communes": "--communes", "username": "--admin",
    "full_name": "--admin-full-name", "password": PASSWORD_ENV,
}
"""The option that gave each field the services name in their refusals."""


def add_setup_command(commands: Any) -> None:
    """Add ``setup`` to the subcommand parsers of ``desktop.cli.build_parser``."""
    from desktop.services.office import DEFAULT_PARENT, DEFAULT_PROVINCE

    setup = commands.add_parser("setup", help=pick(
        "thiết lập lần đầu không cần cửa sổ: đơn vị, các xã, phường và tài khoản quản trị",
        "first-run setup without a window: the office, its communes and the administrator account"))
    setup.add_argument("--office-name", required=True, metavar=pick("TÊN", "NAME"), help=pick(
        "tên đơn vị, ví dụ “Bảo hiểm xã hội cơ sở Cư M'gar”", "the office's name, e.g. “Bảo hiểm xã hội cơ sở Cư M'gar”"))
    setup.add_argument("--communes", required=True, metavar=pick("MÃ,MÃ,…", "CODE,CODE,…"), help=pick(
        "mã các xã, phường đơn vị phụ trách (5 chữ số), cách nhau bằng dấu phẩy",
        "codes of the communes the office serves (5 digits), separated by commas"))
    setup.add_argument("--place", required=True, metavar=pick("ĐỊA_DANH", "PLACE"), help=pick(
        "địa danh ghi ở dòng ngày tháng của báo cáo, ví dụ “Cư M'gar”",
        "the place name on the reports' date line, e.g. “Cư M'gar”"))
    setup.add_argument("--parent-name", default=DEFAULT_PARENT, metavar=pick("TÊN", "NAME"), help=pick(
        f"cơ quan cấp trên (mặc định “{DEFAULT_PARENT}”)", f"the parent office (default “{DEFAULT_PARENT}”)"))
    setup.add_argument("--province", default=DEFAULT_PROVINCE, metavar=pick("TỈNH", "PROVINCE"), help=pick(
        f"tỉnh (mặc định “{DEFAULT_PROVINCE}”)", f"province (default “{DEFAULT_PROVINCE}”)"))
    setup.add_argument("--preparer", default="", metavar=pick("HỌ_TÊN", "NAME"), help=pick(
        "người lập biểu ghi trên báo cáo", "the preparer named on the reports"))
    setup.add_argument("--head", default="", metavar=pick("HỌ_TÊN", "NAME"), help=pick(
        "thủ trưởng đơn vị ghi trên báo cáo", "the head of the office named on the reports"))
    setup.add_argument("--admin", required=True, metavar=pick("TÊN_ĐĂNG_NHẬP", "USER_NAME"), help=pick(
        f"tên đăng nhập của người quản trị; mật khẩu lấy từ biến {PASSWORD_ENV} hoặc được hỏi hai lần",
        f"the administrator's user name; the password comes from {PASSWORD_ENV} or is asked for twice"))
    setup.add_argument("--admin-full-name", required=True, metavar=pick("HỌ_TÊN", "NAME"), help=pick(
        "họ và tên người quản trị", "the administrator's full name"))


def _communes(text: str) -> list[str]:
    return [code.strip() for code in text.split(",") if code.strip()]


def _new_password(username: str) -> str:
    """The new administrator's password: ``ANSINH_PASSWORD``, or typed twice on the terminal."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise ServiceError(pick(
            f"Không có mật khẩu cho tài khoản quản trị: đặt biến môi trường {PASSWORD_ENV}, "
            "hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.",
            f"No password for the administrator account: set the {PASSWORD_ENV} environment variable, "
            "or run the command in a terminal to type it."))
    password = getpass.getpass(pick(f"Mật khẩu mới của {username}: ", f"New password for {username}: "))
    if getpass.getpass(pick("Nhập lại mật khẩu: ", "Type the password again: ")) != password:
        raise ServiceError(pick("Hai lần nhập mật khẩu không giống nhau.", "The two passwords differ."))
    return password


def _cmd_setup(args: argparse.Namespace) -> int:
    from desktop.services.accounts import NewAdmin
    from desktop.services.bootstrap import open_database
    from desktop.services.office import CommuneInfo, OfficeInfo, province_communes, set_up_office

    db = open_database(resolve_database_url(args.db))
    try:
        known = {commune.code: commune for commune in province_communes(db)}
        codes = _communes(args.communes)
        # An unknown code goes through as is: the service refuses it with the catalogue's message.
        communes = tuple(known.get(code) or CommuneInfo(code, code, "") for code in dict.fromkeys(codes))
        office = OfficeInfo(name=args.office_name, parent_name=args.parent_name, province=args.province,
                            place_name=args.place, preparer_name=args.preparer, head_name=args.head,
                            communes=communes)
        admin = NewAdmin(args.admin, args.admin_full_name, _new_password(args.admin))
        try:
            actor = set_up_office(db, office, admin)
        except ValidationError as error:
            flag = FLAGS.get(error.field or "")
            raise ServiceError(f"{flag}: {error.message}" if flag else error.message) from error
    finally:
        db.dispose()
    print(pick(f"Đã thiết lập đơn vị {office.name.strip()} ({len(communes)} xã, phường) "
               f"và tài khoản quản trị {actor.username}.",
               f"Set up {office.name.strip()} ({len(communes)} communes) "
               f"with the administrator account {actor.username}."))
    return 0


SETUP_COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {"setup": _cmd_setup}
