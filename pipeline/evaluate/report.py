"""Print field scores as a table, and optionally every missed and spurious item with its context."""

from __future__ import annotations

from pipeline.evaluate.score import ARTICLE_FIELDS, FieldScore

# Characters of article text shown either side of an item in the error listing.
_CONTEXT = 70


def table(scores: dict[str, FieldScore], title: str = "") -> list[str]:
    lines = [title] if title else []
    lines.append(f"{'field':14} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5} {'match':>5}")
    for name, s in scores.items():
        note = "  (per article)" if name in ARTICLE_FIELDS else ""
        lines.append(f"{name:14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.gold:5} {s.pred:5} {s.matched:5}{note}")
    return lines


def _context(text: str | None, where: dict | None, needle: str) -> str:
    if not text:
        return ""
    if where and "start" in where:
        a, b = where["start"], where["end"]
    else:
        at = text.find(needle) if needle else -1
        if at < 0:
            return "(not found verbatim in the text)"
        a, b = at, at + len(needle)
    left = text[max(0, a - _CONTEXT) : a].split("\n")[-1]
    right = text[b : b + _CONTEXT].split("\n")[0]
    return f"…{left}[{text[a:b]}]{right}…"


def errors(scores: dict[str, FieldScore], texts: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for name, s in scores.items():
        if not s.missed and not s.spurious:
            continue
        lines.append(f"\n== {name}")
        for item in s.missed:
            needle = item.label.split(" / ")[-1]
            lines.append(f"  missed   {item.article}: {item.label}")
            if name not in ARTICLE_FIELDS:
                lines.append(f"           {_context(texts.get(item.article), None, needle)}")
        for item in s.spurious:
            lines.append(f"  spurious {item.article}: {item.label}")
            if name not in ARTICLE_FIELDS:
                lines.append(f"           {_context(texts.get(item.article), item.where, '')}")
    return lines
