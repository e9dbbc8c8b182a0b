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
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

from pipeline.nlp.tokenize import tokens

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
    ids: dict[str, int]  # feature value -> row of the weight matrix (0: no weight); emptied once in families


@dataclass(frozen=True)
class _Family:
    """Templates reading the same value (the same n-gram and function) at different offsets: one
    lookup per value serves them all. Column c of every table belongs to template `members[c]`."""

    g: int  # n-gram length
    function: str | None
    members: tuple[int, ...]  # template numbers
    a: np.ndarray  # (templates,) first offset of each member
    b: np.ndarray  # (templates,) last offset
    ends: np.ndarray  # (2, templates) weight rows of "BOS" and "EOS"
    rows: slice | list[int]  # the members' rows in the tagger's (1 + templates, syllables) matrix
    values: dict[str, int] | None = None  # value -> row of `table` (0: a value no member knows); None for flags
    table: np.ndarray | None = None  # (values + 1, templates) weight rows
    flag_rows: np.ndarray | None = None  # (2, templates) weight rows of "False" and "True"


@dataclass
class CRFModel:
    templates: list[_Template]
    families: list[_Family]
    weights: np.ndarray  # (rows, labels) float64; row 0 is all zeros
    label_weights: list[np.ndarray]  # per label, its column of `weights`, contiguous
    transitions: list[list[float]]  # [from][to]
    labels: list[str]
    dictionary: frozenset[str]
    syllables: _SyllableTable | None = None

    def __post_init__(self) -> None:
        self.syllables = _SyllableTable(self.families)


