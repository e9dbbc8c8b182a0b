import unicodedata

import pytest

from pipeline.core.text import match_key, repair_lookalikes, split_glued_caps, squash, unify_tones


@pytest.mark.parametrize("a, b", [
    ("Thuỷ", "Thủy"), ("hoà bình", "hòa bình"), ("khoẻ", "khỏe"), ("Hoà Bình", "HÒA BÌNH"),
    ("“Dạy tốt, học tốt”", '"Dạy tốt, học tốt"'), ("Phó  Chủ\u00a0tịch", "phó chủ tịch"),
    (unicodedata.normalize("NFD", "Nguyễn Văn Trường"), "Nguyễn Văn Trường"),
    ("15/QÐ-UBND", "15/QĐ-UBND"), ("Ðoàn kết, ðổi mới", "Đoàn kết, đổi mới"),
])
def test_variants_share_one_key(a, b):
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize("word", ["quý", "thuở", "hoàng", "Quỳnh"])
def test_tone_unification_leaves_other_syllables(word):
    assert unify_tones(word) == word


def test_distinct_words_keep_distinct_keys():
    assert match_key("Hòa") != match_key("Hoa")


def test_squash_collapses_every_kind_of_space():
    assert squash(" Toàn dân  đoàn\u00a0kết \n xây dựng ") == "Toàn dân đoàn kết xây dựng"


@pytest.mark.parametrize("line, parts", [
    ("T/h: Bích ThủyÝ KIẾN BẠN ĐỌC", ["T/h: Bích Thủy", "Ý KIẾN BẠN ĐỌC"]),
    ("Tin, ảnh: Minh TânBÁO NAM ĐỊNH ĐIỆN TỬ", ["Tin, ảnh: Minh Tân", "BÁO NAM ĐỊNH ĐIỆN TỬ"]),
    ("Hồng NhungTIN LIÊN QUAN", ["Hồng Nhung", "TIN LIÊN QUAN"]),
    ("Phó Chủ tịch UBND tỉnh", ["Phó Chủ tịch UBND tỉnh"]),
    ("PGS.TS Lê Văn Minh, ThS. Đỗ An", ["PGS.TS Lê Văn Minh, ThS. Đỗ An"]),
])
def test_glued_caps_are_split_only_at_a_caps_block(line, parts):
    assert split_glued_caps(line) == parts


def test_lookalike_letters_are_repaired_one_for_one():
    # The eth of a windows-1258 page read as latin-1 stands for "Đ"/"đ"; offsets must not move.
    printed = "Chủ tịch nước Trần Ðức Minh ký Quyết định số 120/2006/QÐ-CTN, ðúng hạn."
    repaired = repair_lookalikes(printed)
    assert repaired == "Chủ tịch nước Trần Đức Minh ký Quyết định số 120/2006/QĐ-CTN, đúng hạn."
    assert len(repaired) == len(printed)
