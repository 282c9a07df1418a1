"""Recognising the rows around and inside a list that are not people.

Official lists carry column-code rows ("A B 1 2 3"), section rows ("I Tăng",
"I.1 Người tham gia"), subtotals ("Cộng tăng", "Tổng cộng") and, below the
data, a signature block ("Người lập biểu", "ngày ... tháng ... năm"). These
tests look only at a row's few text cells; the table finder never applies
them to a row that carries an ID or a birth date, so a person called
"Tống" or "Tăng" is never mistaken for a subtotal or a section.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from desktop.domain.text import fold, normalize_spaces
from desktop.io.workbook import CellValue

_CODE_TOKEN = re.compile(r"^[(\[]?\s*(?:[A-Za-z]|\d{1,3})\s*[)\]]?\*?$")
_SECTION_CODE = re.compile(
    r"^(?:[IVXL]+|[A-Z]|[IVXL]+\.\d+(?:\.\d+)*|[A-Z]\.\d+|\d+(?:\.\d+)+)[.):]?$"
)
LEVEL_ONE_SECTIONS = frozenset(
    {"tang", "tang moi", "giam", "dieu chinh", "truy thu", "thoai thu", "hoan tra", "ds tang",
     "ds giam", "danh sach tang", "danh sach giam", "tham gia moi", "gia han", "tai tuc"}
)
_SECTION_WORDS = LEVEL_ONE_SECTIONS | {
    "nguoi tham gia", "tien luong", "dong moi", "bo sung", "cap moi", "cap lai", "doi the",
    "tang nguoi tham gia", "giam nguoi tham gia", "tang tien luong", "giam tien luong",
    "dieu chinh tien luong", "dieu chinh muc dong", "muc dong",
}
_GROUP_PREFIXES = ("thon ", "buon ", "to dan pho ", "tdp ", "xom ", "ap ", "khoi ", "plei ")
_SUBTOTAL_KEYWORDS = ("tong cong", "tong so", "cong", "tong")
_SUBTOTAL_NEXT_WORDS = frozenset(
    {"tang", "giam", "cong", "so", "chung", "toan", "thon", "buon", "xa", "muc", "nhom", "phan"}
)
_SUBTOTAL_NEXT = re.compile(r"^(?:[ivxl]+\b|[(\[:+\-]|\d)")
_FOOTER_PHRASES = (
    "nguoi lap bieu", "nguoi lap", "thu truong", "ky, ghi ro ho ten", "ky ghi ro ho ten",
    "ky va ghi ro ho ten", "ky, ho ten", "ky ten", "dong dau", "xac nhan cua", "giam doc",
    "ke toan", "can bo thu", "tong so the", "tong so nguoi", "chu tich", "truong thon",
    "truong buon", "dai dien", "ghi chu:", "ghi chu :", "luu y:",
)
_DATE_LINE = re.compile(r"\bngay\b[\s\d./…_-]*\bthang\b[\s\d./…_-]*\bnam\b(?!\s*sinh)")


def cell_text(value: CellValue) -> str:
    """A cell as one line of text: numbers without ".0", spaces tidied."""
    if value is None:
        return ""
    if isinstance(value, str):
        return normalize_spaces(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def texts(row: Sequence[CellValue], limit: int = 4) -> list[str]:
    """The first ``limit`` non-empty cells of a row as text."""
    found: list[str] = []
    for value in row:
        if value is not None:
            text = cell_text(value)
            if text:
                found.append(text)
                if len(found) == limit:
                    break
    return found


def is_blank(row: Sequence[CellValue]) -> bool:
    """No value, or only white space."""
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def is_column_codes(row: Sequence[CellValue]) -> bool:
    """"A B 1 2 3 ..." or "(1) (2) (3)": at least three cells, all short codes."""
    count = 0
    for value in row:
        if value is None:
            continue
        if isinstance(value, bool):
            return False
        if isinstance(value, int):
            if not 0 <= value < 1000:
                return False
        elif not (isinstance(value, str) and _CODE_TOKEN.match(value.strip())):
            return False
        count += 1
    return count >= 3


def is_footer(row_texts: Sequence[str]) -> bool:
    """Signature block, place-and-date line, closing note or card count below a list."""
    for text in row_texts:
        key = fold(text[:80])
        if any(phrase in key for phrase in _FOOTER_PHRASES) or _DATE_LINE.search(key):
            return True
        if key.startswith(("- ghi chu", "* ghi chu", "ghi chu")) and len(key) > 12:
            return True
    return False


def _has_diacritics(text: str) -> bool:
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", text))


def is_subtotal(row_texts: Sequence[str]) -> bool:
    """"Cộng", "Cộng tăng", "Tổng cộng (I+II)", "Tổng số": never a name like "Tống Văn A"."""
    for text in row_texts[:2]:
        lowered = unicodedata.normalize("NFC", text.lower())
        if _has_diacritics(lowered) and not lowered.startswith(("cộng", "tổng")):
            continue
        key = fold(text[:60])
        for keyword in _SUBTOTAL_KEYWORDS:
            if key == keyword or key.startswith(keyword + ":"):
                return True
            if key.startswith(keyword + " "):
                rest = key[len(keyword) + 1 :].lstrip()
                first = re.split(r"[\s:.,()]+", rest, maxsplit=1)[0]
                return first in _SUBTOTAL_NEXT_WORDS or _SUBTOTAL_NEXT.match(rest) is not None
    return False


def section_label(row: Sequence[CellValue], non_empty: int) -> tuple[str, int] | None:
    """(label, level) for a section row: "I | Tăng", "I.1 | Người tham gia", "Thôn 3"."""
    if non_empty > 3:
        return None
    values = [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]
    if not values or any(isinstance(v, bool) or not isinstance(v, str | int) for v in values):
        return None
    if any(isinstance(v, int) for v in values[1:]):
        return None
    parts = [cell_text(v) for v in values]
    numbered = isinstance(values[0], int)
    code = parts[0] if numbered or _SECTION_CODE.match(parts[0]) else None
    words = fold(" ".join(parts[1:] if code else parts)).rstrip(":. ")
    label = " ".join(parts)
    if code is not None and not numbered and not any(ch.isdigit() for ch in words):
        return label, _code_level(code, words)
    if words in _SECTION_WORDS:
        level = 1 if words in LEVEL_ONE_SECTIONS else 2
        return label, _code_level(code, words) if code and not numbered else level
    if len(parts) - (1 if code else 0) == 1 and (words + " ").startswith(_GROUP_PREFIXES):
        return label, 2
    return None


def _code_level(code: str, words: str) -> int:
    stripped = code.rstrip(".):")
    if "." in stripped:
        return stripped.count(".") + 1
    if stripped.isdigit():
        return 2
    return 1 if words in LEVEL_ONE_SECTIONS or not words or stripped.isalpha() else 2
