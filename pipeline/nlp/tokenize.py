"""underthesea's regex tokenizer (syllables, numbers, punctuation), as spans, remembered per chunk.

`underthesea.pipeline.word_tokenize.regex_tokenize.patterns` tries a dozen alternatives (URLs,
e-mails, dates, abbreviations...) at every syllable; on news text that regex is a third of the
segmentation's cost, spent again on the same few thousand syllables. None of its alternatives
matches white space (the one exception, "Th.S" with its unescaped dot, is checked for), and its
look-arounds reach one character beyond a match at most. So the tokens of a sentence are the
tokens of its white-space-separated chunks, each read as followed by a space, or for the last
chunk by what really follows it (nothing, or a final new line: `$` and `(?=\\s)` see those).
Chunks are tokenized once and remembered (a bounded table, emptied when full).

`tokens(text) == [m.span() for m in patterns.finditer(text)]`; tests/nlp/test_tokenize.py checks
it on every sentence of the bundled corpora and on hand-written edge cases.
"""

from __future__ import annotations

import re

# Distinct chunks of news text (syllables with their punctuation, numbers, names) number in the tens
# of thousands; past this the table is emptied and refilled, so memory stays bounded on any archive.
MAX_CHUNKS = 30_000
_CHUNK = re.compile(r"\S+")
_OTHER_SPACE = re.compile(r"[^\S ]")  # white space other than a plain space
# The one alternative that can cross white space: "Th.S"/"Th.s" (an unescaped dot) in the abbreviations.
_CROSSING = re.compile(r"Th\s[Ss]")


class _Tokenizer:
    def __init__(self) -> None:
        self.pattern: re.Pattern[str] | None = None
        self.plain = False  # the pattern is underthesea's own, not one rebuilt with fixed words (with spaces)
        self.known: dict[str, tuple[tuple[int, int], ...]] = {}  # chunk followed by a space -> its spans

    def spans(self, text: str) -> list[tuple[int, int]]:
        from underthesea.pipeline.word_tokenize import regex_tokenize

        pattern = regex_tokenize.patterns  # read at each call, as underthesea's tokenize() does
        if pattern is not self.pattern:  # first use, or underthesea recompiled it (fixed_words)
            self.pattern, self.known = pattern, {}
            self.plain = pattern.pattern == regex_tokenize.regex_patterns_combine
        if not self.plain or _CROSSING.search(text):
            return list(map(re.Match.span, pattern.finditer(text)))
        out: list[tuple[int, int]] = []
        chunks = _chunks(text)
        last = len(chunks) - 1
        known = self.known
        for n, (start, chunk) in enumerate(chunks):
            if n == last:
                found = self._read(chunk, text[start + len(chunk):])  # what follows the last chunk matters
            else:
                found = known.get(chunk)
                if found is None:
                    if len(known) >= MAX_CHUNKS:
                        known.clear()
                    found = known[chunk] = self._read(chunk, " ")
            if len(found) == 1 and found[0] == (0, len(chunk)):
                out.append((start, start + len(chunk)))
            else:
                out += [(start + a, start + b) for a, b in found]
        return out

    def _read(self, chunk: str, after: str) -> tuple[tuple[int, int], ...]:
        """The tokens of `chunk` when `after` (white space, possibly empty) follows it."""
        return tuple(m.span() for m in self.pattern.finditer(chunk + after) if m.end() <= len(chunk))


def _chunks(text: str) -> list[tuple[int, str]]:
    """(start, chunk) of every run of non-space characters."""
    if _OTHER_SPACE.search(text):
        return [(m.start(), m.group()) for m in _CHUNK.finditer(text)]
    out, at = [], 0
    for part in text.split(" "):
        if part:
            out.append((at, part))
        at += len(part) + 1
    return out


_TOKENIZER = _Tokenizer()


def tokens(text: str) -> list[tuple[int, int]]:
    """underthesea's regex tokens of `text` (NFC, as its word_tokenize normalizes) as (start, end) spans."""
    return _TOKENIZER.spans(text)
