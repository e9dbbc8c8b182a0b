"""Titles split into role, body and level, abbreviations expanded."""

import pytest

from pipeline.normalize.places import Context
from pipeline.normalize.titles import split_title
from pipeline.normalize.vocab import expand

HA_NAM = Context("Hà Nam", "2021-01-12")

CASES = [
    # title as written, role, body, level
    ("Phó chủ tịch UBND tỉnh", "Phó Chủ tịch", "Ủy ban nhân dân", "tỉnh"),
    ("PCT UBND tỉnh", "Phó Chủ tịch", "Ủy ban nhân dân", "tỉnh"),
    ("Phó Chủ tịch TT UBND tỉnh", "Phó Chủ tịch Thường trực", "Ủy ban nhân dân", "tỉnh"),
    ("Phó Chủ tịch thường trực Hội đồng Thi đua – Khen thưởng tỉnh", "Phó Chủ tịch Thường trực", "Hội đồng Thi đua - Khen thưởng", "tỉnh"),
    ("TUV", "Tỉnh ủy viên", "Tỉnh ủy", "tỉnh"),
    ("HUV", "Huyện ủy viên", "Huyện ủy", "huyện"),
    ("UVBTV Tỉnh uỷ", "Ủy viên", "Ban Thường vụ Tỉnh ủy", "tỉnh"),
    ("Ủy viên Ban thường vụ Huyện ủy", "Ủy viên", "Ban Thường vụ Huyện ủy", "huyện"),
    ("Giám đốc Sở Nội vụ", "Giám đốc", "Sở Nội vụ", "tỉnh"),
    ("Trưởng Ban TĐKT TW", "Trưởng Ban", "Ban Thi đua - Khen thưởng Trung ương", "trung ương"),
    ("Thứ trưởng Bộ Nội vụ", "Thứ trưởng", "Bộ Nội vụ", "trung ương"),
    ("ĐBQH", "Đại biểu Quốc hội", "Quốc hội", "trung ương"),
    ("Chủ tịch LĐLĐ huyện Lý Nhân", "Chủ tịch", "Liên đoàn Lao động", "huyện"),
    ("Chủ tịch UBND xã Thanh Hà", "Chủ tịch", "Ủy ban nhân dân", "xã"),
    ("Bí thư Huyện ủy Thanh Liêm", "Bí thư", "Huyện ủy", "huyện"),
    ("Chỉ huy trưởng Bộ CHQS tỉnh", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự", "tỉnh"),
    ("Giám đốc Sở Lao động - Thương binh và Xã hội", "Giám đốc", "Sở Lao động - Thương binh và Xã hội", "tỉnh"),
    ("Đại tá", "Đại tá", "", ""),
    ("Đại biểu HĐND tỉnh", "Đại biểu Hội đồng nhân dân", "Hội đồng nhân dân", "tỉnh"),
    ("Phó Trưởng Ban Dân vận Huyện ủy TX. Duy Tiên", "Phó Trưởng Ban", "Ban Dân vận Huyện ủy", "huyện"),
]


@pytest.mark.parametrize("title, role, body, level", CASES, ids=[c[0] for c in CASES])
def test_title_split(title, role, body, level):
    t = split_title(title, HA_NAM)
    assert (t.role, t.body, t.level) == (role, body, level)


def test_title_keeps_its_surface_and_names_its_place():
    t = split_title("Chủ tịch UBND H. Bình Lục", HA_NAM)
    assert t.title == "Chủ tịch UBND H. Bình Lục"
    assert t.expanded == "Chủ tịch Ủy ban nhân dân H. Bình Lục"
    assert t.canonical == "Chủ tịch Ủy ban nhân dân huyện Bình Lục"
    assert t.place.place.unit_id == "u-d-tinhhanam-huyenbinhluc"


def test_a_membership_title_is_not_repeated_in_its_canonical_form():
    assert split_title("Đại biểu HĐND tỉnh", HA_NAM).canonical == "Đại biểu Hội đồng nhân dân tỉnh"


def test_city_level_depends_on_the_city():
    assert split_title("Bí thư Thành ủy Phủ Lý", HA_NAM).level == "huyện"
    assert split_title("Phó Giám đốc Công an thành phố", Context("Cần Thơ", "2023-01-12")).level == "tỉnh"
    assert split_title("Phó Chủ tịch UBND thành phố", HA_NAM).level == "huyện"


def test_variants_of_one_title_have_one_canonical_form():
    forms = {split_title(t, HA_NAM).canonical for t in
             ("Phó chủ tịch UBND tỉnh", "PCT UBND tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch Uỷ ban nhân dân tỉnh")}
    assert forms == {"Phó Chủ tịch Ủy ban nhân dân tỉnh"}


@pytest.mark.parametrize("short, long", [
    ("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân"), ("TU", "Tỉnh ủy"), ("HU", "Huyện ủy"),
    ("TUV", "Tỉnh ủy viên"), ("HUV", "Huyện ủy viên"), ("UVBTV", "Ủy viên Ban Thường vụ"), ("BTV", "Ban Thường vụ"),
    ("BCH", "Ban Chấp hành"), ("TĐKT", "Thi đua - Khen thưởng"), ("ĐBQH", "Đại biểu Quốc hội"),
    ("LĐLĐ", "Liên đoàn Lao động"), ("MTTQ", "Mặt trận Tổ quốc"), ("CT", "Chủ tịch"), ("PCT", "Phó Chủ tịch"),
])
def test_abbreviations_expand_as_whole_tokens(short, long):
    assert expand(f"({short})") == f"({long})"
    assert expand(f"{short.lower()}x") == f"{short.lower()}x"
