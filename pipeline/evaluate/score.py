"""Score predicted articles against gold annotations, field by field, as `SCHEMA.md` defines.

Strings are compared on `match_key` (NFC, case-folded, spaces collapsed, quotes stripped,
tone placement unified, the look-alike "Ð" read as "Đ"). Item fields count precision, recall and F1 over items; article
fields (published, author, event type and date) count right or wrong per article, so their
three figures are the same accuracy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from pipeline.core.text import match_key

# Movements match when their keys are at least this similar (SCHEMA.md: a near match of 90%).
MOVEMENT_SIMILARITY = 0.9
ITEM_FIELDS = ["officials", "titles", "clusters", "members", "movements", "awards", "award_status",
               "award_year", "documents"]
ARTICLE_FIELDS = ["published", "author", "event_type", "event_date"]
FIELDS = ARTICLE_FIELDS + ITEM_FIELDS


@dataclass
class Item:
    key: Any
    label: str
    article: str
    where: dict[str, Any] | None = None  # evidence of a predicted item


@dataclass
class FieldScore:
    name: str
    gold: int = 0
    pred: int = 0
    matched: int = 0
    missed: list[Item] = field(default_factory=list)
    spurious: list[Item] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0 if not self.pred else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _k(value: Any) -> str:
    return match_key(str(value)) if value is not None else ""


def _items(article: dict[str, Any], name: str) -> list[Item]:
    aid = article.get("id", "")
    out: list[Item] = []
    if name == "officials":
        out = [Item(_k(o["name"]), o["name"], aid, o.get("evidence")) for o in article.get("officials", [])]
    elif name == "titles":
        out = [Item((_k(o["name"]), _k(t)), f"{o['name']} / {t}", aid, o.get("evidence"))
               for o in article.get("officials", []) for t in o.get("titles", [])]
    elif name == "clusters":
        out = [Item(_k(c["name"]), c["name"], aid, c.get("evidence")) for c in article.get("clusters", [])]
    elif name == "members":
        out = [Item((_k(c["name"]), _k(m)), f"{c['name']} / {m}", aid, c.get("evidence"))
               for c in article.get("clusters", []) for m in c.get("members", [])]
    elif name == "movements":
        out = [Item(_k(m["name"]), m["name"], aid, m.get("evidence")) for m in article.get("movements", [])]
    elif name == "awards":
        out = [Item((w.get("award_type"), _k(r)), f"{w.get('award_type')} / {r}", aid, w.get("evidence"))
               for w in article.get("awards", []) for r in w.get("recipients", [])]
    elif name == "documents":
        out = [Item(_k(d["ref"]).replace(" ", ""), d["ref"], aid, d.get("evidence"))
               for d in article.get("documents", [])]
    return out


def _match_items(gold: list[Item], pred: list[Item], fuzzy: bool) -> tuple[list[tuple[Item, Item]], list[Item], list[Item]]:
    pairs: list[tuple[Item, Item]] = []
    left = list(pred)
    missed: list[Item] = []
    for g in gold:
        best, score = None, 0.0
        for p in left:
            s = 1.0 if p.key == g.key else (SequenceMatcher(None, g.key, p.key).ratio() if fuzzy else 0.0)
            if s > score:
                best, score = p, s
        if best is not None and score >= (MOVEMENT_SIMILARITY if fuzzy else 1.0):
            pairs.append((g, best))
            left.remove(best)
        else:
            missed.append(g)
    return pairs, missed, left


def _article_value(article: dict[str, Any] | None, name: str) -> str:
    if article is None:
        return "<missing article>"
    if name == "published":
        return article.get("published") or ""
    if name == "author":
        return _k(article.get("author"))
    event = article.get("event") or {}
    return (event.get("type") if name == "event_type" else event.get("date")) or ""


def _award_attribute(gold: dict, pred: dict, pairs, attribute: str, score: FieldScore) -> None:
    """Status or year, on the (award_type, recipient) pairs that matched."""
    def lookup(article, item):
        for w in article.get("awards", []):
            for r in w.get("recipients", []):
                if (w.get("award_type"), _k(r)) == item.key:
                    return w.get(attribute)
        return None

    for g, p in pairs:
        score.gold += 1
        score.pred += 1
        gv, pv = lookup(gold, g), lookup(pred, p)
        if gv == pv:
            score.matched += 1
        else:
            score.missed.append(Item(g.key, f"{g.label}: {attribute} {gv}", g.article))
            score.spurious.append(Item(p.key, f"{p.label}: {attribute} {pv}", p.article, p.where))


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, FieldScore]:
    """Field scores of `pred` (id -> article) against `gold` (id -> article)."""
    scores = {name: FieldScore(name) for name in FIELDS}
    for aid, g in sorted(gold.items()):
        p = pred.get(aid)
        for name in ARTICLE_FIELDS:
            s = scores[name]
            gv, pv = _article_value(g, name), _article_value(p, name)
            s.gold += 1
            s.pred += 1
            if gv == pv:
                s.matched += 1
            else:
                s.missed.append(Item(gv, f"{name} = {gv or None!r}", aid))
                s.spurious.append(Item(pv, f"{name} = {pv or None!r}", aid))
        for name in ["officials", "titles", "clusters", "members", "movements", "awards", "documents"]:
            s = scores[name]
            gi, pi = _items(g, name), _items(p or {}, name)
            pairs, missed, spurious = _match_items(gi, pi, fuzzy=name == "movements")
            s.gold += len(gi)
            s.pred += len(pi)
            s.matched += len(pairs)
            s.missed += missed
            s.spurious += spurious
            if name == "awards" and p is not None:
                _award_attribute(g, p, pairs, "status", scores["award_status"])
                _award_attribute(g, p, pairs, "year", scores["award_year"])
    return scores


def load_gold(folder: str | Path) -> dict[str, dict]:
    folder = Path(folder)
    files = sorted(folder.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no gold .json files in {folder}")
    return {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in files}


def load_predictions(path: str | Path) -> dict[str, dict]:
    """Predicted articles (an articles.jsonl) by id."""
    from pipeline.export.records import load_articles

    return load_articles(path)
