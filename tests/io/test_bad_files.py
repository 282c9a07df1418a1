"""Files that are not readable spreadsheets: each gives UnreadableFile in Vietnamese.

Also a fuzz test: damaged bytes of a valid workbook never raise anything else.
"""

from __future__ import annotations

import io
import random
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.io.errors import UnreadableFile
from desktop.io.readers import read_workbook
from desktop.io.table import choose_sheet, find_table
from tests.io.conftest import (
    commune_layout,
    make_docx,
    make_ole,
    write_ods,
    write_xls,
    write_xlsx,
)


def _error(path: Path) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_workbook(path)
    message = caught.value.message
    assert f"“{path.name}”" in message
    assert caught.value.field == "file"
    return message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "rong.xlsx"
    path.write_bytes(b"")
    assert _error(path) == "Tệp “rong.xlsx” rỗng, không có dữ liệu nào. Hãy kiểm tra lại tệp gốc."


def test_file_with_only_a_bom_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "rong.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n")
    assert "rỗng" in _error(path)


def test_truncated_xlsx(tmp_path: Path) -> None:
    layout = commune_layout()
    full = write_xlsx(tmp_path / "day_du.xlsx", layout.rows, layout.merges).read_bytes()
    path = tmp_path / "tai_chua_het.xlsx"
    path.write_bytes(full[: len(full) // 2])
    assert _error(path) == (
        "Tệp “tai_chua_het.xlsx” bị hỏng hoặc tải về chưa hết. "
        "Hãy tải lại hoặc xin gửi lại tệp."
    )


def test_truncated_xls(tmp_path: Path) -> None:
    layout = commune_layout()
    full = write_xls(tmp_path / "day_du.xls", layout.rows, layout.merges).read_bytes()
    path = tmp_path / "cu.xls"
    path.write_bytes(full[: len(full) // 3])
    assert "bị hỏng hoặc tải về chưa hết" in _error(path)


def test_docx_renamed_xlsx(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "ds.xlsx")
    assert _error(path) == (
        "Tệp “ds.xlsx” là văn bản Word, không phải bảng tính. "
        "Hãy mở bằng Word, chép bảng sang Excel và lưu lại dạng .xlsx."
    )


def test_word_97_document_renamed_xls(tmp_path: Path) -> None:
    path = tmp_path / "ds.xls"
    path.write_bytes(make_ole(["WordDocument", "1Table", "\x05SummaryInformation"]))
    assert _error(path).startswith("Tệp “ds.xls” là văn bản Word, không phải bảng tính.")


def test_password_protected_workbook(tmp_path: Path) -> None:
    path = tmp_path / "mat_khau.xlsx"
    path.write_bytes(make_ole(["EncryptionInfo", "EncryptedPackage"]))
    assert "được đặt mật khẩu" in _error(path)


def test_ole_file_claiming_a_workbook_but_without_one(tmp_path: Path) -> None:
    path = tmp_path / "gia.xls"
    path.write_bytes(make_ole(["Workbook"]))
    assert _error(path) == "Tệp “gia.xls” không có trang tính nào chứa dữ liệu."


def test_pdf_png_and_zip_archive(tmp_path: Path) -> None:
    pdf = tmp_path / "ds.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n")
    assert _error(pdf).startswith("Tệp “ds.xlsx” là tệp PDF, không phải bảng tính.")
    png = tmp_path / "anh.xls"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert "là ảnh" in _error(png)
    archive = tmp_path / "nhieu_tep.xlsx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("xa_ea_kiet.xlsx", b"PK")
    assert "là tệp nén" in _error(archive)


def test_html_page_without_a_table(tmp_path: Path) -> None:
    path = tmp_path / "loi.xls"
    path.write_text("<html><body><h1>Phiên đăng nhập đã hết hạn</h1></body></html>")
    assert "là trang web (HTML) không chứa bảng nào" in _error(path)


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "rac.xlsx"
    path.write_bytes(random.Random(7).randbytes(5000))
    assert _error(path).startswith("Không nhận ra định dạng của tệp “rac.xlsx”.")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "Không tìm thấy tệp “khong_co.xlsx”" in _error(tmp_path / "khong_co.xlsx")
    folder = tmp_path / "thu_muc.xlsx"
    folder.mkdir()
    assert "là một thư mục" in _error(folder)


def _stored(data: bytes) -> bytes:
    """The same zip without compression, so damage hits the XML itself."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item.filename), zipfile.ZIP_STORED)
    return out.getvalue()


@pytest.fixture(scope="module", params=["xlsx", "xlsx-stored", "xls", "ods"])
def valid_workbook(request: pytest.FixtureRequest) -> bytes:
    writers = {"xlsx": write_xlsx, "xls": write_xls, "ods": write_ods}
    kind = request.param.split("-")[0]
    with tempfile.TemporaryDirectory() as folder:
        layout = commune_layout()
        path = Path(folder) / f"ds.{kind}"
        data = writers[kind](path, layout.rows, layout.merges).read_bytes()
    return _stored(data) if request.param.endswith("stored") else data


def _read_everything(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hong.xlsx"
        path.write_bytes(data)
        try:
            book = read_workbook(path)
            choose_sheet(book)
            for name in book.sheet_names:
                find_table(book.sheet(name))
        except UnreadableFile as exc:
            assert "“hong.xlsx”" in exc.message or "trang tính" in exc.message.lower()


# derandomize: a random run once found .xls bytes on which python-calamine aborts the whole process
# (kept as tests/data/damaged_huge_record.xls; .xls and .ods are now parsed in a child process).
# .xlsx is still parsed in-process, so CI runs fixed examples rather than gamble a whole run.
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(
    edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=12),
    cut=st.one_of(st.none(), st.integers(min_value=0)),
)
def test_damaged_workbook_never_raises_anything_but_unreadable(
    valid_workbook: bytes, edits: list[tuple[int, int]], cut: int | None
) -> None:
    data = bytearray(valid_workbook)
    for position, value in edits:
        data[position % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    _read_everything(bytes(data))


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise_anything_but_unreadable(data: bytes) -> None:
    _read_everything(data)


def test_an_xls_record_claiming_gigabytes_is_a_clear_message_not_a_dead_process(tmp_path: Path) -> None:
    """A fuzz run found .xls bytes on which calamine aborts the process (a 45 GB allocation);
    .xls and .ods are therefore parsed in a child process."""
    damaged = tmp_path / "ds.xls"
    damaged.write_bytes((Path(__file__).parent.parent / "data" / "damaged_huge_record.xls").read_bytes())
    message = _error(damaged)
    assert "“ds.xls”" in message and "bị hỏng" in message
