"""Authorities: who launches a movement or issues a document, read from `patterns/authorities.yaml`.

An authority starts with a head (a body, or for a single authority a title) continued by
capitalized words, abbreviations, compounds and lower-case level words:
"UBND tỉnh", "Ban Thường vụ Tỉnh ủy", "Thủ tướng Chính phủ". Several joined by commas or
"và" must all start with a body: "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh".

>>> authority().read("Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh")
'Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh'
>>> authority().read("các địa phương trong tỉnh") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.patterns import boundary_regex
from pipeline.core.text import UPPER, squash

_WORD_START = re.compile(r"(?<![^\W_])[^\W_]")
_CAP = rf"[{UPPER}][^\W_]*"
# A place word's abbreviation and the name after it, with or without a space: "TP.HCM", "TP. Hồ", "H. Đông".
_PLACE_ABBREVIATED = rf"(?<![^\W_])(?:TP|Tp|TX|TT|H|Q|P)\.\s?{_CAP}"
# Abbreviations joined by "&": "GD&ĐT", "TB&XH", "TT&TT".
_AMPERSAND = r"(?<![^\W_])[A-ZĐ]{1,6}(?:&[A-ZĐ]{1,6})+(?![^\W_])"


def alternation(entries) -> str:
    """One regex alternative per pattern entry: its own regex, or its terms (case-sensitive entries
    stay so inside a pattern compiled to ignore case)."""
    parts = [f"(?:{e.regex})" if e.regex else boundary_regex(e.terms) for e in entries]
    return "|".join(f"(?-i:{p})" if e.case_sensitive else p for e, p in zip(entries, parts))


@dataclass(frozen=True)
class Authority:
    any_unit: re.Pattern[str]  # one authority, headed by a body or a title
    body_unit: re.Pattern[str]  # one authority headed by a body
    split: re.Pattern[str]  # between listed authorities
    joint: re.Pattern[str]  # "UBND tỉnh và Ủy ban MTTQ tỉnh"

    def read(self, text: str) -> str | None:
        """`text` if it is one authority or a list of bodies, squashed; else None."""
        text = text.strip(" ,")
        units = self.split.split(text)
        if len(units) == 1:
            ok = bool(self.any_unit.fullmatch(text))
        else:
            ok = all(self.body_unit.fullmatch(u) for u in units)
        return squash(text) if text and ok else None

    def prefix(self, text: str) -> tuple[int, str] | None:
        """The authority that opens `text` ("Bộ Chính trị gắn với ..." -> "Bộ Chính trị"), and its end."""
        m = self.joint.match(text)
        return (m.end(), squash(m.group())) if m else None

    def suffix(self, text: str, window: int) -> tuple[int, str] | None:
        """The longest authority that ends `text` within `window` characters (a subject before its verb)."""
        for m in _WORD_START.finditer(text, max(0, len(text) - window)):
            name = self.read(text[m.start() :])
            if name:
                return m.start(), name
        return None


@lru_cache(maxsize=1)
def authority() -> Authority:
    file = patterns.load("authorities")
    bodies = alternation(file.section("authority_bodies"))
    titles = boundary_regex(file.terms("authority_titles"))
    compounds = boundary_regex(file.terms("authority_compounds"))
    token = rf"(?:(?i:{boundary_regex(file.terms('authority_words'))})|{_PLACE_ABBREVIATED}|{_AMPERSAND}|{compounds}|{bodies}|{_CAP})"
    # "và" inside one name only before a compound ("Sở Giáo dục và Đào tạo"); before a head it joins two.
    # a dash with spaces on either side or none: "Ban Thi đua - Khen thưởng", "Ban Thi đua- Khen thưởng"
    tail = rf"(?:(?:\s*[-–]\s*|\s+){token}|\s+và\s+{compounds})*"
    # Titles before bodies: "Bộ trưởng Bộ Nội vụ" is headed by the title, not by the body "Bộ".
    return Authority(
        any_unit=re.compile(rf"(?:{titles}|{bodies}){tail}"),
        body_unit=re.compile(rf"(?:{bodies}){tail}"),
        split=re.compile(rf"\s*[,&]\s*|\s+và\s+(?={bodies}|{titles})"),
        joint=re.compile(rf"(?:{titles}|{bodies}){tail}(?:\s+và\s+(?:{bodies}){tail})*"),
    )
