"""Which province an article is about, as named at the time, inferred when never stated.

Votes: "tỉnh X" / "Thành phố X" naming a province counts most; a district named with its
unit word ("huyện Hưng Hà") votes for its province; a bare province name ("Báo Nam Định")
counts least. Ties go to the first mentioned.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.core import gazetteer
from pipeline.core.text import UPPER, match_key
from pipeline.extract.lexicon import not_officials
from pipeline.core.types import Evidence
from pipeline.nlp import Analysis

_EXPLICIT_WEIGHT, _DISTRICT_WEIGHT, _BARE_WEIGHT = 3, 2, 1
_UNIT = r"(?P<unit>tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|TP\.?|huyện|Huyện|thị xã|Thị xã|TX\.?|quận|Quận)"
_NAME = rf"(?P<name>[{UPPER}][^\W\d_]*(?:\s[{UPPER}][^\W\d_]*){{0,3}})"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = sorted(gazetteer.province_names(), key=len, reverse=True)
    bare = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(n) for n in names) + r")(?![^\W\d_])")
    return re.compile(rf"(?<![^\W\d_]){_UNIT}\s+{_NAME}"), bare


def _resolve(name: str) -> list[gazetteer.Unit]:
    """The longest prefix of a capitalized run that is a known place: 'Nam Định Bình' -> 'Nam Định'."""
    words = name.split()
    for n in range(len(words), 0, -1):
        units = gazetteer.lookup(" ".join(words[:n]))
        if units:
            return units
    return []


def _is_person_name(text: str, m: re.Match[str]) -> bool:
    """'Hồ Chí Minh' in "Chủ tịch Hồ Chí Minh" is a person; in "Thành phố Hồ Chí Minh" the unit rule counts it."""
    return match_key(m.group()) in not_officials()


def infer_province(analysis: Analysis) -> tuple[str | None, Evidence | None]:
    unit_re, bare_re = _patterns()
    votes: Counter[str] = Counter()
    first: dict[str, Evidence] = {}
    text = analysis.text
    for s in analysis.sentences:
        for m in unit_re.finditer(s.text):
            units = _resolve(m["name"])
            provinces = [u for u in units if u.level == "province"]
            level = m["unit"].lower().rstrip(".")
            if provinces and level in ("tỉnh", "thành phố", "tp"):
                picks, weight = {u.province for u in provinces}, _EXPLICIT_WEIGHT
            else:
                picks, weight = {u.province for u in units if u.level == "district"}, _DISTRICT_WEIGHT
            for province in picks:
                votes[province] += weight / len(picks)
                a, b = s.start + m.start(), s.start + m.end()
                first.setdefault(province, Evidence(s.index, a, b, text[a:b], "province_vote"))
        for m in bare_re.finditer(s.text):
            if _is_person_name(s.text, m):
                continue
            votes[m.group()] += _BARE_WEIGHT
            a, b = s.start + m.start(), s.start + m.end()
            first.setdefault(m.group(), Evidence(s.index, a, b, text[a:b], "province_vote"))
    if not votes:
        return None, None
    best = max(votes.values())
    winner = min((p for p, v in votes.items() if v == best), key=lambda p: first[p].start)
    return winner, first[winner]
