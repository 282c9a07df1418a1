"""Vietnamese text: Unicode normalisation and the accent-folded search key.

Search must find "Nguyễn Thị Hiền" from "nguyen thi hien" and "đ" from "d",
so every searchable name is stored beside its folded key.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def normalize_spaces(text: str) -> str:
    """NFC, with runs of white space (including non-breaking) made one space."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).replace("\u00a0", " ")).strip()


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form used for search and matching."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", stripped.translate(_FOLD_EXTRA).casefold()).strip()


def normalize_name(text: str) -> str:
    """A person's name as stored: NFC, single spaces, capitalisation kept as typed."""
    return normalize_spaces(text)