def _families(templates: list[_Template]) -> list[_Family]:
    grouped: dict[tuple[int, str | None], list[int]] = {}
    for k, t in enumerate(templates):
        grouped.setdefault((t.b - t.a + 1, t.function), []).append(k)
    out = []
    for (g, function), members in grouped.items():
        ts = [templates[k] for k in members]
        rows = (slice(1 + members[0], 1 + members[-1] + 1) if members == list(range(members[0], members[-1] + 1))
                else [1 + k for k in members])
        common = dict(g=g, function=function, members=tuple(members), rows=rows,
                      a=np.array([t.a for t in ts], dtype=np.intp), b=np.array([t.b for t in ts], dtype=np.intp),
                      ends=np.array([[t.ids.get(v, 0) for t in ts] for v in (BOS, EOS)], dtype=np.intp))
        if function in ("isdigit", "istitle", "is_in_dict"):
            rows = np.array([[t.ids.get(v, 0) for t in ts] for v in ("False", "True")], dtype=np.intp)
            out.append(_Family(**common, flag_rows=rows))
            continue
        values: dict[str, int] = {}
        for t in ts:
            for v in t.ids:
                values.setdefault(v, len(values) + 1)
        table = np.zeros((len(values) + 1, len(ts)), dtype=np.intp)
        for c, t in enumerate(ts):
            for v, row in t.ids.items():
                table[values[v], c] = row
        out.append(_Family(**common, values=values, table=table))
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
    families = _families(templates)
    templates = [replace(t, ids={}) for t in templates]  # the families hold the weights now: memory back
    return CRFModel(templates, families, weights,
                    [np.ascontiguousarray(weights[:, y]) for y in range(n)], transitions, labels,
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


def normalizes(text: str) -> bool:
    """underthesea's character normalization (NFC, 'ð' -> 'đ') would change this text."""
    from underthesea.pipeline.text_normalize.text_normalizer import character_map

    return not unicodedata.is_normalized("NFC", text) or any(c in text for c in character_map)


class _Batch:
    """The syllables of several sentences laid end to end, and the n-grams the templates read.

    Grams never cross a sentence: the g-grams of all sentences are listed in `grams[g]`, and
    `gram_first[g][p]` is where the g-grams of syllable p's sentence start in that list.
    """

    def __init__(self, sentences: list[list[str]], longest: int = 3):
        self.sizes = np.array([len(s) for s in sentences], dtype=np.intp)
        self.n = int(self.sizes.sum())
        first = np.repeat(np.cumsum(self.sizes) - self.sizes, self.sizes)
        self.position = np.arange(self.n, dtype=np.intp) - first  # position of each syllable in its sentence
        self.length = np.repeat(self.sizes, self.sizes)  # length of its sentence
        self.grams: dict[int, list[str]] = {1: [w for s in sentences for w in s]}
        self.gram_first: dict[int, np.ndarray] = {1: first}
        self.gram_syllable: dict[int, np.ndarray] = {1: np.arange(self.n, dtype=np.intp)}  # a gram's first syllable
        for g, join in ((2, lambda s: map(" ".join, zip(s, s[1:]))), (3, lambda s: map(" ".join, zip(s, s[1:], s[2:])))):
            if g > longest:
                break
            out: list[str] = []
            starts, syllables, syllable = [], [], 0
            for s in sentences:
                starts.append(len(out))
                out += join(s)
                syllables.extend(range(syllable, syllable + max(0, len(s) - g + 1)))
                syllable += len(s)
            self.grams[g] = out
            self.gram_first[g] = np.repeat(np.array(starts, dtype=np.intp), self.sizes)
            self.gram_syllable[g] = np.array(syllables, dtype=np.intp)
        self._lower: dict[int, list[str]] = {}
        self._flags: dict[tuple[int, str], np.ndarray] = {}
        self._index: dict[tuple[int, bytes, bytes], np.ndarray] = {}

    def flags(self, g: int, function: str, dictionary: frozenset[str]) -> np.ndarray:
        """The True/False value of isdigit, istitle or is_in_dict for every g-gram."""
        key = (g, function)
        if key in self._flags:
            return self._flags[key]
        count = len(self.grams[g])
        if function == "is_in_dict":
            out = np.fromiter(map(dictionary.__contains__, self.lower(g)), dtype=bool, count=count)
        elif function == "isdigit":  # a gram with a space never parses as a number
            out = _int32_flags(self.grams[1]) if g == 1 else np.zeros(count, dtype=bool)
        elif g == 1:
            out = _title_flags(self.grams[1])
        else:  # istitle: every syllable of the gram is
            unigram = self.flags(1, function, dictionary)
            out = np.ones(count, dtype=bool)
            for k in range(g):
                out &= unigram[self.gram_syllable[g] + k]
        self._flags[key] = out
        return out

    def lower(self, g: int) -> list[str]:
        if g not in self._lower:
            self._lower[g] = list(map(str.lower, self.grams[g]))
        return self._lower[g]

    def index(self, f: _Family) -> np.ndarray:
        """(templates, syllables): the g-gram each member reads at each syllable, as an index into
        grams[g], or len(grams[g]) for "BOS" (its first offset is before the sentence) and one more
        for "EOS" (its last offset is past the sentence). Families with the same offsets share it."""
        key = (f.g, f.a.tobytes(), f.b.tobytes())
        if key not in self._index:
            count = len(self.grams[f.g])
            first = self.position[None, :] + f.a[:, None]
            bos = first < 0
            eos = ~bos & (self.position[None, :] + f.b[:, None] >= self.length[None, :])
            self._index[key] = np.where(bos, count, np.where(eos, count + 1, self.gram_first[f.g][None, :] + first))
        return self._index[key]


# Distinct syllables (with numbers and names) in news text number in the tens of thousands; past this
# the table is emptied and refilled, so memory stays bounded on any archive.
MAX_SYLLABLES = 20_000


class _SyllableTable:
    """Per syllable, the weight rows of every single-syllable template (the syllable itself, lower
    case, number, title, dictionary word), computed once per distinct syllable and remembered: a few
    thousand syllables make up nearly all of any Vietnamese text."""

    def __init__(self, families: list[_Family]):
        self.families = [f for f in families if f.g == 1]
        self.offset: dict[int, int] = {}  # id(family) -> its first column
        width = 0
        for f in self.families:
            self.offset[id(f)] = width
            width += len(f.members)
        self.index: dict[str, int] = {}
        self.rows = np.zeros((256, width), dtype=np.intp)

    def ids(self, syllables: list[str], dictionary: frozenset[str]) -> np.ndarray:
        """(syllables, columns) weight rows."""
        count = len(syllables)
        at = np.fromiter(map(self.index.get, syllables, repeat(-1)), dtype=np.intp, count=count)
        if (at < 0).any():
            new = list(dict.fromkeys(s for s, a in zip(syllables, at.tolist()) if a < 0))
            if len(self.index) + len(new) > MAX_SYLLABLES:
                self.index.clear()
                new = list(dict.fromkeys(syllables))
            self._add(new, dictionary)
            at = np.fromiter(map(self.index.__getitem__, syllables), dtype=np.intp, count=count)
        return self.rows[at]

    def columns(self, f: _Family, ids: np.ndarray) -> np.ndarray:
        start = self.offset[id(f)]
        return ids[:, start : start + len(f.members)]

    def _add(self, new: list[str], dictionary: frozenset[str]) -> None:
        batch = _Batch([new], longest=1)
        block = np.hstack([_family_ids(f, batch, dictionary) for f in self.families])
        first = len(self.index)
        while first + len(new) > len(self.rows):
            self.rows = np.concatenate([self.rows, np.zeros_like(self.rows)])
        self.rows[first : first + len(new)] = block
        self.index.update(zip(new, range(first, first + len(new))))


def _family_ids(f: _Family, batch: _Batch, dictionary: frozenset[str]) -> np.ndarray:
    """(g-grams of the batch, members): the weight row of each member's value for each gram."""
    if f.values is not None:  # one dictionary lookup per value for every member of the family
        values = batch.grams[f.g] if f.function is None else batch.lower(f.g)
        return f.table[np.fromiter(map(f.values.get, values, repeat(0)), dtype=np.intp, count=len(values))]
    return f.flag_rows[batch.flags(f.g, f.function, dictionary).astype(np.intp)]


def _int32_flags(syllables: list[str]) -> np.ndarray:
    """Rust's str::parse::<i32>: an optional sign, ASCII digits, in range."""
    flags = np.fromiter(map(bool, map(_INT32.fullmatch, syllables)), dtype=bool, count=len(syllables))
    for i in np.flatnonzero(flags).tolist():
        flags[i] = -(2**31) <= int(syllables[i]) < 2**31
    return flags


def _title_flags(syllables: list[str]) -> np.ndarray:
    firsts = [w[:1] for w in syllables]
    return np.fromiter(map(str.__eq__, firsts, map(str.upper, firsts)), dtype=bool, count=len(syllables))


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
    inside = m.labels.index("I-W") if "I-W" in m.labels else -1
    for (i, spans), (path, _score) in zip(todo, _tag(m, syllables)):
        out[i] = _words(spans, path, inside)
    return out


def tag(sentences: list[list[str]]) -> list[tuple[list[str], float]]:
    """B-W/I-W tags and the best path's score of each sentence of syllables, as underthesea_core's
    `CRFTagger.tag_with_score` gives them for the featurizer's strings (`model()` must not be None)."""
    m = model()
    return [([m.labels[y] for y in path], score) for path, score in _tag(m, sentences)]


def _tag(m: CRFModel, sentences: list[list[str]]) -> list[tuple[list[int], float]]:
    batch = _Batch(sentences)
    # rows[1 + k, p]: the weight row of template k's value at syllable p; rows[0] is the zero row the
    # tagger's sum starts from. One more column of zero rows keeps the sum below a sum over rows.
    rows = np.zeros((len(m.templates) + 1, batch.n + 1), dtype=np.intp)
    single = m.syllables.ids(batch.grams[1], m.dictionary)
    for f in m.families:
        ids = m.syllables.columns(f, single) if f.g == 1 else _family_ids(f, batch, m.dictionary)
        # The ids with BOS and EOS after the grams, read flat: member c of gram v is at v * width + c.
        width = len(f.members)
        flat = np.concatenate([ids, f.ends]).ravel()
        rows[f.rows, : batch.n] = flat.take(batch.index(f) * width + np.arange(width)[:, None])
    # Summed along axis 0 (not the contiguous one), numpy adds row after row into the running sum: one
    # template after the other, in the featurizer's order, exactly the tagger's additions.
    per_label = [np.add.reduce(w[rows], axis=0)[: batch.n].tolist() for w in m.label_weights]
    emission = list(zip(*per_label))
    out = []
    first = 0
    for size in batch.sizes.tolist():
        out.append(_viterbi(emission[first : first + size], m.transitions))
        first += size
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


def _words(spans: list[tuple[int, int]], path: list[int], inside: int) -> list[tuple[int, int]]:
    """Syllables joined into words: a syllable tagged I-W (label `inside`) continues the word before it."""
    words: list[tuple[int, int]] = []
    for k, ((a, b), y) in enumerate(zip(spans, path)):
        if y == inside and k > 0:
            words[-1] = (words[-1][0], b)
        else:
            words.append((a, b))
    return words
