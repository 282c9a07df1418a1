"""The one entry point for reading a list: ``read_workbook(path)``.

The file's bytes decide the parser, never its extension, and every failure
comes out as ``UnreadableFile`` with a Vietnamese message naming the file.
"""

from __future__ import annotations

from pathlib import Path

from desktop.io.calamine_source import library_errors, read_calamine
from desktop.io.filedata import read_bytes
from desktop.io.html_reader import read_html
from desktop.io.limits import check_text_size
from desktop.io.sniff import CALAMINE_KINDS, FileKind, require_readable, sniff_bytes
from desktop.io.text_reader import read_text
from desktop.io.workbook import Workbook
from desktop.io.xml2003_reader import read_xml2003


def read_workbook(path: Path | str) -> Workbook:
    """Open any supported spreadsheet; sheets are converted when first asked for."""
    path = Path(path)
    data = read_bytes(path)
    kind = sniff_bytes(data)
    require_readable(kind, path)
    if kind not in CALAMINE_KINDS:
        check_text_size(len(data), path)
    with library_errors(path):
        if kind in CALAMINE_KINDS:
            return read_calamine(data, path, kind)
        if kind is FileKind.HTML:
            return read_html(data, path)
        if kind is FileKind.XML2003:
            return read_xml2003(data, path)
        return read_text(data, path)
