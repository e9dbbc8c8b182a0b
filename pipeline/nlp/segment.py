"""underthesea's word segmentation, the same words at a fraction of the cost.

`underthesea.word_tokenize(text, use_token_normalize=False)` does three things per sentence: its
regex tokenizer splits syllables and punctuation, a Rust featurizer turns every syllable into 43
feature strings ("T[-1,0].lower=thi đua"), and a CRF tagger (B-W / I-W) maps the strings back to
weights and runs Viterbi. Building and reading back those millions of Python strings is most of
its time. Here the same CRF model file is read once, its weights are indexed per feature template
by value, and the emission of each syllable is summed from those tables in the featurizer's order
(so every sum is bit for bit the tagger's); Viterbi then breaks ties as the tagger does. Token
offsets come from the tokenizer's own regex matches, so no alignment is needed.

The rules reproduced (underthesea_core 3.3.2, `featurizers.rs` and `crf/tagger.rs`): a template
T[a] or T[a,b] whose first index is before the sentence gives "BOS", whose last is past it gives
"EOS"; `lower` is str.lower, `isdigit` is "parses as a 32-bit integer", `istitle` is "every
space-separated part starts with a character equal to its upper case", `is_in_dict` looks the
lower-cased text up in the model's dictionary. tests/nlp/test_segment.py compares the words with
underthesea's on every sentence of the bundled corpora.

A sentence the fast path cannot reproduce exactly (text that underthesea's character
normalization would change) returns None and the caller uses underthesea itself; so does every
sentence when the model files are not in the expected format.
"""

from __future__ import annotations

import logging
import math
import pickle
import re
import struct
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

log = logging.getLogger("thidua")

_MODEL = "ws_crf_vlsp2013_20230727"  # the model underthesea.word_tokenize loads
_TEMPLATE = re.compile(r"T\[(?P<a>-?\d+)(?:,(?P<b>-?\d+))?\](?:\[(?P<column>.*)\])?(?:\.(?P<function>.*))?$")
_FUNCTIONS = {None, "lower", "isdigit", "istitle", "is_in_dict"}
_INT32 = re.compile(r"[+-]?[0-9]+")
BOS, EOS = "BOS", "EOS"


class ModelFormatError(ValueError):
    """The model files are not what this module reads; underthesea itself is used instead."""


@dataclass(frozen=True)
class _Template:
    a: int
    b: int
    function: str | None
    ids: dict[str, int]  # feature value -> row of the weight matrix (0: no weight)


@dataclass(frozen=True)
class _Family:
    """Templates reading the same value (the same n-gram and function) at different offsets, so that one
    dictionary lookup per value serves them all: `table[values[v], column]` is a weight row."""

    values: dict[str, int]  # value -> row of `table` (0: a value no template of the family knows)
    table: np.ndarray  # (values + 1, templates) weight rows
    column: dict[int, int]  # template number -> column


@dataclass
class CRFModel:
    templates: list[_Template]
    families: dict[tuple[int, str | None], _Family]  # (gram length, function) -> family
    weights: np.ndarray  # (rows, labels) float64; row 0 is all zeros
    transitions: list[list[float]]  # [from][to]
    labels: list[str]
    dictionary: frozenset[str]


def _families(templates: list[_Template]) -> dict[tuple[int, str | None], _Family]:
    grouped: dict[tuple[int, str | None], list[int]] = {}
    for k, t in enumerate(templates):
        grouped.setdefault((t.b - t.a + 1, t.function), []).append(k)
    out = {}
    for key, members in grouped.items():
        values: dict[str, int] = {}
        for k in members:
            for v in templates[k].ids:
                values.setdefault(v, len(values) + 1)
        table = np.zeros((len(values) + 1, len(members)), dtype=np.intp)
        for c, k in enumerate(members):
            for v, row in templates[k].ids.items():
                table[values[v], c] = row
        out[key] = _Family(values, table, {k: c for c, k in enumerate(members)})
    return out


def _cqdb_strings(data: bytes, offset: int, count: int) -> list[str]:
    """The strings of a CRFsuite string table (CQDB) in the order of its id table, as the tagger reads them."""
    if data[offset : offset + 4] != b"CQDB":
        raise ModelFormatError("no CQDB string table where the header says")
    _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<5I", data, offset + 4)
    out = []
    for (entry,) in struct.iter_unpack("<I", data[offset + bwd_offset : offset + bwd_offset + 4 * min(count, bwd_size)]):
        if entry == 0:
            continue  # an empty slot: the tagger skips it too
        _id, size = struct.unpack_from("<2I", data, offset + entry)
        key = data[offset + entry + 8 : offset + entry + 8 + size]
        out.append(key.split(b"\0", 1)[0].decode("utf-8", errors="replace"))
    return out


