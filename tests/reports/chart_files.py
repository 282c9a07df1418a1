"""Read the charts of a written report back: Excel chart parts resolved to their cells, PDF drawing operators."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

_NUMBER = re.compile(r"chart(\d+)\.xml$")
_SERIES = re.compile(r"<c:ser>(.*?)</c:ser>", re.S)
_TX = re.compile(r"<c:tx><c:strRef><c:f>(.*?)</c:f>", re.S)
_VAL = re.compile(r"<c:val><c:numRef><c:f>(.*?)</c:f>", re.S)
_CAT = re.compile(r"<c:cat><c:(?:str|num)Ref><c:f>(.*?)</c:f>", re.S)
_TITLE = re.compile(r"<c:title>.*?</c:title>", re.S)
_TEXT = re.compile(r"<a:t>(.*?)</a:t>", re.S)
_PLOTS = re.compile(r"<c:(barChart|lineChart)>.*?<c:barDir val=\"(\w+)\"|<c:(lineChart)>", re.S)


@dataclass
class ChartSeriesRead:
    name: str
    categories: list[str]
    values: list[float | None]
    line_hidden: bool


@dataclass
class ChartRead:
    """One Excel chart: title, plot kinds ("col", "bar", "line") and its series with the cells' values."""

    title: str
    kinds: list[str]
    series: list[ChartSeriesRead] = field(default_factory=list)

    def named(self, name: str) -> ChartSeriesRead:
        return next(series for series in self.series if series.name == name)


def xlsx_charts(path: Path) -> list[ChartRead]:
    """Every chart of the workbook in insertion order, each series resolved through its cell references."""
    workbook = load_workbook(path)

    def cells(reference: str) -> list[object]:
        sheet_name, _, area = reference.rpartition("!")
        sheet = workbook[sheet_name.strip("'").replace("''", "'")]
        found = sheet[area.replace("$", "")]
        if not isinstance(found, tuple):
            return [found.value]
        return [cell.value for row in found for cell in (row if isinstance(row, tuple) else (row,))]

    charts: list[ChartRead] = []
    with zipfile.ZipFile(path) as archive:
        names = sorted((n for n in archive.namelist() if _NUMBER.search(n)),
                       key=lambda n: int(_NUMBER.search(n).group(1)))  # type: ignore[union-attr]
        for name in names:
            xml = archive.read(name).decode("utf-8")
            title_match = _TITLE.search(xml)
            title = "".join(_TEXT.findall(title_match.group(0))) if title_match else ""
            kinds = []
            if "<c:barChart>" in xml:
                kinds.append("bar" if '<c:barDir val="bar"/>' in xml else "col")
            if "<c:lineChart>" in xml:
                kinds.append("line")
            chart = ChartRead(_unescape(title), kinds)
            for body in _SERIES.findall(xml):
                name_ref, value_ref, category_ref = _TX.search(body), _VAL.search(body), _CAT.search(body)
                assert name_ref and value_ref and category_ref, body
                chart.series.append(ChartSeriesRead(
                    str(cells(_unescape(name_ref.group(1)))[0]),
                    [str(v) for v in cells(_unescape(category_ref.group(1)))],
                    [None if v is None else float(v) for v in cells(_unescape(value_ref.group(1)))],  # type: ignore[arg-type]
                    "<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>" in body,
                ))
            charts.append(chart)
    return charts


def _unescape(text: str) -> str:
    return text.replace("&apos;", "'").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def page_texts(path: Path) -> list[str]:
    """The extracted text of each PDF page."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def filled_rectangles(path: Path) -> list[int]:
    """Per page, how many rectangles are filled (chart bars and legend swatches; the table draws lines only)."""
    counts = []
    for page in PdfReader(path).pages:
        content = page.get_contents()
        data = content.get_data().decode("latin-1") if content is not None else ""
        counts.append(len(re.findall(r" re\s+f\b", data)) + len(re.findall(r" re\s+B\b", data)))
    return counts
