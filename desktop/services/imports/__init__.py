"""Importing the lists communes and agents send: read, clean, match, dry run, commit, undo.

The steps, each a plain function the wizard runs off the UI thread and the
command line runs in a row:

- ``open_source(path)`` -> ``SourceFile`` (sheets, SHA-256); ``read_table(source, sheet)`` -> ``SheetTable``
- ``mapping_for(db, table)``: the remembered or guessed column mapping
- ``parse_rows(table, mapping)`` -> ``ParsedImport``: every row cleaned and checked, no database
- ``dry_run(db, parsed, options)`` -> ``ImportPreview``: the result of every row, nothing written
- ``commit_import(db, actor, parsed, options)``: one transaction, recorded as an ``ImportBatch``
- ``undo_import(db, actor, batch_id)``, ``list_batches(db)``
- ``write_error_report(db, actor, parsed, preview, path)``: the error rows as .xlsx with "Lý do lỗi" (EXPORT, audited)
- ``import_file(db, actor, path, commit=...)``: all of it from a path (command line, benchmark)

Long steps take ``progress(stage, done, total)`` and a ``cancel`` flag
(``threading.Event``); a cancel raises ``ImportCancelled`` and leaves the
database as it was.
"""

from desktop.services.imports.batches import list_batches, remember_mapping, remembered_mapping
from desktop.services.imports.error_report import REASON_LABEL, write_error_report
from desktop.services.imports.rows import ParsedImport, parse_rows
from desktop.services.imports.run import commit_import, dry_run, import_file, mapping_for
from desktop.services.imports.source import (
    ColumnInfo,
    SheetTable,
    SourceFile,
    open_source,
    read_table,
)
from desktop.services.imports.types import (
    BatchInfo,
    Candidate,
    ImportCancelled,
    ImportCounts,
    ImportOptions,
    ImportPreview,
    NothingToImport,
    RowMessage,
    RowOutcome,
    RowResult,
    Stage,
    UndoResult,
)
from desktop.services.imports.undo import undo_import

__all__ = [
    "REASON_LABEL",
    "BatchInfo",
    "Candidate",
    "ColumnInfo",
    "ImportCancelled",
    "ImportCounts",
    "ImportOptions",
    "ImportPreview",
    "NothingToImport",
    "ParsedImport",
    "RowMessage",
    "RowOutcome",
    "RowResult",
    "SheetTable",
    "SourceFile",
    "Stage",
    "UndoResult",
    "commit_import",
    "dry_run",
    "import_file",
    "list_batches",
    "mapping_for",
    "open_source",
    "parse_rows",
    "read_table",
    "remember_mapping",
    "remembered_mapping",
    "undo_import",
    "write_error_report",
]
