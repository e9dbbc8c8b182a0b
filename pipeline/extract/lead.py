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
from pipeline.core.dates import find_dates, iso
from pipeline.core.types import Evidence
from pipeline.nlp import Analysis

# The event date is stated early: in one of the first body sentences, near their start.
LEAD_SENTENCES = 3
_DATE_NEAR_START = 40
_DOCUMENT_BEFORE = re.compile(r"(?:\d+\s*/\s*[A-ZĐ]|\bsố\s*:?\s*\d)[^,;.]{0,40}$")


def lead_sentences(analysis: Analysis) -> list[int]:
    return [s.index for s in analysis.sentences if s.part == "body"][:LEAD_SENTENCES]


def published_date(analysis: Analysis) -> date | None:
    published = analysis.article.published
    return date.fromisoformat(published[:10]) if published else None


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
    reference = published_date(analysis)
    _, issuing = _cues()
    s = analysis.sentences[i]
    for found in find_dates(s.text):
        before = s.text[: found.start]
        of_document = bool(_DOCUMENT_BEFORE.search(before))
        # A document's date is the event's only when its issue is what the article reports.
        issued = of_document and bool(issuing.search(before))
        if near_start and found.start > _DATE_NEAR_START and not issued:
            break
        if of_document and not issued:
            continue
        day = found.resolve(reference.year if reference else None, reference)
        if day is None:
            continue
        a, b = s.start + found.start, s.start + found.end
        return iso(day), Evidence(i, a, b, analysis.text[a:b], "event_date"), i
    return None


