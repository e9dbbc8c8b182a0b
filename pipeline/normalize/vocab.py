"""The normalize stage's vocabulary, loaded from `patterns/` and compiled once.

- `abbreviations.yaml`: abbreviations, membership titles, bodies, role words (titles.py, places.py);
- `normalize_units.yaml`: unit words, locality bodies, agency heads (places.py, titles.py);
- role names come from the extractors' `titles.yaml`, so a role is spelled one way everywhere.

>>> expand("PCT UBND TP. Nam Định, TUV")
'Phó Chủ tịch Ủy ban nhân dân thành phố Nam Định, Tỉnh ủy viên'
>>> m = vocab().mention.search("trụ sở UBND huyện Ý Yên")
>>> m["word"], m["name"]
('huyện', 'Ý Yên')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.patterns import Entry, boundary_regex
from pipeline.core.text import LOWER, UPPER, is_capitalized, match_key, squash

# A place name: capitalized syllables or a number ("Vụ Bản", "Ia H'Drai", "Phường 12"), joined by
# spaces or a spaced dash ("Bà Rịa - Vũng Tàu"). Five syllables cover every name in the mapping.
_SYLLABLE = rf"(?:[{UPPER}][^\W_]*(?:['’][^\W_]+)?|\d+)"
_NAME = rf"{_SYLLABLE}(?:(?:[ \t\u00a0]+|[ \t\u00a0]*[-–][ \t\u00a0]*){_SYLLABLE}){{0,4}}"


@dataclass(frozen=True)
class UnitWord:
    """A word before a place name: 'huyện' (kind district, level huyện, label 'Huyện')."""

    id: str
    kind: str  # province | city | district | ward | hamlet
    label: str  # as in the gazetteer's full names; "" for hamlets
    level: str  # level of a title ending with it; "" when it depends on the place (thành phố)
    committee: bool  # a party committee word ("Thành ủy"), which is also a body


@dataclass(frozen=True)
class Vocab:
    abbreviations: dict[str, str]  # squashed term -> long form
    abbreviation: re.Pattern[str]
    unit_words: dict[str, UnitWord]  # match_key of a term -> word
    mention: re.Pattern[str]  # a unit word and, optionally, the name after it
    locality: re.Pattern[str]  # "UBND ", "Nhân dân và cán bộ " before a place word
    agency_head: re.Pattern[str]  # at the start of an organisation's name
    member_titles: tuple[Entry, ...]
    bodies: tuple[Entry, ...]
    role: re.Pattern[str]  # a role from titles.yaml at the start of a title
    roles: dict[str, str]  # match_key -> canonical spelling
    role_body: re.Pattern[str]  # a role ending with a body word ("Trưởng Ban")
    central_role: re.Pattern[str]
    head_roles: frozenset[str]  # match_keys


def _canonical_spellings(entries: list[Entry]) -> dict[str, str]:
    """For each key, the first term of that key written with a capital ("Phó Chủ tịch")."""
    out: dict[str, str] = {}
    for e in entries:
        for t in e.terms:
            key = match_key(t)
            if key not in out or (not is_capitalized(out[key]) and is_capitalized(t)):
                out[key] = t
    return out


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    abbr = patterns.load("abbreviations")
    units = patterns.load("normalize_units")
    titles = patterns.load("titles")
    table = {squash(t): e.expands for e in abbr.section("abbreviations") for t in e.terms if e.expands}
    words: dict[str, UnitWord] = {}
    for e in units.section("unit_words"):
        for t in e.terms:
            words[match_key(t)] = UnitWord(e.id, e.kind or "", e.label or "", e.level or "", e.id.endswith("committee"))
    word_terms = [t for e in units.section("unit_words") for t in e.terms]
    word_alt = boundary_regex(word_terms)
    role_terms = titles.terms("roles")
    role_body_terms = abbr.terms("role_bodies")
    return Vocab(
        abbreviations=table,
        abbreviation=re.compile(boundary_regex(list(table))),
        unit_words=words,
        # A unit word, then its name, or nothing that reads on: "UBND tỉnh", but not "xã hội".
        mention=re.compile(rf"(?P<word>(?i:{word_alt}))(?:(?:[ \t\u00a0]+|(?<=\.)[ \t\u00a0]*)(?P<name>{_NAME})"
                           rf"|(?![ \t\u00a0]*[{LOWER}]))"),
        locality=re.compile(f"^(?:{units.section('locality_bodies')[0].regex})", re.IGNORECASE),
        agency_head=re.compile("^" + boundary_regex(units.terms("agency_heads"))),
        member_titles=tuple(abbr.section("member_titles")),
        bodies=tuple(abbr.section("bodies")),
        role=re.compile("^" + boundary_regex(role_terms), re.IGNORECASE),
        roles=_canonical_spellings(titles.section("roles")),
        role_body=re.compile(rf"(?:^|\s)({boundary_regex(role_body_terms)})$", re.IGNORECASE),
        central_role=re.compile("^" + boundary_regex(abbr.terms("central_roles")) + "$", re.IGNORECASE),
        head_roles=frozenset(match_key(t) for t in abbr.terms("head_roles")),
    )


def expand(text: str) -> str:
    """Abbreviations replaced by their long forms (case-sensitive whole tokens)."""
    v = vocab()
    return v.abbreviation.sub(lambda m: v.abbreviations.get(squash(m.group()), m.group()), text)


@lru_cache(maxsize=1024)  # a few dozen unit words, looked up for every place mention
def unit_word(word: str) -> UnitWord | None:
    """The unit word a matched term stands for: 'Huyện', 'H.' and 'huyện' give the same word."""
    return vocab().unit_words.get(match_key(word))
