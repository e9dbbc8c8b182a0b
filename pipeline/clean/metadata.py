"""Publication date lines and bylines, read from single lines of a page."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipeline.clean.furniture import is_outlet_name
from pipeline.core import patterns
from pipeline.core.dates import DateMatch, find_dates, find_time
from pipeline.core.text import LOWER, UPPER, is_capitalized

# A dateline is a date plus a little furniture; more left over than this is a sentence.
_DATELINE_MAX_LEFTOVER = 4
_DATELINE_MAX_CHARS = 120
# A byline and a date line printed on one line ("QUANG VIỆT (báo lao động) 09/11/2025 16:07") run longer.
_BYLINE_DATELINE_MAX_CHARS = 160
# Bylines are short: a pen name or two, sometimes with an affiliation in brackets.
_BYLINE_MAX_WORDS = 6
_BYLINE_MAX_CHARS = 60
_AGENCY_MAX_WORDS = 10
_CAPS_NAME_MAX_WORDS = 4  # a pen name in capitals; site names in capitals run longer
# Two-digit years on date lines ("24/12/12") are this century below this value.
_SHORT_YEAR_PIVOT = 70
# An agency's name in capitals at the top of the page has this many words at least ("BỘ NỘI VỤ", "SỞ Y TẾ");
# a pen name in capitals of two may start like one ("TRƯỜNG GIANG").
_AGENCY_HEADER_MIN_WORDS = 3
# "Nguồn:" before the name of whoever supplied the story.
_SOURCE_LABEL = re.compile(r"^(?:Nguồn|Nguồn tin)\s*:\s*")
# A signature set off by bullets or stars: "• HMT •", "* Lê Hoa *", "• HMT" before the date on one line.
_DECORATION = re.compile(r"^\s*[•·*]+\s*(\S.*?)\s*[•·*]*\s*$")
_AFFILIATION = re.compile(r"\s*[(\[].*?[)\]]\s*$")
_NAME_WORD = re.compile(rf"^[{UPPER}](?:[{LOWER}]+|\.)?$")
_AGENCY_BYLINE = re.compile(r"^(?:PV|CTV|BTV|Nhóm PV|PV/CTV|P\.V|TTXVN|VNA)$")
# Between the names of co-authors: a comma, or a dash with or without spaces ("Mỹ Linh- Duy Anh").
_NAME_SEPARATOR = re.compile(r"\s*[-–]\s*|\s*,\s*")
# A Vietnamese syllable without its tone and vowel marks: onset, vowels, coda. Names are made of
# them; "QR Code Fanpage" or "Google News" are not.
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$")
# Ethnic-minority names write a consonant and an apostrophe before a syllable: "H'Nguyên".
_ONSET_APOSTROPHE = re.compile(r"^[a-z]['’]")
# Between a byline and the date printed after it.
_BYLINE_DATE_SEPARATORS = " \t|-–,·•"


@dataclass(frozen=True)
class _Vocab:
    words: re.Pattern[str]  # dateline furniture: labels, weekdays, time zones, counters
    weekdays: tuple[tuple[re.Pattern[str], int], ...]
    clock_suffixes: tuple[tuple[re.Pattern[str], int], ...]
    month_stamp: re.Pattern[str]
    iso: re.Pattern[str]
    short_year: re.Pattern[str]
    month_name: re.Pattern[str]  # "11 January 2021", "January 11, 2021"
    months: dict[str, int]  # casefolded month name -> month
    prefixes: re.Pattern[str]
    agencies: re.Pattern[str]
    sources: re.Pattern[str]
    initials: re.Pattern[str]
    signature: re.Pattern[str]
    roles: re.Pattern[str]
    photo_credit: re.Pattern[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    dates = patterns.load("dates")
    furniture = patterns.load("furniture")
    word_entries = [*dates.section("dateline_words"), *dates.section("weekdays"), *dates.section("clock_suffixes")]
    words = re.compile("|".join(f"(?:{e.compiled.pattern})" for e in word_entries), re.IGNORECASE)
    shapes = {e.id: e.compiled for e in furniture.section("pen_name_shapes")}
    roles = patterns.boundary_regex(furniture.terms("byline_roles"))
    names = patterns.boundary_regex(dates.terms("month_names"))
    return _Vocab(
        words=words,
        weekdays=tuple((e.compiled, int(e.value)) for e in dates.section("weekdays")),
        clock_suffixes=tuple((re.compile(rf"\s*(?:{e.compiled.pattern})", re.IGNORECASE), int(e.value))
                             for e in dates.section("clock_suffixes")),
        month_stamp=dates.section("month_stamps")[0].compiled,
        iso=dates.section("iso_dates")[0].compiled,
        short_year=dates.section("short_year_dates")[0].compiled,
        month_name=re.compile(
            rf"(?<![\d:/.-])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{names})\.?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)"
            rf"|(?P<m2>{names})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}})(?!\d)"),
        months={t.casefold(): int(e.value) for e in dates.section("month_names") for t in e.terms},
        prefixes=furniture.any_of("byline_prefixes"),
        agencies=furniture.regex("agency_bylines", flags=0),
        sources=furniture.any_of("source_credits"),
        initials=shapes["initials"],
        signature=shapes["capital_signature"],
        # "Lê Hoa - CTV", "Lê Hoa (PV)", "Lê Hoa, CTV": the role after the name is not part of it.
        roles=re.compile(rf"\s*(?:[-–,]\s*|\(\s*)(?:{roles})\s*\)?\s*$"),
        photo_credit=furniture.any_of("byline_photo_credits"),
    )


@dataclass(frozen=True)
class Dateline:
    published: str | None  # "YYYY-MM-DDTHH:MM" or "YYYY-MM-DD"; None for a month stamp ("Tháng 01/2022")
    start: int  # span of the date (and time) within the line
    end: int


def parse_dateline(line: str) -> Dateline | None:
    """A line that is a publication date and nothing else of substance.

    >>> parse_dateline("Cập nhật lúc20:12, Thứ Năm, 13/02/2020 (GMT+7)").published
    '2020-02-13T20:12'
    >>> parse_dateline("15:24 - 26/01/2024").published
    '2024-01-26T15:24'
    >>> parse_dateline("Create: T5, 01/09/2020 - 09:39").published  # 1 Sept 2020 was a Tuesday
    '2020-01-09T09:39'
    >>> parse_dateline("24/12/12 11:05 tối").published
    '2012-12-24T23:05'
    >>> parse_dateline("Ngày đăng: 2024-01-15 09:30").published
    '2024-01-15T09:30'
    >>> parse_dateline("Chiều ngày 11/01/2020, Cụm thi đua các huyện tổ chức Hội nghị tổng kết.") is None
    True
    """
    if len(line) > _DATELINE_MAX_CHARS:
        return None
    v = _vocab()
    stamp = v.month_stamp.fullmatch(line.strip())
    if stamp:
        return Dateline(None, line.index(stamp.group(0)), line.index(stamp.group(0)) + len(stamp.group(0)))
    found = _dates_with_year(line)
    if not found:
        return None
    first = found[0]
    clock = _clock(line, found)
    leftover = line
    for d in found:
        leftover = leftover.replace(line[d.start : d.end], " ")
    if clock:
        leftover = leftover.replace(line[clock[2] : clock[3]], " ")
    leftover = re.sub(r"[\W\d_]+", "", v.words.sub(" ", leftover))
    if len(leftover) > _DATELINE_MAX_LEFTOVER:
        return None
    day, month = _day_month(line, first)
    published = f"{first.year:04d}-{month:02d}-{day:02d}"
    start, end = first.start, first.end
    if clock:
        published += f"T{clock[0]:02d}:{clock[1]:02d}"
        start, end = min(start, clock[2]), max(end, clock[3])
    return Dateline(published, start, end)


def _dates_with_year(line: str) -> list[DateMatch]:
    """Full dates on the line; else dates written year first ("2024-01-15"); else with a two-digit year;
    else with the month's English name ("11 January 2021")."""
    found = [d for d in find_dates(line, partial=False) if d.year]
    if found:
        return found
    v = _vocab()
    named = []
    for m in v.month_name.finditer(line):
        d, mo, y = int(m["d"] or m["d2"]), v.months[(m["m"] or m["m2"]).casefold()], int(m["y"] or m["y2"])
        try:
            date(y, mo, d)
        except ValueError:
            continue
        named.append(DateMatch(m.start(), m.end(), d, mo, y))
    for pattern, century in ((v.iso, 0), (v.short_year, None)):
        out = []
        for m in pattern.finditer(line):
            d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
            if century is None:
                y += 2000 if y < _SHORT_YEAR_PIVOT else 1900
            try:
                date(y, mo, d)
            except ValueError:
                continue
            out.append(DateMatch(m.start(), m.end(), d, mo, y))
        if out:
            return out
    return named


