"""Header labels in every style people and programs write them."""

from __future__ import annotations

import pytest

from desktop.io.columns import Field, guess_field, guess_mapping, header_signature, words

CASES: list[tuple[str, Field | None]] = [
    ("Họ và tên", Field.FULL_NAME), ("Ho ten", Field.FULL_NAME), ("HoTen", Field.FULL_NAME),
    ("HOTEN", Field.FULL_NAME), ("Họ tên", Field.FULL_NAME), ("HỌ VÀ TÊN", Field.FULL_NAME),
    ("Họ tên người tham gia", Field.FULL_NAME), ("Họ tên chủ hộ", None),
    ("Ngày sinh", Field.BIRTH), ("NGAYSINH", Field.BIRTH), ("NamSinh", Field.BIRTH),
    ("Ngày tháng năm sinh", Field.BIRTH), ("Năm sinh", Field.BIRTH), ("ngay_sinh", Field.BIRTH),
    ("Số CCCD", Field.CCCD), ("CCCD", Field.CCCD), ("CMND", Field.CCCD), ("SoCCCD", Field.CCCD),
    ("Số định danh", Field.CCCD), ("Số CCCD/CNTND ĐDCN/hộ chiếu", Field.CCCD),
    ("Số CCCD/\nCNTND\nĐDCN/hộ chiếu", Field.CCCD), ("Số CMND/CCCD", Field.CCCD),
    ("Ngày cấp CCCD", None), ("Nơi cấp", None),
    ("Mã số BHXH", Field.SI_CODE), ("MasoBHXH", Field.SI_CODE), ("SOBHXH", Field.SI_CODE),
    ("Mã BHXH", Field.SI_CODE), ("Số sổ BHXH", Field.SI_CODE), ("MA_SO_BHXH", Field.SI_CODE),
    ("Giới tính", Field.SEX), ("GioiTinh", Field.SEX), ("Nam/Nữ", Field.SEX),
    ("Nữ", Field.FEMALE_MARK),
    ("Dân tộc", Field.ETHNIC), ("DanToc", Field.ETHNIC), ("MaDanToc", Field.ETHNIC),
    ("Dòng họ", Field.CLAN), ("Tộc", Field.CLAN), ("DongHo", Field.CLAN), ("DONG_HO", Field.CLAN),
    ("Tên dòng họ", Field.CLAN), ("Trưởng tộc", None),
    ("Thôn", Field.VILLAGE), ("Buôn", Field.VILLAGE), ("Thôn, buôn", Field.VILLAGE),
    ("Thôn/Buôn/TDP", Field.VILLAGE), ("Tên thôn", Field.VILLAGE), ("Thông tin", None),
    ("Địa chỉ", Field.ADDRESS), ("DiaChi", Field.ADDRESS), ("Địa chỉ thường trú", Field.ADDRESS),
    ("Nơi đăng ký KCB ban đầu", None),
    ("Xã", Field.COMMUNE), ("Xã/phường", Field.COMMUNE), ("Bảo hiểm xã hội", None),
    ("Mã NV thu", Field.AGENT_CODE), ("MaNhanvienThu", Field.AGENT_CODE),
    ("Mã số nhân viên thu", Field.AGENT_CODE), ("Mã đại lý thu", Field.AGENT_CODE),
    ("Từ ngày", Field.VALID_FROM), ("Đến ngày", Field.VALID_TO), ("Từ tháng", Field.VALID_FROM),
    ("Số tháng", Field.MONTHS), ("Phương thức đóng", Field.MONTHS),
    ("Số tiền", Field.AMOUNT), ("Số tiền phải đóng", Field.AMOUNT),
    ("Tiền lương hưu, trợ cấp TN, TS", None), ("NSNN hỗ trợ số tiền", None),
    ("Số biên lai", Field.RECEIPT_NO), ("Ngày biên lai", Field.RECEIPT_DATE),
    ("Mã hộ", Field.HOUSEHOLD_CODE), ("Số sổ hộ khẩu", Field.HOUSEHOLD_CODE),
    ("MaHoGiaDinh", Field.HOUSEHOLD_CODE),
    ("Quan hệ với chủ hộ", Field.RELATIONSHIP), ("QuanHeChuHo", Field.RELATIONSHIP),
    ("Số điện thoại", Field.PHONE), ("SĐT", Field.PHONE), ("DienThoai", Field.PHONE),
    ("Đối tượng", Field.CATEGORY), ("Mã đối tượng", Field.CATEGORY),
    ("Loại hình tham gia", Field.SCHEME), ("Ghi chú", Field.NOTE), ("GhiChu", Field.NOTE),
    ("STT", Field.STT), ("TT", Field.STT), ("Số thứ tự", Field.STT),
    ("Thời hạn thẻ / Từ ngày", Field.VALID_FROM), ("Thời hạn thẻ / Đến ngày", Field.VALID_TO),
    ("Thời gian tham gia / Số tháng", Field.MONTHS), ("Hỗ trợ thêm / NSĐP", None),
    ("Ngày sinh / Nam", Field.BIRTH_MALE), ("Năm sinh / Nữ", Field.BIRTH_FEMALE),
    ("Giới tính / Nữ", Field.FEMALE_MARK), ("Giới tính / Nam", None),
    ("Địa chỉ / Xã", Field.COMMUNE), ("Địa chỉ / Số nhà", Field.ADDRESS),
    ("", None), ("Cột 7", None),
]


@pytest.mark.parametrize(("label", "field"), CASES)
def test_guess_field(label: str, field: Field | None) -> None:
    assert guess_field(label)[0] == field


def test_machine_names_are_split_into_words() -> None:
    assert words("MaNVThu") == ("ma", "nv", "thu")
    assert words("SoCCCD") == ("so", "cccd")
    assert words("Số CCCD/\nCNTND") == ("so", "cccd", "cntnd")
    assert words("ĐẮK LẮK") == ("dak", "lak")


def test_each_field_goes_to_one_column_the_surest_one() -> None:
    mapping = guess_mapping(["Họ và tên người tham gia", "Họ tên", "Địa chỉ", "Địa chỉ", "Ghi chú"])
    assert mapping == {1: Field.FULL_NAME, 2: Field.ADDRESS, 4: Field.NOTE}


def test_header_signature_ignores_accents_case_spacing_and_trailing_blanks() -> None:
    a = header_signature(["Họ và tên", "Ngày sinh", "Số CCCD"])
    assert a == header_signature(["HỌ VÀ TÊN", "ngay  sinh", "Số  CCCD", "", ""])
    assert a != header_signature(["Ngày sinh", "Họ và tên", "Số CCCD"])
    assert a != header_signature(["Họ và tên", "Ngày sinh", "", "Số CCCD"])
    assert len(a) == 32 and int(a, 16) >= 0
