"""Cell values of an imported list turned into stored values, one small parser per kind.

Lists repeat the same few values down a column (the same receipt date, "Nữ",
"Ê Đê", the same agent), so each parser is wrapped in a memo: a 100,000-row
file parses each distinct value once. A failed parse is kept as ``Bad`` rather
than raised, because exceptions cost more than a type check in the row loop.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Generic, TypeVar

from desktop.domain.cells import cell_text, integral_number, is_blank, is_number
from desktop.domain.errors import ValidationError
from desktop.domain.participation import CATEGORY_LABELS, SCHEME_LABELS
from desktop.domain.text import fold

T = TypeVar("T")
MEMO_LIMIT = 50_000
MAX_MONTHS = 120
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


class Bad:
    """A value that could not be read, with the Vietnamese reason."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class Memo(dict[object, "T | Bad"], Generic[T]):
    """``memo[value]``: ``convert(value)`` computed once per distinct value; failures come back as ``Bad``.

    A dict whose misses convert, so a hit costs one C-level lookup. Values
    that compare equal share an entry (1, 1.0 and True), which no column mixes.
    """

    def __init__(self, convert: Callable[[object], T]) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, value: object) -> T | Bad:
        try:
            result: T | Bad = self._convert(value)
        except ValidationError as error:
            result = Bad(error.message)
        if len(self) < MEMO_LIMIT:
            self[value] = result
        return result


def key_of(text: str) -> str:
    """Folded, without spaces or punctuation: "BHYT hộ gia đình" -> "bhythogiadinh"."""
    return _NOT_ALNUM.sub("", fold(text))


def text_of(value: object) -> str:
    """A cell as text: whole numbers without ".0", NFC, single spaces."""
    if is_number(value):
        whole = integral_number(value)
        return str(whole) if whole is not None else cell_text(value)
    return cell_text(value)


_MALE = {"nam", "m", "male", "1", "trai"}
_FEMALE = {"nu", "f", "female", "0", "gai"}


def parse_sex(value: object) -> str:
    """"M" or "F" from Nam/Nữ, M/F, or the agency's codes 1 (Nam) / 0 (Nữ)."""
    if isinstance(value, bool):
        raise ValidationError(f"Giới tính “{value}” không rõ: ghi Nam hoặc Nữ (1 là Nam, 0 là Nữ).", "sex")
    key = key_of(text_of(value))
    if key in _MALE:
        return "M"
    if key in _FEMALE:
        return "F"
    raise ValidationError(
        f"Giới tính “{text_of(value)}” không rõ: ghi Nam hoặc Nữ (1 là Nam, 0 là Nữ).", "sex"
    )


_NO_MARK = {"0", "khong", "k", "no", "false"}


def is_female_mark(value: object) -> bool:
    """An "X" (or anything but blank, 0, "không") in a "Nữ" column marks a woman."""
    if value is None or value is False:
        return False
    if value is True:
        return True
    return not is_blank(value) and key_of(text_of(value)) not in _NO_MARK


_MONEY_NOISE = re.compile(r"(?i)\s|đồng|đ|vnđ|vnd")
_GROUPED = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")


def parse_amount(value: object) -> int:
    """Whole đồng from 1263600, "1.263.600", "1,263,600 đ"; never negative."""
    if is_number(value):
        whole = integral_number(value)
        if whole is None:
            raise ValidationError(f"Số tiền “{value}” phải là số nguyên (đồng).", "amount")
    else:
        text = _MONEY_NOISE.sub("", text_of(value))
        if _GROUPED.match(text):
            text = text.replace(".", "").replace(",", "")
        match = re.fullmatch(r"(\d+)(?:[.,]0+)?", text)
        if not match:
            raise ValidationError(f"Số tiền “{text_of(value)}” không phải số.", "amount")
        whole = int(match.group(1))
    if whole < 0:
        raise ValidationError(f"Số tiền không được âm (đang là {whole}).", "amount")
    return whole


def parse_months(value: object) -> int:
    """A number of months (1 to 120) from 12, "12", "12 tháng"."""
    text = text_of(value)
    match = re.fullmatch(r"(\d+)(?:[.,]0+)?\s*(?:th|tháng|thang|t)?\.?", text, flags=re.IGNORECASE)
    if not match:
        raise ValidationError(f"Số tháng “{text}” không phải số nguyên.", "months")
    months = int(match.group(1))
    if not 1 <= months <= MAX_MONTHS:
        raise ValidationError(f"Số tháng phải từ 1 đến {MAX_MONTHS} (đang là {months}).", "months")
    return months


def _scheme_keys() -> dict[str, str]:
    keys = {key_of(label): code for code, label in SCHEME_LABELS.items()}
    keys.update({key_of(code): code for code in SCHEME_LABELS})
    for code, names in {
        "VSI": ("BHXH TN", "BHXH tự nguyện", "Tự nguyện", "TN", "Bảo hiểm xã hội tự nguyện"),
        "HI-HH": ("BHYT HGĐ", "BHYT hộ gia đình", "Hộ gia đình", "HGĐ", "Bảo hiểm y tế hộ gia đình", "GĐ"),
        "HI-STU": ("BHYT HSSV", "HSSV", "Học sinh", "Sinh viên", "Học sinh, sinh viên"),
        "HI-OTHER": ("NSNN", "NSNN đóng", "Ngân sách nhà nước", "BHYT NSNN", "NSNN hỗ trợ"),
    }.items():
        keys.update({key_of(name): code for name in names})
    return keys


_SCHEMES = _scheme_keys()


def parse_scheme(value: object) -> str:
    """A scheme code ("VSI", "HI-HH", "HI-STU", "HI-OTHER") from its code, label or usual short form."""
    code = _SCHEMES.get(key_of(text_of(value)))
    if code is None:
        raise ValidationError(
            f"Không nhận ra loại hình tham gia “{text_of(value)}” "
            "(BHXH tự nguyện, BHYT hộ gia đình, BHYT học sinh, sinh viên, BHYT do NSNN đóng, hỗ trợ).",
            "scheme",
        )
    return code


def _category_keys() -> dict[str, str]:
    keys = {key_of(label): code for code, label in CATEGORY_LABELS.items()}
    keys.update({key_of(code): code for code in CATEGORY_LABELS})
    for code, names in {
        "poor": ("Nghèo", "HN"),
        "near_poor": ("Cận nghèo", "HCN"),
        "minority": ("Dân tộc thiểu số", "DTTS"),
        "student": ("HSSV", "Học sinh", "Sinh viên"),
        "other": ("Khác",),
    }.items():
        keys.update({key_of(name): code for name in names})
    return keys


_CATEGORIES = _category_keys()


def parse_category(value: object) -> str:
    """A participant category code from its label ("Hộ cận nghèo") or a short form."""
    code = _CATEGORIES.get(key_of(text_of(value)))
    if code is None:
        raise ValidationError(f"Không nhận ra đối tượng “{text_of(value)}”.", "category")
    return code


def parse_code(value: object) -> str:
    """A code typed in a cell (receipt number, agent code): text, numbers without ".0"."""
    return text_of(value)
