"""Movements: variants of one campaign's name grouped under one canonical movement.

A name's key is its text with quotes, case, tone placement and punctuation unified, a cue word
left at its start ("phong trào thi đua ...") and a period at its end ("giai đoạn 2021-2025")
removed, and province names (old, new or former) and scope words ("cả nước", "Việt Nam") taken out:

    “Nam Định chung sức xây dựng nông thôn mới nâng cao”  -> chung sức xây dựng nông thôn mới nâng cao
    "Cả nước chung sức xây dựng nông thôn mới"           -> chung sức xây dựng nông thôn mới

A name is national when its key equals the key of a name listed in
`patterns/national_movements.yaml` (or is at least `SAME_NAME_RATIO` similar to one): its id is
"mv-" + the entry's id, and its canonical name the entry's label, whatever province runs it.
Other names are grouped by key and by the province named in them, so "Bắc Ninh đoàn kết, đổi
mới..." and "Ninh Bình đoàn kết, đổi mới..." stay two; within a province, keys at least
`SAME_NAME_RATIO` similar are one movement. Their id is "mv-" + short_hash(province key | key),
the key being the shortest of the group (then the first in alphabetical order), and their
canonical name the spelling written most often (then the first one read).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.patterns import Entry, boundary_regex
from pipeline.core.text import match_key, nfc, squash, strip_quotes, unify_tones
from pipeline.normalize.ids import short_hash
from pipeline.normalize.places import province_name_pattern

# Two spellings this similar are one movement: the threshold the evaluation uses for movement names.
SAME_NAME_RATIO = 0.9
# Keys are compared only within blocks sharing their first or last words (so the work stays linear);
# a real variant differs in a word or two, not in both ends at once.
_BLOCK_WORDS = 2
_QUOTES = re.compile(r"[\"'“”‘’«»„‟`´]")
_NOT_WORD = re.compile(r"[^\w]+")
_UNIT_BEFORE = re.compile(r"(?:tỉnh|thành\s+phố|TP\.?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Vocab:
    national: dict[str, Entry]  # key of a listed name -> entry
    scope_words: re.Pattern[str]
    noise: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    file = patterns.load("national_movements")
    v = _Vocab({}, re.compile(boundary_regex(file.terms("scope_words")), re.IGNORECASE),
               tuple(e.compiled for e in file.section("key_noise")))
    for e in file.section("national"):
        for t in [*e.terms, e.label or ""]:
            if t:
                v.national.setdefault(movement_key(t, v)[0], e)
    return v


def movement_key(name: str, v: _Vocab | None = None) -> tuple[str, str]:
    """(key, province key) of a movement name; the province key is "" when no province is named.

    >>> movement_key("“Nam Định chung sức xây dựng nông thôn mới nâng cao”")
    ('chung sức xây dựng nông thôn mới nâng cao', 'nam định')
    >>> movement_key("phong trào thi đua Cả nước thi đua xây dựng xã hội học tập giai đoạn 2023-2030")
    ('thi đua xây dựng xã hội học tập', '')
    """
    v = v or _vocab()
    text = unify_tones(squash(_QUOTES.sub(" ", strip_quotes(nfc(name)))))
    for rx in v.noise:
        text = rx.sub("", text).strip()
    place = ""
    for m in reversed(list(province_name_pattern().finditer(text))):
        place = place or match_key(m.group())
        before = _UNIT_BEFORE.search(text[: m.start()])
        start = before.start() if before else m.start()
        text = f"{text[:start]} {text[m.end():]}"
    text = v.scope_words.sub(" ", text)
    key = squash(_NOT_WORD.sub(" ", text.casefold()).replace("_", " "))
    return key, place


@dataclass
class Movement:
    movement_id: str
    canonical_name: str
    national: bool
    place: str  # province key named in the names ("" for national movements and unplaced names)
    keys: set[str] = field(default_factory=set)
    surfaces: Counter[str] = field(default_factory=Counter)
    provinces: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)


class MovementGrouper:
    """Collects movement mentions (compact keys only), then groups them."""

    def __init__(self) -> None:
        self._mentions: list[tuple[str, str, str, str, str, str | None, str]] = []
        # (article_id, row_id, surface, key, place, date, article province)

    def add(self, article_id: str, row_id: str, name: str, province: str | None, date: str | None) -> None:
        key, place = movement_key(name)
        if key:
            surface = squash(strip_quotes(nfc(name)))
            self._mentions.append((article_id, row_id, surface, key, place, date, province or ""))

    def mentions(self) -> list[tuple[str, str, str, str, str, str | None, str]]:
        """(article_id, row_id, surface, key, province key, date, article province), in the order added."""
        return self._mentions

    def group(self) -> tuple[list[Movement], dict[str, str]]:
        """The movements, and each mention's movement id (by its row id)."""
        v = _vocab()
        national_keys = list(v.national)
        entry_of: dict[tuple[str, str], Entry | None] = {}
        for _, _, _, key, place, _, _ in self._mentions:
            if (key, place) not in entry_of:
                entry_of[(key, place)] = v.national.get(key) or _near(key, national_keys, v.national)
        local = sorted({(place, key) for (key, place), e in entry_of.items() if e is None})
        root = _cluster(local)
        movements: dict[str, Movement] = {}
        row_to_id: dict[str, str] = {}
        groups: dict[tuple[str, str], list[str]] = {}
        for place, key in local:
            groups.setdefault(root[(place, key)], []).append(key)
        id_of: dict[tuple[str, str], str] = {}
        for (place, _), keys in groups.items():
            rep = min(keys, key=lambda k: (len(k), k))
            for k in keys:
                id_of[(place, k)] = "mv-" + short_hash(f"{place}|{rep}")
        for article_id, row_id, surface, key, place, date, province in self._mentions:
            entry = entry_of[(key, place)]
            if entry:
                mid = "mv-" + entry.id.replace("_", "-")
                mv = movements.setdefault(mid, Movement(mid, entry.label or entry.terms[0], True, ""))
            else:
                mid = id_of[(place, key)]
                mv = movements.setdefault(mid, Movement(mid, "", False, place))
            mv.keys.add(key)
            mv.surfaces[surface] += 1
            if province:
                mv.provinces.add(province)
            mv.articles.add(article_id)
            if date:
                mv.dates.append(date[:10])
            row_to_id[row_id] = mid
        for mv in movements.values():
            if not mv.canonical_name:  # the spelling written most often, then the first one seen
                order = {s: i for i, s in enumerate(mv.surfaces)}
                mv.canonical_name = min(mv.surfaces, key=lambda s: (-mv.surfaces[s], order[s]))
        return sorted(movements.values(), key=lambda m: m.movement_id), row_to_id


