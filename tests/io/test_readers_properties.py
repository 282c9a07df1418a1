"""The reading layer on any input: CSV text, encodings, legacy fonts, cell grids, header labels, HTML.

Each function returns a value for any input, or raises UnreadableFile (the
file-level ValidationError) with the file's name; nothing else escapes.
Damaged and random workbook bytes are covered by test_bad_files.py.
"""

from __future__ import annotations

import csv
import io
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.io.columns import Field, guess_field, guess_mapping, header_signature
from desktop.io.errors import UnreadableFile
from desktop.io.html_reader import parse_tables
from desktop.io.legacy_encoding import decode_legacy, detect_legacy_encoding, encode_legacy
from desktop.io.readers import read_workbook
from desktop.io.sniff import FileKind, sniff_bytes
from desktop.io.table import choose_sheet, find_table
from desktop.io.text_decode import decode, detect_encoding
from desktop.io.text_reader import DELIMITERS, parse_rows, read_text, sniff_delimiter
from desktop.io.workbook import Sheet
from tests.io.test_legacy_encoding import NAMES

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
cell_texts = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + "0123456789 /.,-'", max_size=20)
read_cells = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30), cell_texts,
                       st.dates(), st.datetimes())
grids = st.lists(st.lists(read_cells, max_size=12), max_size=25)
slow = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@given(st.binary(max_size=4000))
def test_sniffing_any_bytes_names_a_kind(data: bytes) -> None:
    assert isinstance(sniff_bytes(data), FileKind)


@given(st.binary(max_size=4000))
def test_decoding_any_bytes_gives_text(data: bytes) -> None:
    text, encoding = decode(data)
    assert isinstance(text, str) and "\ufeff" not in text[:1]
    assert detect_encoding(data) == encoding


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=2000))
def test_utf8_text_decodes_to_itself(text: str) -> None:
    """Printable UTF-8 (NUL bytes would read as UTF-16 without a BOM, on purpose)."""
    clean = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    assert decode(clean.encode("utf-8"))[0] == clean


@given(st.text(max_size=3000))
def test_delimiter_sniffing_and_row_splitting_accept_any_text(text: str) -> None:
    delimiter = sniff_delimiter(text)
    assert delimiter in DELIMITERS
    rows = parse_rows(text, delimiter)
    assert all(cell is None or (isinstance(cell, str) and cell.strip()) for row in rows for cell in row)


@given(st.lists(st.lists(cell_texts, min_size=3, max_size=3), min_size=2, max_size=20),
       st.sampled_from(DELIMITERS))
def test_csv_cells_read_back_as_written(rows: list[list[str]], delimiter: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    parsed = parse_rows(buffer.getvalue(), delimiter)
    assert parsed == [[cell if cell.strip() else None for cell in row] for row in rows]


@slow
@given(st.binary(max_size=3000))
def test_any_bytes_as_csv_are_a_sheet_or_a_named_message(data: bytes) -> None:
    try:
        book = read_text(data, Path("ds.csv"))
    except UnreadableFile as error:
        assert "“ds.csv”" in error.message
        return
    assert len(book.sheet_names) == 1


@slow
@given(st.text(max_size=3000))
def test_any_text_file_goes_through_the_whole_reader(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ds.csv"
        path.write_bytes(text.encode("utf-8", "replace"))
        try:
            book = read_workbook(path)
            find_table(book.sheet(choose_sheet(book)))
        except UnreadableFile as error:
            assert "“ds.csv”" in error.message or "trang tính" in error.message.lower()


@slow
@given(grids)
def test_any_grid_of_cells_gives_a_table_or_a_message(rows: list[list[object]]) -> None:
    sheet = Sheet("Danh sách", rows, (), "ds.xlsx")  # type: ignore[arg-type]
    try:
        table = find_table(sheet)
    except UnreadableFile as error:
        assert error.message
        return
    assert all(len(row.values) == len(table.labels) for row in table.rows)
    assert all(index < len(table.labels) for index in table.mapping)


@given(st.text(max_size=60))
def test_any_header_label_is_guessed_or_left_alone(label: str) -> None:
    found, score = guess_field(label)
    assert found is None or isinstance(found, Field)
    assert isinstance(score, int)


@given(st.lists(st.text(max_size=30), max_size=30))
def test_any_header_row_gets_a_mapping_without_duplicates(labels: list[str]) -> None:
    mapping = guess_mapping(labels)
    assert len(set(mapping.values())) == len(mapping)
    assert all(0 <= index < len(labels) for index in mapping)
    assert header_signature(labels) == header_signature(list(labels))


@given(st.text(max_size=200))
def test_legacy_font_conversion_never_fails(text: str) -> None:
    for encoding in ("tcvn3", "vni"):
        assert isinstance(decode_legacy(text, encoding), str)  # type: ignore[arg-type]
        assert isinstance(encode_legacy(text, encoding), str)  # type: ignore[arg-type]


@given(st.lists(st.sampled_from(NAMES), min_size=1, max_size=8))
def test_names_round_trip_through_tcvn3(parts: list[str]) -> None:
    """TCVN3 has only the 7 un-toned capitals (toned ones need the upper-case font): letters survive, case may not."""
    text = " ".join(parts)
    assert decode_legacy(encode_legacy(text, "tcvn3"), "tcvn3").lower() == text.lower()
    assert decode_legacy(encode_legacy(text.lower(), "tcvn3"), "tcvn3") == text.lower()


@given(st.lists(read_cells, max_size=40))
def test_legacy_detection_accepts_any_column(values: list[object]) -> None:
    assert detect_legacy_encoding(values) in (None, "tcvn3", "vni")


@slow
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' tablerdhcolspan123xyĐê\n&;")), max_size=400))
def test_any_markup_gives_tables_or_none(markup: str) -> None:
    for sheet in parse_tables(markup, "ds.xls"):
        assert sheet.rows and sheet.name.startswith("Bảng ")
