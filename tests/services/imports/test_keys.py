"""The fast search key is exactly the domain's fold, letter for letter."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.text import fold
from desktop.services.imports.keys import fast_fold

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"


def test_known_names() -> None:
    for name in ("Nguyễn Thị Hiền", "ĐẶNG  ĐỨC\u00a0ÁNH", "H'Hen Niê", "Y Moan Êban", " Tống Văn Cộng ",
                 unicodedata.normalize("NFD", "Ê Đê Ơ Ư"), "ǅ ß ﬁ İ"):
        assert fast_fold(name) == fold(name)


@given(st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " '-.\t\u00a0", max_size=40))
def test_vietnamese_text(text: str) -> None:
    assert fast_fold(text) == fold(text)


@given(st.text(max_size=30))
def test_any_text(text: str) -> None:
    assert fast_fold(unicodedata.normalize("NFC", text)) == fold(unicodedata.normalize("NFC", text))
