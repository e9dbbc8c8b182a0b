"""Dates and times as Vietnamese news prints them, with their character spans.

Full dates are found anywhere; a day-month without a year only after a cue that makes it
a date ("Chiều 30-3", "ngày 13/2", "sáng nay (15/3)"), so "2016-2020" or "101,4" never is.
Cue words live in `patterns/dates.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipeline.core import patterns


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    hour: int | None = None
    minute: int | None = None

    def resolve(self, reference_year: int | None, reference: date | None = None) -> date | None:
        """The date, taking a missing year from the reference (the publication date).

        A December event in a January article belongs to the year before.
        """
        year = self.year
        if year is None:
            if reference_year is None:
                return None
            year = reference_year
            if reference is not None and self.month - reference.month >= 6:
                year -= 1
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


# Two days of one event ("ngày 14 và 15/12", "14-15/12/2023"): the event starts on the first.
_AND_DAY = r"(?:\s*(?:và|-|–|đến)\s*\d{1,2}(?=\s?[/.-]\s?\d))?"
# After "ngày" or a part of the day a comma joins them too ("Chiều ngày 25, 26/9/2019"); elsewhere
# it does not ("Thứ 4, 23.02.2022" is a weekday and a date).
_AND_DAY_CUED = r"(?:\s*(?:và|-|–|đến|,)\s*\d{1,2}(?=\s?[/.-]\s?\d))?"
# "30/03/2023", "7-4-2014", "04/6/2019", "15.12.2023"
_FULL = rf"(?<!\d[/.])(?P<d>\d{{1,2}}){_AND_DAY}\s?(?P<s>[/.-])\s?(?P<m>\d{{1,2}})(?P=s)\s?(?P<y>(?:19|20)\d{{2}})(?!\d)"
_FULL_CUED = rf"(?<![^\W_])ngày\s+(?P<cd>\d{{1,2}})\s*,\s*\d{{1,2}}\s?(?P<cs>[/.-])\s?(?P<cm>\d{{1,2}})(?P=cs)\s?(?P<cy>(?:19|20)\d{{2}})(?!\d)"
# "ngày 2 tháng 3 năm 2024", "ngày 02 tháng 3"
_WORDS = r"ngày\s+(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s*(?:năm|,)\s*(?P<wy>(?:19|20)\d{2}))?(?!\d)"
# "07 Tháng 1 2016" (Joomla date lines)
_MONTH_WORD = r"(?P<jd>\d{1,2})\s+tháng\s+(?P<jm>\d{1,2}),?\s+(?P<jy>(?:19|20)\d{2})(?!\d)"
# "30-3", "13/2": only after a cue (see _partial)
# After a cue a dot separates too ("Sáng 13.3"): no figure follows a part of the day.
_SHORT = rf"(?P<sd>\d{{1,2}}){_AND_DAY_CUED}\s?[/.-]\s?(?P<sm>\d{{1,2}})(?![\d/.-]\d)"
# "20:12", "08:12", "9h30", "9 giờ 30"
_TIME = re.compile(r"(?<!\d)(?P<h>[01]?\d|2[0-3])\s?(?::|h|giờ\s?)\s?(?P<mi>[0-5]\d)(?!\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = patterns.load("dates").regex("partial_date_cues").pattern
    # Not after a colon either: in "15:24 - 26/01/2024" the minutes are not a first day.
    # Nor inside another date: "từ ngày 9/10 đến 22/12/2019" has no date "10 đến 22/12/2019".
    full = re.compile(rf"{_FULL_CUED}|(?<![\d:]){_FULL}|{_WORDS}|(?<![\d:]){_MONTH_WORD}", re.IGNORECASE)
    partial = re.compile(rf"(?:{cues})\s*(?:ngày\s*)?\(?\s*{_SHORT}", re.IGNORECASE)
    return full, partial


def _valid(day: int, month: int, year: int | None) -> bool:
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def find_dates(text: str, partial: bool = True) -> list[DateMatch]:
    """Every date in `text`, in order, with spans; partial ones only after a cue.

    >>> [(d.day, d.month, d.year) for d in find_dates("Chiều 30-3, giai đoạn 2016-2020, ngày 7-4-2014")]
    [(30, 3, None), (7, 4, 2014)]
    """
    full_re, partial_re = _compiled()
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for m in full_re.finditer(text):
        if m.group("d"):
            d, mo, y, s = int(m["d"]), int(m["m"]), int(m["y"]), m.start("d")
        elif m.group("cd"):
            d, mo, y, s = int(m["cd"]), int(m["cm"]), int(m["cy"]), m.start("cd")
        elif m.group("jd"):
            d, mo, y, s = int(m["jd"]), int(m["jm"]), int(m["jy"]), m.start()
        else:
            d, mo = int(m["wd"]), int(m["wm"])
            y, s = (int(m["wy"]) if m["wy"] else None), m.start()
        if _valid(d, mo, y):
            found.append(DateMatch(s, m.end(), d, mo, y))
            taken.append((m.start(), m.end()))
    if partial:
        for m in partial_re.finditer(text):
            s, e = m.start("sd"), m.end("sm")
            if any(a <= s < b for a, b in taken):
                continue
            d, mo = int(m["sd"]), int(m["sm"])
            if _valid(d, mo, None):
                found.append(DateMatch(s, e, d, mo, None))
    return sorted(found, key=lambda x: x.start)


def find_time(text: str) -> re.Match[str] | None:
    """The first clock time: "lúc20:12" -> 20:12, "08:12" -> 08:12."""
    return _TIME.search(text)


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
