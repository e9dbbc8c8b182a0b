"""The lead of an article: its first body sentences, and the event date they state.

Shared by the event extractor and by movements launched "at the event", so both read the
date the same way: the first date near the start of a lead sentence ("Chiều 30-3",
"Ngày 13-2", "Chiều ngày 11/01/2020"), a missing year from the publication date, never a
document's date ("Thực hiện Công văn số 567/UBND-NC ngày 20/9/2017, ...").
"""

from __future__ import annotations

import re
from datetime import date

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


def event_date(analysis: Analysis) -> tuple[str | None, Evidence | None, int | None]:
    """The event date (ISO), its evidence and its sentence index; Nones when the lead states none."""
    reference = published_date(analysis)
    for i in lead_sentences(analysis):
        s = analysis.sentences[i]
        for found in find_dates(s.text):
            if found.start > _DATE_NEAR_START:
                break
            if _DOCUMENT_BEFORE.search(s.text, 0, found.start):
                continue
            day = found.resolve(reference.year if reference else None, reference)
            if day is None:
                continue
            a, b = s.start + found.start, s.start + found.end
            return iso(day), Evidence(i, a, b, analysis.text[a:b], "event_date"), i
    return None, None, None


