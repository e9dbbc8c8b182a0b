"""Publication date lines and bylines, read from single lines of a page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.dates import find_dates, find_time
from pipeline.core.text import LOWER, UPPER, is_capitalized

# A dateline is a date plus a little furniture; more left over than this is a sentence.
_DATELINE_MAX_LEFTOVER = 4
# Bylines are short: a pen name or two, sometimes with an affiliation in brackets.
_BYLINE_MAX_WORDS = 6
_BYLINE_MAX_CHARS = 60
_AGENCY_MAX_WORDS = 10
_AFFILIATION = re.compile(r"\s*[(\[].*?[)\]]\s*$")
_NAME_WORD = re.compile(rf"^[{UPPER}](?:[{LOWER}]+|\.)?$")
_AGENCY_BYLINE = re.compile(r"^(?:PV|CTV|BTV|Nhóm PV|PV/CTV|P\.V|TTXVN|VNA)$")


@lru_cache(maxsize=1)
def _vocab():
    dates = patterns.load("dates")
    furniture = patterns.load("furniture")
    words = re.compile("|".join(f"(?:{e.compiled.pattern})" for e in dates.section("dateline_words")), re.IGNORECASE)
    prefixes = furniture.regex("byline_prefixes")
    agencies = furniture.regex("agency_bylines", flags=0)
    return words, prefixes, agencies


@dataclass(frozen=True)
class Dateline:
    published: str  # "YYYY-MM-DDTHH:MM" or "YYYY-MM-DD"
    start: int  # span of the date (and time) within the line
    end: int


def parse_dateline(line: str) -> Dateline | None:
    """A line that is a publication date and nothing else of substance.

    >>> parse_dateline("Cập nhật lúc20:12, Thứ Năm, 13/02/2020 (GMT+7)").published
    '2020-02-13T20:12'
    >>> parse_dateline("Chiều ngày 11/01/2020, Cụm thi đua các huyện tổ chức Hội nghị tổng kết.") is None
    True
    """
    if len(line) > 120:
        return None
    found = [d for d in find_dates(line, partial=False) if d.year]
    if not found:
        return None
    first = found[0]
    clock = find_time(line)
    leftover = line
    for d in found:
        leftover = leftover.replace(line[d.start : d.end], " ")
    if clock:
        leftover = leftover.replace(clock.group(0), " ")
    words, _, _ = _vocab()
    leftover = re.sub(r"[\W\d_]+", "", words.sub(" ", leftover))
    if len(leftover) > _DATELINE_MAX_LEFTOVER:
        return None
    published = f"{first.year:04d}-{first.month:02d}-{first.day:02d}"
    start, end = first.start, first.end
    if clock:
        published += f"T{int(clock['h']):02d}:{clock['mi']}"
        start, end = min(start, clock.start()), max(end, clock.end())
    return Dateline(published, start, end)


@dataclass(frozen=True)
class Byline:
    author: str
    start: int  # span of the author within the line
    end: int


def parse_byline(line: str) -> Byline | None:
    """An author line: "Tin, ảnh: Minh Tân", "Vũ Hưng", "Thu Uyên ( Đài TT- TH Hưng Hà)".

    >>> parse_byline("Thu Uyên ( Đài TT- TH Hưng Hà)").author
    'Thu Uyên'
    >>> parse_byline("Các thành viên ký kết giao ước thi đua.") is None
    True
    """
    _, prefixes, agencies = _vocab()
    start = 0
    prefix = prefixes.match(line)
    if prefix:
        start = prefix.end()
    rest = _AFFILIATION.sub("", line[start:])
    lead = len(rest) - len(rest.lstrip())
    author = rest.strip().rstrip(".;,")
    if not author or len(author) > _BYLINE_MAX_CHARS:
        return None
    if not prefix and not (_looks_like_pen_name(author) or _looks_like_agency(author, agencies)):
        return None
    if prefix and not is_capitalized(author):
        return None
    begin = start + lead
    return Byline(author, begin, begin + len(author))


def has_byline_prefix(line: str) -> bool:
    return bool(_vocab()[1].match(line))


def _looks_like_agency(text: str, agencies: re.Pattern[str]) -> bool:
    """An office signing the article: "Văn phòng Sở Tài chính", "Ban Thi đua - Khen thưởng tỉnh"."""
    return bool(agencies.match(text)) and len(text.split()) <= _AGENCY_MAX_WORDS and not re.search(r"\d", text)


def _looks_like_pen_name(text: str) -> bool:
    if _AGENCY_BYLINE.match(text):
        return True
    names = [n.strip() for n in re.split(r"\s+[-–]\s+|\s*,\s*", text)]
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= _BYLINE_MAX_WORDS or not all(_NAME_WORD.match(w) for w in words):
            return False
    return True
