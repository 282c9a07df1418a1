"""Accounts: hashed passwords, sign-in and lock-out, password policy, the admin's functions, the trail."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select, update

from desktop.db import Database
from desktop.domain.errors import ValidationError
from desktop.models import AuditEntry, UserAccount
from desktop.services import accounts
from desktop.services.accounts import AccountLockedError, SignInError
from desktop.services.audit import Actor
from desktop.services.authz import PermissionDeniedError, Role
from desktop.services.bootstrap import open_database
from desktop.services.errors import ConcurrentEditError, ServiceError

NOW = dt.datetime(2026, 11, 22, 1, 30, tzinfo=dt.UTC)
PASSWORD = "Daklak@2026"


@pytest.fixture
def fresh(any_db_url: str) -> Iterator[Database]:
    database = open_database(any_db_url)
    yield database
    database.dispose()


@pytest.fixture
def admin(fresh: Database) -> Actor:
    return accounts.create_first_admin(fresh, " QuanTri ", "Nguyễn  Thị Thu Hà", PASSWORD)


def _account(db: Database, username: str) -> UserAccount:
    with db.reading() as session:
        found = session.scalars(select(UserAccount).where(UserAccount.username == username)).one()
        session.expunge(found)
        return found


def _row(db: Database, admin: Actor, username: str) -> accounts.AccountRow:
    return next(r for r in accounts.list_accounts(db, admin) if r.username == username)


def _audit(db: Database) -> list[AuditEntry]:
    with db.reading() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        session.expunge_all()
        return entries


def test_first_admin_is_stored_lower_case_with_an_argon2_hash_and_only_once(fresh: Database) -> None:
    assert not accounts.has_accounts(fresh)
    actor = accounts.create_first_admin(fresh, " QuanTri ", "Nguyễn  Thị Thu Hà", PASSWORD)
    assert accounts.has_accounts(fresh)
    stored = _account(fresh, "quantri")
    assert actor == Actor("quantri", user_id=stored.id, role=Role.ADMIN)
    assert stored.password_hash.startswith("$argon2") and PASSWORD not in stored.password_hash
    assert (stored.full_name, stored.role, stored.must_change_password, stored.version) == (
        "Nguyễn Thị Thu Hà", "admin", False, 1)
    with pytest.raises(ServiceError, match="đã có tài khoản quản trị"):
        accounts.create_first_admin(fresh, "khac", "Người Khác", PASSWORD)


def test_sign_in_gives_the_accounts_role_and_records_it(fresh: Database, admin: Actor) -> None:
    accounts.create_account(fresh, admin, "canbo", "Lê Văn Bình", Role.STAFF, "tamthoi123")
    actor = accounts.authenticate(fresh, "CanBo", "tamthoi123", now=NOW)
    assert (actor.username, actor.role) == ("canbo", Role.STAFF) and actor.user_id is not None
    assert accounts.needs_password_change(fresh, actor)
    assert not accounts.needs_password_change(fresh, admin)
    row = _row(fresh, admin, "canbo")
    assert row.last_sign_in_at == NOW and row.role_label == "Cán bộ nghiệp vụ"
    assert _audit(fresh)[-1].action == "sign_in" and _audit(fresh)[-1].user_id == actor.user_id


def test_unknown_name_and_wrong_password_get_the_same_message(fresh: Database, admin: Actor) -> None:
    with pytest.raises(SignInError) as unknown:
        accounts.authenticate(fresh, "khongco", PASSWORD, now=NOW)
    with pytest.raises(SignInError) as wrong:
        accounts.authenticate(fresh, "quantri", "saimatkhau", now=NOW)
    assert unknown.value.message == wrong.value.message == accounts.WRONG_CREDENTIALS
    assert wrong.value.message.startswith("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá")


def test_five_wrong_passwords_lock_for_15_minutes_then_sign_in_works(fresh: Database, admin: Actor) -> None:
    for attempt in range(4):
        with pytest.raises(SignInError) as refused:
            accounts.authenticate(fresh, "quantri", f"sai{attempt}xxxxx", now=NOW)
        assert not isinstance(refused.value, AccountLockedError)
    with pytest.raises(AccountLockedError) as locked:
        accounts.authenticate(fresh, "quantri", "sai-lan-5", now=NOW)
    until = NOW + dt.timedelta(minutes=15)
    assert locked.value.locked_until == until
    assert locked.value.message == accounts.WRONG_CREDENTIALS  # the lock is not told apart from a wrong password
    # Even the right password is refused while locked, with the same answer as an unknown name.
    with pytest.raises(SignInError) as still:
        accounts.authenticate(fresh, "quantri", PASSWORD, now=NOW + dt.timedelta(minutes=14))
    with pytest.raises(SignInError) as unknown:
        accounts.authenticate(fresh, "khong-co-ai", PASSWORD, now=NOW + dt.timedelta(minutes=14))
    assert still.value.message == unknown.value.message == accounts.WRONG_CREDENTIALS
    actor = accounts.authenticate(fresh, "quantri", PASSWORD, now=NOW + dt.timedelta(minutes=15, seconds=1))
    assert actor.role is Role.ADMIN
    stored = _account(fresh, "quantri")
    assert (stored.failed_attempts, stored.locked_until, stored.version) == (0, None, 1)  # no version bump
    assert [e.action for e in _audit(fresh)] == ["create", *["sign_in_failed"] * 5, "lock", "sign_in_failed",
                                                 "sign_in"]


def test_thirty_parallel_wrong_passwords_check_at_most_five(any_db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 12 of issue 17: 30 parallel wrong passwords were all checked before the account locked."""
    from concurrent.futures import ThreadPoolExecutor

    from desktop.services.bootstrap import open_database

    db = open_database(any_db_url)
    accounts.create_first_admin(db, "quantri", "Nguyễn Thị Thu Hà", PASSWORD)
    real_hash = _account(db, "quantri").password_hash
    checked: list[str] = []
    real_verify = accounts._verify

    def slow_verify(password_hash: str, password: str) -> bool:
        if password_hash == real_hash:
            checked.append(password)
            time.sleep(0.2)  # a real argon2 check takes this long: the window the race used
        return real_verify(password_hash, password)

    monkeypatch.setattr(accounts, "_verify", slow_verify)

    def attempt(index: int) -> str:
        try:
            accounts.authenticate(db, "quantri", f"doan-{index}-xx")
        except SignInError as refused:
            return refused.message
        return "vào được"

    with ThreadPoolExecutor(max_workers=30) as pool:
        answers = list(pool.map(attempt, range(30)))
    assert answers == [accounts.WRONG_CREDENTIALS] * 30
    assert len(checked) <= 5
    assert _account(db, "quantri").locked_until is not None
    db.dispose()


