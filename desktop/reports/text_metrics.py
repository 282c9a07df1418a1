"""Measure and wrap text in the document font (Liberation Serif, Times metrics).

The PDF renderer draws with these fonts; the Excel writer uses the same
metrics to size rows whose text wraps, because Liberation Serif has the
widths of Times New Roman, the font the spreadsheet names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TypeAlias

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import font_path

_STYLES = {
    (False, False): "Regular",
    (True, False): "Bold",
    (False, True): "Italic",
    (True, True): "BoldItalic",
}
ELLIPSIS = "…"
_SOFT_BREAK = re.compile(r"[^/-]*[/-]|[^/-]+")

Measure: TypeAlias = Callable[[str, float], float]


def font_name(bold: bool = False, italic: bool = False) -> str:
    """Registered reportlab name of the document font in that style."""
    register_fonts()
    return f"AnSinhSerif-{_STYLES[(bold, italic)]}"


@cache
def register_fonts() -> None:
    """Register the four TrueType styles once per process (embedded as subsets)."""
    for style in _STYLES.values():
        pdfmetrics.registerFont(TTFont(f"AnSinhSerif-{style}", str(font_path(style))))
    pdfmetrics.registerFontFamily(
        "AnSinhSerif",
        normal="AnSinhSerif-Regular",
        bold="AnSinhSerif-Bold",
        italic="AnSinhSerif-Italic",
        boldItalic="AnSinhSerif-BoldItalic",
    )


class _GlyphWidths(dict[str, float]):
    """Advance widths per character (1/1000 em); unknown characters get the default."""

    def __init__(self, font: str) -> None:
        face = pdfmetrics.getFont(font).face
        super().__init__((chr(code), float(width)) for code, width in face.charWidths.items())
        self.default = float(face.defaultWidth)
        self.widest = max(self.values(), default=self.default) / 1000

    def __missing__(self, key: str) -> float:
        return self.default


@cache
def _glyph_widths(font: str) -> _GlyphWidths:
    register_fonts()
    return _GlyphWidths(font)


def widest_glyph(font: str) -> float:
    """Widest advance in the font, in em: text of n characters is at most n of these."""
    return _glyph_widths(font).widest


def measure_for(font: str) -> Measure:
    """A fast width function for one font.

    reportlab measures TrueType text in pure Python, one generator step per
    character; summing a C-level ``map`` over a per-character table is several
    times faster, which matters for 100,000-row reports.
    """
    lookup = _glyph_widths(font).__getitem__

    def measure(text: str, size: float) -> float:
        return sum(map(lookup, text)) * size / 1000

    return measure


def text_width(text: str, font: str, size: float) -> float:
    """Width in points."""
    return measure_for(font)(text, size)


def wrap(text: str, font: str, size: float, width: float, max_lines: int = 0) -> list[str]:
    """Greedy word wrap to ``width`` points; over-long words are cut by character.

    ``max_lines`` > 0 truncates with an ellipsis, so one huge note cannot
    swallow a page. Always returns at least one line.
    """
    measure = measure_for(font)
    space = measure(" ", size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        current_width = 0.0
        for word in paragraph.split():
            word_width = measure(word, size)
            if word_width > width:
                if current:
                    lines.append(current)
                pieces = _cut_word(word, measure, size, width)
                lines.extend(pieces[:-1])
                current = pieces[-1]
                current_width = measure(current, size)
            elif not current:
                current, current_width = word, word_width
            elif current_width + space + word_width <= width:
                current += " " + word
                current_width += space + word_width
            else:
                lines.append(current)
                current, current_width = word, word_width
        lines.append(current)
    if max_lines > 0 and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _with_ellipsis(lines[-1], measure, size, width)
    return lines


def balanced_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap into as few lines as ``wrap`` would, but of even length.

    "BẢO HIỂM XÃ HỘI / TỈNH ĐẮK LẮK" reads better than "BẢO HIỂM XÃ HỘI
    TỈNH ĐẮK / LẮK" in a centred heading.
    """
    lines = wrap(text, font, size, width)
    if len(lines) < 2:
        return lines
    low, high = 0.0, width
    for _ in range(12):
        middle = (low + high) / 2
        if len(wrap(text, font, size, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return wrap(text, font, size, high)


class LineCounter:
    """Counts wrapped lines of many cells in one font and size, cheaply.

    Most cells fit on one line and are recognised by length alone or by one
    measurement; the rest are counted word by word with cached word widths
    (Vietnamese is written in a few thousand distinct syllables) and the
    answer for repeated texts (addresses, clinics) is remembered.
    """

    _CACHE_LIMIT = 50_000

    def __init__(self, font: str, size: float) -> None:
        self._font = font
        self._size = size
        self._measure = measure_for(font)
        self._widest = _glyph_widths(font).widest * size
        self._space = self._measure(" ", size)
        self._words: dict[str, float] = {}
        self._answers: dict[tuple[str, float], int] = {}

    def lines(self, text: str, width: float) -> int:
        """Lines ``text`` takes in ``width`` points (as ``wrap`` would break it)."""
        if len(text) * self._widest <= width and "\n" not in text:
            return 1
        key = (text, width)
        known = self._answers.get(key)
        if known is None:
            known = self._count(text, width)
            if len(self._answers) >= self._CACHE_LIMIT:
                self._answers.clear()
            self._answers[key] = known
        return known

    def _count(self, text: str, width: float) -> int:
        if "\n" in text:
            return len(wrap(text, self._font, self._size, width))
        words = self._words
        if len(words) >= self._CACHE_LIMIT:
            words.clear()
        space = self._space
        count = 1
        current = -1.0
        for word in text.split():
            word_width = words.get(word)
            if word_width is None:
                word_width = words[word] = self._measure(word, self._size)
            if word_width > width:
                return len(wrap(text, self._font, self._size, width))
            if current < 0:
                current = word_width
            elif current + space + word_width <= width:
                current += space + word_width
            else:
                count += 1
                current = word_width
        return count


def fit_size(text: str, font: str, size: float, width: float, smallest: float = 5.0) -> float:
    """Largest size up to ``size`` at which one line fits ``width`` (numbers never wrap)."""
    natural = measure_for(font)(text, size)
    if natural <= width or natural <= 0:
        return size
    return max(smallest, size * width / natural)


def _cut_word(word: str, measure: Measure, size: float, width: float) -> list[str]:
    """Break a word wider than ``width``: after "/" or "-" if possible, else anywhere."""
    pieces: list[str] = []
    current = ""
    for token in _SOFT_BREAK.findall(word):
        if not current or measure(current + token, size) <= width:
            current += token
            continue
        pieces.append(current)
        current = token
    result: list[str] = []
    for piece in [*pieces, current]:
        if measure(piece, size) <= width:
            result.append(piece)
        else:
            result.extend(_cut_chars(piece, measure, size, width))
    return result


def _cut_chars(word: str, measure: Measure, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and measure(current + char, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def _with_ellipsis(line: str, measure: Measure, size: float, width: float) -> str:
    while line and measure(line + ELLIPSIS, size) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS
