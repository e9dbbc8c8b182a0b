"""The lead of an article: its first body sentences, and the event date they state.

Shared by the event extractor and by movements launched "at the event", so both read the
date the same way: the first date near the start of a lead sentence ("Chiều 30-3",
"Ngày 13-2", "Chiều ngày 11/01/2020") or marked as the day the event was held ("đã tổ chức
hội nghị ... vào ngày 24/2/2020"), a missing year from the publication date or, without one, from
what the article says around it, never a document's date ("Thực hiện Công văn số 567/UBND-NC ngày
20/9/2017, ...") nor a page stamp.
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
# Where in a sentence its date may stand: near the start, anywhere, or anywhere when marked as the
# day the event was held.
_NEAR_START, _ANYWHERE, _MARKED = "near_start", "anywhere", "marked"
# Verbs of a meeting or ceremony, beside the event cues of patterns/events.yaml.
_ORGANIZES = re.compile(r"(?<![^\W_])(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|bế\s+mạc|họp|long\s+trọng|trọng\s+thể|"
                        r"hội\s+nghị|lễ|đại\s+hội|góp\s+ý|thảo\s+luận|gặp\s+mặt|làm\s+việc|tập\s+huấn|bồi\s+dưỡng|"
                        r"tuyên\s+dương|biểu\s+dương|tôn\s+vinh)(?![^\W_])", re.IGNORECASE)
# "Ngày 23/4 các đơn vị sẽ ký kết giao ước": a coming event, not the one the lead reports.
_COMING = re.compile(r"(?<![^\W_])(?:sẽ|dự\s+kiến)(?![^\W_])", re.IGNORECASE)
# "..., UBND tỉnh ban hành Kế hoạch số 1800/KH-UBND": the date before is a document's issue.
_ISSUES_DOCUMENT = re.compile(r"(?<![^\W_])(?:ban\s+hành|ký)\s+(?:Kế\s+hoạch|Quyết\s+định|Văn\s+bản|Công\s+văn|"
                              r"Thông\s+báo|Hướng\s+dẫn|Chỉ\s+thị)\s+(?:liên\s+tịch\s+)?số", re.IGNORECASE)
# "Quyết định số 231/QĐ-TTg, ngày 14/3/2023": a document's own date, also after a comma.
_DOCUMENT_BEFORE = re.compile(r"(?:\d+\s*/\s*[A-ZĐ]|\bsố\s*:?\s*\d)[^;.]{0,40}$")
_PART_OF_DAY = re.compile(r"(?<![^\W_])(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)(?:\s+(?:ngày|nay|qua))?\s*\(?\s*$")
# "đã tổ chức Hội nghị ký Giao ước thi đua vào ngày 24/2/2020", "do Tổng LĐLĐ tổ chức ngày 02/7":
# the day the meeting was held, wherever it stands in the sentence.
_HELD_ON = re.compile(r"(?<![^\W_])(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|tiến\s+hành)(?![^\W_])[^,.;]{0,80}?"
                      r"(?<![^\W_])(?:vào\s+)?(?:ngày|hôm)\s*$"
                      # "tại Hội nghị tổng kết năm học 2018 - 2019 ... vào ngày 06/8/2019"
                      r"|(?<![^\W_])(?:hội\s+nghị|lễ|đại\s+hội)(?![^\W_])[^,.;]{0,120}?(?<![^\W_])vào\s+ngày\s*$",
                      re.IGNORECASE)
# "Nhân dịp kỷ niệm ..., ngày 21-12, Chủ tịch nước đã ký": a date set off by commas after an
# opening clause dates what the sentence reports.
_SET_OFF = re.compile(r",\s*(?:vào\s+)?ngày\s*$", re.IGNORECASE)
# A page stamp printed into the text ("18/11/2020 10:18:33", "Thứ tư, 05/10/2022") is no event's date.
_CLOCK_AFTER = re.compile(r"^\s*[-|,]?\s*\d{1,2}:\d{2}")
_CLOCK_BEFORE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*[-|,]?\s*$")
# "sáng nay", "hôm nay" with no date beside them: the day of publication.
_TODAY = re.compile(r"(?<![^\W_])(?:hôm|sáng|chiều|tối|trưa|đêm)\s+nay(?![^\W_])(?!\s*\(?\s*\d)", re.IGNORECASE)
_MONTH_STAMP = re.compile(r"(?:Tháng|THÁNG)\s+(?P<month>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<year>(?:19|20)\d{2})")
# A month stamp gives no day: its middle stands for it when a December event meets a January stamp.
_MID_MONTH = 15
# "năm 2024" in the sentence of the event: the year of a day-month when nothing else gives it.
_YEAR_WORD = re.compile(r"(?<![^\W_])năm\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)")
_YEAR_SPAN = re.compile(r"(?:giai\s+đoạn|từ\s+năm|thời\s+kỳ)\s+(?:19|20)\d{2}\s*[-–]\s*(?:năm\s+)?(?:19|20)\d{2}"
                        r"|\([^()]*(?:19|20)\d{2}[^()]*\)", re.IGNORECASE)
# "tổng kết công tác thi đua năm 2023" held in January reviews the year just ended.
_REVIEWED_YEAR = re.compile(r"(?<![^\W_])tổng\s+kết[^.;]{0,80}?năm\s+((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
# (reviews of the year run into March: "Sáng 31/3, ... hội nghị tổng kết phong trào thi đua năm 2015")
_YEAR_END_REVIEW_MONTHS = (1, 2, 3)
# Two adjacent years in one sentence ("tổng kết năm 2021 và triển khai nhiệm vụ năm 2022"): a
# meeting in the second half of the year is the year-end review of the first, one in the first
# half opens the second.
_SECOND_HALF = 7
# An anniversary span "(1/10/1991 – 1/10/2021)": the event falls near its last day.
_DMY = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}"
_ANNIVERSARY = re.compile(rf"\(\s*{_DMY}\s*[-–—]\s*(?P<end>{_DMY})\s*\)")
# Periods "giai đoạn 2012-2017", "5 năm (2015-2020)", "năm học 2013 - 2014".
_PERIOD = re.compile(r"(?:giai\s+đoạn|thời\s+kỳ|năm\s+học|\()\s*(?P<a>(?:19|20)\d{2})\s*[-–]\s*(?P<b>(?:19|20)\d{2})(?!\d)",
                     re.IGNORECASE)
_REVIEW_WORD = re.compile(r"(?<![^\W_])(?:tổng\s+kết|sơ\s+kết)(?![^\W_])", re.IGNORECASE)
# A full date this close (in days of the year) to a day-month lends it its year ("Ngày 18/1 ...
# Tờ trình ngày 17/1/2023"), unless it dates a document the work is based on, which may be years
# older ("03 năm thực hiện Chỉ thị số 03-CT/TW ngày 14.5.2011").
_NEARBY_DAYS = 45
_BASIS_DOCUMENT = re.compile(r"(?<![^\W_])(?:thực\s+hiện|căn\s+cứ|theo)\s+(?:[^\s,;.]+\s+){0,5}?(?:Chỉ\s+thị|"
                             r"Nghị\s+quyết|Nghị\s+định|Luật|Quyết\s+định|Thông\s+tư|Kế\s+hoạch|Hướng\s+dẫn|Công\s+văn|"
                             r"Văn\s+bản)\s+(?:số\s*)?[^\s,;]*\s*(?:[^,;.]{0,60}?)\s*(?:ngày\s*)?$", re.IGNORECASE)
_BASIS_REACH = 120
# "Trước đó, ngày 25/11/2017, anh A đã cứu ...": what led to the event, told after it; not its date.
_BACKGROUND = re.compile(r"^\s*(?:Trước\s+đó|Trước\s+đây|Cách\s+đây)(?![^\W_])", re.IGNORECASE)


# A byline or credit printed above the lead ("HÀN GIANG |", "MINH AN -") is a few words in capitals.
_CREDIT_WORDS = 5


def lead_sentences(analysis: Analysis) -> list[int]:
    return [s.index for s in analysis.sentences if s.part == "body" and not _credit_line(s.text)][:LEAD_SENTENCES]


def _credit_line(text: str) -> bool:
    return len(text.split()) <= _CREDIT_WORDS and not any(c.islower() for c in text)


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
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], ...]]:
    file = patterns.load("events")
    weekdays = tuple(e.compiled for e in patterns.load("dates").section("weekdays"))
    return file.any_of("event_sentences"), file.section("issuing_events")[0].compiled, weekdays


# The event and the movement extractors both ask for the event date of the article at hand: the
# last answer is kept (articles are extracted one at a time, so one slot is enough).
_last_event_date: list = [None, None]  # [analysis, its event_date]


def event_date(analysis: Analysis) -> tuple[str | None, Evidence | None, int | None]:
    """`_event_date`, computed once per article."""
    if _last_event_date[0] is not analysis:
        _last_event_date[:] = [analysis, _event_date(analysis)]
    return _last_event_date[1]


def _event_date(analysis: Analysis) -> tuple[str | None, Evidence | None, int | None]:
    """The event date (ISO), its evidence and its sentence index; Nones when the article states none.

    First a date near the start of the first body sentence; else one in a sentence about the
    event itself ("Hội nghị diễn ra sáng 12/8 ..."), wherever it stands; else one the headline
    marks as the day it was held ("Đại hội ... diễn ra ngày 11-9"); else one near the start of
    the next lead sentences. A first sentence that dates a document's issue ("Ngày 3-9, UBND tỉnh
    ban hành Kế hoạch số 1800/KH-UBND ...") or something other than a meeting or ceremony (a rescue,
    an interview) gives way to a sentence or headline dating the event.
    """
    takes_place, _, _ = _cues()
    lead = lead_sentences(analysis)
    about_event = [s.index for s in analysis.sentences if s.part == "body" and takes_place.search(s.text)]
    title = [s.index for s in analysis.sentences if s.part == "title"]
    deferred = None
    for i, mode in [*((i, _NEAR_START) for i in lead[:1]), *((i, _ANYWHERE) for i in about_event),
                    *((i, _MARKED) for i in title), *((i, _NEAR_START) for i in lead[1:])]:
        found = _dated(analysis, i, mode)
        if not found:
            continue
        text = analysis.sentences[i].text
        if deferred is None and i in lead[:1] and (_dates_an_issue(analysis, found) or not _about_an_event(text)):
            deferred = found
            continue
        if deferred is None or mode != _NEAR_START or (_about_an_event(text) and not _COMING.search(text)):
            return found
    return deferred or (None, None, None)


def _about_an_event(text: str) -> bool:
    """Whether a sentence reports a meeting or ceremony, not background ("Ngày 01/9/2021, anh A
    đã cứu 3 người ...") or a document."""
    return bool(_ORGANIZES.search(text)) or any(e.compiled.search(text) for e in _headline_cues())


@lru_cache(maxsize=1)
def _headline_cues():
    return patterns.load("events").section("headline_cues")


def _dates_an_issue(analysis: Analysis, found: tuple[str, Evidence, int]) -> bool:
    _, evidence, i = found
    s = analysis.sentences[i]
    return bool(_ISSUES_DOCUMENT.search(s.text[evidence.end - s.start:]))


def _dated(analysis: Analysis, i: int, mode: str) -> tuple[str, Evidence, int] | None:
    reference = reference_date(analysis)
    _, issuing, _ = _cues()
    s = analysis.sentences[i]
    if mode == _NEAR_START and _BACKGROUND.match(s.text):
        return None
    for found in find_dates(s.text):
        before = s.text[: found.start]
        if _is_page_stamp(before, s.text[found.end:]) or _in_anniversary(s.text, found):
            continue
        of_document = bool(_DOCUMENT_BEFORE.search(before))
        # A document's date is the event's only when its issue is what the article reports.
        issued = of_document and bool(issuing.search(before))
        # a part of the day marks the event's own date wherever it stands ("..., chiều ngày 02/3/2022 tại ..."),
        # and so does the day a meeting was held on ("đã tổ chức hội nghị ... vào ngày 24/2/2020")
        of_the_day = bool(_PART_OF_DAY.search(before) or _HELD_ON.search(before)
                          or (_SET_OFF.search(before) and s.text[found.end:].lstrip().startswith(",")))
        if of_document and not issued:
            continue
        if mode == _MARKED and not of_the_day:
            continue
        # far into a sentence only a marked date is the event's ("Thực hiện Hướng dẫn số 15/HD ngày
        # 13/02/2020 ..., Cụm thi đua đã tổ chức hội nghị vào ngày 24/2/2020")
        if mode == _NEAR_START and found.start > _DATE_NEAR_START and not (issued or of_the_day):
            continue
        day = found.resolve(reference.year if reference else None, reference)
        if day is None and found.year is None:
            day = _in_context(analysis, s.text, found)
        if day is None:
            continue
        a, b = s.start + found.start, s.start + found.end
        return iso(day), Evidence(i, a, b, analysis.text[a:b], "event_date"), i
    return _today(analysis, i) if mode != _MARKED else None


def _today(analysis: Analysis, i: int) -> tuple[str, Evidence, int] | None:
    """'sáng nay', 'hôm nay' outside quotes, with no date beside them: the publication day."""
    published = published_date(analysis)
    s = analysis.sentences[i]
    m = _TODAY.search(s.text)
    if published is None or m is None or _quoted(s.text[: m.start()]):
        return None
    a, b = s.start + m.start(), s.start + m.end()
    return iso(published), Evidence(i, a, b, analysis.text[a:b], "event_date:today"), i


def _quoted(before: str) -> bool:
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _is_page_stamp(before: str, after: str) -> bool:
    if _CLOCK_AFTER.search(after) or _CLOCK_BEFORE.search(before):
        return True
    rest = before.strip(" ,-|")
    return bool(rest) and any(p.fullmatch(rest) for p in _cues()[2])


def _in_anniversary(text: str, found: DateMatch) -> bool:
    return any(m.start() <= found.start < m.end() for m in _ANNIVERSARY.finditer(text))


def _in_context(analysis: Analysis, sentence: str, partial: DateMatch) -> date | None:
    """The year of a day-month when there is no publication date, as a reader takes it from the
    article (the realdev convention; null when nothing gives it):
    the same day written in full elsewhere ("20h10 ngày 27/10/2025"); the year the event's sentence
    names ("ký kết giao ước thi đua năm 2018"); the anniversary the event marks ("(1/10/1991 –
    1/10/2021)"); the period it reviews or opens ("giai đoạn 2012-2017"); a full date a few weeks
    away ("Tờ trình ... ngày 17/1/2023"); the one year the lead names ("Từ đầu năm 2025 đến nay")."""
    lead = " ".join(analysis.sentences[i].text for i in lead_sentences(analysis))
    year = _same_day_year(analysis, partial) or _sentence_year(sentence, partial.month)
    if year:
        return partial.resolve(year)
    if day := _anniversary_day(f"{sentence} {lead}", partial):
        return day
    year = (_period_year(analysis.text, sentence) or _nearby_year(analysis, partial)
            or _sentence_year(_title(analysis) + " " + lead, partial.month) or _after_the_deed(analysis, partial))
    return partial.resolve(year) if year else None


def _title(analysis: Analysis) -> str:
    return " ".join(s.text for s in analysis.sentences if s.part == "title")


def _same_day_year(analysis: Analysis, partial: DateMatch) -> int | None:
    """The year of a full date elsewhere in the article with the same day and month."""
    years = {d.year for d in find_dates(analysis.text, partial=False)
             if d.year and (d.day, d.month) == (partial.day, partial.month)}
    return years.pop() if len(years) == 1 else None


def _sentence_year(text: str, month: int) -> int | None:
    """The year a text names outside periods and brackets; of two adjacent years ("tổng kết năm
    2022 và triển khai nhiệm vụ năm 2023") the one the season gives; none if they differ more."""
    plain = _YEAR_SPAN.sub(" ", text)
    years = {int(y) for y in _YEAR_WORD.findall(plain)}
    if not years or max(years) - min(years) > 1:
        return None
    if len(years) == 2:
        return min(years) if month >= _SECOND_HALF else max(years)
    (year,) = years
    reviewed = _REVIEWED_YEAR.search(plain)
    if reviewed and int(reviewed.group(1)) == year and month in _YEAR_END_REVIEW_MONTHS:
        return year + 1
    return year


def _anniversary_day(text: str, partial: DateMatch) -> date | None:
    """The day-month in the year that puts it nearest the anniversary's last day."""
    ends = set()
    for m in _ANNIVERSARY.finditer(text):
        (end,) = find_dates(m.group("end"), partial=False) or [None]
        if end is not None:
            ends.add(date(end.year, end.month, end.day))
    if len(ends) == 0:
        return None
    years = {_nearest(partial, end) for end in ends}
    return years.pop() if len(years) == 1 else None


def _nearest(partial: DateMatch, anchor: date) -> date | None:
    days = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := partial.resolve(y))]
    return min(days, key=lambda d: abs((d - anchor).days), default=None)


