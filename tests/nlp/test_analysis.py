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


def _merge_by_search(text, spans):
    """The merge as first written: for each phrase, look up the words inside it in the whole list."""
    from pipeline.nlp.analysis import _fixed_words

    merged = list(spans)
    for m in _fixed_words().finditer(text):
        inside = [i for i, (a, b) in enumerate(merged) if m.start() <= a and b <= m.end()]
        if len(inside) < 2 or merged[inside[0]][0] != m.start() or merged[inside[-1]][1] != m.end():
            continue
        merged[inside[0] : inside[-1] + 1] = [(m.start(), m.end())]
    return merged


@pytest.mark.parametrize("stem", STEMS)
def test_lexicon_phrases_merge_as_by_search(stem):
    from pipeline.nlp.analysis import _merge_fixed, reference_words

    analysis = analyse_seed(stem)
    for s in analysis.sentences:
        spans = [(t.start, t.end) for t in reference_words(s.text)]
        assert _merge_fixed(s.text, spans) == _merge_by_search(s.text, spans)


@pytest.mark.parametrize("spans", [
    [(0, 3), (4, 8), (9, 13), (14, 18), (19, 23)],  # "Phó Chủ tịch": three words, one phrase
    [(0, 8), (9, 13), (14, 18), (19, 23)],  # "Phó Chủ" already one word
    [(0, 5), (6, 13), (14, 18), (19, 23)],  # a word across the phrase's first boundary
    [(0, 3), (4, 13), (14, 23)],  # a word across its last boundary
])
def test_lexicon_phrases_merge_only_on_word_boundaries(spans):
    from pipeline.nlp.analysis import _merge_fixed

    text = "Phó Chủ tịch tỉnh phát biểu"[:23]
    assert _merge_fixed(text, spans) == _merge_by_search(text, spans)
