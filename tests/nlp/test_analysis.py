"""Sentences and words align to the cleaned text exactly; the spaCy Doc reproduces it."""

import pytest

from tests.helpers import SEEDS, analyse_seed, analyse_text

STEMS = sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("stem", STEMS)
def test_sentences_and_words_are_exact_slices(stem):
    analysis = analyse_seed(stem)
    assert analysis.sentences
    for s in analysis.sentences:
        assert analysis.text[s.start:s.end] == s.text
        for w in analysis.words[s.index]:
            assert analysis.text[w.start:w.end] == w.text
            assert s.start <= w.start < w.end <= s.end


@pytest.mark.parametrize("stem", STEMS)
def test_spacy_doc_text_is_the_article_text(stem):
    analysis = analyse_seed(stem)
    assert analysis.doc.text == analysis.text


def test_old_style_tones_keep_their_offsets():
    analysis = analyse_text("Hội nghị tổng kết phong trào thi đua của xã Hoà Bình, huyện Thuỷ Nguyên diễn ra sáng nay.")
    words = [w.text for ws in analysis.words for w in ws]
    assert "Hoà Bình" in words or "Hoà" in words


def test_titles_stay_one_word():
    analysis = analyse_text("Đồng chí Phó Chủ tịch Thường trực Hội đồng Thi đua - Khen thưởng tỉnh phát biểu tại hội nghị tổng kết.")
    words = [w.text for ws in analysis.words for w in ws]
    assert "Hội đồng Thi đua - Khen thưởng" in words


def test_ner_is_computed_on_demand_with_article_offsets():
    analysis = analyse_text("Ông Nguyễn Văn Hùng phát biểu tại hội nghị tổng kết công tác thi đua năm 2023 của tỉnh Nghệ An.")
    body = next(s for s in analysis.sentences if s.part == "body")
    for start, end, label in analysis.entities(body.index):
        assert analysis.text[start:end].strip()
        assert label in {"PER", "LOC", "ORG", "MISC"}
