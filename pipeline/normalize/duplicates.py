"""Articles: the same story republished on several sites, linked to one canonical article.

Each article's text (without its date line and byline, which differ between sites) becomes a set
of word shingles (`SHINGLE_WORDS` consecutive words of its match key); a MinHash of
`NUM_PERM` permutations (datasketch) estimates the Jaccard similarity of two sets. Articles at
least `THRESHOLD` similar are copies of one story; copies of copies join the same group. The
canonical article of a group is the one published first (undated last), then the smallest id.
An LSH index finds candidate pairs without comparing every pair; it is tuned a little below
the threshold (`_LSH_MARGIN`) and every candidate is checked against the threshold itself.

Memory: one MinHash (NUM_PERM 32-bit values, 512 bytes) per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.core.text import match_key

if TYPE_CHECKING:
    from datasketch import LeanMinHash

# Five-word shingles: long enough that two articles on the same kind of event (same template
# phrases, "hội nghị tổng kết phong trào thi đua") share few, short enough that one edited
# sentence changes only the shingles around it.
SHINGLE_WORDS = 5
# Republished copies with a new lead, a cut paragraph or a changed byline keep well above half of
# their shingles; distinct articles on the same event type, even from one province, stay far below.
THRESHOLD = 0.5
NUM_PERM = 128
# Candidates come from an index tuned this much lower, so near-threshold pairs are not missed.
_LSH_MARGIN = 0.1
# Fewer shingles than this and a text is too short to call a copy (a stub, a caption).
MIN_SHINGLES = 20
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Canonical:
    canonical_id: str
    similarity: float  # estimated Jaccard similarity to the canonical article (1.0 for itself)


def shingles(text: str) -> set[str]:
    words = _WORD.findall(match_key(text))
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


class DuplicateFinder:
    """Add articles one by one, then `resolve()` which copy stands for which."""

    def __init__(self) -> None:
        # Imported here: datasketch loads scipy (a second or more), which only linking needs.
        from datasketch import LeanMinHash, MinHash, MinHashLSH

        self._minhash, self._lean = MinHash, LeanMinHash
        # Every MinHash draws the same permutations from its seed: drawn once here, not per article.
        template = MinHash(num_perm=NUM_PERM)
        self._scheme, self._permutations = template.scheme, template.permutations
        self._lsh = MinHashLSH(threshold=THRESHOLD - _LSH_MARGIN, num_perm=NUM_PERM)
        self._hashes: dict[str, LeanMinHash] = {}
        self._order: dict[str, tuple[bool, str, str]] = {}  # id -> (undated, published, id)
        self._parent: dict[str, str] = {}

    def add(self, article_id: str, text: str, published: str | None) -> str | None:
        """Index one article; returns a skip reason ("short_text") when it cannot be compared."""
        self._order[article_id] = (published is None, published or "", article_id)
        self._parent.setdefault(article_id, article_id)
        grams = shingles(text)
        if len(grams) < MIN_SHINGLES:
            return "short_text"
        mh = self._minhash(num_perm=NUM_PERM, permutations=self._permutations, scheme=self._scheme)
        mh.update_batch(g.encode("utf-8") for g in grams)
        lean = self._lean(mh)
        for other in self._lsh.query(lean):
            if lean.jaccard(self._hashes[other]) >= THRESHOLD:
                self._union(article_id, other)
        self._lsh.insert(article_id, lean)
        self._hashes[article_id] = lean
        return None

    def _find(self, x: str) -> str:
        while self._parent[x] != x:
            self._parent[x] = self._parent[self._parent[x]]
            x = self._parent[x]
        return x

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def resolve(self) -> dict[str, Canonical]:
        """Every article added, with its canonical article and its similarity to it."""
        groups: dict[str, list[str]] = {}
        for aid in self._order:
            groups.setdefault(self._find(aid), []).append(aid)
        out: dict[str, Canonical] = {}
        for members in groups.values():
            canon = min(members, key=lambda a: self._order[a])
            for aid in members:
                if aid == canon:
                    sim = 1.0
                else:
                    sim = round(self._hashes[aid].jaccard(self._hashes[canon]), 3)
                out[aid] = Canonical(canon, sim)
        return out
