"""Build a spaCy Doc over the whole article text from underthesea's words.

The Doc's text equals `Article.text`, so spaCy character offsets are article offsets and
displaCy can render spans the extractors found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

_GAP_TOKEN = re.compile(r"\S+|\s+")


@lru_cache(maxsize=1)
def blank_vietnamese():
    """A blank Vietnamese pipeline that never loads pyvi: underthesea does the tokenizing."""
    import spacy

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def build_doc(analysis) -> Doc:
    text = analysis.text
    pieces: list[tuple[int, int]] = [(w.start, w.end) for ws in analysis.words for w in ws]
    pieces.sort()
    words: list[str] = []
    spaces: list[bool] = []
    cursor = 0

    def add_gap(a: int, b: int) -> None:
        # Text no underthesea word covers (date line, byline, new lines) as plain tokens.
        for m in _GAP_TOKEN.finditer(text, a, b):
            if m.group() == " " and words and not spaces[-1]:
                spaces[-1] = True
            else:
                words.append(m.group())
                spaces.append(False)

    for start, end in pieces:
        if start < cursor:
            continue
        add_gap(cursor, start)
        words.append(text[start:end])
        spaces.append(False)
        cursor = end
    add_gap(cursor, len(text))
    doc = Doc(blank_vietnamese().vocab, words=words, spaces=spaces)
    assert doc.text == text, "spaCy Doc must reproduce the article text"
    return doc