def test_success_resets_the_failure_count(fresh: Database, admin: Actor) -> None:
    for _ in range(4):
        with pytest.raises(SignInError):
            accounts.authenticate(fresh, "quantri", "saisaisai", now=NOW)
    accounts.authenticate(fresh, "quantri", PASSWORD, now=NOW)
    for _ in range(4):
        with pytest.raises(SignInError) as refused:
            accounts.authenticate(fresh, "quantri", "saisaisai", now=NOW)
        assert not isinstance(refused.value, AccountLockedError)


def test_admin_unlocks_a_locked_account(fresh: Database, admin: Actor) -> None:
    accounts.create_account(fresh, admin, "xem", "Y Bih Niê", Role.VIEWER, "tamthoi123")
    for _ in range(5):
        with pytest.raises(SignInError):
            accounts.authenticate(fresh, "xem", "saisaisai", now=NOW)
    row = _row(fresh, admin, "xem")
    assert row.is_locked(NOW)
    accounts.unlock(fresh, admin, row.id, row.version)
    assert not _row(fresh, admin, "xem").is_locked(NOW)
    assert accounts.authenticate(fresh, "xem", "tamthoi123", now=NOW).role is Role.VIEWER


def test_inactive_account_is_refused_after_the_right_password_only(fresh: Database, admin: Actor) -> None:
    account_id = accounts.create_account(fresh, admin, "canbo", "Lê Văn Bình", Role.STAFF, "tamthoi123")
    accounts.update_account(fresh, admin, account_id, 1, "Lê Văn Bình", Role.STAFF, active=False)
    with pytest.raises(SignInError, match="Tên đăng nhập hoặc mật khẩu không đúng"):
        accounts.authenticate(fresh, "canbo", "saisaisai", now=NOW)
    with pytest.raises(SignInError, match="ngừng hoạt động"):
        accounts.authenticate(fresh, "canbo", "tamthoi123", now=NOW)


