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


@lru_cache(maxsize=1)
def _mentions_and_deixis():
    file = patterns.load("events")
    return file.section("mentions"), file.any_of("event_deixis"), file.any_of("named_events")


@lru_cache(maxsize=1)
def _untyped_events():
    file = patterns.load("events")
    return file.any_of("untyped_events")


@lru_cache(maxsize=1)
def _honouring_period():
    return patterns.load("events").section("honouring_period")[0].compiled


# A meeting honouring model workers is the five-yearly one held instead of a congress.
_CONGRESS_YEARS = 5


def _types_in(text: str, entries) -> list[tuple[int, str]]:
    """(position, label) of every cue in `text`, except cues inside a mention of an earlier event."""
    pre = patterns.prefilter(tuple(e.compiled for e in entries))
    if pre is not None and not pre.search(text):
        return []  # most sentences hold no cue: one scan tells, instead of one per entry
    mentions = _mentions_and_deixis()[0]
    hits = []
    for entry in entries:
        for m in entry.compiled.finditer(text):
            if not _mentioned(text, m, entry.label, mentions) and not _yearly_honouring(text, m, entry.label):
                hits.append((m.start(), entry.label))
                break
    return sorted(hits)


def _yearly_honouring(text: str, cue: re.Match[str], label: str) -> bool:
    """A "Hội nghị tuyên dương điển hình tiên tiến" of one year or a few ("năm 2023", "giai đoạn
    2021-2023") honours without being the five-yearly meeting held instead of a congress."""
    if label != "congress" or not cue.group().lower().startswith("hội"):
        return False
    m = _honouring_period().match(text, cue.end())
    if not m:
        return False
    return m["single"] is not None or int(m["b"]) - int(m["a"]) != _CONGRESS_YEARS


def _mentioned(text: str, cue: re.Match[str], label: str, mentions) -> bool:
    return any(a <= cue.start() < b for e in mentions if e.label == label
               for a, b in (m.span() for m in e.compiled.finditer(text)))


def _event_type(analysis: Analysis, date_sentence: int | None) -> tuple[str, list[str], Evidence | None]:
    """The main type from the headline and the lead: the first body sentence and, when another
    sentence dates the event, that one too (a standfirst may come before it). An excerpt with
    neither that speaks of "the meeting" or "the ceremony" takes the first cue anywhere."""
    headline, body, _ = _cues()
    title = [s for s in analysis.sentences if s.part == "title"]
    lead = lead_sentences(analysis)[:1]
    if date_sentence is not None and date_sentence not in lead and analysis.sentences[date_sentence].part == "body":
        lead.append(date_sentence)
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
    read_from = [*title, *(analysis.sentences[i] for i in lead)]
    # a launch at a meeting of another kind ("hội nghị kỷ niệm 67 năm Ngày Thầy thuốc ... và phát
    # động thi đua") is part of that meeting, which no cue types
    if main is None and _MAIN_ORDER_WEAK in seen and any(_untyped_events().search(s.text) for s in read_from):
        main = "other"
    # an excerpt that neither names nor dates its event in the lead (a dated lead without a cue
    # reports an untyped event: "Sáng 1-10, Ban Thi đua - Khen thưởng bồi dưỡng nghiệp vụ ...")
    if (main is None and _MAIN_ORDER_WEAK not in seen and date_sentence is None
            and not _names_an_event(read_from) and (found := _type_at_the_event(analysis))):
        main, sentence = found
        read_from.append(sentence)
    if main is None:
        main = _MAIN_ORDER_WEAK if _MAIN_ORDER_WEAK in seen else "other"
    for s in analysis.sentences:
        for _, label in _types_in(s.text, body):
            if label not in seen:
                seen.append(label)
    for s in read_from:
        m = next((m for e in [*headline, *body] if e.label == main and (m := _unmentioned(s.text, e))), None)
        if m:
            a = s.start + m.start()
            evidence = Evidence(s.index, a, s.start + m.end(), analysis.text[a : s.start + m.end()], f"event_cue:{main}")
            break
    if evidence is None and analysis.sentences:  # no cue: the headline is what the type was read from
        s = analysis.sentences[0]
        evidence = Evidence(s.index, s.start, s.end, s.text, "no_event_cue")
    return main, [t for t in seen if t != main], evidence


def _unmentioned(text: str, entry) -> re.Match[str] | None:
    mentions = _mentions_and_deixis()[0]
    return next((m for m in entry.compiled.finditer(text) if not _mentioned(text, m, entry.label, mentions)), None)


def _names_an_event(sentences) -> bool:
    """A headline or lead that names an untyped event ("tổ chức Lễ kỷ niệm ...") other than by
    pointing back at it ("Tại buổi lễ, ...")."""
    _, deixis, named = _mentions_and_deixis()
    return any(named.search(deixis.sub(" ", s.text)) for s in sentences)


def _type_at_the_event(analysis: Analysis):
    """(type, sentence) of the first typed cue in the body, when the text speaks of the event
    ("Tại buổi lễ, ...", "Tham dự hội nghị có ...") without naming it in the headline or lead.
    Cues that only name an event ("giao ước thi đua") do not count there."""
    headline, body, _ = _cues()
    _, deixis, _ = _mentions_and_deixis()
    sentences = [s for s in analysis.sentences if s.part == "body"]
    if not any(deixis.search(s.text) for s in sentences):
        return None
    acts = [e for e in [*headline, *body] if e.kind != "name"]
    launched = False
    for s in sentences:
        found = [label for _, label in _types_in(s.text, acts)]
        labels = [label for label in found if label not in (_MAIN_ORDER_WEAK, "other")]
        if labels:
            return labels[0], s
        # a launch at this meeting ("Tại hội nghị, ... phát động phong trào ..."), not one in passing
        launched = launched or any(label == _MAIN_ORDER_WEAK for _, label in _types_in(s.text, body))
    # a meeting whose report gives the results of a year or half-year ("Báo cáo tại hội nghị, năm qua
    # ...", "Theo báo cáo, năm 2019 các đơn vị ...") reviews them, though no cue says so
    results = _reported_results()
    if not launched and any(m.group().lower().endswith("nghị") for s in sentences for m in deixis.finditer(s.text)):
        return next((("review_conference", s) for s in sentences if results.search(s.text)), None)
    return None


@lru_cache(maxsize=1)
def _reported_results():
    return patterns.load("events").any_of("reported_results")


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
    day, date_evidence, sentence = event_date(analysis)
    kind, also, evidence = _event_type(analysis, sentence)
    venue, venue_evidence = _location(analysis, sentence)
    return Event(kind, also, day, venue, evidence, date_evidence, venue_evidence)