def _interned(strings: list[str]) -> dict[str, int]:
    """string -> id, numbered in order of first appearance (the tagger's get_or_insert)."""
    ids: dict[str, int] = {}
    for s in strings:
        ids.setdefault(s, len(ids))
    return ids


def read_model(folder: Path) -> CRFModel:
    """The CRFsuite model, feature templates and dictionary underthesea's word segmentation uses."""
    data = (folder / "models.bin").read_bytes()
    if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        raise ModelFormatError(f"{folder / 'models.bin'}: not a CRFsuite model")
    (_version, n_features, n_labels, n_attrs, off_features, off_labels, off_attrs, _lrefs,
     _arefs) = struct.unpack_from("<9I", data, 12)
    labels = list(_interned(_cqdb_strings(data, off_labels, n_labels)))
    attrs = _interned(_cqdb_strings(data, off_attrs, n_attrs))
    if data[off_features : off_features + 4] != b"FEAT":
        raise ModelFormatError("no FEAT chunk where the header says")
    (count,) = struct.unpack_from("<I", data, off_features + 8)
    count = count or n_features
    features = np.frombuffer(data, dtype=np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")]),
                             count=count, offset=off_features + 12)
    n = len(labels)
    weights = np.zeros((len(attrs) + 1, n), dtype=np.float64)
    transitions = [[0.0] * n for _ in range(n)]
    for kind, src, dst, w in features.tolist():  # in file order: a repeated feature keeps its last weight
        if kind == 0 and src < len(attrs) and dst < n:
            weights[src + 1, dst] = w
        elif kind == 1 and src < n and dst < n:
            transitions[src][dst] = w
    by_syntax: dict[str, dict[str, int]] = {}  # "T[0,1].lower" -> value -> weight row
    for attr, i in attrs.items():
        syntax, _, value = attr.partition("=")  # a template's syntax has no "="
        by_syntax.setdefault(syntax, {})[value] = i + 1
    templates = [_template(syntax, by_syntax.get(syntax, {})) for syntax in _load_pickle(folder / "features.bin")]
    return CRFModel(templates, _families(templates), weights, transitions, labels,
                    frozenset(_load_pickle(folder / "dictionary.bin")))


def _template(syntax: str, ids: dict[str, int]) -> _Template:
    m = _TEMPLATE.match(syntax)
    if not m or m["function"] not in _FUNCTIONS or (m["column"] not in (None, "0")):
        raise ModelFormatError(f"feature template {syntax!r} is not one this module computes")
    a = int(m["a"])
    b = int(m["b"]) if m["b"] is not None else a
    if b < a:
        raise ModelFormatError(f"feature template {syntax!r} runs backwards")
    return _Template(a, b, m["function"], ids)


def _load_pickle(path: Path):
    """A joblib file holding plain Python objects is a pickle: the C unpickler reads it ten times faster."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # a joblib container (compressed, numpy arrays): let joblib read it
        import joblib

        return joblib.load(path)


@lru_cache(maxsize=1)
def model() -> CRFModel | None:
    """The word segmentation model, read once per process; None when it cannot be read exactly."""
    import underthesea.pipeline.word_tokenize as wt

    folder = Path(wt.__file__).parent / "models" / _MODEL
    try:
        return read_model(folder)
    except (OSError, ModelFormatError, struct.error, ValueError) as exc:
        log.warning("word segmentation through underthesea itself (slower): %s", exc)
        return None


def _is_int32(token: str) -> bool:
    # Rust's str::parse::<i32>: an optional sign, ASCII digits, in range.
    return bool(_INT32.fullmatch(token)) and -(2**31) <= int(token) < 2**31


def _starts_upper(token: str) -> bool:
    # A syllable "is title" when its first character equals its upper case ("Hà", "2020", ",").
    return token[:1] == token[:1].upper()


def normalizes(text: str) -> bool:
    """underthesea's character normalization (NFC, 'ð' -> 'đ') would change this text."""
    from underthesea.pipeline.text_normalize.text_normalizer import character_map

    return not unicodedata.is_normalized("NFC", text) or any(c in text for c in character_map)


def tokens(text: str) -> list[tuple[int, int]]:
    """underthesea's regex tokenizer as (start, end) spans of `text` (already normalized)."""
    from underthesea.pipeline.word_tokenize import regex_tokenize

    # Read the module's pattern at each call, as its tokenize() does.
    return [m.span() for m in regex_tokenize.patterns.finditer(text)]


