"""Which participant field each column holds, judged from its header label.

Labels come in every style: "Họ và tên", "HO TEN", "HoTen", "HOTEN",
"Số CCCD/CNTND ĐDCN/hộ chiếu", or "Thời hạn thẻ / Từ ngày" for a two-row
header. A label is folded (no accents, lower case), machine names are split
at case changes, and patterns are matched against runs of whole words, so
"thon" matches "Thôn, buôn" but not "Thông tin".
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.text import fold

PARENT_CHILD_SEPARATOR = " / "


class Field(StrEnum):
    """Canonical fields an imported column may hold."""

    STT = "stt"
    FULL_NAME = "full_name"
    BIRTH = "birth"
    BIRTH_MALE = "birth_male"
    BIRTH_FEMALE = "birth_female"
    SEX = "sex"
    FEMALE_MARK = "female_mark"
    CCCD = "cccd"
    SI_CODE = "si_code"
    PHONE = "phone"
    ETHNIC = "ethnic"
    CLAN = "clan"
    VILLAGE = "village"
    ADDRESS = "address"
    COMMUNE = "commune"
    HOUSEHOLD_CODE = "household_code"
    RELATIONSHIP = "relationship"
    AGENT_CODE = "agent_code"
    VALID_FROM = "valid_from"
    VALID_TO = "valid_to"
    MONTHS = "months"
    AMOUNT = "amount"
    RECEIPT_NO = "receipt_no"
    RECEIPT_DATE = "receipt_date"
    SCHEME = "scheme"
    CATEGORY = "category"
    NOTE = "note"


FIELD_LABELS: dict[Field, str] = {
    Field.STT: "STT",
    Field.FULL_NAME: "Họ và tên",
    Field.BIRTH: "Ngày sinh",
    Field.BIRTH_MALE: "Ngày sinh (cột Nam)",
    Field.BIRTH_FEMALE: "Ngày sinh (cột Nữ)",
    Field.SEX: "Giới tính",
    Field.FEMALE_MARK: "Nữ (đánh dấu X)",
    Field.CCCD: "Số CCCD/định danh",
    Field.SI_CODE: "Mã số BHXH",
    Field.PHONE: "Số điện thoại",
    Field.ETHNIC: "Dân tộc",
    Field.CLAN: "Dòng họ",
    Field.VILLAGE: "Thôn, buôn",
    Field.ADDRESS: "Địa chỉ",
    Field.COMMUNE: "Xã, phường",
    Field.HOUSEHOLD_CODE: "Mã hộ",
    Field.RELATIONSHIP: "Quan hệ với chủ hộ",
    Field.AGENT_CODE: "Mã nhân viên thu",
    Field.VALID_FROM: "Từ ngày/tháng",
    Field.VALID_TO: "Đến ngày",
    Field.MONTHS: "Số tháng",
    Field.AMOUNT: "Số tiền",
    Field.RECEIPT_NO: "Số biên lai",
    Field.RECEIPT_DATE: "Ngày biên lai",
    Field.SCHEME: "Loại hình tham gia",
    Field.CATEGORY: "Đối tượng",
    Field.NOTE: "Ghi chú",
}

IDENTITY_FIELDS = frozenset(
    {Field.CCCD, Field.SI_CODE, Field.BIRTH, Field.BIRTH_MALE, Field.BIRTH_FEMALE}
)


@dataclass(frozen=True)
class _Rule:
    field: Field
    exact: frozenset[str]
    runs: frozenset[str]
    vetoes: frozenset[str] = frozenset()


def _rule(field: Field, exact: str = "", runs: str = "", vetoes: str = "") -> _Rule:
    return _Rule(field, frozenset(exact.split()), frozenset(runs.split()), frozenset(vetoes.split()))


# Order matters: the first rule that matches wins ("Ngày biên lai" is a date, not a number).
_RULES: tuple[_Rule, ...] = (
    _rule(Field.STT, "stt tt sott sothutu thutu no"),
    _rule(
        Field.RECEIPT_DATE,
        "ngaybl",
        "ngaybienlai ngaylapbienlai ngayblai ngaybl ngaythu ngaythutien ngaynop ngaynoptien "
        "ngaydong ngaydongtien ngaychungtu",
    ),
    _rule(
        Field.RECEIPT_NO,
        "bl",
        "sobienlai bienlai soblai sobl sophieuthu phieuthu sochungtu",
    ),
    _rule(
        Field.AGENT_CODE,
        "manv",
        "nhanvienthu nvthu manv manvthu manhanvien nhanvien daily madaily dailythu canbothu "
        "nguoithu mathu congtacvien ctv tochucdichvuthu",
    ),
    _rule(
        Field.RELATIONSHIP,
        "qh quanhe",
        "quanhe moiquanhe qhchuho quanhechuho maquanhe qhvoichuho voichuho",
    ),
    _rule(
        Field.HOUSEHOLD_CODE,
        "maho",
        "maho mahogiadinh sohokhau hokhau mahgd sohgd masoho soho masohogiadinh",
        "chuho quanhe ngheo",
    ),
    _rule(
        Field.SI_CODE,
        "bhxh maso masobhxh sobhxh mabhxh msbhxh sosobhxh",
        "masobhxh sobhxh mabhxh msbhxh sosobhxh masobaohiemxahoi sobaohiemxahoi "
        "sosobaohiemxahoi mabaohiemxahoi",
        "tien ngay",
    ),
    _rule(
        Field.CCCD,
        "cccd cmnd cmt socccd socmnd socmt madinhdanh sodinhdanh cancuoc",
        "cccd cmnd cmt cmtnd cntnd cancuoc cancuoccongdan dinhdanh ddcn hochieu socmt",
        "ngaycap noicap cap",
    ),
    _rule(
        Field.BIRTH,
        "ns ngaysinh namsinh sinh",
        "ngaysinh namsinh thangnamsinh sinhngay ngsinh ngaythangnamsinh",
    ),
    _rule(Field.FEMALE_MARK, "nu"),
    _rule(Field.SEX, "gt phai gioi gioitinh namnu sex", "gioitinh namnu"),
    _rule(
        Field.PHONE,
        "dt sdt phone mobile dienthoai",
        "dienthoai sdt sodt didong dtdd sodienthoai",
    ),
    _rule(Field.ETHNIC, "dantoc madantoc madtoc", "dantoc"),
    _rule(Field.CLAN, "dongho toc", "dongho tendongho tentoc dongtoc hotoc", "truong"),
    _rule(
        Field.VILLAGE,
        "thon buon",
        "thon buon thonbuon todanpho tdp thonto xom ap khoi thonxom",
        "xa phuong",
    ),
    _rule(
        Field.ADDRESS,
        "dc diachi",
        "diachi noio noicutru cutru thuongtru tamtru noithuongtru diachithuongtru quequan",
        "kcb",
    ),
    _rule(
        Field.COMMUNE,
        "xa phuong",
        "xa phuong xaphuong maxa tenxa thitran xaphuongthitran donvihanhchinh",
        "xahoi baohiem phuongthuc",
    ),
    _rule(
        Field.VALID_FROM,
        "tu tungay tuthang",
        "tungay tuthang hieuluctu ngaybatdau batdau giatritu thoigianbatdau ngayhieuluc "
        "hansudungtu",
    ),
    _rule(
        Field.VALID_TO,
        "den denngay",
        "denngay denthang hieulucden ngayketthuc ketthuc giatriden hethan ngayhethan hanthe "
        "hansudung hansudungden",
    ),
    _rule(
        Field.MONTHS,
        "sothang",
        "sothang sothangdong phuongthucdong phuongthuc kydong sokydong",
    ),
    _rule(
        Field.AMOUNT,
        "tien sotien",
        "sotien thanhtien mucdong sotiendong tongtien sotiennop sotienphainop sotienphaidong "
        "tiendong tiennop sotienthu",
        "luong trocap hotro nsnn nsdp",
    ),
    _rule(
        Field.SCHEME,
        "loai",
        "loaihinh loaibaohiem loaibh chedo loaithamgia hinhthucthamgia chuongtrinh",
    ),
    _rule(Field.CATEGORY, "", "doituong madoituong nhomdoituong loaidoituong"),
    _rule(Field.NOTE, "gc note ghichu", "ghichu"),
    _rule(
        Field.FULL_NAME,
        "ten hoten hovaten name fullname",
        "hovaten hoten hotennguoithamgia hovatennguoithamgia tenthanhvien hotenthanhvien",
        "chuho cha me nhanvien nguoilap daily canbo giamho",
    ),
)

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def words(label: str) -> tuple[str, ...]:
    """Folded words of a label, with machine names split: "MaNVThu" -> ("ma", "nv", "thu")."""
    return tuple(w for w in _NON_WORD.split(fold(_CAMEL.sub(" ", label))) if w)


def _runs(tokens: tuple[str, ...]) -> set[str]:
    return {
        "".join(tokens[i:j]) for i in range(len(tokens)) for j in range(i + 1, len(tokens) + 1)
    }


def _match(label: str) -> tuple[Field | None, int]:
    """Best field for a single label and how sure: 2 for an exact alias, 1 for a phrase."""
    tokens = words(label)
    if not tokens:
        return None, 0
    whole = "".join(tokens)
    runs = _runs(tokens)
    for rule in _RULES:
        if rule.vetoes & runs:
            continue
        if whole in rule.exact:
            return rule.field, 2
        if rule.runs & runs:
            return rule.field, 1
    return None, 0


def guess_field(label: str) -> tuple[Field | None, int]:
    """Field for a label, understanding "parent / child" labels of two-row headers."""
    if PARENT_CHILD_SEPARATOR not in label:
        return _match(label)
    parent, child = (part.strip() for part in label.split(PARENT_CHILD_SEPARATOR, 1))
    parent_field, parent_score = _match(parent)
    child_words = words(child)
    if parent_field is Field.BIRTH and child_words in (("nam",), ("nu",)):
        return (Field.BIRTH_MALE if child_words == ("nam",) else Field.BIRTH_FEMALE), 2
    if parent_field is Field.SEX and child_words == ("nam",):
        return None, 0  # "Giới tính / Nam" marks men; the "Nữ" column alone decides
    if parent_field is Field.SEX and child_words == ("nu",):
        return Field.FEMALE_MARK, 2
    child_field, child_score = _match(child)
    if child_field is not None:
        return child_field, child_score
    return parent_field, min(parent_score, 1)


def guess_mapping(labels: Sequence[str]) -> dict[int, Field]:
    """Column index -> field; each field goes to its surest column, leftmost on ties."""
    best: dict[Field, tuple[int, int]] = {}
    for index, label in enumerate(labels):
        field, score = guess_field(label or "")
        if field is None:
            continue
        if field not in best or score > best[field][1]:
            best[field] = (index, score)
    return {index: field for field, (index, _) in sorted(best.items(), key=lambda kv: kv[1][0])}


def header_signature(labels: Sequence[str]) -> str:
    """Stable hash of the folded labels, to remember a confirmed mapping per layout."""
    folded = [" ".join(words(label or "")) for label in labels]
    while folded and not folded[-1]:
        folded.pop()
    return hashlib.sha256("\x1f".join(folded).encode("utf-8")).hexdigest()[:32]
