"""Awards: authority, level and a rank order that sorts the ladder."""

import pytest

from pipeline.normalize.awards import normalize_award
from pipeline.normalize.places import Context

HA_NAM = Context("Hà Nam", "2023-02-20")


@pytest.mark.parametrize("award, kind, by, authority, level", [
    ("Cờ thi đua", "co_thi_dua", "Thủ tướng Chính Phủ", "Thủ tướng Chính phủ", "government"),
    ("Cờ thi đua của Chính phủ", "co_thi_dua", None, "Chính phủ", "government"),
    ("Cờ thi đua", "co_thi_dua", "UBND Tỉnh", "UBND tỉnh", "province"),
    ("Bằng khen của Chủ tịch UBND tỉnh", "bang_khen", None, "Chủ tịch UBND tỉnh", "province"),
    ("Bằng khen", "bang_khen", "Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Công an", "ministry"),
    ("Giấy khen", "giay_khen", "Chủ tịch UBND huyện Bình Lục", "Chủ tịch UBND huyện Bình Lục", "district"),
    ("Huân chương Lao động hạng Ba", "huan_chuong", None, "Chủ tịch nước", "state"),
])
def test_authority_and_level(award, kind, by, authority, level):
    a = normalize_award(award, kind, by, HA_NAM)
    assert (a.authority, a.authority_level) == (authority, level)


def rank(award, kind, by=None):
    return normalize_award(award, kind, by, HA_NAM).rank_order


def test_ladder_orders_awards_by_type_and_authority():
    assert rank("Cờ thi đua", "co_thi_dua", "Chính phủ") < rank("Cờ thi đua", "co_thi_dua", "UBND tỉnh")
    assert rank("Bằng khen", "bang_khen", "Thủ tướng Chính phủ") < rank("Bằng khen", "bang_khen", "Chủ tịch UBND tỉnh")
    assert rank("Huân chương Lao động hạng Nhất", "huan_chuong") < rank("Huân chương Lao động hạng Ba", "huan_chuong")
    assert rank("Huân chương Lao động hạng Ba", "huan_chuong") < rank("Cờ thi đua", "co_thi_dua", "Chính phủ")
    assert rank("Bằng khen", "bang_khen", "Chủ tịch UBND tỉnh") < rank("Giấy khen", "giay_khen", "UBND huyện")