def _clock(line: str, dates: list[DateMatch]) -> tuple[int, int, int, int] | None:
    """(hour, minute, start, end) of the time on the line, an afternoon word ("tối", "PM") applied."""
    clock = find_time(line)
    if clock is None or any(d.start <= clock.start() < d.end for d in dates):
        return None
    hour, minute, end = int(clock["h"]), int(clock["mi"]), clock.end()
    if line[end : end + 3] and re.match(r":\d\d", line[end : end + 3]):
        end += 3  # seconds: "08:29:24"
    for suffix, shift in _vocab().clock_suffixes:
        m = suffix.match(line, end)
        if m:
            if shift and hour < 12:
                hour += shift
            elif not shift and hour == 12:
                hour = 0
            end = m.end()
            break
    return hour, minute, clock.start(), end


def _day_month(line: str, found: DateMatch) -> tuple[int, int]:
    """Day and month; a weekday printed on the line decides whether "01/09/2020" is month-first."""
    stated = next((value for pattern, value in _vocab().weekdays if pattern.search(line)), None)
    if stated is None or found.day > 12 or found.day == found.month:
        return found.day, found.month
    if date(found.year, found.month, found.day).weekday() == stated:
        return found.day, found.month
    try:
        swapped = date(found.year, found.day, found.month)
    except ValueError:
        return found.day, found.month
    return (found.month, found.day) if swapped.weekday() == stated else (found.day, found.month)