def _near(key: str, keys: list[str], table: dict[str, Entry]) -> Entry | None:
    for k in keys:
        if _similar(key, k):
            return table[k]
    return None


def _similar(a: str, b: str) -> bool:
    m = _matcher(b)
    m.set_seq1(a)
    # The cheap upper bounds first, each computed only when the one before passes: most pairs fail them.
    return (m.real_quick_ratio() >= SAME_NAME_RATIO and m.quick_ratio() >= SAME_NAME_RATIO
            and m.ratio() >= SAME_NAME_RATIO)


@lru_cache(maxsize=1024)
def _matcher(b: str) -> difflib.SequenceMatcher:
    """A matcher against `b`: SequenceMatcher indexes its second string, once per string here."""
    return difflib.SequenceMatcher(None, "", b)


def _cluster(items: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """Union-find over (place, key): same place and similar keys, compared within blocks."""
    parent = {it: it for it in items}

    def find(x: tuple[str, str]) -> tuple[str, str]:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for place, key in items:
        words = key.split()
        blocks.setdefault((place, "head", " ".join(words[:_BLOCK_WORDS])), []).append((place, key))
        blocks.setdefault((place, "tail", " ".join(words[-_BLOCK_WORDS:])), []).append((place, key))
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if find(a) != find(b) and _similar(a[1], b[1]):
                    ra, rb = sorted((find(a), find(b)))
                    parent[rb] = ra
    return {it: find(it) for it in items}


def movement_row(mv: Movement, canonical_of: Callable[[str], str], separator: str) -> dict[str, object]:
    dates = sorted(mv.dates)
    return {
        "movement_id": mv.movement_id, "canonical_name": mv.canonical_name, "national": mv.national,
        "variants": separator.join(sorted(mv.surfaces)), "provinces": separator.join(sorted(mv.provinces)),
        "n_articles": len({canonical_of(a) for a in mv.articles}), "n_mentions": sum(mv.surfaces.values()),
        "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
    }
