"""A reportlab canvas that prints "Trang x/y" once the page count is known.

Rows arrive as a stream, so the number of pages is only known at the end.
Each finished page is kept aside (as reportlab's own recipe for "page x of
y" does) and the labels are stamped when the document is saved.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas

from desktop.reports.official import page_label
from desktop.reports.text_metrics import font_name


class NumberedCanvas(Canvas):
    """Canvas whose pages get "Trang x/y" centred at ``label_y`` on save."""

    def __init__(self, path: str, label_y: float, label_size: float = 10.0, **kwargs: Any) -> None:
        super().__init__(path, **kwargs)
        self._finished_pages: list[dict[str, Any]] = []
        self._label_y = label_y
        self._label_size = label_size

    @property
    def page_count(self) -> int:
        """Pages finished so far."""
        return len(self._finished_pages)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        """Keep the page aside; it is emitted in ``save``."""
        self._finished_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Stamp every page with its label, then write the file."""
        total = len(self._finished_pages)
        width = self._pagesize[0]
        for number, state in enumerate(self._finished_pages, start=1):
            self.__dict__.update(state)
            self.setFont(font_name(italic=True), self._label_size)
            self.drawCentredString(width / 2, self._label_y, page_label(number, total))
            Canvas.showPage(self)
        self._finished_pages.clear()
        Canvas.save(self)
