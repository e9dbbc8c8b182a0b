"""The fast word segmentation gives underthesea's words: the same tags, the same path scores, the same spans.

Compared in the same run against underthesea itself (`word_tokenize`, and underthesea_core's featurizer and
tagger), on every sentence of the seeds, the varied and held-out articles, a slice of the benchmark corpus,
and hand-written sentences with the shapes that trip tokenizers.
"""

import math
import random
from pathlib import Path

import pytest

from benchmarks.corpus import build
from pipeline.clean import build_article
from pipeline.core.types import Skipped
from pipeline.nlp import segment
from pipeline.nlp.analysis import _split_sentences, reference_words, sentence_words
from tests.helpers import ROOT, SEEDS

FOLDERS = [SEEDS, ROOT / "tests" / "data" / "varied", ROOT / "tests" / "data" / "holdout",
           ROOT / "tests" / "data" / "holdout2"]
# Shapes that trip tokenizers and featurizers: numbers in and out of 32 bits, signs, abbreviations with
# dots, apostrophes, URLs, e-mails, dates, lone punctuation, a one-syllable sentence, all capitals.
WRITTEN = [
    "Năm 2024, xã Ia H'Drai có 12.500 hộ dân và 99999999999 đồng vốn; chỉ số tăng +5 và giảm -3 điểm.",
    "Theo TP.HCM và T.Ư Đoàn, Th.S Nguyễn Văn A (email: vana@example.org) xem tại https://example.org/tin-tuc/a.html",
    "Ngày 15/03/2024, lúc 8h30, UBND tỉnh họp v.v... rồi ==> kết thúc.",
    "Khen.",
    "HỘI NGHỊ TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2023",
    "“Dân vận khéo” – phong trào thi đua yêu nước – được phát động!",
    "Ðồng chí Nguyễn Văn Ðức trao bằng khen.",  # Icelandic eth for Đ: underthesea normalizes it (fallback)
    "Hội nghi\u0323 tô\u0309ng kê\u0301t",  # decomposed tones (not NFC): fallback
    "Xã Hoà Bình, huyện Thuỷ Nguyên nhận cờ thi đua.",
]


def _sentences_of(texts: list[str]) -> list[str]:
    out = []
    for n, text in enumerate(texts):
        try:
            article = build_article(f"t{n}", "<test>", text)
        except Skipped:
            continue
        parts = ([article.title] if article.title else []) + list(article.body)
        for span in parts:
            para = span.of(article.text)
            out += [para[a:b] for a, b in _split_sentences(para)]
    return out


@pytest.fixture(scope="module")
def sentences(tmp_path_factory) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in FOLDERS for p in sorted(folder.glob("*.txt"))]
    bench = tmp_path_factory.mktemp("bench")
    texts += [p.read_text(encoding="utf-8") for p in build(bench, 40, seed=11)]
    return _sentences_of(texts) + WRITTEN


def test_the_model_is_read():
    assert segment.model() is not None, "the fast path must be in use, not only its fallback"


def test_words_are_underthesea_words(sentences):
    assert len(sentences) > 500
    fast = sentence_words(sentences)
    for text, words in zip(sentences, fast):
        assert words == reference_words(text), text


def test_only_text_underthesea_would_normalize_falls_back(sentences):
    spans = segment.segment(sentences)
    fallback = [s for s, w in zip(sentences, spans) if w is None]
    assert fallback == [s for s in WRITTEN if segment.normalizes(s)]
    assert len(fallback) == 2


def test_tags_and_scores_are_the_taggers_to_the_bit(sentences):
    """The emission sums are added in the featurizer's order, so the best path's score is equal, not close."""
    from underthesea import word_tokenize
    from underthesea.pipeline import word_tokenize as underthesea_words

    word_tokenize("Khởi động", use_token_normalize=False)  # loads underthesea's own model
    reference = underthesea_words.word_tokenize_model
    syllables = [[s[a:b] for a, b in segment.tokens(s)] for s in sentences if not segment.normalizes(s)]
    syllables.append([])
    for words, (tags, score) in zip(syllables, segment.tag(syllables)):
        features = reference.featurizer.process([[[w] for w in words]])[0]
        want_tags, want_score = reference.estimator.tag_with_score(features) if words else ([], 0.0)
        assert (tags, score) == (list(want_tags), want_score), words


def test_unrolled_viterbi_breaks_ties_as_the_general_one():
    rng = random.Random(3)
    for _ in range(300):
        n = rng.randint(1, 8)
        # Small integers make exact ties common; -inf covers the tagger's starting value.
        pick = [0.0, 1.0, -1.0, 2.0, -math.inf]
        emission = [[rng.choice(pick), rng.choice(pick)] for _ in range(n)]
        transitions = [[rng.choice(pick[:4]), rng.choice(pick[:4])] for _ in range(2)]
        general = segment._viterbi_general(emission, transitions)
        assert segment._viterbi2(emission, transitions) == general


def test_a_model_in_another_format_falls_back_to_underthesea(tmp_path):
    (tmp_path / "models.bin").write_bytes(b"not a CRFsuite model")
    with pytest.raises(segment.ModelFormatError):
        segment.read_model(Path(tmp_path))
