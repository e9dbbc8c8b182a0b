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
_CAPS_NAME_MAX_WORDS = 4  # a pen name in capitals; site names in capitals run longer
_AFFILIATION = re.compile(r"\s*[(\[].*?[)\]]\s*$")
_NAME_WORD = re.compile(rf"^[{UPPER}](?:[{LOWER}]+|\.)?$")
_AGENCY_BYLINE = re.compile(r"^(?:PV|CTV|BTV|Nhóm PV|PV/CTV|P\.V|TTXVN|VNA)$")


@lru_cache(maxsize=1)
def _vocab():
    dates = patterns.load("dates")
    furniture = patterns.load("furniture")
    words = re.compile("|".join(f"(?:{e.compiled.pattern})" for e in dates.section("dateline_words")), re.IGNORECASE)
    prefixes = furniture.any_of("byline_prefixes")
    agencies = furniture.regex("agency_bylines", flags=0)
    sources = furniture.any_of("source_credits")
    return words, prefixes, agencies, sources


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
    words = _vocab()[0]
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


def parse_byline(line: str, top: bool = False) -> Byline | None:
    """An author line: "Tin, ảnh: Minh Tân", "Vũ Hưng", "Thu Uyên ( Đài TT- TH Hưng Hà)".

    `top`: the line stands under the headline, where a name in capitals is a byline too.

    >>> parse_byline("Thu Uyên ( Đài TT- TH Hưng Hà)").author
    'Thu Uyên'
    >>> parse_byline("Thanh Tâm - Phòng Công tác thi đua, khen thưởng").author
    'Thanh Tâm'
    >>> parse_byline("Theo Báo Quảng Ninh") is None
    True
    >>> parse_byline("Các thành viên ký kết giao ước thi đua.") is None
    True
    """
    _, prefixes, agencies, sources = _vocab()
    if sources.match(line):  # a credit to another outlet names the source, not the author
        return None
    prefix = prefixes.match(line)
    begin = prefix.end() if prefix else 0
    while begin < len(line) and line[begin].isspace():
        begin += 1
    end = _author_end(line, begin, agencies)
    author = line[begin:end]
    if not author or len(author) > _BYLINE_MAX_CHARS:
        return None
    if prefix:
        return Byline(author, begin, end) if is_capitalized(author) else None
    if _looks_like_pen_name(author, caps=top) or _looks_like_agency(author, agencies):
        return Byline(author, begin, end)
    # A name in capitals after the prose ("NGỌC TÚ"), but not a site name ("BÁO NAM ĐỊNH ĐIỆN TỬ").
    if len(author.split()) <= _CAPS_NAME_MAX_WORDS and _looks_like_pen_name(author, caps=True) \
            and not _looks_like_agency(author.title(), agencies):
        return Byline(author, begin, end)
    return None


def _author_end(line: str, begin: int, agencies: re.Pattern[str]) -> int:
    """Where the author ends: before a bracketed affiliation, a " - Office" suffix, closing punctuation."""
    text = _AFFILIATION.sub("", line[begin:])
    parts = re.split(r"(\s+[-–]\s+)", text)
    if len(parts) >= 3 and agencies.match(parts[-1]) and not _looks_like_agency(text, agencies):
        text = "".join(parts[:-2])  # "Thanh Tâm - Phòng Công tác thi đua": the office is an affiliation
    return begin + len(text.rstrip().rstrip(".;,").rstrip())


def has_byline_prefix(line: str) -> bool:
    return bool(_vocab()[1].match(line))


def is_source_credit(line: str) -> bool:
    """"Theo Báo Quảng Ninh": the article's source, which ends the article like a byline."""
    return bool(_vocab()[3].match(line)) and len(line.split()) <= _BYLINE_MAX_WORDS + 2


def _looks_like_agency(text: str, agencies: re.Pattern[str]) -> bool:
    """An office signing the article: "Văn phòng Sở Tài chính", "Ban Thi đua - Khen thưởng tỉnh"."""
    return bool(agencies.match(text)) and len(text.split()) <= _AGENCY_MAX_WORDS and not re.search(r"\d", text)


def _looks_like_pen_name(text: str, caps: bool = False) -> bool:
    if _AGENCY_BYLINE.match(text):
        return True
    names = [n.strip() for n in re.split(r"\s+[-–]\s+|\s*,\s*", text)]
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= _BYLINE_MAX_WORDS:
            return False
        if not all(_NAME_WORD.match(w) or (caps and w.isalpha() and w.isupper()) for w in words):
            return False
    return True