class _Batch:
    """The syllables of several sentences laid end to end, and the n-grams the templates read.

    Grams never cross a sentence: sentence i's g-grams start at `gram_start[g][i]` in `grams[g]`.
    """

    def __init__(self, sentences: list[list[str]]):
        self.sizes = np.array([len(s) for s in sentences], dtype=np.intp)
        self.n = int(self.sizes.sum())
        first = np.repeat(np.cumsum(self.sizes) - self.sizes, self.sizes)
        self.position = np.arange(self.n, dtype=np.intp) - first  # position of each syllable in its sentence
        self.length = np.repeat(self.sizes, self.sizes)  # length of its sentence
        self.grams: dict[int, list[str]] = {}
        self.gram_first: dict[int, np.ndarray] = {}  # per syllable: where its sentence's g-grams start
        for g in (1, 2, 3):
            out: list[str] = []
            starts = []
            for s in sentences:
                starts.append(len(out))
                if g == 1:
                    out += s
                elif g == 2:
                    out += map(" ".join, zip(s, s[1:]))
                else:
                    out += map(" ".join, zip(s, s[1:], s[2:]))
            self.grams[g] = out
            self.gram_first[g] = np.repeat(np.array(starts, dtype=np.intp), self.sizes)
        self._lower: dict[int, list[str]] = {}
        self._index: dict[tuple[int, int], np.ndarray] = {}

    def lower(self, g: int) -> list[str]:
        if g not in self._lower:
            self._lower[g] = list(map(str.lower, self.grams[g]))
        return self._lower[g]

    def index(self, a: int, b: int) -> np.ndarray:
        """Per syllable, the gram T[a,b] reads: an index into grams[b-a+1], or one past it for BOS, two for EOS."""
        key = (a, b)
        if key not in self._index:
            g = b - a + 1
            idx = self.gram_first[g] + self.position + a
            bos = self.position + a < 0
            eos = ~bos & (self.position + b >= self.length)
            idx[bos] = len(self.grams[g])
            idx[eos] = len(self.grams[g]) + 1
            self._index[key] = idx
        return self._index[key]


def _template_ids(k: int, m: CRFModel, batch: _Batch, looked_up: dict, flags: dict) -> np.ndarray:
    """Per syllable, the weight row of template k's value there."""
    t = m.templates[k]
    g = t.b - t.a + 1
    key = (g, t.function)
    ends = np.array([t.ids.get(BOS, 0), t.ids.get(EOS, 0)], dtype=np.intp)
    if t.function in (None, "lower"):
        if key not in looked_up:  # one lookup per value for the whole family
            family = m.families[key]
            values = batch.grams[g] if t.function is None else batch.lower(g)
            rows = np.fromiter(map(family.values.get, values, repeat(0)), dtype=np.intp, count=len(values))
            looked_up[key] = family.table[rows]
        ids = looked_up[key][:, m.families[key].column[k]]
    else:
        if key not in flags:
            flags[key] = _flags(batch, g, t.function, m.dictionary, flags)
        ids = np.where(flags[key], t.ids.get("True", 0), t.ids.get("False", 0))
    return np.concatenate([ids, ends])[batch.index(t.a, t.b)]


def _flags(batch: _Batch, g: int, function: str, dictionary: frozenset[str], flags: dict) -> np.ndarray:
    """The True/False value of isdigit, istitle or is_in_dict for every g-gram of the batch."""
    if function == "is_in_dict":
        return np.fromiter(map(dictionary.__contains__, batch.lower(g)), dtype=bool, count=len(batch.grams[g]))
    if g == 1:
        return np.fromiter(map(_starts_upper if function == "istitle" else _is_int32, batch.grams[1]), dtype=bool,
                           count=batch.n)
    if (1, function) not in flags:
        flags[(1, function)] = _flags(batch, 1, function, dictionary, flags)
    unigram = flags[(1, function)]
    if function == "isdigit":  # a gram with a space never parses as a number
        return np.zeros(len(batch.grams[g]), dtype=bool)
    # A gram is title when each of its syllables is: AND over the window, within each sentence.
    out = []
    starts = np.cumsum(batch.sizes) - batch.sizes
    for first, size in zip(starts.tolist(), batch.sizes.tolist()):
        window = unigram[first : first + size]
        count = max(0, size - g + 1)
        acc = window[:count].copy()
        for k in range(1, g):
            acc &= window[k : k + count]
        out.append(acc)
    return np.concatenate(out) if out else np.zeros(0, dtype=bool)


