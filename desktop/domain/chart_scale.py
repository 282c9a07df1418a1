"""The value axis of a chart: round grid steps, the same on screen and in the reports."""

from __future__ import annotations

import math


def nice_step(maximum: float, ticks: int = 5, whole: bool = False) -> float:
    """A round step (1, 2, 2,5, 5 x 10^n) giving about ``ticks`` grid lines up to ``maximum``.

    ``whole`` keeps the step a whole number (counts of people have no halves).
    """
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    if whole and raw <= 1:
        return 1.0
    for factor in (1, 2, 2.5, 5, 10):
        if whole and factor * power != int(factor * power):
            continue
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)
