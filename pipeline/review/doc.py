"""Step 2 of a review page: a spaCy Doc over the article text whose span group "sc" holds the marks.

Tokens are the text's white-space separated pieces, cut again at every mark boundary, so each mark is
exactly a token span (no alignment needed) and `doc.text` equals the cleaned article text.
Each span's `kb_id_` is its mark key, which the page turns into the anchor linking span and table row.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.nlp.spacy_doc import blank_vietnamese
from pipeline.review.marks import Mark, Row

SPANS_KEY = "sc"
_PIECE = re.compile(r"\S+|\s+")


def _tokens(text: str, marks: list[Mark]) -> tuple[list[str], list[bool]]:
    starts = {m.start for m in marks}
    ends = {m.end for m in marks}
    cuts = sorted(starts | ends | {0, len(text)})
    words: list[str] = []
    spaces: list[bool] = []
    for a, b in zip(cuts, cuts[1:]):
        for m in _PIECE.finditer(text, a, b):
            piece, pa, pb = m.group(), m.start(), m.end()
            # A single space after a word is that word's trailing space, unless a mark starts on it or ends after it.
            if piece == " " and words and not spaces[-1] and not words[-1].isspace() \
                    and pa not in starts and pb not in ends:
                spaces[-1] = True
            else:
                words.append(piece)
                spaces.append(False)
    return words, spaces


def review_doc(text: str, rows: list[Row]) -> Doc:
    """The article as a Doc with one span per placed mark in `doc.spans["sc"]`.

    >>> from pipeline.review.marks import review_rows
    >>> art = {"text": "Trao Cờ thi đua cho huyện Hưng Hà.", "awards": [{"award": "Cờ thi đua",
    ...        "recipients": ["huyện Hưng Hà"], "evidence": {"start": 5, "end": 15, "span_text": "Cờ thi đua"}}]}
    >>> doc = review_doc(art["text"], review_rows(art))
    >>> [(s.text, s.label_, s.kb_id_) for s in doc.spans["sc"]]
    [('Cờ thi đua', 'AWARD', '1'), ('huyện Hưng Hà', 'RECIPIENT', '1-1')]
    """
    marks = [m for row in rows for m in row.marks if m.placed]
    words, spaces = _tokens(text, marks)
    doc = Doc(blank_vietnamese().vocab, words=words, spaces=spaces)
    assert doc.text == text, "the review Doc must reproduce the article text"
    spans = []
    for m in marks:
        span = doc.char_span(m.start, m.end, label=m.label, kb_id=m.key)
        assert span is not None, f"mark {m.key} [{m.start}:{m.end}] is not on token boundaries"
        spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return doc


def paragraphs(doc: Doc) -> list[Doc]:
    """The Doc cut at line breaks, one Doc per non-empty line, each with its share of the spans.

    displaCy's span renderer writes every token followed by a space and drops line breaks; rendering
    line by line keeps the article's paragraphs. A span crossing a line break continues on the next
    line without a second label (its key is kept only where it starts).
    """
    out: list[Doc] = []
    start = 0
    bounds = []
    for tok in doc:
        if "\n" in tok.text:
            bounds.append((start, tok.i))
            start = tok.i + 1
    bounds.append((start, len(doc)))
    for a, b in bounds:
        if b <= a or not doc[a:b].text.strip():
            continue
        line = doc[a:b].as_doc()
        spans = []
        for s in doc.spans[SPANS_KEY]:
            lo, hi = max(s.start, a), min(s.end, b)
            if lo < hi:
                spans.append(Span(line, lo - a, hi - a, label=s.label_, kb_id=s.kb_id_ if s.start >= a else ""))
        line.spans[SPANS_KEY] = spans
        out.append(line)
    return out
