"""The office's reports: build one from the database, write it as .xlsx or PDF.

Each report is a module with a ``build(db, params)`` function returning the
definition, the rows and the letterhead; this package names them, checks the
parameters each one needs, and writes files with an audit entry.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.db import Database
from desktop.reports import CancelCheck, ProgressCallback, ReportResult, write_pdf, write_xlsx
from desktop.services import audit
from desktop.services.authz import Permission
from desktop.services.errors import ServiceError
from desktop.services.reports import (
    agents,
    attendance,
    clan_list,
    clans,
    coverage,
    d03,
    d05,
    overview,
    renewals,
    sessions,
)
from desktop.services.reports.common import MASKING_REPORTS, BuiltReport, ReportParams, period_stem

PERIOD, AS_OF, COMMUNE, AGENT, SESSION, DAYS, CLAN = "period", "as_of", "commune", "agent", "session", "days", "clan"


@dataclass(frozen=True)
class ReportKind:
    """A report the office can print, and the parameters it takes."""

    name: str
    title: str
    description: str
    takes: frozenset[str]
    build: Callable[[Database, ReportParams], BuiltReport]
    file_prefix: str = "Bao-cao"
    personal: bool = True
    """Whether it lists persons (exports and prints are then audited as personal data)."""


REPORTS: dict[str, ReportKind] = {
    kind.name: kind
    for kind in (
        ReportKind("d03", "Mẫu D03-TS: Danh sách người chỉ tham gia BHYT",
                   "Người tham gia BHYT hộ gia đình, học sinh sinh viên, được NSNN hỗ trợ có biên lai trong kỳ "
                   "(tăng) và người dừng tham gia trong kỳ (giảm).",
                   frozenset({PERIOD, COMMUNE, AGENT}), d03.build, "D03-TS"),
        ReportKind("d05", "Mẫu D05-TS: Danh sách người tham gia BHXH tự nguyện",
                   "Người tham gia BHXH tự nguyện có biên lai trong kỳ (tăng) và người dừng đóng trong kỳ (giảm), "
                   "với mức thu nhập, số tiền phải đóng, phần Nhà nước và ngân sách địa phương hỗ trợ.",
                   frozenset({PERIOD, COMMUNE, AGENT}), d05.build, "D05-TS"),
        ReportKind("coverage", "Tỷ lệ bao phủ BHYT, BHXH tự nguyện theo xã",
                   "Dân số, số người có thẻ BHYT, tỷ lệ bao phủ so với chỉ tiêu; số người tham gia BHXH tự nguyện "
                   "so với dân số trong độ tuổi lao động và kế hoạch, theo từng xã và toàn đơn vị.",
                   frozenset({AS_OF, COMMUNE}), coverage.build, "Bao-phu", personal=False),
        ReportKind("agents", "Kết quả thực hiện chỉ tiêu của nhân viên thu",
                   "Chỉ tiêu, kết quả tham gia mới BHXH tự nguyện, BHYT hộ gia đình, tái tục, số thẻ đến hạn "
                   "và đã đóng tiếp, xếp hạng nhân viên thu trong kỳ.",
                   frozenset({PERIOD, COMMUNE, AGENT}), agents.build, "Ket-qua-nhan-vien-thu", personal=False),
        ReportKind("sessions", "Kết quả tuyên truyền, vận động",
                   "Số buổi tuyên truyền, đối thoại, tư vấn đã tổ chức, số người tham dự và số người tham gia "
                   "BHXH, BHYT sau đó, theo hình thức và theo xã.",
                   frozenset({PERIOD, COMMUNE}), sessions.build, "Ket-qua-tuyen-truyen", personal=False),
        ReportKind("renewals", "Danh sách cần gia hạn",
                   "Thẻ BHYT, BHXH tự nguyện sắp hết hạn hoặc đã hết hạn trong 90 ngày qua, theo nhân viên thu "
                   "và thôn, buôn, có số điện thoại và cột đánh dấu đã liên hệ.",
                   frozenset({COMMUNE, AGENT, DAYS}), renewals.build, "Danh-sach-gia-han"),
        ReportKind("attendance", "Danh sách ký nhận của buổi tuyên truyền",
                   "Danh sách người được mời dự một buổi tuyên truyền, có năm sinh, dân tộc, thôn, buôn, "
                   "số điện thoại, đã có thẻ BHYT hay chưa và cột ký nhận; in trước buổi tuyên truyền.",
                   frozenset({SESSION}), attendance.build, "Danh-sach-ky-nhan"),
        ReportKind("clans", "Mô hình dòng họ tham gia BHYT",
                   "Các dòng họ tham gia mô hình theo xã và thôn, buôn: số hộ, số người, số người có thẻ BHYT, tỷ lệ "
                   "so với mục tiêu 100%, số người còn phải vận động, số người tham gia mới từ khi tham gia mô hình "
                   "và trong kỳ, số buổi tuyên truyền với dòng họ; tổng số của đơn vị.",
                   frozenset({PERIOD, COMMUNE}), clans.build, "Mo-hinh-dong-ho", personal=False),
        ReportKind("clan-list", "Danh sách thành viên dòng họ cần vận động",
                   "Danh sách cho trưởng tộc và nhân viên thu: thành viên dòng họ chưa tham gia BHYT, thẻ đã hết "
                   "hạn, thẻ sắp hết hạn, có mã hộ, số điện thoại và cột đánh dấu đã vận động.",
                   frozenset({CLAN, DAYS}), clan_list.build, "Danh-sach-dong-ho"),
        ReportKind("dashboard", "Báo cáo tổng quan",
                   "Các biểu đồ của trang Tổng quan và bảng số liệu theo xã: tỷ lệ bao phủ BHYT so với chỉ tiêu, "
                   "BHXH tự nguyện so với kế hoạch, người tham gia mới 12 tháng gần nhất, thẻ BHYT sắp hết hạn, "
                   "hội nghị trong tháng và kết quả.",
                   frozenset({AS_OF, COMMUNE}), overview.build, "Bao-cao-tong-quan", personal=False),
    )
}


def suggested_stem(name: str, params: ReportParams) -> str:
    """A file name (without suffix) for the report: "D03-TS_11-2026", "Bao-phu_22-11-2026"."""
    kind = report_kind(name)
    if PERIOD in kind.takes:
        return f"{kind.file_prefix}_{period_stem(*params.period())}"
    if SESSION in kind.takes and params.session_id is not None:
        return f"{kind.file_prefix}_buoi-{params.session_id}"
    if CLAN in kind.takes and params.clan_id is not None:
        return f"{kind.file_prefix}-{params.clan_id}_{params.report_date:%d-%m-%Y}"
    day = params.date_to if AS_OF in kind.takes and params.date_to else params.report_date
    return f"{kind.file_prefix}_{day:%d-%m-%Y}"


def report_kind(name: str) -> ReportKind:
    """The report called ``name``; a Vietnamese error listing the known names otherwise."""
    kind = REPORTS.get(name)
    if kind is None:
        raise ServiceError(f"Không có báo cáo “{name}”. Các báo cáo: {', '.join(REPORTS)}.")
    return kind


def build_report(db: Database, name: str, params: ReportParams) -> BuiltReport:
    """Definition, rows and letterhead of one report (rows are read lazily by the writer)."""
    kind = report_kind(name)
    if SESSION in kind.takes and params.session_id is None:
        raise ServiceError("Hãy chọn buổi tuyên truyền cần in danh sách.")
    if CLAN in kind.takes and params.clan_id is None:
        raise ServiceError("Hãy chọn dòng họ cần in danh sách.")
    return kind.build(db, params)


def write_report(built: BuiltReport, path: str | os.PathLike[str], progress: ProgressCallback | None = None,
                 cancel: CancelCheck | None = None, fmt: str | None = None) -> ReportResult:
    """Write ``fmt`` ("xlsx" or "pdf"), by default the format the file's suffix names."""
    fmt = fmt or Path(path).suffix.lower().lstrip(".")
    writer = {"xlsx": write_xlsx, "pdf": write_pdf}.get(fmt)
    if writer is None:
        raise ServiceError(f"Không xuất được “{Path(path).name}”: chỉ hỗ trợ tệp .xlsx hoặc .pdf.")
    return writer(built.definition, built.data, built.letterhead, path, progress, cancel)


