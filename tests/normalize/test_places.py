"""Places resolve to one unit id whatever the spelling, as they were at the article's date."""

import unicodedata

import pytest

from pipeline.normalize.places import Context, find_places, resolve_province, resolve_unit

HA_NAM_2019 = Context("Hà Nam", "2019-03-15")
NINH_BINH_2025 = Context("Ninh Bình", "2025-10-16")

SAME_UNIT = [
    ("huyện Thanh Liêm", HA_NAM_2019),
    ("Thanh Liêm", HA_NAM_2019),
    ("H. Thanh Liêm", HA_NAM_2019),
    ("Huyện  THANH LIÊM", HA_NAM_2019),
    ("UBND huyện Thanh Liêm", HA_NAM_2019),
    (unicodedata.normalize("NFD", "huyện Thanh Liêm"), HA_NAM_2019),
]


@pytest.mark.parametrize("surface, ctx", SAME_UNIT)
def test_spellings_of_one_district_resolve_alike(surface, ctx):
    r = resolve_unit(surface, ctx)
    assert r.place.unit_id == "u-d-tinhhanam-huyenthanhliem"
    assert not r.ambiguous


def test_a_district_before_the_reform_maps_to_its_new_province():
    place = resolve_unit("huyện Thanh Liêm", HA_NAM_2019).place
    assert (place.level, place.era, place.province, place.new_province) == ("district", "pre2025", "Hà Nam", "Ninh Bình")
    assert place.successor_id == "u-p2025-tinhninhbinh"


def test_a_district_renamed_a_town_is_still_found_under_its_old_unit_word():
    # Duy Tiên was a huyện in 2019 and a thị xã from 2020: one unit.
    assert resolve_unit("huyện Duy Tiên", HA_NAM_2019).place.unit_id == resolve_unit("thị xã Duy Tiên", HA_NAM_2019).place.unit_id


@pytest.mark.parametrize("name, ctx, unit_id, code, successor", [
    ("Hà Nam", HA_NAM_2019, "u-p-tinhhanam", "35", "u-p2025-tinhninhbinh"),
    ("Ninh Bình", NINH_BINH_2025, "u-p2025-tinhninhbinh", "37", ""),
    ("Ninh Bình", Context("Ninh Bình", "2020-05-01"), "u-p-tinhninhbinh", "37", "u-p2025-tinhninhbinh"),
    ("Thừa Thiên Huế", Context("Thừa Thiên Huế", "2022-12-30"), "u-p-thanhphohue", "46", "u-p2025-thanhphohue"),
])
def test_provinces_are_units_of_their_era_with_official_codes(name, ctx, unit_id, code, successor):
    place = resolve_province(name, ctx).place
    assert (place.unit_id, place.code, place.successor_id) == (unit_id, code, successor)


def test_after_the_reform_a_ward_name_is_the_new_ward():
    r = resolve_unit("phường Phủ Lý", NINH_BINH_2025)
    assert r.place.unit_id == "u-w2025-tinhninhbinh-phuongphuly"
    assert r.place.province == "Ninh Bình"


def test_an_old_commune_carries_the_new_commune_it_joined():
    place = resolve_unit("xã Thanh Hà", Context("Hà Nam", "2023-02-20")).place
    assert place.unit_id == "u-w-tinhhanam-huyenthanhliem-xathanhha"
    assert place.successor_id == "u-w2025-tinhninhbinh-xaliemha"


def test_a_district_name_shared_by_provinces_needs_the_article_province():
    unknown = resolve_unit("huyện Châu Thành", Context(None, "2020-01-01"))
    assert unknown.place is None and unknown.ambiguous
    assert len(unknown.candidates) > 5 and all(c.startswith("u-d-") for c in unknown.candidates)
    known = resolve_unit("huyện Châu Thành", Context("Tiền Giang", "2020-01-01"))
    assert known.place.unit_id == "u-d-tinhtiengiang-huyenchauthanh" and not known.ambiguous


def test_a_larger_unit_in_the_same_string_decides_an_ambiguous_commune():
    found = find_places("xã Thanh Hà, huyện Thanh Liêm", Context(None, "2023-01-01"))
    assert [r.place.unit_id for r in found] == ["u-w-tinhhanam-huyenthanhliem-xathanhha", "u-d-tinhhanam-huyenthanhliem"]


def test_a_unit_the_mapping_lacks_gets_an_id_under_the_article_province():
    place = resolve_unit("huyện Mỹ Lộc", Context("Nam Định", "2023-03-30")).place
    assert place.unit_id == "u-d-tinhnamdinh-huyenmyloc" and not place.listed


@pytest.mark.parametrize("surface, unit_id", [
    ("Sở Nội vụ", "u-a-p-tinhhanam-so-noi-vu"),
    ("Sở Nội vụ tỉnh Hà Nam", "u-a-p-tinhhanam-so-noi-vu"),
    ("Thanh tra tỉnh", "u-a-p-tinhhanam-thanh-tra"),
    ("Công an huyện Bình Lục", "u-a-d-tinhhanam-huyenbinhluc-cong-an"),
    ("LĐLĐ huyện Lý Nhân", "u-a-d-tinhhanam-huyenlynhan-lien-doan-lao-dong"),
    ("Liên đoàn Lao động huyện Lý Nhân", "u-a-d-tinhhanam-huyenlynhan-lien-doan-lao-dong"),
    ("Văn phòng Tỉnh ủy", "u-a-p-tinhhanam-van-phong-tinh-uy"),
])
def test_agencies_hang_from_the_unit_they_belong_to(surface, unit_id):
    r = resolve_unit(surface, HA_NAM_2019)
    assert r.place.unit_id == unit_id and r.place.level == "agency"


def test_an_agency_of_the_new_province_differs_from_the_old_one():
    old = resolve_unit("Sở Tài chính", Context("Hưng Yên", "2024-12-30")).place.unit_id
    new = resolve_unit("Sở Tài chính", Context("Hưng Yên", "2025-12-30")).place.unit_id
    assert (old, new) == ("u-a-p-tinhhungyen-so-tai-chinh", "u-a-p2025-tinhhungyen-so-tai-chinh")


def test_places_inside_a_location_are_found():
    found = find_places("Hội trường UBND thành phố Phủ Lý", HA_NAM_2019)
    assert [r.place.unit_id for r in found] == ["u-d-tinhhanam-thanhphophuly"]
    assert find_places("Trung tâm Hội nghị tỉnh", HA_NAM_2019) == []
