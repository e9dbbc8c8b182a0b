"""Link one extraction's output across articles: `Linker` as a run exports, or `link_outputs(out_dir)`.

Takes articles one by one (only compact keys per entity are kept across articles) and writes the
tables of `pipeline.normalize.tables` beside the export's. Titles, unit mentions and awards are
written as each article is read; people, movements, units and duplicates need every article and
are written at the end. A line of articles.jsonl that is not an article is counted by its reason
and passed over.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.core.text import match_key, squash
from pipeline.normalize import ids
from pipeline.normalize.awards import normalize_award
from pipeline.normalize.duplicates import Canonical, DuplicateFinder
from pipeline.normalize.memo import ByProvinceAndEra
from pipeline.normalize.movements import MovementGrouper, movement_row
from pipeline.normalize.people import Mention, link_people, name_key, person_row, posts_of, scope_of
from pipeline.normalize.places import (Context, Place, Resolved, article_scope, find_places, is_person,
                                       resolve_province, resolve_unit)
from pipeline.normalize.tables import TableWriter, unit_rows
from pipeline.normalize.titles import split_title

log = logging.getLogger("thidua")
# Titles and unit names repeat from article to article: each is resolved once per province and era.
_title = ByProvinceAndEra(split_title)
_unit = ByProvinceAndEra(resolve_unit)


@dataclass
class LinkSummary:
    articles: int = 0
    duplicates: int = 0  # articles that are copies of another
    people: int = 0
    units: int = 0
    ambiguous_units: int = 0  # unit mentions left unresolved between several candidates
    movements: int = 0
    national_movements: int = 0
    rows: Counter[str] = field(default_factory=Counter)  # table -> rows written
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    seconds: float = 0.0
    out_dir: str = ""

    def lines(self) -> list[str]:
        out = [f"linked {self.articles} articles in {self.seconds:.1f} s -> {self.out_dir}",
               f"  people {self.people}, units {self.units} ({self.ambiguous_units} ambiguous mentions), "
               f"movements {self.movements} ({self.national_movements} national), "
               f"republished copies {self.duplicates}"]
        out += [f"  passed over ({reason}): {n}" for reason, n in sorted(self.skipped.items())]
        return out


@dataclass
class _State:
    writer: TableWriter
    summary: LinkSummary
    mentions: list[Mention] = field(default_factory=list)
    movements: MovementGrouper = field(default_factory=MovementGrouper)
    duplicates: DuplicateFinder = field(default_factory=DuplicateFinder)
    article_ids: list[str] = field(default_factory=list)
    units: dict[str, Place] = field(default_factory=dict)
    unit_articles: dict[str, Counter[str]] = field(default_factory=dict)  # unit id -> article id -> mentions
    candidate_ids: set[str] = field(default_factory=set)  # units an ambiguous mention could be

    def write(self, table: str, row: dict[str, Any]) -> None:
        self.writer.write(table, row)
        self.summary.rows[table] += 1


def _articles(path: Path, skipped: Counter[str]) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
            except json.JSONDecodeError as exc:
                log.warning("articles.jsonl line %d is not JSON: %s", n, exc)
                skipped["bad_json"] += 1
                continue
            if not isinstance(article, dict) or not article.get("id"):
                skipped["no_article_id"] += 1
                continue
            yield article


class Linker:
    """Links articles as they are handed over, then writes the tables that need all of them.

    The batch runner hands over each article it exports (the dict of its articles.jsonl line), so a
    run links what extraction already holds instead of reading its output back. A context manager:
    `finish()` on success writes the last tables and commits every file; an error discards them.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as out:
    ...     with Linker(out) as linker:
    ...         linker.add({"id": "a1", "province": "Nam Định", "published": "2023-03-30"})
    ...     linker.summary.articles, linker.summary.rows["unit_mentions"]
    (1, 1)
    """

    def __init__(self, out_dir: str | Path, excel: bool = False):
        self.summary = LinkSummary(out_dir=str(out_dir))
        self._started = time.perf_counter()
        self._writer = TableWriter(Path(out_dir), excel=excel)
        self._state = _State(self._writer, self.summary)

    def add(self, article: dict[str, Any]) -> None:
        """One article in the shape of an articles.jsonl line (at least an "id")."""
        _read_article(article, self._state)
        self.summary.articles += 1

    def finish(self) -> LinkSummary:
        _finish(self._state)
        self._writer.commit()
        self.summary.seconds = time.perf_counter() - self._started
        return self.summary

    def __enter__(self) -> Linker:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self._writer.discard()
            return
        try:
            self.finish()
        except BaseException:
            self._writer.discard()
            raise


def link_outputs(out_dir: str | Path, excel: bool = False) -> LinkSummary:
    """Give every person, unit, movement and republished article one id across the output in `out_dir`.

    Reads `out_dir/articles.jsonl`; writes people.csv, person_mentions.csv, units.csv,
    unit_mentions.csv, titles.csv, movements_canonical.csv, movement_mentions.csv,
    awards_normalized.csv and article_duplicates.csv (docs/ids.md explains every id). A run of
    `extract` does the same from the articles it holds (`Linker`), without reading them back.
    """
    out = Path(out_dir)
    source = out / "articles.jsonl"
    if not source.is_file():
        raise FileNotFoundError(f"{source}: no articles.jsonl to link (run extract first)")
    with Linker(out, excel=excel) as linker:
        for article in _articles(source, linker.summary.skipped):
            linker.add(article)
    return linker.summary


def _date(article: dict[str, Any]) -> str | None:
    event = article.get("event") or {}
    return (article.get("published") or "")[:10] or event.get("date") or None


def _read_article(a: dict[str, Any], state: _State) -> None:
    aid = str(a["id"])
    state.article_ids.append(aid)
    ctx = Context(a.get("province"), _date(a))
    scope = article_scope(ctx)
    if a.get("province"):
        _unit_mention(state, aid, "articles", aid, "province", 1, resolve_province(a["province"], ctx))
    location = (a.get("event") or {}).get("location")
    if location:
        for k, r in enumerate(find_places(location, ctx), 1):
            _unit_mention(state, aid, "events", ids.event_id(aid), "location", k, r)
    official_keys = _officials(a, aid, ctx, scope, state)
    for n, c in enumerate(a.get("clusters") or [], 1):
        cid = ids.cluster_id(aid, n)
        for k, member in enumerate(c.get("members") or [], 1):
            _named_unit(state, aid, "cluster_members", cid, "member", k, member, ctx)
        for name in ("leader", "next_leader"):
            if c.get(name):
                _named_unit(state, aid, "clusters", cid, name, 1, c[name], ctx)
    for n, w in enumerate(a.get("awards") or [], 1):
        _award(state, aid, n, w, ctx, official_keys)
    for n, m in enumerate(a.get("movements") or [], 1):
        if m.get("name"):
            state.movements.add(aid, ids.movement_row_id(aid, n), m["name"], a.get("province"), ctx.date)
    reason = state.duplicates.add(aid, _story_text(a), a.get("published"))
    if reason:
        state.summary.skipped[reason] += 1


def _officials(a: dict[str, Any], aid: str, ctx: Context, scope: Place | None, state: _State) -> set[str]:
    keys: set[str] = set()
    for n, o in enumerate(a.get("officials") or [], 1):
        oid = ids.official_id(aid, n)
        titles = []
        for k, written in enumerate(o.get("titles") or [], 1):  # k: the title's place in the record
            if not written or not written.strip():
                continue
            t = _title(written, ctx)
            titles.append(t)
            state.write("titles", {
                "article_id": aid, "official_id": oid, "title_n": k, "title": t.title, "expanded": t.expanded,
                "role": t.role, "body": t.body, "level": t.level, "canonical": t.canonical,
                "place_unit_id": t.place.place.unit_id if t.place and t.place.place else None})
            for r in t.places:
                _unit_mention(state, aid, "officials", oid, "title", k, r)
        name = squash(o.get("name") or "")
        if not name:
            state.summary.skipped["official_without_name"] += 1
            continue
        keys.add(match_key(name))
        state.mentions.append(Mention(aid, oid, name, name_key(name), ctx.date, scope_of(titles, scope),
                                      tuple(t.canonical for t in titles), posts_of(titles)))
    return keys


def _award(state: _State, aid: str, n: int, w: dict[str, Any], ctx: Context, official_keys: set[str]) -> None:
    wid = ids.award_id(aid, n)
    kinds = w.get("recipient_kinds") or []
    recipients = w.get("recipients") or []
    for k, recipient in enumerate(recipients, 1):
        kind = kinds[k - 1] if k - 1 < len(kinds) else None
        if not recipient or is_person(recipient, kind, official_keys):
            state.summary.skipped["person_recipient"] += 1
            continue
        _named_unit(state, aid, "awards", wid, "recipient", k, recipient, ctx)
    norm = normalize_award(w.get("award") or "", w.get("award_type") or "other", w.get("conferred_by"), ctx)
    state.write("awards_normalized", {
        "article_id": aid, "award_id": wid, "award": w.get("award"), "award_type": w.get("award_type"),
        "status": w.get("status"), "year": w.get("year"), "authority": norm.authority,
        "authority_level": norm.authority_level, "ladder_id": norm.ladder_id, "award_class": norm.award_class,
        "rank_order": norm.rank_order, "n_recipients": len(recipients)})


def _named_unit(state: _State, aid: str, table: str, record: str, field_name: str, item: int, surface: str,
                ctx: Context) -> None:
    if not squash(surface):
        state.summary.skipped["empty_unit"] += 1
        return
    _unit_mention(state, aid, table, record, field_name, item, _unit(surface, ctx))


def _unit_mention(state: _State, aid: str, table: str, record: str, field_name: str, item: int, r: Resolved) -> None:
    place = r.place
    if place:
        state.units.setdefault(place.unit_id, place)
        state.unit_articles.setdefault(place.unit_id, Counter())[aid] += 1
    if r.ambiguous:
        state.summary.ambiguous_units += 1
        state.candidate_ids.update(r.candidates)
    state.write("unit_mentions", {
        "article_id": aid, "table": table, "record_id": record, "field": field_name, "item": item,
        "surface": squash(r.surface), "unit_id": place.unit_id if place else None,
        "level": place.level if place else None, "ambiguous": r.ambiguous,
        "candidates": ids.LIST_SEPARATOR.join(r.candidates) or None})


def _story_text(a: dict[str, Any]) -> str:
    """The article's text without its date line and byline, which differ from site to site."""
    text = a.get("text") or ""
    provenance = a.get("provenance") or {}
    spans = sorted((s for s in (provenance.get("dateline_span"), provenance.get("byline_span")) if s), reverse=True)
    for start, end in spans:
        text = text[:start] + " " + text[end:]
    return text


