"""Kinds of outreach session, with the names staff read on forms and reports."""

from __future__ import annotations

SESSION_KINDS: dict[str, str] = {
    "hoi_nghi": "Hội nghị tuyên truyền",
    "doi_thoai": "Hội nghị đối thoại",
    "tu_van": "Tư vấn trực tiếp",
    "luu_dong": "Truyền thông lưu động",
    "tham_ho": "Thăm hộ gia đình",
}
"""In the order forms offer them and reports list them."""
