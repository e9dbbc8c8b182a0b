"""People: one id for one person across articles.

Two mentions of an official are the same person when
- their names have the same key (NFC, case, spaces and tone placement unified: "Ngô Gia Tự",
  "NGÔ GIA TỰ", "Ngô Gia  Tự" and the old-style "Thuỷ"/new-style "Thủy" meet);
- their provinces are compatible: the same province, or an old province and the new province it
  joined on 1 July 2025 (an official of Nam Định in 2023 may sit in Ninh Bình in 2026); national
  officials (every title at the central level: "Thứ trưởng Bộ Nội vụ") form one scope of their own;
- nothing contradicts it: two officials of one article are two people, and one person does not head
  the same kind of body in two places within `_HEAD_WINDOW_DAYS` ("Chủ tịch UBND huyện A" and
  "Chủ tịch UBND huyện B" in the same weeks are two people).

The province of a mention is the place named in its titles ("Bí thư Huyện ủy Hòn Đất" -> Kiên Giang),
else the article's province. Mentions are linked in date order, each to the first compatible person
already formed, so namesakes in two provinces stay two. A mention whose province is unknown joins a
person only when exactly one fits.

person_id = "p-" + short_hash(name_key | scope | n): scope is the unit id of the province of the
person's first dated mention ("trung-uong" for national officials, "x" when unknown) and n counts
earlier people with the same name and scope (0 for the first).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from pipeline.core.text import match_key
from pipeline.normalize.ids import short_hash
from pipeline.normalize.places import PRE, Place, by_id
from pipeline.normalize.titles import Title
from pipeline.normalize.vocab import vocab

CENTRAL = "trung-uong"
UNKNOWN = "x"
# Within this many days one person heads one kind of body in one place; rotations between posts
# happen, but not back and forth inside two months.
_HEAD_WINDOW_DAYS = 60
_APOSTROPHE = re.compile(r"[’‘`´]")
_DASH = re.compile(r"\s*[-–]\s*")


def name_key(name: str) -> str:
    """The key people are matched on.

    >>> name_key("Lê Thị Thanh Thuỷ") == name_key("LÊ THỊ  THANH THỦY")
    True
    >>> name_key("H’Nga Mlô")
    "h'nga mlô"
    """
    return _DASH.sub("-", _APOSTROPHE.sub("'", match_key(name)))


@dataclass(frozen=True)
class Post:
    """A head post: one holder per body and place ("Chủ tịch" of the "Ủy ban nhân dân" of huyện Vụ Bản)."""

    role: str
    body: str
    level: str
    place: str  # unit id of the place named in the title


@dataclass(frozen=True)
class Mention:
    article_id: str
    official_id: str
    name: str  # as written
    key: str
    date: str | None
    scope: str  # a province unit id, CENTRAL, or UNKNOWN
    titles: tuple[str, ...]  # canonical titles
    posts: tuple[Post, ...]


@dataclass
class Person:
    person_id: str
    key: str
    scope: str
    mentions: list[Mention] = field(default_factory=list)
    # Kept beside the mentions so a new mention is checked against a few keys, not every mention.
    articles: set[str] = field(default_factory=set)
    scopes: set[str] = field(default_factory=set)
    posted: list[Mention] = field(default_factory=list)  # mentions holding a head post

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.articles.add(m.article_id)
        if m.scope != UNKNOWN:
            self.scopes.add(m.scope)
        if m.posts:
            self.posted.append(m)


def scope_of(titles: list[Title], article_scope: Place | None) -> str:
    """The province a mention belongs to: a place named in its titles, the centre, or the article's province."""
    for t in titles:
        for r in t.places:
            if r.place and r.place.province_id:
                return r.place.province_id
    if titles and all(t.level == "trung ương" for t in titles if t.level) and any(t.level for t in titles):
        return CENTRAL
    return article_scope.unit_id if article_scope else UNKNOWN


