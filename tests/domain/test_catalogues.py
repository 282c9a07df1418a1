from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import resources
from desktop.domain.catalogues import (
    CommuneCatalogue,
    CommuneKind,
    EthnicCatalogue,
    RelationshipCatalogue,
    folded_key,
    split_other_names,
)
from desktop.domain.errors import ValidationError
from tests.domain.strategies import cell_values

ETHNIC = EthnicCatalogue.load()
RELATIONSHIPS = RelationshipCatalogue.load()
COMMUNES = CommuneCatalogue.load()


# --- ethnic groups ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Ê Đê", "12"),
        ("Ê-đê", "12"),
        ("Ê đê", "12"),
        ("Ede", "12"),
        ("ede", "12"),
        ("ÊĐÊ", "12"),
        ("Rhađê", "12"),
        ("Mnông", "20"),
        ("M'nông", "20"),
        ("M’Nông", "20"),
        ("Mơ Nông", "20"),
        ("Kinh", "01"),
        ("Việt", "01"),
        ("dân tộc Kinh", "01"),
        ("Gia Rai", "10"),
        ("Gia-rai", "10"),
        ("Jrai", "10"),
        ("Ba Na", "13"),
        ("H'Mông", "08"),
        ("Khmer", "05"),
        ("Người nước ngoài", "99"),
        ("Tày khao", "03"),  # an alternative name inside the CSV cell
        ("Thái trắng", "03"),  # a bracketed variant
        ("12", "12"),
        (12, "12"),
        (12.0, "12"),
        ("012", "12"),
        ("1", "01"),
        ("12.0", "12"),
    ],
)
def test_ethnic_lookup(value: object, code: str) -> None:
    assert ETHNIC.lookup(value) == code


@pytest.mark.parametrize(
    ("name", "code"), [("Thổ", "24"), ("Hoa", "04"), ("Tày", "02"), ("Khơ-me", "05")]
)
def test_official_names_win_over_shared_aliases(name: str, code: str) -> None:
    assert ETHNIC.lookup(name) == code


@pytest.mark.parametrize(
    ("name", "names"),
    [
        ("Xá Lá Vàng", "Thổ, Chứt, Mảng"),
        ("Ca-tang", "Cơ-tu, Gié-Triêng"),
        ("Chil", "Cơ-ho, Mnông"),
        ("Trại", "Dao, Sán Dìu"),
    ],
)
def test_shared_aliases_are_refused_not_guessed(name: str, names: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ETHNIC.lookup(name)
    assert caught.value.message == (
        f"Tên “{name}” dùng chung cho nhiều dân tộc ({names}); hãy chọn theo mã."
    )
    assert caught.value.field == "ethnicity"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("Ê Đê Lắk", "Không nhận ra dân tộc “Ê Đê Lắk”."),
        ("56", "Không có mã dân tộc “56”."),
        (100, "Không có mã dân tộc “100”."),
        (12.5, "Mã dân tộc “12.5” không hợp lệ."),
        ("", "Chưa nhập dân tộc."),
    ],
)
def test_unknown_ethnic_values(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ETHNIC.lookup(value)
    assert caught.value.message == message


def test_every_official_name_and_code_finds_itself() -> None:
    rows = resources.reference_rows("ethnic_groups")
    assert len(ETHNIC.entries) == len(rows) == 56
    for row in rows:
        assert ETHNIC.lookup(row["name"]) == row["code"]
        assert ETHNIC.lookup(int(row["code"])) == row["code"]
        assert ETHNIC.name(row["code"]) == row["name"]


def test_official_names_stay_distinct_when_folded() -> None:
    keys = [folded_key(entry.name) for entry in ETHNIC.entries]
    assert len(set(keys)) == len(keys)


def test_split_other_names() -> None:
    assert split_other_names("Tày khao (Thái trắng), Pi Thay, ...") == (
        "Tày khao",
        "Thái trắng",
        "Pi Thay",
    )
    assert split_other_names("Màn Thanh (Hang Ông (Tày Mường)") == (
        "Màn Thanh",
        "Hang Ông",
        "Tày Mường",
    )
    assert split_other_names("Đại Bản,Tiểu Bản") == ("Đại Bản", "Tiểu Bản")
    assert split_other_names("") == ()


# --- relationships ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Chủ hộ", "00"),
        ("chu ho", "00"),
        ("CHỦ HỘ", "00"),
        ("Bản thân", "00"),
        (0, "00"),
        ("0", "00"),
        ("8", "08"),
        ("Con", "08"),
        ("Con trai", "08"),
        ("Con gái", "08"),
        ("Con dâu", "19"),
        ("Bố", "03"),
        ("Cha", "03"),
        ("Bà", "11"),
        ("Bà ngoại", "11"),
        ("Khác", "22"),
    ],
)
def test_relationship_lookup(value: object, code: str) -> None:
    assert RELATIONSHIPS.lookup(value) == code