def export_report(db: Database, actor: audit.Actor, name: str, params: ReportParams,
                  path: str | os.PathLike[str], progress: ProgressCallback | None = None,
                  cancel: CancelCheck | None = None, fmt: str | None = None) -> ReportResult:
    """Build and write one report, then record who exported what."""
    audit.require(actor, Permission.EXPORT)
    kind = report_kind(name)
    built = build_report(db, name, params)
    try:
        result = write_report(built, path, progress, cancel, fmt)
    except OSError as error:
        raise ServiceError(f"Không ghi được tệp “{path}”: {error.strerror or error}.") from error
    record_output(db, actor, "export", kind, f"{Path(path).name}, {result.row_count} dòng{ids_note(kind, params)}")
    return result


def ids_note(kind: ReportKind, params: ReportParams) -> str:
    """What the audit says about ID numbers in a report that lists persons: full or masked."""
    if not kind.personal:
        return ""
    if kind.name in MASKING_REPORTS and params.mask_ids:
        return ", che số định danh"
    return ", đủ số CCCD, mã số BHXH"


def record_output(db: Database, actor: audit.Actor, action: str, kind: ReportKind, detail: str) -> None:
    """One audit entry for a report that left the application (``export`` or ``print``)."""
    audit.require(actor, Permission.PRINT if action == "print" else Permission.EXPORT)
    verb = "In" if action == "print" else "Xuất"
    with db.unit_of_work() as session:
        audit.record(session, actor, action, "report", None, f"{verb} báo cáo {kind.title} ({detail})")


__all__ = [
    "AGENT",
    "AS_OF",
    "CLAN",
    "COMMUNE",
    "DAYS",
    "PERIOD",
    "REPORTS",
    "SESSION",
    "BuiltReport",
    "ReportKind",
    "ReportParams",
    "build_report",
    "export_report",
    "record_output",
    "report_kind",
    "suggested_stem",
    "write_report",
]
