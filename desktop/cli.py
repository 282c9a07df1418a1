"""Command line: ``ansinh-desk`` opens the window; subcommands work headless.

Exit codes: 0 success, 1 user error (bad file, bad value), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from sqlalchemy.exc import OperationalError

from desktop import __version__
from desktop.cli_backup import BACKUP_COMMANDS, add_backup_commands
from desktop.cli_setup import SETUP_COMMANDS, add_setup_command
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_int
from desktop.i18n import pick
from desktop.services.errors import ServiceError
from desktop.settings import resolve_database_url

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A problem the user can fix (message shown as is, exit code 1)."""


class _Parser(argparse.ArgumentParser):
    """argparse with Vietnamese usage prefix, help flag and error line."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.add_argument("-h", "--help", action="help", help=pick("hiện trợ giúp này rồi thoát", "show this help and exit"))

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", pick("Cách dùng:", "usage:"), 1)

    def format_help(self) -> str:
        text = super().format_help().replace("usage:", pick("Cách dùng:", "usage:"), 1)
        return text.replace("positional arguments:", pick("Tham số:", "positional arguments:")).replace(
            "options:", pick("Tuỳ chọn:", "options:")
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {pick('lỗi', 'error')}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ansinh-desk",
        description=pick(
            "An Sinh Desk: phần mềm bộ phận một cửa của BHXH cơ sở. Không có lệnh con thì mở cửa sổ ứng dụng.",
            "An Sinh Desk: reception-desk software of a local social-insurance office. Without a subcommand it opens the window.",
        ),
    )
    parser.add_argument(
        "--db",
        metavar="URL|PATH",
        help=pick(
            "cơ sở dữ liệu: đường dẫn tệp SQLite hoặc URL SQLAlchemy (mặc định: biến ANSINH_DB, rồi tệp trong thư mục dữ liệu người dùng)",
            "database: a SQLite file path or an SQLAlchemy URL (default: ANSINH_DB, then a file in the user's data folder)",
        ),
    )
    parser.add_argument(
        "--user",
        metavar=pick("TÊN", "NAME"),
        help=pick(
            "tài khoản chạy lệnh (cần cho export, report, import, search); mật khẩu lấy từ biến ANSINH_PASSWORD "
            "hoặc được hỏi khi chạy",
            "the account running the command (needed by export, report, import, search); the password comes "
            "from ANSINH_PASSWORD or is asked for",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar=pick("LỆNH", "COMMAND"), parser_class=_Parser)

    demo = commands.add_parser("demo", help=pick("tạo dữ liệu mẫu của một BHXH cơ sở", "fill a database with a demo office"))
    demo.add_argument("--persons", type=_positive_int, default=50_000, help=pick("số người (mặc định 50000)", "number of persons (default 50000)"))
    demo.add_argument("--seed", type=int, default=1, help=pick("hạt giống ngẫu nhiên (mặc định 1)", "random seed (default 1)"))
    demo.add_argument("--force", action="store_true", help=pick(
        "thay dữ liệu mẫu đã có (cần --user của người quản trị dữ liệu mẫu; không bao giờ ghi vào dữ liệu thật)",
        "replace an existing demo (needs --user of the demo's administrator; never touches real data)"))

    db_cmd = commands.add_parser("db", help=pick("quản lý cơ sở dữ liệu", "database maintenance"))
    db_actions = db_cmd.add_subparsers(dest="db_action", metavar=pick("VIỆC", "ACTION"), parser_class=_Parser, required=True)
    db_actions.add_parser("upgrade", help=pick("nâng cấp lược đồ lên phiên bản mới nhất", "migrate the schema to the latest version"))

    export = commands.add_parser("export", help=pick("xuất dữ liệu", "export data"))
    export.add_argument("what", choices=["participants"], help=pick("participants: danh sách người tham gia", "participants: the participant list"))
    export.add_argument("--out", required=True, metavar=pick("TỆP", "FILE"), help=pick("tệp .csv (UTF-8) hoặc .xlsx", "a .csv (UTF-8) or .xlsx file"))
    export.add_argument("--mask-ids", action="store_true",
                        help=pick("che số CCCD, mã số BHXH (chỉ hiện 4 số cuối)", "mask ID and SI numbers (show the last 4 digits)"))

    search = commands.add_parser("search", help=pick("tìm người tham gia như ô tìm kiếm của ứng dụng", "find persons as the application's search box does"))
    search.add_argument("text", metavar=pick("CHUỖI", "TEXT"), help=pick("họ tên (có dấu hoặc không), số CCCD, mã số BHXH, điện thoại, mã hộ", "name (with or without accents), ID, SI code, phone, household code"))
    search.add_argument("--limit", type=_positive_int, default=50, help=pick("số người tối đa (mặc định 50)", "most persons to print (default 50)"))
    search.add_argument("--json", action="store_true", help=pick("in dạng JSON", "print JSON"))

    report = commands.add_parser("report", help=pick("in báo cáo ra tệp Excel hoặc PDF", "write a report as an Excel or PDF file"))
    report.add_argument("name", choices=["d03", "d05", "coverage", "agents", "sessions", "renewals", "attendance",
                                         "clans", "clan-list", "dashboard"],
                        metavar=pick("TÊN", "NAME"),
                        help=pick("d03, d05 (mẫu D03-TS, D05-TS), coverage (bao phủ theo xã), agents (kết quả nhân viên thu), "
                                  "sessions (kết quả tuyên truyền), renewals (danh sách cần gia hạn), attendance (danh sách ký nhận), "
                                  "clans (mô hình dòng họ tham gia BHYT), clan-list (danh sách thành viên dòng họ cần vận động), "
                                  "dashboard (báo cáo tổng quan có biểu đồ)",
                                  "d03, d05 (forms D03-TS, D05-TS), coverage (by commune), agents (agent results), "
                                  "sessions (outreach results), renewals (call list), attendance (attendance sheet), "
                                  "clans (the clan model), clan-list (a clan's members to bring in), "
                                  "dashboard (overview with charts)"))
    report.add_argument("--from", dest="date_from", metavar=pick("NGÀY", "DATE"), help=pick("từ ngày (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định đầu tháng này", "from (dd/mm/yyyy or yyyy-mm-dd); default: start of this month"))
    report.add_argument("--to", dest="date_to", metavar=pick("NGÀY", "DATE"), help=pick("đến ngày; mặc định cuối tháng", "to; default: end of the month"))
    report.add_argument("--date", dest="report_date", metavar=pick("NGÀY", "DATE"), help=pick("ngày lập báo cáo (mặc định hôm nay)", "report date (default today)"))
    report.add_argument("--commune", metavar=pick("MÃ", "CODE"), help=pick("mã xã, phường (5 chữ số)", "commune code (5 digits)"))
    report.add_argument("--agent", metavar=pick("MÃ", "CODE"), help=pick("mã số nhân viên thu", "agent code"))
    report.add_argument("--session", type=_positive_int, metavar="ID", help=pick("số hiệu buổi tuyên truyền (cho attendance)", "outreach session id (for attendance)"))
    report.add_argument("--clan", type=_positive_int, metavar="ID", help=pick("số hiệu dòng họ (cho clan-list)", "clan id (for clan-list)"))
    report.add_argument("--full-ids", action="store_true",
                        help=pick("in đủ số CCCD ở danh sách cần gia hạn, danh sách ký nhận và danh sách dòng họ (mặc định chỉ hiện 4 số cuối)",
                                  "print full ID numbers in the renewal, attendance and clan lists (default: last 4 digits)"))
    report.add_argument("--days", type=int, default=30, metavar="N", help=pick("số ngày tới (cho renewals, clan-list; mặc định 30)", "days ahead (for renewals and clan-list, default 30)"))
    report_out = report.add_mutually_exclusive_group(required=True)
    report_out.add_argument("--xlsx", metavar=pick("TỆP", "FILE"), help=pick("ghi tệp Excel .xlsx", "write an Excel .xlsx file"))
    report_out.add_argument("--pdf", metavar=pick("TỆP", "FILE"), help=pick("ghi tệp PDF", "write a PDF file"))

    importing = commands.add_parser("import", help=pick("nhập danh sách Excel/CSV do xã, đại lý thu gửi (mặc định chỉ chạy thử)",
                                                       "import a list sent by a commune or an agent (a dry run unless --commit)"))
    importing.add_argument("file", metavar=pick("TỆP", "FILE"), help=pick("tệp .xlsx, .xlsm, .xls, .ods hoặc .csv", "an .xlsx, .xlsm, .xls, .ods or .csv file"))
    importing.add_argument("--sheet", metavar=pick("TÊN", "NAME"), help=pick("trang tính (mặc định: trang giống danh sách nhất)", "sheet (default: the one that looks most like a list)"))
    importing.add_argument("--commune", metavar=pick("MÃ", "CODE"), help=pick("mã xã, phường cho các dòng không ghi xã", "commune code for rows that name none"))
    importing.add_argument("--scheme", choices=["VSI", "HI-HH", "HI-STU", "HI-OTHER"], default="HI-HH",
                           help=pick("loại hình của các dòng không ghi loại hình (mặc định HI-HH)", "scheme of rows that name none (default HI-HH)"))
    importing.add_argument("--merge-candidates", action="store_true",
                           help=pick("coi dòng trùng họ tên, năm sinh, thôn là người đã có", "treat rows with the same name, birth year and village as the known person"))
    importing.add_argument("--create-clans", action="store_true",
                           help=pick("tạo các dòng họ mà cột dòng họ ghi nhưng xã chưa có", "create the clans a clan column names that the commune does not have yet"))
    importing.add_argument("--commit", action="store_true", help=pick("ghi vào cơ sở dữ liệu (không có thì chỉ chạy thử)", "write to the database (without it: a dry run)"))
    importing.add_argument("--json", action="store_true", help=pick("in kết quả dạng JSON", "print the result as JSON"))
    importing.add_argument("--errors-xlsx", metavar=pick("TỆP", "FILE"), help=pick("ghi các dòng lỗi kèm lý do ra tệp .xlsx", "write the error rows with their reason to an .xlsx file"))

    add_backup_commands(commands)
    add_setup_command(commands)
    commands.add_parser("version", help=pick("in số phiên bản", "print the version"))
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(pick(f"“{text}” không phải số nguyên", f"“{text}” is not a whole number")) from None
    if value <= 0:
        raise argparse.ArgumentTypeError(pick("phải lớn hơn 0", "must be greater than 0"))
    return value


def _cmd_version(args: argparse.Namespace) -> int:
    print(f"ansinh-desk {__version__}")
    return EXIT_OK


def _cmd_db(args: argparse.Namespace) -> int:
    from desktop.services.bootstrap import open_database
    from desktop.services.schema import current_revision

    db = open_database(resolve_database_url(args.db))
    print(pick(f"Lược đồ ở phiên bản {current_revision(db)}.", f"Schema at revision {current_revision(db)}."))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.bootstrap import open_database
    from desktop.services.demo import generate_demo

    db = open_database(resolve_database_url(args.db))
    actor = None
    if args.user:
        from desktop.cli_auth import cli_actor

        actor = cli_actor(db, args.user)
    report = generate_demo(db, persons=args.persons, seed=args.seed, replace=args.force, actor=actor)
    print(report.summary())
    print(report.accounts_summary())
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop.cli_auth import cli_actor
    from desktop.services.bootstrap import open_database
    from desktop.services.exports import export_participants

    db = open_database(resolve_database_url(args.db))
    written = export_participants(db, cli_actor(db, args.user), Path(args.out), mask_ids=args.mask_ids)
    print(pick(f"Đã xuất {format_int(written)} người ra {args.out}.", f"Exported {format_int(written)} persons to {args.out}."))
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from desktop.cli_auth import cli_actor
    from desktop.services.bootstrap import open_database
    from desktop.services.exports import search_persons

    db = open_database(resolve_database_url(args.db))
    found = search_persons(db, cli_actor(db, args.user), args.text, args.limit)
    rows = found.rows
    if args.json:
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print("\t".join((row.full_name, row.birth, row.cccd, row.si_code, row.village, row.phone)))
    print(pick(f"({len(rows)} người)", f"({len(rows)} persons)"), file=sys.stderr)
    if found.capped:
        print(pick(f"Tài khoản chỉ xem được tối đa {found.limit} người mỗi lần tìm, số định danh bị che; "
                   "hãy tìm cụ thể hơn (họ tên đầy đủ, số CCCD).",
                   f"A view-only account sees at most {found.limit} persons per search, with IDs masked; "
                   "search more precisely (full name, ID number)."), file=sys.stderr)
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop.cli_auth import cli_actor
    from desktop.domain.dates import parse_date
    from desktop.services.bootstrap import open_database
    from desktop.services.reports import ReportParams, export_report

    def day(text: str | None, label: str) -> dt.date | None:
        return parse_date(text, label) if text else None

    params = ReportParams(
        date_from=day(args.date_from, pick("Từ ngày", "From date")),
        date_to=day(args.date_to, pick("Đến ngày", "To date")),
        commune_code=args.commune,
        agent_code=args.agent,
        session_id=args.session,
        clan_id=args.clan,
        days=args.days,
        report_date=day(args.report_date, pick("Ngày lập báo cáo", "Report date")) or dt.date.today(),
        mask_ids=not args.full_ids,
    )
    fmt, path = ("xlsx", args.xlsx) if args.xlsx else ("pdf", args.pdf)
    db = open_database(resolve_database_url(args.db))
    result = export_report(db, cli_actor(db, args.user), args.name, params, Path(path), fmt=fmt)
    pages = pick(f", {result.page_count} trang", f", {result.page_count} pages") if result.page_count else ""
    print(pick(f"Đã ghi báo cáo {args.name} ({format_int(result.row_count)} dòng{pages}) ra {path}.",
               f"Wrote report {args.name} ({format_int(result.row_count)} rows{pages}) to {path}."))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from desktop.cli_auth import cli_actor
    from desktop.domain.catalogues import CommuneCatalogue
    from desktop.services.bootstrap import open_database
    from desktop.services.imports import (
        ImportOptions,
        NothingToImport,
        commit_import,
        dry_run,
        import_file,
        write_error_report,
    )

    commune = None
    if args.commune:
        try:
            commune = CommuneCatalogue.load().lookup(args.commune)
        except ValidationError as error:
            print(f"ansinh-desk import: {pick('lỗi', 'error')}: --commune: {error}", file=sys.stderr)
            return EXIT_USAGE
    db = open_database(resolve_database_url(args.db))
    actor = cli_actor(db, args.user)
    options = ImportOptions(default_commune=commune, default_scheme=args.scheme, merge_candidates=args.merge_candidates,
                            create_clans=args.create_clans)
    parsed, preview = import_file(db, actor, args.file, sheet=args.sheet, options=options)
    if args.commit:
        try:
            preview = commit_import(db, actor, parsed, options)
        except NothingToImport as error:
            print(f"{pick('Lỗi', 'Error')}: {error}", file=sys.stderr)
            preview = dry_run(db, parsed, options)
    for warning in preview.warnings:
        print(f"{pick('Lưu ý', 'Note')}: {warning}", file=sys.stderr)
    if args.errors_xlsx:
        written = write_error_report(db, actor, parsed, preview, Path(args.errors_xlsx))
        print(pick(f"Đã ghi {format_int(written)} dòng lỗi ra {args.errors_xlsx}.",
                   f"Wrote {format_int(written)} error rows to {args.errors_xlsx}."), file=sys.stderr)
    if args.json:
        print(json.dumps(preview.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    counts = preview.counts
    print(pick(f"Tệp {preview.file_name}, trang “{preview.sheet}”, dòng tiêu đề {preview.header_row}.",
               f"File {preview.file_name}, sheet “{preview.sheet}”, header row {preview.header_row}."))
    print(pick(f"{format_int(counts.rows)} dòng: {format_int(counts.new)} mới, {format_int(counts.updated)} cập nhật, "
               f"{format_int(counts.unchanged)} không đổi, {format_int(counts.duplicates)} trùng trong tệp, "
               f"{format_int(counts.errors)} lỗi.",
               f"{format_int(counts.rows)} rows: {format_int(counts.new)} new, {format_int(counts.updated)} updated, "
               f"{format_int(counts.unchanged)} unchanged, {format_int(counts.duplicates)} duplicates in the file, "
               f"{format_int(counts.errors)} errors."))
    for outcome in preview.outcomes:
        for message in outcome.errors:
            column = f" [{message.column}]" if message.column else ""
            print(f"  {pick('Dòng', 'Row')} {outcome.number}{column}: {message.text}")
    if preview.committed:
        print(pick(f"Đã ghi vào cơ sở dữ liệu (lần nhập số {preview.batch_id}).",
                   f"Written to the database (import batch {preview.batch_id})."))
    else:
        print(pick("Chạy thử: chưa ghi gì. Thêm --commit để ghi.", "Dry run: nothing written. Add --commit to write."))
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    return run_gui(resolve_database_url(args.db))


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: _cmd_gui,
    "version": _cmd_version,
    "db": _cmd_db,
    "demo": _cmd_demo,
    "export": _cmd_export,
    "search": _cmd_search,
    "import": _cmd_import,
    "report": _cmd_report,
    **BACKUP_COMMANDS,
    **SETUP_COMMANDS,
}


def utf8_console() -> None:
    """Write UTF-8 to the console, pipes and files on every platform.

    A pipe or a Windows console otherwise gets the locale's code page (cp1252),
    which has no letter for most Vietnamese diacritics and raised UnicodeEncodeError.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # None, or no text stream, in a windowed build
        if reconfigure is not None and stream.encoding.replace("-", "").lower() != "utf8":
            reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    utf8_console()
    args = build_parser().parse_args(argv)
    from desktop.output_files import remove_leftovers

    remove_leftovers()  # what a killed run of the application left in its private folder
    try:
        return COMMANDS[args.command](args)
    except (UserError, ValidationError, ServiceError) as error:
        print(f"{pick('Lỗi', 'Error')}: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as error:
        print(pick(f"Lỗi: không đọc/ghi được tệp {error.filename or ''} ({error.strerror}).",
                   f"Error: cannot read/write {error.filename or ''} ({error.strerror})."), file=sys.stderr)
        return EXIT_USER_ERROR
    except OperationalError as error:
        print(pick(f"Lỗi: không mở được cơ sở dữ liệu ({error.orig}).", f"Error: cannot open the database ({error.orig})."), file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
