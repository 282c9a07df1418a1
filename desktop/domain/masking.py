"""Identity numbers shown only by their last digits, for lists that leave the office.

A renewals call list or an attendance sheet passes through many hands; the
last four digits are enough to tell two people of the same name apart, and a
lost sheet then gives away no usable CCCD or social-insurance code.
"""

from __future__ import annotations

from typing import overload

MASK = "*"
SHOWN = 4


@overload
def mask_id(value: str) -> str: ...
@overload
def mask_id(value: None) -> None: ...
def mask_id(value: str | None) -> str | None:
    """"066123456789" -> "********6789": same length, at most the last 4 characters and never more than half shown.

    None and "" come back as they are (nothing to hide, and "" stays an empty cell).
    """
    if not value:
        return value
    shown = min(SHOWN, len(value) // 2)
    return MASK * (len(value) - shown) + value[len(value) - shown:]


def is_masked(value: str) -> bool:
    """Whether ``value`` came from a masked list ("********6789"): it then identifies no one by itself."""
    return MASK in value