def test_change_password_policy_names_the_field(fresh: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as wrong_old:
        accounts.change_password(fresh, admin, "khongphai", "matkhaumoi1")
    assert wrong_old.value.field == "old_password"
    with pytest.raises(ValidationError) as short:
        accounts.change_password(fresh, admin, PASSWORD, "ngan")
    assert (short.value.field, short.value.message) == ("new_password", "Mật khẩu mới phải có ít nhất 8 ký tự.")
    accounts.create_account(fresh, admin, "nguyenvana", "Nguyễn Văn A", Role.STAFF, "tamthoi123")
    staff = accounts.authenticate(fresh, "nguyenvana", "tamthoi123", now=NOW)
    with pytest.raises(ValidationError, match="không được trùng với tên đăng nhập") as named:
        accounts.change_password(fresh, staff, "tamthoi123", "NguyenVanA")
    assert named.value.field == "new_password"
    accounts.change_password(fresh, staff, "tamthoi123", "mat-khau-rieng")
    assert not accounts.needs_password_change(fresh, staff)
    assert accounts.authenticate(fresh, "nguyenvana", "mat-khau-rieng", now=NOW) == staff
    with pytest.raises(SignInError):
        accounts.authenticate(fresh, "nguyenvana", "tamthoi123", now=NOW)


def test_admin_functions_refuse_other_roles(fresh: Database, admin: Actor) -> None:
    account_id = accounts.create_account(fresh, admin, "canbo", "Lê Văn Bình", Role.STAFF, "tamthoi123")
    staff = Actor("canbo", user_id=account_id, role=Role.STAFF)
    with pytest.raises(PermissionDeniedError):
        accounts.list_accounts(fresh, staff)
    with pytest.raises(PermissionDeniedError):
        accounts.create_account(fresh, staff, "khac", "Người Khác", Role.ADMIN, "tamthoi123")
    with pytest.raises(PermissionDeniedError):
        accounts.update_account(fresh, staff, account_id, 1, "Lê Văn Bình", Role.ADMIN, True)
    with pytest.raises(PermissionDeniedError):
        accounts.reset_password(fresh, staff, account_id, 1, "tamthoi456")
    with pytest.raises(PermissionDeniedError):
        accounts.unlock(fresh, staff, account_id, 1)


def test_new_account_validation_and_duplicate_name(fresh: Database, admin: Actor) -> None:
    errors = accounts.new_account_errors("a b", " ", "123", "123")
    assert set(errors) == {"username", "full_name", "password"}
    assert accounts.new_account_errors("canbo", "Lê Văn Bình", "tamthoi123", "tamthoi12") == {
        "confirm": "Mật khẩu nhập lại không khớp."}
    with pytest.raises(ValidationError) as duplicate:
        accounts.create_account(fresh, admin, "QUANTRI", "Ai Đó", Role.STAFF, "tamthoi123")
    assert duplicate.value.field == "username" and "quantri" in duplicate.value.message


def test_last_active_admin_cannot_be_demoted_or_deactivated(fresh: Database, admin: Actor) -> None:
    assert admin.user_id is not None
    for role, active in ((Role.STAFF, True), (Role.ADMIN, False)):
        with pytest.raises(ServiceError, match="tài khoản quản trị cuối cùng"):
            accounts.update_account(fresh, admin, admin.user_id, 1, "Nguyễn Thị Thu Hà", role, active)
    second = accounts.create_account(fresh, admin, "quantri2", "Trần Văn Nam", Role.ADMIN, "tamthoi123")
    accounts.update_account(fresh, admin, admin.user_id, 1, "Nguyễn Thị Thu Hà", Role.STAFF, True)
    assert _row(fresh, Actor("quantri2", user_id=second, role=Role.ADMIN), "quantri").role is Role.STAFF
    other_admin = Actor("quantri2", user_id=second, role=Role.ADMIN)
    with pytest.raises(ServiceError, match="cuối cùng"):
        accounts.update_account(fresh, other_admin, second, 1, "Trần Văn Nam", Role.VIEWER, True)


def test_stale_version_is_reported(fresh: Database, admin: Actor) -> None:
    account_id = accounts.create_account(fresh, admin, "canbo", "Lê Văn Bình", Role.STAFF, "tamthoi123")
    accounts.update_account(fresh, admin, account_id, 1, "Lê Văn Bình Minh", Role.STAFF, True)
    with pytest.raises(ConcurrentEditError):
        accounts.update_account(fresh, admin, account_id, 1, "Lê Văn Bình", Role.VIEWER, True)
    with pytest.raises(ConcurrentEditError):
        accounts.reset_password(fresh, admin, account_id, 1, "tamthoi456")


def test_reset_password_forces_a_change_and_the_trail_never_holds_a_hash(fresh: Database, admin: Actor) -> None:
    account_id = accounts.create_account(fresh, admin, "canbo", "Lê Văn Bình", Role.STAFF, "tamthoi123")
    staff = accounts.authenticate(fresh, "canbo", "tamthoi123", now=NOW)
    accounts.change_password(fresh, staff, "tamthoi123", "matkhau-cua-binh")
    version = _row(fresh, admin, "canbo").version
    with pytest.raises(ValidationError) as short:
        accounts.reset_password(fresh, admin, account_id, version, "ngan")
    assert short.value.field == "password"
    accounts.reset_password(fresh, admin, account_id, version, "datlai-2026")
    row = _row(fresh, admin, "canbo")
    assert row.must_change_password
    assert accounts.authenticate(fresh, "canbo", "datlai-2026", now=NOW) == staff
    entries = _audit(fresh)
    assert {"create", "sign_in", "password", "reset_password"} <= {e.action for e in entries}
    hashes = {_account(fresh, name).password_hash for name in ("quantri", "canbo")}
    for entry in entries:
        text = entry.summary + entry.changes_json
        assert "$argon2" not in text and "password_hash" not in text
        assert not any(secret in text for secret in ("tamthoi123", "datlai-2026", "matkhau-cua-binh", PASSWORD))
        assert not any(h in text for h in hashes)
    reset = next(e for e in entries if e.action == "reset_password")
    assert reset.username == "quantri" and json.loads(reset.changes_json) == {"must_change_password": [False, True]}


def test_old_parameter_hash_is_upgraded_at_sign_in(fresh: Database, admin: Actor,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    monkeypatch.setattr(accounts, "HASHER", PasswordHasher())  # the real parameters
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(PASSWORD)
    with fresh.unit_of_work() as session:
        session.execute(update(UserAccount).values(password_hash=weak))
    accounts.authenticate(fresh, "quantri", PASSWORD, now=NOW)
    upgraded = _account(fresh, "quantri").password_hash
    assert upgraded != weak and upgraded.startswith("$argon2id$") and "m=8," not in upgraded
