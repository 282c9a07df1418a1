"""Fixed wording of Vietnamese administrative documents (Decree 30/2020/NĐ-CP).

Kept in one place so the Excel and PDF outputs carry identical text.
"""

from __future__ import annotations

from desktop.domain.formatting import place_date_line
from desktop.reports.definition import OfficeLetterhead

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

QD490_BASIS = "(Ban hành kèm theo QĐ số 490/QĐ-BHXH ngày 28/3/2023 của BHXH Việt Nam)"
"""Legal basis printed under the code of the list forms D03-TS and D05-TS."""

MARGINS_MM = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
"""Page margins of Decree 30 (top/bottom 20-25, left 30-35, right 15-20 mm)."""


def page_label(page: int, pages: int) -> str:
    """Page number printed on every page: "Trang 2/7"."""
    return f"Trang {page}/{pages}"


def issuing_body_lines(letterhead: OfficeLetterhead) -> tuple[str, str]:
    """Parent body and unit, both in capitals as the decree requires."""
    return letterhead.parent_body.upper(), letterhead.unit.upper()


def place_and_date(letterhead: OfficeLetterhead) -> str:
    """The italic line above the signatures."""
    return place_date_line(letterhead.place, letterhead.report_date)