def _finish(state: _State) -> None:
    s = state.summary
    canon = state.duplicates.resolve()

    def canonical_of(aid: str) -> str:
        c = canon.get(aid)
        return c.canonical_id if c else aid

    for aid in state.article_ids:
        c = canon.get(aid, Canonical(aid, 1.0))
        state.write("article_duplicates", {"article_id": aid, "canonical_article_id": c.canonical_id,
                                           "similarity": c.similarity})
        s.duplicates += c.canonical_id != aid
    people = link_people(state.mentions)
    person_of = {}
    for p in people:
        state.write("people", person_row(p, canonical_of, ids.LIST_SEPARATOR))
        for m in p.mentions:
            person_of[m.official_id] = (p.person_id, m)
    for m in state.mentions:
        pid, _ = person_of[m.official_id]
        state.write("person_mentions", {"article_id": m.article_id, "official_id": m.official_id,
                                        "person_id": pid, "name": m.name, "scope_id": m.scope})
    movements, row_to_id = state.movements.group()
    for mv in movements:
        state.write("movements_canonical", movement_row(mv, canonical_of, ids.LIST_SEPARATOR))
    for article_id, row_id, surface, *_ in state.movements.mentions():
        state.write("movement_mentions", {"article_id": article_id, "movement_row_id": row_id,
                                          "movement_id": row_to_id[row_id], "name": surface})
    def unit_mentions(uid: str) -> int:
        return sum(n for aid, n in state.unit_articles[uid].items() if canonical_of(aid) == aid)

    for table, row in unit_rows(state.units, state.candidate_ids, unit_mentions):
        state.write(table, row)
    s.people, s.units = len(people), len(state.units)
    s.movements, s.national_movements = len(movements), sum(m.national for m in movements)
