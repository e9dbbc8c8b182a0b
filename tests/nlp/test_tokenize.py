"""The chunk-remembering tokenizer gives exactly underthesea's regex matches, in the same run."""

import pytest

from pipeline.nlp import tokenize
from tests.helpers import ROOT, SEEDS

FOLDERS = [SEEDS, ROOT / "tests" / "data" / "varied", ROOT / "tests" / "data" / "holdout",
           ROOT / "tests" / "data" / "holdout2"]
# Shapes whose tokens depend on what follows them or that a chunk boundary could cut.
WRITTEN = [
    "Đồng chí Nguyễn Văn A, Th.S kinh tế, và Th S. Lê B; UBND.",  # "Th S" crosses a space
    "UBND. xã báo cáo UBND.",  # an abbreviation's dot before a space, and at the end
    "UBND.\n",  # a final new line: `$` still matches before it
    "Vui quá :D hôm nay :D",  # ":D" is an emoji before a space or at the end
    "Xem https://example.org/a_(b) và www.example.org/x hoặc thư ban@example.vn nhé",
    "Ngày 15/03/2024 lúc 08:30:00, số 0912-345-678, 1.234.567,89 đồng, 3x4 m, 30°C, 43H-0530.",
    "Tab\tgiữa\u00a0các  chữ   và \n xuống dòng",
    "v.v... ==> -> >> -- H&M T.Ư e-mail Mr. Tp. NĐ-CP",
    "  ",
    "",
]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    out = []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            out += path.read_text(encoding="utf-8").splitlines()
    return out + WRITTEN


def _regex(text):
    from underthesea.pipeline.word_tokenize import regex_tokenize

    return [m.span() for m in regex_tokenize.patterns.finditer(text)]


def test_tokens_are_underthesea_regex_matches(lines):
    assert len(lines) > 300
    for _ in range(2):  # the second pass reads remembered chunks
        for line in lines:
            assert tokenize.tokens(line) == _regex(line), line


def test_the_table_stays_bounded(monkeypatch):
    monkeypatch.setattr(tokenize, "MAX_CHUNKS", 3)
    line = "một hai ba bốn năm sáu bảy tám chín mười"
    assert tokenize.tokens(line) == _regex(line)
    assert len(tokenize._TOKENIZER.known) <= 3


def test_a_pattern_rebuilt_with_fixed_words_is_used_as_is(monkeypatch):
    import re

    from underthesea.pipeline.word_tokenize import regex_tokenize

    rebuilt = re.compile(r"(?P<fixed_words>\bthi\ đua\b)|" + regex_tokenize.regex_patterns_combine,
                         re.VERBOSE | re.UNICODE)
    monkeypatch.setattr(regex_tokenize, "patterns", rebuilt)
    line = "phong trào thi đua yêu nước"
    assert tokenize.tokens(line) == _regex(line)
    assert (11, 18) in tokenize.tokens(line)  # "thi đua" as one token, across the space
