"""The one adapter to underthesea: sentences and words of an article, computed once, held in a spaCy Doc.

Word segmentation (CRF, fast) runs on every sentence, all sentences of an article in one batch
through `segment.py`, which gives underthesea's words without building its per-syllable feature
strings. NER (with the POS tagging and chunking it needs) is ten times slower, so it is computed per
sentence only when an extractor asks, and cached.
Offsets always refer to `Article.text`: underthesea is called with
`use_token_normalize=False` and every token is aligned back to the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from pipeline.core.text import DOTTED_ABBREVIATION
from pipeline.core.types import Article
from pipeline.nlp.alignment import align_tokens

_SYLLABLE = re.compile(r"[^\W_]+(?:[/'’][^\W_]+)*|\S")


# Slots: an article makes a Token per word and per syllable, thousands a second; slots make them
# faster to build and read.
@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    part: str  # "title" or "body"
    paragraph: int


@dataclass
class Analysis:
    """One article as the extractors see it."""

    article: Article
    sentences: list[Sentence]
    words: list[list[Token]]  # underthesea words per sentence
    _ner: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def syllables(self, i: int) -> list[Token]:
        """Syllables and punctuation marks of sentence i, with article offsets."""
        s = self.sentences[i]
        return [Token(s.start + m.start(), s.start + m.end(), m.group()) for m in _SYLLABLE.finditer(s.text)]

    def word_at(self, i: int, offset: int) -> Token | None:
        """The underthesea word of sentence i that covers an article offset."""
        for w in self.words[i]:
            if w.start <= offset < w.end:
                return w
        return None

    def entities(self, i: int) -> list[tuple[int, int, str]]:
        """underthesea NER spans of sentence i as (start, end, label) in article offsets."""
        if i not in self._ner:
            from underthesea import ner

            s = self.sentences[i]
            rows = ner(s.text)
            aligned = align_tokens(s.text, [r[0] for r in rows])
            spans: list[tuple[int, int, str]] = []
            for a, row in zip(aligned, rows):
                if a is None:
                    continue
                tag = row[3]
                if tag.startswith("B-") or (tag.startswith("I-") and (not spans or spans[-1][2] != tag[2:])):
                    spans.append((s.start + a.start, s.start + a.end, tag[2:]))
                elif tag.startswith("I-"):
                    spans[-1] = (spans[-1][0], s.start + a.end, spans[-1][2])
            self._ner[i] = spans
        return self._ner[i]

    def sentence_at(self, offset: int) -> int:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s.index
        return -1

    @cached_property
    def doc(self):
        """A spaCy Doc whose text equals the article text, built from underthesea's words."""
        from pipeline.nlp.spacy_doc import build_doc

        return build_doc(self)


@lru_cache(maxsize=1)
def _fixed_words() -> re.Pattern[str]:
    """Multi-word titles and bodies from the lexicon ("Phó Chủ tịch", "Hội đồng Thi đua - Khen thưởng").

    They are merged into one word after segmentation: passing them to underthesea as `fixed_words`
    does the same but rebuilds its tokenizer's regex for every sentence, a third of the NLP time.
    """
    from pipeline.core import patterns
    from pipeline.core.patterns import boundary_regex

    titles = patterns.load("titles")
    return re.compile(boundary_regex([t for name in ("roles", "bodies") for t in titles.terms(name) if " " in t]))


def _merge_fixed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Words (sorted, non-overlapping spans of `text`) covered exactly by one lexicon phrase become one word."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(spans)
    for m in _fixed_words().finditer(text):
        start, end = m.span()
        while i < n and spans[i][0] < start:
            out.append(spans[i])
            i += 1
        j = i  # words i..j-1 lie inside the phrase
        while j < n and spans[j][1] <= end:
            j += 1
        if j - i >= 2 and spans[i][0] == start and spans[j - 1][1] == end:
            out.append((start, end))
            i = j
        # else the segmenter's words do not line up with the phrase: they are kept
    out += spans[i:]
    return out


def _split_sentences(text: str) -> list[tuple[int, int]]:
    from underthesea import sent_tokenize

    spans, cursor = [], 0
    for sent in sent_tokenize(text):
        at = text.find(sent, cursor)
        if at < 0:  # sent_tokenize changed the text: fall back to the rest of the paragraph
            break
        if spans and (at == spans[-1][1] or DOTTED_ABBREVIATION.search(text, spans[-1][0], spans[-1][1])):
            # no space, no sentence break: "(Baonghean.vn) - ..." is cut after "Baonghean." otherwise;
            # nor after an abbreviation before a name: "UBND TX. Gò Công", "TP. Hồ Chí Minh", "ThS. Lê Bình"
            spans[-1] = (spans[-1][0], at + len(sent))
        else:
            spans.append((at, at + len(sent)))
        cursor = at + len(sent)
    if cursor < len(text.rstrip()):
        rest = text[cursor:]
        lead = len(rest) - len(rest.lstrip())
        spans.append((cursor + lead, len(text.rstrip())))
    return spans


def reference_words(text: str) -> list[Token]:
    """underthesea's words of one sentence, straight from `word_tokenize`, aligned to the sentence.

    The reference the fast path (`pipeline.nlp.segment`) reproduces, and its fallback."""
    from underthesea import word_tokenize

    aligned = align_tokens(text, word_tokenize(text, use_token_normalize=False))
    return [Token(t.start, t.end, t.text) for t in aligned if t is not None]


def sentence_words(texts: list[str]) -> list[list[Token]]:
    """underthesea's words of each sentence (sentence offsets), all sentences of an article in one batch."""
    return [[Token(a, b, text[a:b]) for a, b in spans] for text, spans in zip(texts, _sentence_spans(texts))]


def _sentence_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    from pipeline.nlp.segment import segment

    return [spans if spans is not None else [(t.start, t.end) for t in reference_words(text)]
            for text, spans in zip(texts, segment(texts))]


def analyse(article: Article) -> Analysis:
    """Split the title and body of an article into sentences and words (underthesea)."""
    parts = ([("title", article.title)] if article.title else []) + [("body", b) for b in article.body]
    sentences: list[Sentence] = []
    for paragraph, (part, span) in enumerate(parts):
        para = span.of(article.text)
        for a, b in _split_sentences(para):
            start = span.start + a
            sentences.append(Sentence(len(sentences), start, span.start + b, para[a:b], part, paragraph))
    words = []
    for s, spans in zip(sentences, _sentence_spans([s.text for s in sentences])):
        text, base = s.text, s.start
        words.append([Token(base + a, base + b, text[a:b]) for a, b in _merge_fixed(text, spans)])
    return Analysis(article, sentences, words)
