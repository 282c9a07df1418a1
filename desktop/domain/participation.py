"""Schemes and participant categories with the labels staff read on forms and lists."""

from __future__ import annotations

from desktop.domain.premiums import VsiCategory

SCHEME_LABELS: dict[str, str] = {
    "VSI": "BHXH tự nguyện",
    "HI-HH": "BHYT hộ gia đình",
    "HI-STU": "BHYT học sinh, sinh viên",
    "HI-OTHER": "BHYT do NSNN đóng, hỗ trợ",
}
HI_SCHEMES = ("HI-HH", "HI-STU", "HI-OTHER")

STUDENT_CATEGORY = "student"
CATEGORY_LABELS: dict[str, str] = {
    **{category.value: category.label for category in VsiCategory if category is not VsiCategory.OTHER},
    STUDENT_CATEGORY: "Học sinh, sinh viên",
    VsiCategory.OTHER.value: VsiCategory.OTHER.label,
}
"""A person's category: the VSI support classes plus students (who have their own HI scheme)."""

SEX_LABELS: dict[str, str] = {"M": "Nam", "F": "Nữ"}