def test_ba_without_accents_is_ambiguous() -> None:
    with pytest.raises(ValidationError, match=r"nhiều quan hệ với chủ hộ \(Bố, Bà\)"):
        RELATIONSHIPS.lookup("ba")


def test_unknown_relationship() -> None:
    with pytest.raises(ValidationError) as caught:
        RELATIONSHIPS.lookup("Hàng xóm")
    assert caught.value.message == "Không nhận ra quan hệ với chủ hộ “Hàng xóm”."
    assert caught.value.field == "relationship"


def test_every_relationship_finds_itself() -> None:
    for entry in RELATIONSHIPS.entries:
        assert RELATIONSHIPS.lookup(entry.name) == entry.code
        assert RELATIONSHIPS.lookup(int(entry.code)) == entry.code
    keys = [folded_key(entry.name) for entry in RELATIONSHIPS.entries]
    assert len(set(keys)) == len(keys)


# --- communes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("24259", "24259"),
        (24259, "24259"),
        (24259.0, "24259"),
        ("Xã Quảng Phú", "24259"),
        ("Quảng Phú", "24259"),
        ("quang phu", "24259"),
        ("xa quang phu", "24259"),
        ("X. Quảng Phú", "24259"),
        ("Cư M'gar", "24280"),
        ("Cư Mgar", "24280"),
        ("CƯ M’GAR", "24280"),
        ("Ea H'Leo", "24184"),
        ("Phường Buôn Ma Thuột", "24133"),
        ("P. Buôn Ma Thuột", "24133"),
        ("Buôn Ma Thuột", "24133"),
        ("Phú Hòa 1", "22319"),
        ("Phú Hoà 1", "22319"),  # old-style tone placement
    ],
)
def test_commune_lookup(value: object, code: str) -> None:
    assert COMMUNES.lookup(value) == code


def test_unknown_commune() -> None:
    with pytest.raises(ValidationError) as caught:
        COMMUNES.lookup("Xã Hòa Bình")
    assert caught.value.message == "Không nhận ra xã, phường “Xã Hòa Bình”."
    assert caught.value.field == "commune"


def test_commune_catalogue_has_the_102_units() -> None:
    assert len(COMMUNES.entries) == 102
    kinds = [COMMUNES.commune(entry.code).kind for entry in COMMUNES.entries]  # type: ignore[union-attr]
    assert kinds.count(CommuneKind.WARD) == 14
    assert kinds.count(CommuneKind.COMMUNE) == 88


def test_every_commune_finds_itself_with_and_without_prefix() -> None:
    for entry in COMMUNES.entries:
        commune = COMMUNES.commune(entry.code)
        assert commune is not None
        assert COMMUNES.lookup(commune.name) == commune.code
        assert COMMUNES.lookup(commune.bare_name) == commune.code
        assert COMMUNES.lookup(int(commune.code)) == commune.code


def test_a_bare_name_shared_by_a_ward_and_a_commune_is_refused() -> None:
    catalogue = CommuneCatalogue.from_rows(
        [
            {"code": "00001", "name": "Phường Ea Kao", "kind": "ward"},
            {"code": "00002", "name": "Xã Ea Kao", "kind": "commune"},
        ]
    )
    assert catalogue.lookup("Xã Ea Kao") == "00002"
    assert catalogue.lookup("P. Ea Kao") == "00001"
    with pytest.raises(ValidationError, match="dùng chung"):
        catalogue.lookup("Ea Kao")


def test_catalogues_are_loaded_once() -> None:
    assert EthnicCatalogue.load() is ETHNIC
    assert RelationshipCatalogue.load() is RELATIONSHIPS
    assert CommuneCatalogue.load() is COMMUNES


# --- robustness -------------------------------------------------------------------


@pytest.mark.parametrize(
    "catalogue", [ETHNIC, RELATIONSHIPS, COMMUNES], ids=["ethnic", "rel", "commune"]
)
@given(value=st.one_of(cell_values, st.sampled_from(["Ê", "đê", "Xã", "Phường", "x.", "dân tộc"])))
def test_lookup_raises_only_validation_error(
    catalogue: EthnicCatalogue | RelationshipCatalogue | CommuneCatalogue, value: object
) -> None:
    try:
        code = catalogue.lookup(value)
    except ValidationError as error:
        assert error.message
        return
    assert catalogue.get(code) is not None