def posts_of(titles: list[Title]) -> tuple[Post, ...]:
    heads = vocab().head_roles
    return tuple(Post(match_key(t.role), match_key(t.body), t.level, t.place.place.unit_id)
                 for t in titles if match_key(t.role) in heads and t.place and t.place.place)


def compatible_scopes(a: str, b: str) -> bool:
    """Same province, or an old province and its successor after the reform."""
    if a == b:
        return True
    if CENTRAL in (a, b) or UNKNOWN in (a, b):
        return False
    pa, pb = by_id(a), by_id(b)
    if not pa or not pb or pa.era == pb.era:
        return False
    old, new = (pa, pb) if pa.era == PRE else (pb, pa)
    return old.new_province_id == new.unit_id


def _days(iso: str) -> int:
    return date.fromisoformat(iso[:10]).toordinal()


def _heads_apart(a: Mention, b: Mention) -> bool:
    """Both head the same kind of body in two places within the window."""
    if not a.date or not b.date or abs(_days(a.date) - _days(b.date)) > _HEAD_WINDOW_DAYS:
        return False
    return any(p.role == q.role and p.body == q.body and p.level == q.level and p.place != q.place
               for p in a.posts for q in b.posts)


def _fits(person: Person, m: Mention) -> bool:
    if m.article_id in person.articles:  # two officials of one article are two people
        return False
    if m.scope != UNKNOWN and not all(compatible_scopes(s, m.scope) for s in person.scopes):
        return False
    return not (m.posts and any(_heads_apart(x, m) for x in person.posted))


def _order(m: Mention) -> tuple[str, str, str]:
    return (m.date or "9999", m.article_id, m.official_id)


def link_people(mentions: list[Mention]) -> list[Person]:
    """Group mentions into people, in a stable order (name key, then first appearance)."""
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        by_key.setdefault(m.key, []).append(m)
    people: list[Person] = []
    for key in sorted(by_key):
        group: list[Person] = []
        ms = sorted(by_key[key], key=_order)
        for m in [x for x in ms if x.scope != UNKNOWN] + [x for x in ms if x.scope == UNKNOWN]:
            fits = [p for p in group if _fits(p, m)]
            if m.scope == UNKNOWN and len(fits) != 1:
                fits = []
            if fits:
                fits[0].add(m)
            else:
                person = Person("", key, m.scope)
                person.add(m)
                group.append(person)
        seen: Counter[str] = Counter()
        for p in group:
            p.person_id = "p-" + short_hash(f"{key}|{p.scope}|{seen[p.scope]}")
            seen[p.scope] += 1
        people.extend(group)
    return people


def person_row(person: Person, canonical_of: Callable[[str], str], separator: str) -> dict[str, object]:
    """The people.csv row: name as most often written, roles with the dates they were seen."""
    names = Counter(m.name for m in person.mentions)
    first_written = {m.name: i for i, m in reversed(list(enumerate(person.mentions)))}
    name = min(names, key=lambda n: (-names[n], first_written[n]))
    dates = sorted(m.date[:10] for m in person.mentions if m.date)
    seen: dict[str, list[str]] = {}
    for m in sorted(person.mentions, key=_order):
        for t in m.titles:
            seen.setdefault(t, [])
            if m.date:
                seen[t].append(m.date[:10])
    roles = [f"{t} ({min(d)}/{max(d)})" if d else f"{t} (undated)" for t, d in seen.items()]
    place = by_id(person.scope)
    province = "trung ương" if person.scope == CENTRAL else (place.province if place else "")
    articles = sorted({m.article_id for m in person.mentions})
    return {
        "person_id": person.person_id, "name": name, "name_key": person.key, "province": province,
        "new_province": place.new_province if place else "", "scope_id": person.scope,
        "roles": separator.join(roles), "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None, "n_mentions": len(person.mentions),
        "n_articles": len({canonical_of(a) for a in articles}), "article_ids": separator.join(articles),
    }
