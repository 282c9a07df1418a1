"""Open a database ready for use: schema migrated and reference data loaded."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

from desktop.db import Database, database_caption
from desktop.services import schema
from desktop.services.errors import StorageError, storage_error
from desktop.services.rates import seed_rates
from desktop.services.reference import seed_reference


def open_database(url: str) -> Database:
    """Migrate to the current schema; after a migration, refresh the shipped code lists and rates.

    A file or folder that cannot be read or written gives a StorageError, not a traceback; a
    schema newer than this program or a trigger or view someone added gives SchemaRefused,
    before anything is written.
    """
    try:
        db = Database(url)
    except PermissionError as error:
        raise StorageError(
            f"Không tạo được tệp cơ sở dữ liệu {error.filename}: thư mục không được phép ghi. "
            "Hãy chọn thư mục khác hoặc nhờ người quản trị cấp quyền ghi."
        ) from error
    try:
        schema.check_openable(db, database_caption(url))
        if schema.needs_upgrade(db):
            schema.upgrade(db)
            schema.record_app_version(db)
            with db.unit_of_work() as session:
                seed_reference(session)
                seed_rates(session)
    except schema.SchemaRefused:
        db.dispose()
        raise
    except OperationalError as error:
        db.dispose()
        mapped = storage_error(error)
        if mapped is None:
            raise
        raise mapped from error
    return db
