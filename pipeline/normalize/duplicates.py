"""Articles: the same story republished on several sites, linked to one canonical article.

Each article's text (without its date line and byline, which differ between sites) becomes a set
of word shingles (`SHINGLE_WORDS` consecutive words of its match key); a MinHash of
`NUM_PERM` permutations (datasketch) estimates the Jaccard similarity of two sets. Articles at
least `THRESHOLD` similar are copies of one story; copies of copies join the same group. The
canonical article of a group is the one published first (undated last), then the smallest id.
Candidate pairs come from locality-sensitive hashing, without comparing every pair: two articles
are candidates when one band of their MinHashes is equal, with the bands and rows datasketch's
MinHashLSH chooses for a threshold a little below ours (`_LSH_MARGIN`); every candidate is
checked against the threshold itself. Which pairs are copies does not depend on the order
articles come in, so the bands are compared once, at the end, all articles at a time.

Memory: one MinHash (NUM_PERM 32-bit values, 512 bytes) per article, nothing else until `resolve()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from pipeline.core.text import match_key

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
        from datasketch import MinHash, MinHashLSH

        self._minhash = MinHash
        # Every MinHash draws the same permutations from its seed: drawn once here, not per article.
        template = MinHash(num_perm=NUM_PERM)
        self._scheme, self._permutations = template.scheme, template.permutations
        self._dtype = template.hashvalues.dtype
        lsh = MinHashLSH(threshold=THRESHOLD - _LSH_MARGIN, num_perm=NUM_PERM)
        self._bands, self._rows = lsh.b, lsh.r
        self._ids: list[str] = []  # articles with a MinHash, in the order added
        self._signatures: list[bytes] = []  # their MinHash values
        self._order: dict[str, tuple[bool, str, str]] = {}  # id -> (undated, published, id)

    def add(self, article_id: str, text: str, published: str | None) -> str | None:
        """Keep one article's MinHash; returns a skip reason ("short_text") when it cannot be compared."""
        self._order[article_id] = (published is None, published or "", article_id)
        grams = shingles(text)
        if len(grams) < MIN_SHINGLES:
            return "short_text"
        mh = self._minhash(num_perm=NUM_PERM, permutations=self._permutations, scheme=self._scheme)
        mh.update_batch(g.encode("utf-8") for g in grams)
        self._ids.append(article_id)
        self._signatures.append(mh.hashvalues.tobytes())
        return None

    def resolve(self) -> dict[str, Canonical]:
        """Every article added, with its canonical article and its similarity to it."""
        signatures = np.frombuffer(b"".join(self._signatures), dtype=self._dtype).reshape(-1, NUM_PERM)
        parent = {aid: aid for aid in self._order}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        for members in self._buckets(signatures):
            if len({find(self._ids[m]) for m in members}) == 1:
                continue  # already one story: no pair in it can change the groups
            block = signatures[members]
            for x in range(len(members) - 1):
                # The share of equal values with each later member, as MinHash.jaccard computes it.
                similar = np.count_nonzero(block[x + 1 :] == block[x], axis=1) / float(NUM_PERM) >= THRESHOLD
                for y in np.flatnonzero(similar).tolist():
                    union(self._ids[members[x]], self._ids[members[x + 1 + y]])
        groups: dict[str, list[str]] = {}
        for aid in self._order:
            groups.setdefault(find(aid), []).append(aid)
        row = {aid: n for n, aid in enumerate(self._ids)}
        out: dict[str, Canonical] = {}
        for members in groups.values():
            canon = min(members, key=lambda a: self._order[a])
            for aid in members:
                sim = 1.0 if aid == canon else round(_jaccard(signatures[row[aid]], signatures[row[canon]]), 3)
                out[aid] = Canonical(canon, sim)
        return out

    def _buckets(self, signatures: np.ndarray) -> Iterator[list[int]]:
        """Rows whose MinHashes agree on one band, band after band (buckets of one left out)."""
        for band in range(self._bands):
            block = np.ascontiguousarray(signatures[:, band * self._rows : (band + 1) * self._rows])
            if not len(block):
                return
            _, bucket, counts = np.unique(block, axis=0, return_inverse=True, return_counts=True)
            order = np.argsort(bucket.reshape(-1), kind="stable")
            for end, count in zip(np.cumsum(counts).tolist(), counts.tolist()):
                if count > 1:
                    yield order[end - count : end].tolist()


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The estimate datasketch's MinHash.jaccard gives: the share of equal values."""
    return float(np.count_nonzero(a == b)) / float(len(a))