@dataclass(frozen=True)
class Byline:
    author: str
    start: int  # span of the author within the line
    end: int
    marked: bool = False  # the line says it is a byline: a prefix ("Tin, ảnh:") or bullets ("• HMT •")


def parse_byline(line: str, top: bool = False) -> Byline | None:
    """An author line: "Tin, ảnh: Minh Tân", "Vũ Hưng", "Thu Uyên ( Đài TT- TH Hưng Hà)".

    `top`: the line stands under the headline, where a name in capitals is a byline too; a
    signature in capitals ("CSMT") is read only after the prose.

    >>> parse_byline("Thu Uyên ( Đài TT- TH Hưng Hà)").author
    'Thu Uyên'
    >>> parse_byline("Thanh Tâm - Phòng Công tác thi đua, khen thưởng").author
    'Thanh Tâm'
    >>> parse_byline("MỸ LINH- DUY ANH").author
    'MỸ LINH- DUY ANH'
    >>> parse_byline("T.Văn").author
    'T.Văn'
    >>> parse_byline("HK - T.L.MAI").author
    'HK - T.L.MAI'
    >>> parse_byline("Bài: Đinh Tuyên, ảnh Ngọc Dũng").author
    'Đinh Tuyên'
    >>> parse_byline("Phùng Vị – HND tỉnh").author
    'Phùng Vị'
    >>> parse_byline("MỚI - NÓNG") is None
    True
    >>> parse_byline("Lê Hoa/TTXVN").author
    'Lê Hoa'
    >>> parse_byline("Hà Linh/Báo Yên Bái").author
    'Hà Linh'
    >>> parse_byline("Theo Báo Quảng Ninh") is None
    True
    >>> parse_byline("Báo Sơn La") is None
    True
    >>> parse_byline("QR Code Fanpage") is None
    True
    >>> parse_byline("Các thành viên ký kết giao ước thi đua.") is None
    True
    """
    v = _vocab()
    label = _SOURCE_LABEL.match(line)
    if label:  # "Nguồn: Hoàng Văn Nam - Phòng Nghiệp vụ": a person given as the source wrote the story
        found = parse_byline(line[label.end() :], top)
        if found is None or _AGENCY_BYLINE.match(found.author) or not _looks_like_pen_name(found.author, caps=True):
            return None
        return Byline(found.author, label.end() + found.start, label.end() + found.end)
    if v.sources.match(line) or is_outlet_name(line):  # a credit to an outlet names the source, not the author
        return None
    prefix = v.prefixes.match(line)
    begin = prefix.end() if prefix else 0
    decorated = _DECORATION.fullmatch(line)  # "• HMT •": a signature set off by bullets
    if decorated:
        begin = decorated.start(1)
    while begin < len(line) and line[begin].isspace():
        begin += 1
    end = decorated.end(1) if decorated else _author_end(line, begin, v)
    author = line[begin:end]
    if not author or len(author) > _BYLINE_MAX_CHARS or is_outlet_name(author):
        return None
    if prefix:
        return Byline(author, begin, end, marked=True) if is_capitalized(author) else None
    if decorated:
        if v.sources.match(author) or v.words.fullmatch(author):  # "• Theo Báo Sơn La", "• Thứ Hai"
            return None
        signed = v.signature.fullmatch(author) or v.initials.fullmatch(author) or _looks_like_pen_name(author, caps=True)
        return Byline(author, begin, end, marked=True) if signed else None
    if _is_author(author, top, v):
        return Byline(author, begin, end)
    # "Phùng Vị – HND tỉnh", "Lê Hoa/TTXVN": a name, then what is not a name (an affiliation).
    parts = re.split(r"\s+[-–]\s+|\s*/\s*", author)
    # "Lê Minh/Báo Nghệ An": an outlet after the name is where the writer works, not a second writer
    second_person = _looks_like_pen_name(parts[-1]) and not _AGENCY_BYLINE.match(parts[-1]) and not is_outlet_name(parts[-1])
    if len(parts) == 2 and _is_author(parts[0], top, v) and not second_person and not v.initials.fullmatch(parts[1]):
        return Byline(parts[0], begin, begin + len(parts[0]))
    return None


