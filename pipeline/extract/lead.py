"""The lead of an article: its first body sentences, and the event date they state.

Shared by the event extractor and by movements launched "at the event", so both read the
date the same way: the first date near the start of a lead sentence ("Chiều 30-3",
"Ngày 13-2", "Chiều ngày 11/01/2020"), a missing year from the publication date, never a
document's date ("Thực hiện Công văn số 567/UBND-NC ngày 20/9/2017, ...").
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.dates import DateMatch, find_dates, iso
from pipeline.core.types import Evidence
from pipeline.nlp import Analysis

# The event date is stated early: in one of the first body sentences, near their start.
LEAD_SENTENCES = 3
_DATE_NEAR_START = 40
# "Quyết định số 231/QĐ-TTg, ngày 14/3/2023": a document's own date, also after a comma.
_DOCUMENT_BEFORE = re.compile(r"(?:\d+\s*/\s*[A-ZĐ]|\bsố\s*:?\s*\d)[^;.]{0,40}$")
_PART_OF_DAY = re.compile(r"(?<![^\W_])(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)(?:\s+(?:ngày|nay|qua))?\s*\(?\s*$")
_MONTH_STAMP = re.compile(r"(?:Tháng|THÁNG)\s+(?P<month>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<year>(?:19|20)\d{2})")
# A month stamp gives no day: its middle stands for it when a December event meets a January stamp.
_MID_MONTH = 15
# "năm 2024" in the sentence of the event: the year of a day-month when nothing else gives it.
_YEAR_WORD = re.compile(r"(?<![^\W_])năm\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)")
_YEAR_SPAN = re.compile(r"(?:giai\s+đoạn|từ\s+năm|thời\s+kỳ)\s+(?:19|20)\d{2}\s*[-–]\s*(?:năm\s+)?(?:19|20)\d{2}"
                        r"|\([^()]*(?:19|20)\d{2}[^()]*\)", re.IGNORECASE)


def lead_sentences(analysis: Analysis) -> list[int]:
    return [s.index for s in analysis.sentences if s.part == "body"][:LEAD_SENTENCES]


def published_date(analysis: Analysis) -> date | None:
    published = analysis.article.published
    return date.fromisoformat(published[:10]) if published else None


def reference_date(analysis: Analysis) -> date | None:
    """What a day-month without a year is read against: the publication date, else the month a
    month-only stamp gives ("Tháng 10/2023" -> late October 2023)."""
    if found := published_date(analysis):
        return found
    dateline = analysis.article.dateline
    if dateline and (m := _MONTH_STAMP.search(dateline.of(analysis.text))):
        return date(int(m.group("year")), int(m.group("month")), _MID_MONTH)
    return None


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    file = patterns.load("events")
    return file.section("event_sentences")[0].compiled, file.section("issuing_events")[0].compiled


def event_date(analysis: Analysis) -> tuple[str | None, Evidence | None, int | None]:
    """The event date (ISO), its evidence and its sentence index; Nones when the article states none.

    First a date near the start of the first body sentence; else one in a sentence about the
    event itself ("Hội nghị diễn ra sáng 12/8 ..."), wherever it stands; else one near the start
    of the next lead sentences.
    """
    takes_place, _ = _cues()
    lead = lead_sentences(analysis)
    about_event = [s.index for s in analysis.sentences if s.part == "body" and takes_place.search(s.text)]
    for i, near_start in [*((i, True) for i in lead[:1]), *((i, False) for i in about_event),
                          *((i, True) for i in lead[1:])]:
        found = _dated(analysis, i, near_start)
        if found:
            return found
    return None, None, None


def _dated(analysis: Analysis, i: int, near_start: bool) -> tuple[str, Evidence, int] | None:
    reference = reference_date(analysis)
    _, issuing = _cues()
    s = analysis.sentences[i]
    for found in find_dates(s.text):
        before = s.text[: found.start]
        of_document = bool(_DOCUMENT_BEFORE.search(before))
        # A document's date is the event's only when its issue is what the article reports.
        issued = of_document and bool(issuing.search(before))
        # a part of the day marks the event's own date wherever it stands ("..., chiều ngày 02/3/2022 tại ...")
        of_the_day = bool(_PART_OF_DAY.search(before))
        if near_start and found.start > _DATE_NEAR_START and not (issued or of_the_day):
            break
        if of_document and not issued:
            continue
        day = found.resolve(reference.year if reference else None, reference)
        if day is None and found.year is None:
            # No publication date: the year the same day is written with elsewhere ("20h10 ngày
            # 27/10/2025"), else the one year the sentence names ("ký kết giao ước thi đua năm 2018").
            year = _same_day_year(analysis, found) or _sentence_year(s.text)
            day = found.resolve(year) if year else None
        if day is None:
            continue
        a, b = s.start + found.start, s.start + found.end
        return iso(day), Evidence(i, a, b, analysis.text[a:b], "event_date"), i
    return None




def _same_day_year(analysis: Analysis, partial: DateMatch) -> int | None:
    """The year of a full date elsewhere in the article with the same day and month."""
    years = {d.year for d in find_dates(analysis.text, partial=False)
             if d.year and (d.day, d.month) == (partial.day, partial.month)}
    return years.pop() if len(years) == 1 else None


def _sentence_year(text: str) -> int | None:
    """The year a sentence names outside periods and brackets: the later of two adjacent years
    ("tổng kết năm 2022 và triển khai nhiệm vụ năm 2023" is held in 2023), none if they differ more."""
    plain = _YEAR_SPAN.sub(" ", text)
    years = {int(y) for y in _YEAR_WORD.findall(plain)}
    if years and max(years) - min(years) <= 1:
        return max(years)
    return None
