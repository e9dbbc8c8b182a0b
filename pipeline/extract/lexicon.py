"""Compiled vocabulary shared by the extractors, loaded once from `patterns/`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.core import gazetteer, patterns
from pipeline.core.patterns import boundary_regex
from pipeline.core.text import match_key


@dataclass(frozen=True)
class Titles:
    role: re.Pattern[str]  # a role at the start of a title
    role_ids: dict[str, str]  # matched role text key -> entry id
    expansions: dict[str, str]  # "TUV" -> "Tỉnh ủy viên"
    title_word: re.Pattern[str]  # a lower-case word that continues a title
    honorific: re.Pattern[str]


@lru_cache(maxsize=1)
def titles() -> Titles:
    file = patterns.load("titles")
    roles = file.section("roles")
    exact = [t for e in roles if e.case_sensitive for t in e.terms]
    loose = [t for e in roles if not e.case_sensitive for t in e.terms]
    # Abbreviations must match in their case ("TUV", never "tuv"); full roles in any case.
    role = re.compile(rf"(?:{boundary_regex(exact)})|(?i:{boundary_regex(loose)})")
    ids = {match_key(t): e.id for e in roles for t in e.terms}
    expansions = {t: e.expands for e in roles if e.expands for t in e.terms}
    words = [t for e in file.section("title_words") for t in e.terms] + file.terms("bodies")
    honor = file.section("honorifics")
    honorific = re.compile(
        rf"(?:{boundary_regex([t for e in honor if e.case_sensitive for t in e.terms])})"
        rf"|(?:{boundary_regex([t for e in honor if not e.case_sensitive for t in e.terms])})"
    )
    return Titles(role, ids, expansions, re.compile(boundary_regex(words), re.IGNORECASE), honorific)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(patterns.load("names").terms("surnames"))


@lru_cache(maxsize=1)
def not_officials() -> frozenset[str]:
    return frozenset(match_key(t) for t in patterns.load("names").terms("not_officials"))


@lru_cache(maxsize=4096)
def is_place_name(text: str) -> bool:
    """A province or district name (pre-2025): 'Nam Định', 'Lý Nhân', 'Hưng Hà'."""
    return gazetteer.is_place(text)
