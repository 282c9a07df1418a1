"""User accounts: sign-in with lock-out, password changes, and the administrator's account list.

Passwords are kept only as Argon2 hashes (argon2-cffi's defaults; a hash made
with older parameters is upgraded at the next sign-in). A wrong password and
an unknown name and a locked account get the same message, so the sign-in box
does not tell who has an account. Five wrong passwords in a row lock the
account for 15 minutes; each attempt is counted before its password is checked.

Sign-in bookkeeping (failed attempts, lock, last sign-in) is written with Core
updates that leave ``version`` alone: a user signing in must not make an
administrator's open edit of that account stale.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import CursorResult, case, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date
from desktop.domain.text import normalize_name
from desktop.models import UserAccount
from desktop.models.base import table_of, utcnow
from desktop.services.audit import Actor, diff, record, require
from desktop.services.authz import ROLE_LABELS, Permission, Role
from desktop.services.errors import ConcurrentEditError, NotFoundError, ServiceError, check_version

ENTITY = "user"  # the audit trail's key for accounts (see services.audit_labels)
RECORD_LABEL = "Tài khoản"
MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[a-z0-9._-]{3,40}$")
WRONG_CREDENTIALS = (
    f"Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá vì nhập sai {MAX_FAILED_ATTEMPTS} lần "
    f"liên tiếp (khoá {LOCK_MINUTES} phút). Hãy thử lại sau, hoặc nhờ người quản trị mở khoá."
)
"""The one answer to every refused sign-in: it does not tell whether the name exists or is locked."""
ANOTHER_DESK_SET_UP = "Một máy khác vừa tạo tài khoản quản trị cho cơ sở dữ liệu này. Hãy đăng nhập bằng tài khoản đó."


class SignInError(ServiceError):
    """Sign-in refused: wrong name or password, a locked or a deactivated account.

    Each refusal has its own class, so the sign-in window can say it in the desk's language.
    """


class WrongCredentialsError(SignInError):
    """No such account, a wrong password or a locked account: one refusal, so names cannot be guessed."""


class AccountInactiveError(SignInError):
    """The administrator deactivated the account."""


class AccountLockedError(WrongCredentialsError):
    """The wrong password that locked the account; worded as any other wrong password.

    ``locked_until`` is for the audit trail and the administrator, never for the sign-in box.
    """

    def __init__(self, message: str, locked_until: dt.datetime) -> None:
        super().__init__(message)
        self.locked_until = locked_until


@dataclass(frozen=True)
class AccountRow:
    """One account as the administrator's list shows it (never the hash)."""

    id: int
    version: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    must_change_password: bool
    last_sign_in_at: dt.datetime | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]

    def is_locked(self, now: dt.datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


HASHER = PasswordHasher()
"""argon2-cffi's recommended parameters; tests swap in a cheaper one (a hash costs about 0.1–0.5 s)."""


def _hasher() -> PasswordHasher:
    return HASHER


def hash_password(password: str) -> str:
    """An Argon2 hash of ``password`` (for code that seeds accounts, such as the demo)."""
    return _hasher().hash(password)


def temporary_password(length: int = 10) -> str:
    """A password an administrator reads out to a user; no look-alike characters (0/O, 1/l/I)."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "".join(secrets.choice(alphabet) for _ in range(length))


def _dummy_hash() -> str:
    """A hash to verify against for unknown names, so they take as long as known ones."""
    hasher = _hasher()
    if hasher not in _DUMMY:
        _DUMMY[hasher] = hasher.hash("không có tài khoản này")
    return _DUMMY[hasher]


_DUMMY: dict[PasswordHasher, str] = {}


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive datetimes; every instant stored here is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


def format_instant(value: dt.datetime) -> str:
    """hh:mm dd/mm/yyyy in the desk's local time."""
    local = value.astimezone()
    return f"{local:%H:%M} {format_date(local.date())}"


# --- validation -------------------------------------------------------------------------------

def normalize_username(username: str) -> str:
    return username.strip().lower()


def username_problem(username: str) -> str | None:
    name = normalize_username(username)
    if not name:
        return "Chưa nhập tên đăng nhập."
    if not _USERNAME.match(name):
        return ("Tên đăng nhập dài 3–40 ký tự, chỉ gồm chữ không dấu, chữ số, "
                "dấu chấm, gạch dưới hoặc gạch ngang.")
    return None


def password_problem(password: str, username: str, label: str = "Mật khẩu") -> str | None:
    """The password policy: at least 8 characters and not the user name."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"{label} phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự."
    if normalize_username(password) == normalize_username(username):
        return f"{label} không được trùng với tên đăng nhập."
    return None


def full_name_problem(full_name: str) -> str | None:
    name = normalize_name(full_name)
    if not name:
        return "Chưa nhập họ và tên."
    if len(name) > 120:
        return "Họ và tên quá dài (tối đa 120 ký tự)."
    return None


def new_account_errors(username: str, full_name: str, password: str, confirm: str) -> dict[str, str]:
    """Field messages for a new-account form (first admin or an added account), before saving."""
    errors: dict[str, str] = {}
    for field, problem in (
        ("username", username_problem(username)),
        ("full_name", full_name_problem(full_name)),
        ("password", password_problem(password, username)),
    ):
        if problem:
            errors[field] = problem
    if "password" not in errors and confirm != password:
        errors["confirm"] = "Mật khẩu nhập lại không khớp."
    return errors


def _raise_first(errors: dict[str, str]) -> None:
    if errors:
        field, message = next(iter(errors.items()))
        raise ValidationError(message, field)


# --- reading ----------------------------------------------------------------------------------

def has_accounts(db: Database) -> bool:
    """False on a new database, or one made before accounts existed (its admin must be created)."""
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(UserAccount)) != 0


def _row(account: UserAccount) -> AccountRow:
    return AccountRow(
        id=account.id, version=account.version, username=account.username, full_name=account.full_name,
        role=Role(account.role), active=account.active, locked_until=_aware(account.locked_until),
        must_change_password=account.must_change_password, last_sign_in_at=_aware(account.last_sign_in_at),
    )


def list_accounts(db: Database, actor: Actor) -> list[AccountRow]:
    require(actor, Permission.MANAGE_USERS)
    with db.reading() as session:
        return [_row(a) for a in session.scalars(select(UserAccount).order_by(UserAccount.username))]


def needs_password_change(db: Database, actor: Actor) -> bool:
    """True when an administrator set this account's password: the user must choose their own."""
    with db.reading() as session:
        account = session.get(UserAccount, actor.user_id) if actor.user_id is not None else None
        return bool(account and account.must_change_password)


def _actor(account: UserAccount) -> Actor:
    return Actor(account.username, user_id=account.id, role=Role(account.role))


# --- signing in -------------------------------------------------------------------------------

@dataclass(frozen=True)
class NewAdmin:
    """The first administrator as typed in the first-run setup (the password already confirmed)."""

    username: str
    full_name: str
    password: str


def check_new_admin(admin: NewAdmin) -> None:
    """Raise the first field problem of ``admin`` as a :class:`ValidationError`, before anything is written."""
    _raise_first(new_account_errors(admin.username, admin.full_name, admin.password, admin.password))


def add_first_admin(session: Session, admin: NewAdmin) -> Actor:
    """Create the first administrator inside the caller's unit of work; refused once any account exists.

    Shared by :func:`create_first_admin` and the first-run setup, which writes the
    office in the same transaction so neither can be left without the other.
    """
    if session.scalar(select(func.count()).select_from(UserAccount)):
        raise ServiceError("Cơ sở dữ liệu này đã có tài khoản quản trị. Hãy đăng nhập bằng tài khoản đó.")
    account = _new_account(session, admin.username, admin.full_name, Role.ADMIN, admin.password, must_change=False)
    actor = _actor(account)
    _record_created(session, actor, account)
    return actor


def create_first_admin(db: Database, username: str, full_name: str, password: str) -> Actor:
    """The first account of a database that already has its office, an administrator."""
    admin = NewAdmin(username, full_name, password)
    check_new_admin(admin)
    try:
        with db.unit_of_work() as session:
            return add_first_admin(session, admin)
    except IntegrityError as error:
        raise ServiceError(ANOTHER_DESK_SET_UP) from error


def sign_out(db: Database, actor: Actor) -> None:
    """Record that ``actor`` left the desk, so the trail shows who worked between which times."""
    with db.unit_of_work() as session:
        record(session, actor, "sign_out", ENTITY, actor.user_id, f"Đăng xuất: {actor.username}")


def authenticate(db: Database, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """The signed-in actor; raises :class:`SignInError` with one message for every refusal.

    The attempt is counted before the password is checked, in one conditional UPDATE, so
    parallel guesses cannot all be checked before the account locks: the fifth attempt in a
    row sets the lock as it is counted, and later ones are refused unchecked. An unknown
    name, a wrong password and a locked account get the same answer, so the sign-in box
    tells nobody which accounts exist.
    """
    now = (now or utcnow()).astimezone(dt.UTC)
    name = normalize_username(username)
    counted = _count_attempt(db, name, now)
    if counted is None:
        _verify(_dummy_hash(), password)  # as long as a real check: the timing tells nothing either
        raise WrongCredentialsError(WRONG_CREDENTIALS)
    right = _verify(counted.password_hash, password)
    users = table_of(UserAccount)
    where = users.c.id == counted.id
    actor = _actor(counted)
    with db.unit_of_work() as session:  # the refusal is raised after the commit: the trail keeps it
        if not right:
            record(session, actor, "sign_in_failed", ENTITY, counted.id, f"Sai mật khẩu: {counted.username}")
            until = _aware(counted.locked_until)
            refusal: SignInError = WrongCredentialsError(WRONG_CREDENTIALS)
            if until is not None:
                record(session, actor, "lock", ENTITY, counted.id,
                       f"Tạm khoá {counted.username} đến {format_instant(until)}")
                refusal = AccountLockedError(WRONG_CREDENTIALS, until)
        elif not counted.active:
            session.execute(users.update().where(where).values(failed_attempts=0, locked_until=None))
            refusal = AccountInactiveError("Tài khoản này đã ngừng hoạt động. Hãy liên hệ người quản trị.")
        else:
            values: dict[str, object] = {"failed_attempts": 0, "locked_until": None, "last_sign_in_at": now}
            if _hasher().check_needs_rehash(counted.password_hash):
                values["password_hash"] = _hasher().hash(password)
            session.execute(users.update().where(where).values(**values))
            record(session, actor, "sign_in", ENTITY, counted.id, f"Đăng nhập: {counted.username}")
            return actor
    raise refusal


def _count_attempt(db: Database, name: str, now: dt.datetime) -> UserAccount | None:
    """Count one attempt on ``name`` unless it is locked; the account as counted, or None (unknown or locked).

    A lock that has run out starts the count again at 1; the attempt that reaches the
    limit locks the account at once, before its password is checked.
    """
    users = table_of(UserAccount)
    lapsed = users.c.locked_until.is_not(None)
    attempts = case((lapsed, 1), else_=users.c.failed_attempts + 1)
    until = now + dt.timedelta(minutes=LOCK_MINUTES)
    with db.unit_of_work() as session:
        result: CursorResult[Any] = session.execute(  # type: ignore[assignment]  # an UPDATE gives a cursor result
            users.update()
            .where(users.c.username == name, or_(users.c.locked_until.is_(None), users.c.locked_until <= now))
            .values(failed_attempts=attempts,
                    locked_until=case((attempts >= MAX_FAILED_ATTEMPTS, until), else_=None))
        )
        counted = result.rowcount
        account = session.scalars(select(UserAccount).where(UserAccount.username == name)).first()
        if account is not None and not counted:
            record(session, _actor(account), "sign_in_failed", ENTITY, account.id,
                   f"Đăng nhập khi đang tạm khoá: {account.username}")
        return account if counted else None


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def change_password(db: Database, actor: Actor, old: str, new: str) -> None:
    """The signed-in user replaces their own password (any role may)."""
    try:
        with db.unit_of_work() as session:
            account = session.get(UserAccount, actor.user_id) if actor.user_id is not None else None
            if account is None:
                raise NotFoundError("Không tìm thấy tài khoản đang đăng nhập. Hãy đăng nhập lại.")
            if not _verify(account.password_hash, old):
                raise ValidationError("Mật khẩu hiện tại không đúng.", "old_password")
            problem = password_problem(new, account.username, "Mật khẩu mới")
            if problem:
                raise ValidationError(problem, "new_password")
            if new == old:
                raise ValidationError("Mật khẩu mới phải khác mật khẩu hiện tại.", "new_password")
            account.password_hash = _hasher().hash(new)
            account.must_change_password = False
            record(session, actor, "password", ENTITY, account.id, f"Đổi mật khẩu: {account.username}")
    except StaleDataError as error:
        raise ConcurrentEditError("Tài khoản vừa được sửa ở máy khác trong lúc bạn lưu. Hãy thử lại.") from error


# --- the administrator's functions ------------------------------------------------------------

def _new_account(session: Session, username: str, full_name: str, role: Role, password: str,
                 must_change: bool) -> UserAccount:
    name = normalize_username(username)
    if session.scalar(select(UserAccount.id).where(UserAccount.username == name)) is not None:
        raise ValidationError(f"Tên đăng nhập {name} đã có người dùng.", "username")
    account = UserAccount(
        username=name, full_name=normalize_name(full_name), role=role.value,
        password_hash=_hasher().hash(password), active=True, failed_attempts=0,
        must_change_password=must_change,
    )
    session.add(account)
    session.flush()
    return account


def _record_created(session: Session, actor: Actor, account: UserAccount) -> None:
    values = {"username": account.username, "full_name": account.full_name, "role": account.role,
              "active": account.active, "must_change_password": account.must_change_password}
    record(session, actor, "create", ENTITY, account.id, f"{account.username} {account.full_name}", diff({}, values))


def create_account(db: Database, actor: Actor, username: str, full_name: str, role: Role, password: str) -> int:
    """A new account; its user must choose their own password at the first sign-in."""
    require(actor, Permission.MANAGE_USERS)
    _raise_first(new_account_errors(username, full_name, password, password))
    try:
        with db.unit_of_work() as session:
            account = _new_account(session, username, full_name, role, password, must_change=True)
            _record_created(session, actor, account)
            return account.id
    except IntegrityError as error:
        raise ValidationError("Tên đăng nhập này vừa được tạo ở máy khác.", "username") from error


def _load(session: Session, account_id: int, expected_version: int) -> UserAccount:
    account = session.get(UserAccount, account_id)
    check_version(RECORD_LABEL, account.version if account else None, expected_version)
    assert account is not None
    return account


def _other_active_admins(session: Session, account_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(UserAccount).where(
            UserAccount.role == Role.ADMIN.value, UserAccount.active.is_(True), UserAccount.id != account_id)
    ) or 0


def update_account(db: Database, actor: Actor, account_id: int, expected_version: int,
                   full_name: str, role: Role, active: bool) -> None:
    """Change an account's name, role or whether it may sign in; the last active admin stays one."""
    require(actor, Permission.MANAGE_USERS)
    problem = full_name_problem(full_name)
    if problem:
        raise ValidationError(problem, "full_name")
    try:
        with db.unit_of_work() as session:
            account = _load(session, account_id, expected_version)
            was_admin = account.role == Role.ADMIN.value and account.active
            stays_admin = role is Role.ADMIN and active
            if was_admin and not stays_admin and _other_active_admins(session, account_id) == 0:
                raise ServiceError(
                    f"{account.username} là tài khoản quản trị cuối cùng đang hoạt động. Hãy tạo (hoặc bật lại) "
                    "một tài khoản quản trị khác trước khi đổi vai trò hay ngừng tài khoản này."
                )
            name = normalize_name(full_name)
            before = {"full_name": account.full_name, "role": account.role, "active": account.active}
            changes = diff(before, {"full_name": name, "role": role.value, "active": active})
            if not changes:
                return
            account.full_name, account.role, account.active = name, role.value, active
            record(session, actor, "update", ENTITY, account_id, f"{account.username} {account.full_name}", changes)
    except StaleDataError as error:
        raise ConcurrentEditError("Tài khoản này vừa được sửa ở máy khác trong lúc bạn lưu. Hãy tải lại.") from error


def reset_password(db: Database, actor: Actor, account_id: int, expected_version: int, new_password: str) -> None:
    """Give a user who forgot their password a temporary one, to be changed at the next sign-in."""
    require(actor, Permission.MANAGE_USERS)
    try:
        with db.unit_of_work() as session:
            account = _load(session, account_id, expected_version)
            problem = password_problem(new_password, account.username, "Mật khẩu tạm")
            if problem:
                raise ValidationError(problem, "password")
            changes = diff({"must_change_password": account.must_change_password, "locked_until": account.locked_until},
                           {"must_change_password": True, "locked_until": None})
            account.password_hash = _hasher().hash(new_password)
            account.must_change_password = True
            account.failed_attempts = 0
            account.locked_until = None
            record(session, actor, "reset_password", ENTITY, account_id, f"Đặt lại mật khẩu: {account.username}", changes)
    except StaleDataError as error:
        raise ConcurrentEditError("Tài khoản này vừa được sửa ở máy khác trong lúc bạn lưu. Hãy tải lại.") from error


def unlock(db: Database, actor: Actor, account_id: int, expected_version: int) -> None:
    """Lift a lock-out before its 15 minutes are over."""
    require(actor, Permission.MANAGE_USERS)
    try:
        with db.unit_of_work() as session:
            account = _load(session, account_id, expected_version)
            changes = diff({"locked_until": _aware(account.locked_until), "failed_attempts": account.failed_attempts},
                           {"locked_until": None, "failed_attempts": 0})
            account.locked_until = None
            account.failed_attempts = 0
            record(session, actor, "unlock", ENTITY, account_id, f"Mở khoá: {account.username}", changes)
    except StaleDataError as error:
        raise ConcurrentEditError("Tài khoản này vừa được sửa ở máy khác trong lúc bạn lưu. Hãy tải lại.") from error
