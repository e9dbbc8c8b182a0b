"""Awards: type, conferring authority and its level, and a rank order, so awards can be counted and sorted.

    "Cờ thi đua", conferred_by "Thủ tướng Chính Phủ"   -> Thủ tướng Chính phủ | government | 80
    "Cờ thi đua", conferred_by "UBND Tỉnh"             -> UBND tỉnh | province | 100
    "Bằng khen của UBND tỉnh về thành tích ..."         -> UBND tỉnh | province | 120
    "Huân chương Lao động hạng Nhì"                     -> Chủ tịch nước | state | 51

The authority is the record's `conferred_by`, else what follows "của" in the award's name, else
the authority the ladder implies (orders are conferred by the State President). Authorities, their
levels and the ladder are data in `patterns/awards_rank.yaml`; rank_order is smaller for higher
awards, and a class ("hạng Nhì") adds to its order's rank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.patterns import Entry
from pipeline.core.text import nfc, squash
from pipeline.normalize.places import Context, article_scope, find_places, is_province_city, level_of
from pipeline.normalize.vocab import expand, unit_word, vocab

# The authority inside an award's name: "Bằng khen của UBND tỉnh về thành tích ..." -> "UBND tỉnh".
_OF = re.compile(r"\bcủa\s+(?P<who>.+?)(?=\s+(?:về|vì|năm|cho|do|đã|đối\s+với|trong)\s|[,;.(]|$)", re.IGNORECASE)
# Title level of a unit word -> authority level.
_AUTHORITY_LEVEL = {"tỉnh": "province", "huyện": "district", "xã": "commune", "thôn": "commune"}
UNKNOWN = "unknown"
# Rank of an award no rung of the ladder matches: after every listed one.
UNRANKED = 999


@dataclass(frozen=True)
class NormalizedAward:
    authority: str
    authority_level: str
    ladder_id: str
    award_class: str
    rank_order: int


@dataclass(frozen=True)
class _Vocab:
    authorities: tuple[Entry, ...]
    ladder: tuple[Entry, ...]
    classes: tuple[Entry, ...]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    f = patterns.load("awards_rank")
    return _Vocab(tuple(f.section("authorities")), tuple(f.section("ladder")), tuple(f.section("classes")))


def authority_of(text: str, ctx: Context) -> tuple[str, str]:
    """(canonical authority, level) of an authority as written.

    >>> authority_of("UBND Tỉnh", Context("Thái Bình", "2020-01-11"))
    ('UBND tỉnh', 'province')
    >>> authority_of("Chủ tịch UBND Thành phố", Context("Hà Nội", "2022-12-27"))
    ('Chủ tịch UBND thành phố', 'province')
    >>> authority_of("UBND huyện Hòn Đất", Context("Kiên Giang", "2023-04-27"))
    ('UBND huyện Hòn Đất', 'district')
    """
    text = squash(nfc(text)).strip(" ,;.")
    if not text:
        return "", UNKNOWN
    for e in _vocab().authorities:
        m = e.search(text)
        if not m:
            continue
        if e.level != "place":
            return (e.label or squash(expand(m.group()))), e.level or UNKNOWN
        where, level = _place_part(text[m.end():], ctx)
        return squash(f"{e.label or squash(m.group())} {where}"), level
    where, level = _place_part(text, ctx)
    return squash(text), level


def _place_part(text: str, ctx: Context) -> tuple[str, str]:
    """The unit word (and name) after an authority, spelled one way, and the level it gives."""
    scope = article_scope(ctx)
    places = {r.start: r for r in find_places(text, ctx)}
    for m in vocab().mention.finditer(text):
        word = unit_word(m["word"])
        if word is None or word.kind == "hamlet":
            continue
        named = places.get(m.start())
        level = level_of(word, named.place if named else None, scope)
        spelled = (word.label or m["word"]).lower() if not word.committee else m["word"]
        if named:
            spelled = f"{spelled} {text[m.start('name'):named.end]}"
        return spelled, _AUTHORITY_LEVEL.get(level, UNKNOWN)
    if is_province_city(scope) and re.search(r"(?i)thành\s+phố", text):
        return "thành phố", "province"
    return "", UNKNOWN


def _rung(award: str, award_type: str, level: str) -> Entry | None:
    for e in _vocab().ladder:
        if e.kind != award_type:
            continue
        if e.level and e.level != level:
            continue
        if e.search(award):
            return e
    return None


def normalize_award(award: str, award_type: str, conferred_by: str | None, ctx: Context) -> NormalizedAward:
    """Authority, level and rank of one award record.

    >>> a = normalize_award("Cờ thi đua", "co_thi_dua", "Thủ tướng Chính Phủ", Context("Thái Bình", "2020-01-11"))
    >>> a.authority, a.authority_level, a.rank_order
    ('Thủ tướng Chính phủ', 'government', 80)
    >>> normalize_award("Huân chương Lao động hạng Nhì", "huan_chuong", None, Context("Bắc Ninh", "2025-09-26")).rank_order
    51
    """
    text = squash(nfc(award or ""))
    who = conferred_by
    if not who:
        m = _OF.search(text)
        who = m["who"] if m else ""
    authority, level = authority_of(who or "", ctx)
    rung = _rung(text, award_type, level)
    if rung and rung.label and not authority:  # the authority the award itself implies
        authority, level = authority_of(rung.label, ctx)
        rung = _rung(text, award_type, level) or rung
    if rung is None:
        return NormalizedAward(authority, level, "", "", UNRANKED)
    award_class, bonus = "", 0
    if award_type == "huan_chuong":
        for c in _vocab().classes:
            m = c.search(text)
            if m:
                award_class, bonus = squash(m.group()), int(c.value)
                break
    return NormalizedAward(authority, level, rung.id, award_class, int(rung.value) + bonus)
