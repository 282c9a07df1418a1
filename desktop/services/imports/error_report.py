"""The rows that could not be imported, as an .xlsx the sender can fix and send back.

The file keeps the list's own columns in their order (one header row, the
two-row labels joined as "Thời hạn thẻ / Từ ngày"), so the corrected file
imports with the same mapping; two columns are added at the end: the row's
number in the original file and "Lý do lỗi". CCCD and SI codes are written
as text so Excel cannot drop their leading zeros again.

The file carries names and identifiers out of the application, so writing it
needs the EXPORT permission (the same rule as every other file that leaves)
and leaves an "export" entry in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from desktop.db import Database
from desktop.io.columns import Field
from desktop.io.row_kinds import cell_text
from desktop.output_files import replacing
from desktop.services.audit import Actor, record, require
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.services.imports.rows import ParsedImport
from desktop.services.imports.types import ImportPreview, RowResult

REASON_LABEL = "Lý do lỗi"
ROW_LABEL = "Dòng trong tệp gốc"
_ID_WIDTHS = {Field.CCCD: 12, Field.SI_CODE: 10}


def write_error_report(db: Database, actor: Actor, parsed: ParsedImport, preview: ImportPreview,
                       path: Path | str) -> int:
    """Write the error rows of ``preview`` to ``path`` and record who did; returns how many rows were written."""
    require(actor, Permission.EXPORT)
    try:
        with replacing(path) as temporary:
            written = _write(parsed, preview, temporary)
    except OSError as error:
        raise ServiceError(f"Không ghi được tệp “{Path(path).name}” ({error.strerror or error}); hãy đóng tệp nếu "
                           "đang mở trong Excel hoặc chọn thư mục khác.") from error
    with db.unit_of_work() as session:
        record(session, actor, "export", "import_batch", preview.batch_id,
               f"Xuất {written} dòng lỗi của tệp {parsed.file_name} ra {Path(path).name}")
    return written


def _write(parsed: ParsedImport, preview: ImportPreview, path: Path | str) -> int:
    reasons = {o.number: o.reason for o in preview.outcomes if o.result is RowResult.ERROR}
    id_columns = {index: _ID_WIDTHS[f] for index, f in parsed.mapping.items() if f in _ID_WIDTHS}
    workbook = xlsxwriter.Workbook(str(path), {"in_memory": True})
    header = workbook.add_format({"bold": True, "text_wrap": True, "valign": "vcenter", "border": 1,
                                  "bg_color": "#DDEBF7"})
    text = workbook.add_format({"num_format": "@"})
    date = workbook.add_format({"num_format": "dd/mm/yyyy"})
    reason = workbook.add_format({"font_color": "#B71C1C", "text_wrap": True})
    sheet = workbook.add_worksheet("Dòng lỗi")
    labels = [*parsed.labels, ROW_LABEL, REASON_LABEL]
    for col, label in enumerate(labels):
        sheet.write_string(0, col, label, header)
        sheet.set_column(col, col, 60 if label == REASON_LABEL else max(10, min(30, len(label) + 4)))
    sheet.freeze_panes(1, 0)
    written = 0
    for data in parsed.raw:
        why = reasons.get(data.number)
        if why is None:
            continue
        written += 1
        for col, value in enumerate(data.values[: len(parsed.labels)]):
            if value is None:
                continue
            if col in id_columns and isinstance(value, int) and not isinstance(value, bool):
                digits = str(value)
                sheet.write_string(written, col, digits.zfill(id_columns[col]) if len(digits) >= id_columns[col] - 2
                                   else digits, text)
            elif isinstance(value, bool):
                sheet.write_boolean(written, col, value)
            elif isinstance(value, int | float):
                sheet.write_number(written, col, value)
            elif isinstance(value, dt.datetime):
                sheet.write_datetime(written, col, value, date)
            elif isinstance(value, dt.date):
                sheet.write_datetime(written, col, dt.datetime.combine(value, dt.time()), date)
            else:
                sheet.write_string(written, col, cell_text(value), text if col in id_columns else None)
        sheet.write_number(written, len(parsed.labels), data.number)
        sheet.write_string(written, len(parsed.labels) + 1, why, reason)
    try:
        workbook.close()
    except (OSError, FileCreateError) as exc:
        raise ServiceError(f"Không ghi được tệp “{Path(path).name}”; hãy đóng tệp nếu đang mở trong Excel "
                           "hoặc chọn thư mục khác.") from exc
    return written
