"""What the desk tells the clerk about a scanned card, in one wording wherever it is shown.

Fields the scan could not read (left for the registry or the clerk), where the
card disagrees with the record (shown, never imposed), how the line was
repaired, and, for the scanner check, advice on the scanner's mode and the
input method when they are the cause.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.qr import CccdScan, FieldName, ScanReading
from desktop.services.scans import Difference

_CONTEXT = "ScanNotes"
_CODE_PAGE_ORDER = ("Windows-1252", "Windows-1258", "Latin-1")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_title(name: FieldName | str) -> str:
    titles = {
        "old_id": _t("số CMND cũ"), "full_name": _t("họ và tên"), "birth": _t("ngày sinh"), "sex": _t("giới tính"),
        "address": _t("địa chỉ"), "issued": _t("ngày cấp"),
    }
    return titles[name]


def unread_note(scan: CccdScan) -> str:
    """"Không đọc được từ thẻ: họ và tên. Hãy nhập theo thẻ." or "" when every field was read."""
    if scan.reading is None or not scan.reading.problems:
        return ""
    names = ", ".join(field_title(name) for name, _reason in scan.reading.problems)
    return _t("Không đọc được từ thẻ: {fields}. Hãy nhập theo thẻ.").replace("{fields}", names)


def differences_note(differences: tuple[Difference, ...]) -> str:
    """The card's differing values beside the record's, or "" when they agree."""
    if not differences:
        return ""
    parts = [
        _t("{field} trên thẻ “{card}”, hồ sơ “{record}”").replace("{field}", field_title(item.field))
        .replace("{card}", item.on_card).replace("{record}", item.on_record or _t("chưa có"))
        for item in differences
    ]
    return _t("Thẻ ghi khác hồ sơ (hồ sơ giữ nguyên, sửa nếu cần): {parts}.").replace("{parts}", "; ".join(parts))


def code_page(reading: ScanReading) -> str:
    """The code page to name, most common first ("Windows-1252"), or "" when the line came as Unicode."""
    return next((page for page in _CODE_PAGE_ORDER if page in reading.code_pages), "")


def repairs(reading: ScanReading) -> list[str]:
    """One sentence per repair made and per field left empty."""
    lines = []
    page = code_page(reading)
    if page:
        lines.append(_t("Chữ có dấu đến thành từng byte (UTF-8 đọc như {page}): đã chuyển lại thành tiếng Việt.")
                     .replace("{page}", page))
    if reading.guessed:
        lines.append(_t("{n} chữ bị mất một byte trên đường truyền: đã khôi phục theo vần tiếng Việt.")
                     .replace("{n}", str(reading.guessed)))
    if reading.rewrites:
        lines.append(_t("Bộ gõ tiếng Việt đã sửa {n} ký tự trong lúc máy quét gõ.").replace("{n}", str(reading.rewrites)))
    for arrived, typed in reading.telex:
        lines.append(_t("Chữ bị bộ gõ Telex đổi: “{arrived}” → “{typed}”.").replace("{arrived}", arrived)
                     .replace("{typed}", typed))
    for name, reason in reading.problems:
        lines.append(_t("Không đọc được {field}: {reason} Để trống cho hồ sơ hoặc người nhập điền.")
                     .replace("{field}", field_title(name)).replace("{reason}", reason))
    if reading.extra:
        lines.append(_t("Thẻ có thêm {n} trường chưa biết: giữ nguyên trong dòng gốc.").replace("{n}", str(len(reading.extra))))
    return lines


def advice(reading: ScanReading | None) -> list[str]:
    """What the office can change so that cards arrive right; ``None``: the line's ID could not be read."""
    if reading is None:
        return [_t("Không đọc được số CCCD 12 chữ số ở đầu dòng. Kiểm tra máy quét có gửi phím Enter sau mỗi lần "
                   "quét, và quét lại thẻ; nếu vẫn vậy, hãy gõ số CCCD bằng tay.")]
    lines = []
    if reading.code_pages:
        lines.append(_t("Máy quét đang gửi chữ có dấu thành từng byte. Ứng dụng vẫn đọc lại được, nhưng một chữ có "
                        "thể mất khi một byte rơi trên đường truyền. Nên cài máy quét sang chế độ bàn phím Unicode "
                        "(xem tài liệu của máy: mục ngôn ngữ bàn phím hoặc mã hoá UTF-8)."))
    if reading.rewrites or reading.telex:
        lines.append(_t("Bộ gõ tiếng Việt (Unikey, EVKey) đang bật khi quét và đã sửa chữ máy quét gõ. Khi quét thẻ, "
                        "hãy chuyển bộ gõ sang chế độ tiếng Anh (biểu tượng E) hoặc tắt bộ gõ."))
    if reading.problems:
        lines.append(_t("Trường không đọc được sẽ lấy theo hồ sơ nếu người này đã có; người mới thì nhập tay theo thẻ."))
    if not lines:
        lines.append(_t("Máy quét và bộ gõ đang hoạt động tốt: dòng đến đúng như trên thẻ."))
    return lines