def _period_year(text: str, sentence: str) -> int | None:
    """Where two periods meet ("giai đoạn 2010-2015" reviewed, "2015-2020" opened), else the end
    of the one period a review looks back on ("sơ kết 5 năm ... giai đoạn 2012-2017")."""
    periods = {(int(m["a"]), int(m["b"])) for m in _PERIOD.finditer(text) if int(m["a"]) < int(m["b"])}
    meets = {b for a, b in periods if any(c == b for c, _ in periods)}
    if len(meets) == 1:
        return meets.pop()
    local = {(int(m["a"]), int(m["b"])) for m in _PERIOD.finditer(sentence) if int(m["a"]) < int(m["b"])}
    if len(local) == 1 and _REVIEW_WORD.search(sentence):
        return next(iter(local))[1]
    return None


def _nearby_year(analysis: Analysis, partial: DateMatch) -> int | None:
    """The one year that full dates within a few weeks of the day-month agree on."""
    years = set()
    for d in find_dates(analysis.text, partial=False):
        if not d.year or _BASIS_DOCUMENT.search(analysis.text[max(0, d.start - _BASIS_REACH): d.start]):
            continue
        full = date(d.year, d.month, d.day)
        near = _nearest(partial, full)
        if near and abs((near - full).days) <= _NEARBY_DAYS:
            years.add(near.year)
    return years.pop() if len(years) == 1 else None


def _after_the_deed(analysis: Analysis, partial: DateMatch) -> int | None:
    """The year that puts a day-month within a year after the latest full date the article
    tells of (outside anniversary spans and the documents the work is based on): a ceremony
    follows the deed and the decision it honours."""
    latest = None
    spans = [m.span() for m in _ANNIVERSARY.finditer(analysis.text)]
    for d in find_dates(analysis.text, partial=False):
        if (not d.year or any(a <= d.start < b for a, b in spans)
                or _BASIS_DOCUMENT.search(analysis.text[max(0, d.start - _BASIS_REACH): d.start])):
            continue
        full = date(d.year, d.month, d.day)
        latest = full if latest is None or full > latest else latest
    if latest is None:
        return None
    for year in (latest.year, latest.year + 1):
        day = partial.resolve(year)
        if day and day >= latest:
            return year
    return None