def segment(sentences: list[str]) -> list[list[tuple[int, int]] | None]:
    """Words of each sentence as (start, end) spans, as underthesea.word_tokenize(s, use_token_normalize=False)
    gives them; None for a sentence only underthesea itself can segment exactly."""
    m = model()
    out: list[list[tuple[int, int]] | None] = [None] * len(sentences)
    if m is None:
        return out
    todo: list[tuple[int, list[tuple[int, int]]]] = []
    syllables: list[list[str]] = []
    for i, text in enumerate(sentences):
        if normalizes(text):
            continue
        spans = tokens(text)
        words = [text[a:b] for a, b in spans]
        if not words or any(" " in w for w in words):
            continue  # (a syllable with a space in it: underthesea's own featurizer decides)
        todo.append((i, spans))
        syllables.append(words)
    if not todo:
        return out
    for (i, spans), (tags, _score) in zip(todo, tag(syllables)):
        out[i] = _words(spans, tags)
    return out


def tag(sentences: list[list[str]]) -> list[tuple[list[str], float]]:
    """B-W/I-W tags and the best path's score of each sentence of syllables, as underthesea_core's
    `CRFTagger.tag_with_score` gives them for the featurizer's strings (`model()` must not be None)."""
    m = model()
    batch = _Batch(sentences)
    looked_up: dict[tuple[int, str | None], np.ndarray] = {}
    flags: dict[tuple[int, str], np.ndarray] = {}
    emission = np.zeros((batch.n, m.weights.shape[1]), dtype=np.float64)
    for k in range(len(m.templates)):  # one addition per template, in the featurizer's order: the tagger's rounding
        emission += m.weights[_template_ids(k, m, batch, looked_up, flags)]
    rows = emission.tolist()
    out = []
    first = 0
    for size in batch.sizes.tolist():
        path, score = _viterbi(rows[first : first + size], m.transitions)
        first += size
        out.append(([m.labels[y] for y in path], score))
    return out


_NEG = -math.inf


def _viterbi(emission: list[list[float]], transitions: list[list[float]]) -> tuple[list[int], float]:
    """The tagger's Viterbi and its best score: strict '>' from -inf keeps the first best label on ties."""
    if not emission:
        return [], 0.0
    if len(transitions) == 2:
        return _viterbi2(emission, transitions)
    return _viterbi_general(emission, transitions)


def _viterbi_general(emission: list[list[float]], transitions: list[list[float]]) -> tuple[list[int], float]:
    n = len(emission)
    labels = range(len(transitions))
    score = list(emission[0])
    back: list[list[int]] = []
    for t in range(1, n):
        new, pointers = [], []
        for y in labels:
            best, best_prev = _NEG, 0
            for y_prev in labels:
                s = score[y_prev] + transitions[y_prev][y]
                if s > best:
                    best, best_prev = s, y_prev
            new.append(best + emission[t][y])
            pointers.append(best_prev)
        score = new
        back.append(pointers)
    best, last = _NEG, 0
    for y in labels:
        if score[y] > best:
            best, last = score[y], y
    return _backtrack(last, back), best


def _viterbi2(emission: list[list[float]], transitions: list[list[float]]) -> tuple[list[int], float]:
    """The same for two labels (B-W, I-W), unrolled: the same comparisons in the same order."""
    (t00, t01), (t10, t11) = transitions
    s0, s1 = emission[0]
    back: list[tuple[int, int]] = []
    for e0, e1 in emission[1:]:
        a = s0 + t00  # into label 0 from label 0
        a = a if a > _NEG else _NEG
        b = s1 + t10  # from label 1
        c = s0 + t01  # into label 1 from label 0
        c = c if c > _NEG else _NEG
        d = s1 + t11
        p0, p1 = b > a, d > c
        s0 = (b if p0 else a) + e0
        s1 = (d if p1 else c) + e1
        back.append((int(p0), int(p1)))
    s0 = s0 if s0 > _NEG else _NEG
    last = int(s1 > s0)
    return _backtrack(last, back), (s1 if last else s0)


def _backtrack(last: int, back: list) -> list[int]:
    path = [last]
    for pointers in reversed(back):
        path.append(pointers[path[-1]])
    return path[::-1]


def _words(spans: list[tuple[int, int]], tags: list[str]) -> list[tuple[int, int]]:
    """Syllables joined into words: an I-W syllable continues the word before it."""
    words: list[tuple[int, int]] = []
    for k, ((a, b), tag) in enumerate(zip(spans, tags)):
        if tag == "I-W" and k > 0:
            words[-1] = (words[-1][0], b)
        else:
            words.append((a, b))
    return words
