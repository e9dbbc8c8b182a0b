"""Step 1 of a review page: find what to highlight in one article of `articles.jsonl`.

Every record becomes a `Row` of the records table. Its first `Mark` is the record's own evidence
(the offsets the extractor wrote); further marks are its parts: the titles of an official, the
members of a cluster, the recipients of an award, the later mentions of an official. Parts without
offsets of their own are searched for near the record's evidence; a part that cannot be found keeps
`start = None` and the page says so, instead of silently dropping it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Labels of the span group, in legend order, with the kind of record each one marks.
LABELS: dict[str, str] = {
    "OFFICIAL": "official (name with titles) or a later mention of one",
    "TITLE": "one title of an official",
    "CLUSTER": "emulation cluster (Cụm / Khối thi đua)",
    "MEMBER": "member unit of a cluster",
    "MOVEMENT": "named emulation movement",
    "AWARD": "award phrase",
    "RECIPIENT": "one recipient of an award",
    "DATE": "date of the event",
    "DOCUMENT": "referenced document",
    "EVENT": "cue phrase of the event type",
    "LOCATION": "venue of the event",
    "PROVINCE": "evidence of the province the article is about",
}

# Shortest tail of a part's words searched for when the whole part is not in the text: "huyện Nam Trực"
# from "các huyện Vụ Bản và Nam Trực" is found as "Nam Trực"; one word alone is too ambiguous.
MIN_TAIL_WORDS = 2


@dataclass(frozen=True)
class Mark:
    """One highlighted span, or a part that could not be placed (start is None)."""

    key: str  # "3" for record 3's evidence, "3-1" for its first part
    label: str
    start: int | None
    end: int | None
    text: str  # the highlighted text, or the value that was not found
    how: str  # "evidence" | "mention" | "search" | "not found" | "bad offsets"

    @property
    def placed(self) -> bool:
        return self.start is not None


@dataclass(frozen=True)
class Row:
    """One record of the article, as a row of the records table."""

    key: str
    label: str
    table: str  # the CSV table the record goes to
    fields: tuple[tuple[str, str], ...]
    rule: str
    marks: tuple[Mark, ...]  # marks[0] is the record's own evidence

    @property
    def main(self) -> Mark:
        return self.marks[0]


def _evidence_mark(text: str, key: str, label: str, ev: dict[str, Any], how: str = "evidence") -> Mark:
    start, end = ev.get("start"), ev.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return Mark(key, label, None, None, ev.get("span_text") or "", "bad offsets")
    if text[start:end] != ev.get("span_text", text[start:end]):
        return Mark(key, label, None, None, ev.get("span_text") or "", "bad offsets")
    return Mark(key, label, start, end, text[start:end], how)


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph) of the cleaned text holding [start, end)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, len(text) if b < 0 else b


def _whole(text: str, start: int, end: int) -> bool:
    """The match [start, end) does not cut a word: "TUV" in "TUV, Phó" but not in "HTUV"."""
    before = start == 0 or not (text[start - 1].isalnum() and text[start].isalnum())
    after = end == len(text) or not (text[end].isalnum() and text[end - 1].isalnum())
    return before and after


def _find(text: str, needle: str, a: int, b: int, near: int) -> int | None:
    """Offset of the whole-word occurrence of `needle` in text[a:b] closest to `near`, ignoring case."""
    if not needle:
        return None
    hay, pin = text[a:b], needle
    if len(hay.lower()) == len(hay) and len(pin.lower()) == len(pin):
        hay, pin = hay.lower(), pin.lower()
    hits, i = [], hay.find(pin)
    while i >= 0:
        if _whole(text, a + i, a + i + len(pin)):
            hits.append(a + i)
        i = hay.find(pin, i + 1)
    return min(hits, key=lambda h: abs(h - near)) if hits else None


def locate(text: str, value: str, windows: list[tuple[int, int]], near: int) -> tuple[int, int, str] | None:
    """Where `value` is printed: the whole value in the first window that has it, else its shortest tail.

    >>> t = "trao Cờ cho các huyện Vụ Bản và Nam Trực"
    >>> locate(t, "huyện Nam Trực", [(0, len(t))], 0)
    (32, 40, 'Nam Trực')
    """
    words = value.split()
    tails = [" ".join(words[i:]) for i in range(0, max(1, len(words) - MIN_TAIL_WORDS + 1))]
    for tail in tails:
        for a, b in windows:
            hit = _find(text, tail, a, b, near)
            if hit is not None:
                return hit, hit + len(tail), text[hit:hit + len(tail)]
    return None


def _parts(text: str, key: str, label: str, values: list[str], windows: list[tuple[int, int]],
           near: int) -> list[Mark]:
    marks = []
    for i, value in enumerate(values, 1):
        found = locate(text, value, windows, near)
        if found:
            marks.append(Mark(f"{key}-{i}", label, found[0], found[1], found[2], "search"))
        else:
            marks.append(Mark(f"{key}-{i}", label, None, None, value, "not found"))
    return marks


def _fields(**values: Any) -> tuple[tuple[str, str], ...]:
    out = []
    for name, value in values.items():
        if value is None or value == [] or value == "":
            continue
        out.append((name, " | ".join(map(str, value)) if isinstance(value, list) else str(value)))
    return tuple(out)


def _drafts(article: dict[str, Any]) -> list[tuple[str, str, dict, dict, str]]:
    """(label, table, evidence, record, kind) for every record that has evidence, in schema order."""
    out: list[tuple[str, str, dict, dict, str]] = []
    event = article.get("event") or {}
    for label, key in (("EVENT", "evidence"), ("DATE", "date_evidence"), ("LOCATION", "location_evidence")):
        if event.get(key):
            out.append((label, "events", event[key], event, label.lower()))
    province_ev = (article.get("provenance") or {}).get("province_evidence")
    if province_ev:
        out.append(("PROVINCE", "articles", province_ev, {"province": article.get("province")}, "province"))
    for label, table in (("OFFICIAL", "officials"), ("CLUSTER", "clusters"), ("MOVEMENT", "movements"),
                         ("AWARD", "awards"), ("DOCUMENT", "documents")):
        for record in article.get(table) or []:
            if record.get("evidence"):
                out.append((label, table, record["evidence"], record, table))
    return out


def _record_fields(kind: str, r: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    if kind == "event":
        return _fields(type=r.get("type"), also=r.get("also"))
    if kind == "date":
        return _fields(date=r.get("date"))
    if kind == "location":
        return _fields(location=r.get("location"))
    if kind == "province":
        return _fields(province=r.get("province"))
    if kind == "officials":
        return _fields(name=r.get("name"), titles=r.get("titles"))
    if kind == "clusters":
        return _fields(name=r.get("name"), kind=r.get("kind"), leader=r.get("leader"),
                       next_leader=r.get("next_leader"), members=len(r.get("members") or []))
    if kind == "movements":
        return _fields(name=r.get("name"), launched_by=r.get("launched_by"), launched_on=r.get("launched_on"),
                       period=r.get("period"))
    if kind == "awards":
        return _fields(award=r.get("award"), award_type=r.get("award_type"), status=r.get("status"),
                       year=r.get("year"), conferred_by=r.get("conferred_by"), rank=r.get("rank"),
                       recipients=r.get("recipients"))
    return _fields(ref=r.get("ref"), kind=r.get("kind"), date=r.get("date"), issuer=r.get("issuer"))


def _record_parts(text: str, kind: str, key: str, main: Mark, r: dict[str, Any]) -> list[Mark]:
    if not main.placed:
        return []
    window = [(main.start, main.end), _line(text, main.start, main.end)]
    if kind == "officials":
        mentions = [_evidence_mark(text, f"{key}-m{i}", "OFFICIAL", ev, "mention")
                    for i, ev in enumerate(r.get("mentions") or [], 1) if ev]
        spans = window[:1] + [(m.start, m.end) for m in mentions if m.placed] + window[1:]
        return _parts(text, key, "TITLE", list(r.get("titles") or []), spans, main.start) + mentions
    if kind == "clusters":
        return _placed_parts(text, key, "MEMBER", list(r.get("members") or []), r.get("member_evidence"),
                             window, main.end)
    if kind == "awards":
        # each recipient where the extractor read it: a list line below the award, a later sentence
        return _placed_parts(text, key, "RECIPIENT", list(r.get("recipients") or []), r.get("recipient_evidence"),
                             window, main.start)
    return []


def _placed_parts(text: str, key: str, label: str, values: list[str], given: list[dict[str, Any]] | None,
                  window: list[tuple[int, int]], anchor: int) -> list[Mark]:
    """One mark per value at its own evidence when the record carries it, else searched near the record."""
    given = list(given or [])
    marks = []
    for i, value in enumerate(values, 1):
        ev = given[i - 1] if i <= len(given) else None
        mark = _evidence_mark(text, f"{key}-{i}", label, ev) if ev else None
        if mark is None or not mark.placed:
            mark = _parts(text, key, label, [value], window, anchor)[0]
            mark = Mark(f"{key}-{i}", mark.label, mark.start, mark.end, mark.text, mark.how)
        marks.append(mark)
    return marks


def review_rows(article: dict[str, Any]) -> list[Row]:
    """The records of one `articles.jsonl` object as table rows, in reading order, keyed 1, 2, ...

    >>> rows = review_rows({"text": "Đồng chí Hà Lan Anh, Phó Chủ tịch UBND tỉnh", "officials": [
    ...     {"name": "Hà Lan Anh", "titles": ["Phó Chủ tịch UBND tỉnh"], "evidence":
    ...      {"start": 9, "end": 43, "span_text": "Hà Lan Anh, Phó Chủ tịch UBND tỉnh", "rule": "r"}}]})
    >>> [(m.key, m.label, m.text) for m in rows[0].marks]
    [('1', 'OFFICIAL', 'Hà Lan Anh, Phó Chủ tịch UBND tỉnh'), ('1-1', 'TITLE', 'Phó Chủ tịch UBND tỉnh')]
    """
    text = article.get("text") or ""
    drafts = []
    for label, table, ev, record, kind in _drafts(article):
        main = _evidence_mark(text, "", label, ev)
        drafts.append((main.start if main.placed else len(text) + 1, label, table, ev, record, kind))
    drafts.sort(key=lambda d: d[0])  # stable: same offset keeps schema order
    rows = []
    for n, (_, label, table, ev, record, kind) in enumerate(drafts, 1):
        key = str(n)
        main = _evidence_mark(text, key, label, ev)
        parts = _record_parts(text, kind, key, main, record)
        rows.append(Row(key, label, table, _record_fields(kind, record), str(ev.get("rule") or ""),
                        (main, *parts)))
    return rows
