"""The event an article reports: its type (and the other types it also reports), date and venue.

The date is the first date in the lead that stands at the start of a sentence or after a
cue ("Chiều 30-3", "Ngày 13-2", "Chiều ngày 11/01/2020"); a missing year comes from the
publication date. The venue follows "tại" in the same sentence, up to the next comma.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.text import squash
from pipeline.core.types import Event, Evidence
from pipeline.extract.lead import event_date, lead_sentences
from pipeline.nlp import Analysis

_VENUE_END = re.compile(r"[,;.]|\s(?:đã|tổ chức|diễn ra|long trọng)\s")
_MAIN_ORDER_WEAK = "movement_launch"



@lru_cache(maxsize=1)
def _cues():
    file = patterns.load("events")
    return file.section("headline_cues"), file.section("body_cues"), file.regex("location_cues")


def _types_in(text: str, entries) -> list[tuple[int, str]]:
    hits = []
    for entry in entries:
        m = entry.compiled.search(text)
        if m:
            hits.append((m.start(), entry.label))
    return sorted(hits)


def _event_type(analysis: Analysis) -> tuple[str, list[str], Evidence | None]:
    headline, body, _ = _cues()
    title = [s for s in analysis.sentences if s.part == "title"]
    lead = lead_sentences(analysis)[:1]
    groups = [[(s.index, s.text) for s in title], [(i, analysis.sentences[i].text) for i in lead]]
    main, evidence, seen = None, None, []
    for group in groups:
        for index, text in group:
            for _, label in _types_in(text, headline):
                if label not in seen:
                    seen.append(label)
        strong = [label for _, text in group for _, label in _types_in(text, headline) if label != _MAIN_ORDER_WEAK]
        if main is None and strong:
            main = strong[0]
    if main is None:
        main = _MAIN_ORDER_WEAK if _MAIN_ORDER_WEAK in seen else "other"
    for s in analysis.sentences:
        for _, label in _types_in(s.text, body):
            if label not in seen:
                seen.append(label)
    for s in [*title, *(analysis.sentences[i] for i in lead)]:
        m = next((e.compiled.search(s.text) for e in headline if e.label == main and e.compiled.search(s.text)), None)
        if m:
            a = s.start + m.start()
            evidence = Evidence(s.index, a, s.start + m.end(), analysis.text[a : s.start + m.end()], f"event_cue:{main}")
            break
    if evidence is None and analysis.sentences:  # no cue: the headline is what the type was read from
        s = analysis.sentences[0]
        evidence = Evidence(s.index, s.start, s.end, s.text, "no_event_cue")
    return main, [t for t in seen if t != main], evidence


def _location(analysis: Analysis, sentence: int | None) -> tuple[str | None, Evidence | None]:
    _, _, cue = _cues()
    candidates = [sentence] if sentence is not None else lead_sentences(analysis)[:1]
    for i in candidates:
        s = analysis.sentences[i]
        m = cue.search(s.text)
        if not m:
            continue
        rest = s.text[m.end():]
        stop = _VENUE_END.search(rest)
        venue = rest[: stop.start() if stop else len(rest)].strip()
        if not venue or len(venue) > 120:
            continue
        a = s.start + m.end() + rest.index(venue)
        return squash(venue), Evidence(i, a, a + len(venue), analysis.text[a : a + len(venue)], "event_location")
    return None, None


def extract_event(analysis: Analysis) -> Event:
    kind, also, evidence = _event_type(analysis)
    day, date_evidence, sentence = event_date(analysis)
    venue, venue_evidence = _location(analysis, sentence)
    return Event(kind, also, day, venue, evidence, date_evidence, venue_evidence)