def _is_author(author: str, top: bool, v: _Vocab) -> bool:
    if is_outlet_name(author):  # "TTO", "Báo Sơn La": the outlet, not a writer
        return False
    if top and author.isupper() and len(author.split()) >= _AGENCY_HEADER_MIN_WORDS and _looks_like_agency(author.title(), v.agencies):
        return False  # "BỘ NỘI VỤ" above the story is the agency's page header
    if v.initials.fullmatch(author):
        return True
    # A signature in capitals is an abbreviation ("CSMT"), not a word ("MỚI", "ẢNH").
    if not top and v.signature.fullmatch(author) and not is_syllable(author):
        return True
    if _looks_like_pen_name(author, caps=top) or _looks_like_agency(author, v.agencies):
        return True
    if not top and _co_signed(author, v):
        return True
    # Names in capitals after the prose ("NGỌC TÚ", "LONG PHI – QUỐC THÀNH"), but not a site name
    # ("BÁO NAM ĐỊNH ĐIỆN TỬ").
    short = all(len(n.split()) <= _CAPS_NAME_MAX_WORDS for n in _NAME_SEPARATOR.split(author))
    return short and _looks_like_pen_name(author, caps=True) and not _looks_like_agency(author.title(), v.agencies)


def _co_signed(author: str, v: _Vocab) -> bool:
    """Co-authors after the prose, one signing with initials and the other with initials, a signature in
    capitals or a name: "TX - P.L.H.HÀ", "M.T - Lê Hoa". Two capitalized signatures alone ("UBND - TTXVN")
    are not enough."""
    names = [n.strip() for n in _NAME_SEPARATOR.split(author)]
    if len(names) < 2 or not any(v.initials.fullmatch(n) for n in names):
        return False
    return all(v.initials.fullmatch(n) or (v.signature.fullmatch(n) and not is_syllable(n)) or _looks_like_pen_name(n)
               for n in names)


