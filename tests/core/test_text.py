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


def _unify_slowly(text):
    """The definition: old-style tones moved in the decomposed text, then composed again."""
    from pipeline.core.text import _OLD_TONE

    return unicodedata.normalize("NFC", _OLD_TONE.sub(r"\1\3\2", unicodedata.normalize("NFD", text)))


def test_the_shortcut_for_text_without_old_tones_changes_nothing():
    from tests.helpers import ROOT

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").rglob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").rglob("*.txt"))]
    vowels = "aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    pairs = [a + b + c for a in "oOuUqQ" for b in vowels + vowels.upper() for c in ("", "n", " ", "\u0301")]
    for text in texts + pairs + [unicodedata.normalize("NFD", t) for t in pairs]:
        assert unify_tones(text) == _unify_slowly(text), text


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