def parse_byline_dateline(line: str) -> tuple[Byline, Dateline] | None:
    """A byline and the date line printed on one line, the name first.

    >>> by, dl = parse_byline_dateline("QUANG VIỆT (báo lao động) 09/11/2025 16:07 (GMT+7)")
    >>> by.author, dl.published
    ('QUANG VIỆT', '2025-11-09T16:07')
    """
    if len(line) > _BYLINE_DATELINE_MAX_CHARS:
        return None
    found = _dates_with_year(line)
    if not found:
        return None
    clock = _clock(line, found)
    cut = min(found[0].start, clock[2]) if clock else found[0].start
    head = line[:cut].rstrip(_BYLINE_DATE_SEPARATORS)
    if not head or parse_dateline(head) or _vocab().words.fullmatch(head.strip()):
        return None
    dateline = parse_dateline(line[cut:])
    byline = parse_byline(head)
    if dateline is None or byline is None:
        return None
    return byline, Dateline(dateline.published, cut + dateline.start, cut + dateline.end)


def _author_end(line: str, begin: int, v: _Vocab) -> int:
    """Where the author ends: before a bracketed affiliation, a " - Office" suffix, a role, closing punctuation."""
    text = v.photo_credit.sub("", line[begin:])  # "Minh Tân, ảnh Ngọc Dũng": the photographer is not the author
    text = _AFFILIATION.sub("", text)
    parts = re.split(r"(\s+[-–]\s+)", text)
    office = parts[-1].capitalize() if parts[-1].isupper() else parts[-1]  # "VĂN PHÒNG SỞ" as "Văn phòng sở"
    if len(parts) >= 3 and v.agencies.match(office) and not _looks_like_agency(text, v.agencies):
        text = "".join(parts[:-2])  # "Thanh Tâm - Phòng Công tác thi đua": the office is an affiliation
    role = v.roles.search(text)
    if role and role.start() > 0:
        text = text[: role.start()]  # "Lê Hoa - CTV": the role is not the name
    return begin + len(text.rstrip().rstrip(".;,").rstrip())


def has_byline_prefix(line: str) -> bool:
    return bool(_vocab().prefixes.match(line))


def is_source_credit(line: str) -> bool:
    """"Theo Báo Quảng Ninh", "Báo Sơn La": the article's source, which ends the article like a byline."""
    short = len(line.split()) <= _BYLINE_MAX_WORDS + 2
    return short and (bool(_vocab().sources.match(line)) or is_outlet_name(line))


def _looks_like_agency(text: str, agencies: re.Pattern[str]) -> bool:
    """An office signing the article: "Văn phòng Sở Tài chính", "Ban Thi đua - Khen thưởng tỉnh"."""
    return bool(agencies.match(text)) and len(text.split()) <= _AGENCY_MAX_WORDS and not re.search(r"\d", text)


def _looks_like_pen_name(text: str, caps: bool = False) -> bool:
    """One or more names of two to six capitalized syllables, or initials ("M.Thùy – T.Sinh");
    co-authors' one-syllable names too ("Bình - Trí"), in title case: "MỚI - NÓNG" is a section label."""
    if _AGENCY_BYLINE.match(text):
        return True
    names = [n.strip() for n in _NAME_SEPARATOR.split(text)]
    least = 1 if len(names) > 1 else 2
    for name in names:
        if _vocab().initials.fullmatch(name):
            continue
        words = name.split()
        if not least <= len(words) <= _BYLINE_MAX_WORDS or (len(words) == 1 and words[0].isupper()):
            return False
        if not all(_NAME_WORD.match(w) or (caps and w.isalpha() and w.isupper()) for w in words):
            return False
        if not all(is_syllable(w) for w in words):
            return False
    return True


def is_syllable(word: str) -> bool:
    """A Vietnamese syllable (any case, any tone): "Nguyễn", "HƯNG", "H'Nguyên"; not "Code" or "QR".

    >>> [is_syllable(w) for w in ("Nguyễn", "HƯNG", "H'Nguyên", "Code", "QR", "Fanpage")]
    [True, True, True, False, False, False]
    """
    base = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    base = _ONSET_APOSTROPHE.sub("", base.replace("đ", "d"))
    return bool(_SYLLABLE.match(base))
