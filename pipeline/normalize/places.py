"""Places: a unit named in a record, resolved to the unit it was at the article's date and to the
unit it belongs to after the 2025 reform (Resolution 202/2025/QH15, effective 1 July 2025).

The gazetteer is the mapping underthesea ships (`pipeline.core.gazetteer.mapping()`): 63 old and
34 new provinces with their official codes, the old districts, and every old ward with the new
ward it went to. Nothing here is typed by hand; unit words ("huyện", "TP.") come from
`patterns/normalize_units.yaml`.

    "huyện Vụ Bản", "Vụ Bản", "H. Vụ Bản"     -> u-d-tinhnamdinh-huyenvuban (district, Nam Định -> Ninh Bình)
    "tỉnh Nam Định" (2023)                   -> u-p-tinhnamdinh, successor u-p2025-tinhninhbinh
    "phường Nam Định" (October 2025)          -> u-w2025-tinhninhbinh-phuongnamdinh
    "huyện Châu Thành", no article province   -> ambiguous: ten provinces have one
    "Công an quận Ninh Kiều"                  -> agency u-a-d-thanhphocantho-quanninhkieu-cong-an
    "huyện Mỹ Lộc" (merged before the mapping) -> u-d-tinhnamdinh-huyenmyloc, not in the gazetteer

Ids (docs/ids.md): `u-p-` old province, `u-p2025-` new province, `u-d-` old district, `u-w-` old
ward, `u-w2025-` new ward, `u-h-` hamlet, `u-a-` agency; each followed by its parent's path and its
own full name folded to ASCII (as underthesea keys them: "Huyện Vụ Bản" -> "huyenvuban").

Ambiguous names are resolved with the article's province (or a bigger unit named in the same
string: "xã Liên Bảo, huyện Vụ Bản"); when that leaves several units, the mention is flagged and
its candidates listed. Bare names (no unit word) are looked up among provinces and districts only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.core import gazetteer, patterns
from pipeline.core.patterns import boundary_regex
from pipeline.core.text import is_capitalized, match_key, nfc, squash, strip_quotes
from pipeline.normalize.ids import dash_slug, place_slug
from pipeline.normalize.vocab import UnitWord, expand, unit_word, vocab

PRE, POST = "pre2025", "post2025"
# Kind of unit -> the letter its id starts with.
_LETTER = {"province": "p", "district": "d", "ward": "w", "hamlet": "h", "agency": "a"}
# A person's name has two to six syllables ("Trương Thị Bé Năm", "Pi Năng Thanh Bình").
_PERSON_WORDS = (2, 6)
_HONORIFIC = re.compile(r"^(?:ông|bà|anh|chị|đồng\s+chí|đ/c|cô|thầy)\s+", re.IGNORECASE)
_EDGE = " ,;:.-–"


@dataclass(frozen=True)
class Place:
    """A unit as it was at some date. Old units carry the unit they belong to after the reform."""

    unit_id: str
    name: str  # full name: "Huyện Vụ Bản"; an agency as first written
    level: str  # province | district | ward | hamlet | agency
    era: str  # pre2025 | post2025
    province: str  # short name of its province at that time: "Nam Định"
    new_province: str  # short name of the province after 1 July 2025: "Ninh Bình"
    province_id: str  # its province's unit id (its own for a province)
    new_province_id: str
    code: str = ""  # official code, where the mapping ships one (provinces)
    parent_id: str = ""
    successor_id: str = ""  # the unit after the reform; " | "-joined when a ward was divided
    listed: bool = True  # in the shipped mapping
    # The parent itself when it is not in the mapping either (an agency of an unlisted commune), so that
    # units.csv can hold every unit another row names; gazetteer parents are found by id.
    parent: Place | None = field(default=None, compare=False, repr=False)

    @property
    def successor_ids(self) -> list[str]:
        """The units it went to after the reform (several when a ward was divided)."""
        return [s for s in self.successor_id.split(" | ") if s]


@dataclass(frozen=True)
class Context:
    """What a mention is resolved against: the article's province as named, and its date.

    The date is the publication date, else the event date; an undated article is read as written
    before the reform (most archived news is).
    """

    province: str | None
    date: str | None  # ISO date of the article or its event

    @property
    def era(self) -> str:
        return POST if self.date and self.date[:10] >= reform_date() else PRE


@dataclass(frozen=True)
class Resolved:
    """One unit named in a string: the place, or the candidates it could not choose between."""

    surface: str
    place: Place | None
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()
    start: int = 0
    end: int = 0


@dataclass
class _Index:
    provinces: dict[str, dict[str, list[Place]]]  # era -> short key -> provinces
    districts: dict[str, list[Place]]  # short key -> old districts
    wards: dict[str, dict[str, list[Place]]]  # era -> short key -> wards
    by_id: dict[str, Place] = field(default_factory=dict)


def reform_date() -> str:
    """The day the new units took effect, as the mapping's metadata states it."""
    return gazetteer.mapping()["metadata"]["effective_date"]


@lru_cache(maxsize=1)
def _labels() -> re.Pattern[str]:
    labels = sorted({w.label for w in vocab().unit_words.values() if w.label}, key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, labels))})\s+", re.IGNORECASE)


def _short(name: str) -> str:
    return _labels().sub("", name.strip())


def _type(name: str) -> str:
    """The unit word a full name starts with, as a key: 'Huyện Vụ Bản' -> 'huyện'."""
    m = _labels().match(name.strip())
    return match_key(m.group()) if m else ""


@lru_cache(maxsize=1)
def _index() -> _Index:
    data = gazetteer.mapping()
    # Built once per run from ~10,000 ward rows that repeat district and ward names: each name is
    # folded and keyed once.
    slug = lru_cache(maxsize=None)(place_slug)
    key_of = lru_cache(maxsize=None)(lambda name: match_key(_short(name)))
    new: dict[str, Place] = {}
    for key, info in data["province_names"].items():
        uid = f"u-p2025-{slug(info['name'])}"
        new[key] = Place(uid, info["name"], "province", POST, info["short"], info["short"], uid, uid,
                         info.get("code", ""))
    old: dict[str, Place] = {}
    for key, info in data["old_province_names"].items():
        uid = f"u-p-{slug(info['name'])}"
        succ = new[data["province_mapping"][key]]
        old[key] = Place(uid, info["name"], "province", PRE, info["short"], succ.province, uid, succ.unit_id,
                         info.get("code", ""), successor_id=succ.unit_id)
    districts: dict[str, Place] = {}
    old_wards: dict[str, tuple[Place, set[str]]] = {}
    new_wards: dict[str, Place] = {}
    for row in data["ward_mapping"]:
        prov, succ = old[row["old_province_key"]], new[row["new_province_key"]]
        p_slug = prov.unit_id[len("u-p-"):]
        d_slug = slug(row["old_district"])
        did = f"u-d-{p_slug}-{d_slug}"
        if did not in districts:
            districts[did] = Place(did, row["old_district"], "district", PRE, prov.province, prov.new_province,
                                   prov.unit_id, prov.new_province_id, parent_id=prov.unit_id,
                                   successor_id=prov.successor_id)
        nid = ""
        if row["new_ward"]:
            nid = f"u-w2025-{succ.unit_id[len('u-p2025-'):]}-{slug(row['new_ward'])}"
            new_wards.setdefault(nid, Place(nid, row["new_ward"], "ward", POST, succ.province, succ.province,
                                            succ.unit_id, succ.unit_id, parent_id=succ.unit_id))
        if row["old_ward"]:
            wid = f"u-w-{p_slug}-{d_slug}-{slug(row['old_ward'])}"
            ward, successors = old_wards.setdefault(wid, (
                Place(wid, row["old_ward"], "ward", PRE, prov.province, prov.new_province, prov.unit_id,
                      prov.new_province_id, parent_id=did), set()))
            if nid:
                successors.add(nid)
    index = _Index({PRE: {}, POST: {}}, {}, {PRE: {}, POST: {}})
    for era, units in ((PRE, old.values()), (POST, new.values())):
        for p in units:
            index.provinces[era].setdefault(match_key(p.province), []).append(p)
    for d in districts.values():
        index.districts.setdefault(key_of(d.name), []).append(d)
    for ward, successors in old_wards.values():
        w = Place(ward.unit_id, ward.name, ward.level, ward.era, ward.province, ward.new_province, ward.province_id,
                  ward.new_province_id, parent_id=ward.parent_id, successor_id=" | ".join(sorted(successors)))
        index.wards[PRE].setdefault(key_of(w.name), []).append(w)
    for w in new_wards.values():
        index.wards[POST].setdefault(key_of(w.name), []).append(w)
    for places in [*old.values(), *new.values(), *districts.values(), *new_wards.values()]:
        index.by_id[places.unit_id] = places
    for bucket in index.wards[PRE].values():
        for w in bucket:
            index.by_id[w.unit_id] = w
    return index


def by_id(unit_id: str) -> Place | None:
    """A unit of the gazetteer by its id."""
    return _index().by_id.get(unit_id)


@lru_cache(maxsize=1)
def _former_names() -> dict[str, str]:
    """Former name key -> the name the mapping uses ("thừa thiên huế" -> "Huế")."""
    return {match_key(t): e.expands for e in patterns.load("normalize_units").section("former_names")
            for t in e.terms if e.expands}


@lru_cache(maxsize=1)
def _province_names() -> re.Pattern[str]:
    """Any province name, old, new or former, as printed (capitalized): for names inside other names."""
    index = _index()
    names = {p.province for era in (PRE, POST) for ps in index.provinces[era].values() for p in ps}
    former = [t for e in patterns.load("normalize_units").section("former_names") for t in e.terms]
    return re.compile(boundary_regex(sorted(names) + former))


def province_name_pattern() -> re.Pattern[str]:
    return _province_names()


# Every record of an article asks for the article's province: a few names, asked thousands of times.
@lru_cache(maxsize=1024)
def province_place(name: str | None, era: str) -> Place | None:
    """A province by its short or full name, as it was in `era` (the other era if only that one has it)."""
    if not name:
        return None
    index = _index()
    key = match_key(_short(name))
    key = match_key(_former_names().get(key, key))
    other = PRE if era == POST else POST
    for e in (era, other):
        found = index.provinces[e].get(key)
        if found:
            return found[0]
    return None


def article_scope(ctx: Context) -> Place | None:
    """The article's province as a unit of its era."""
    return province_place(ctx.province, ctx.era)


def is_province_city(place: Place | None) -> bool:
    """A province-level city (Hà Nội, Cần Thơ...), whose 'thành phố' is the province."""
    return bool(place and place.level == "province" and _type(place.name) == "thành phố")


def _in_scope(place: Place, scope: Place) -> bool:
    """`place` lies in the province `scope` (of either era)."""
    if scope.era == PRE:
        return place.province_id == scope.unit_id or (place.era == POST and place.province_id == scope.successor_id)
    return place.province_id == scope.unit_id or place.new_province_id == scope.unit_id


def _within(place: Place, parent: Place) -> bool:
    """`place` lies in `parent` (a province or a district named in the same string)."""
    if parent.level == "province":
        return _in_scope(place, parent)
    return place.parent_id == parent.unit_id


def _unique(places: list[Place]) -> list[Place]:
    seen: dict[str, Place] = {}
    for p in places:
        seen.setdefault(p.unit_id, p)
    return list(seen.values())


@lru_cache(maxsize=4096)  # place names repeat from record to record; the key is pure
def _name_key(name: str) -> str:
    """The key a place name is looked up by, a former name ("Thừa Thiên Huế") read as the mapping's."""
    key = match_key(name)
    return match_key(_former_names().get(key, name))


def _candidates(word: UnitWord | None, name: str, era: str) -> list[Place]:
    index = _index()
    key = _name_key(name)
    other = PRE if era == POST else POST
    if word is None:  # a bare name: provinces and districts
        return _unique(index.provinces[era].get(key, []) + index.districts.get(key, []))
    label = match_key(word.label)
    if word.kind == "province":
        return index.provinces[era].get(key) or index.provinces[other].get(key, [])
    if word.kind == "city":
        cities = [p for p in index.provinces[era].get(key, []) if _type(p.name) == label]
        return cities + [d for d in index.districts.get(key, []) if _type(d.name) == label]
    if word.kind == "district":
        found = index.districts.get(key, [])
        return [d for d in found if _type(d.name) == label] or found
    if word.kind == "ward":
        for e in (era, other):
            found = index.wards[e].get(key, [])
            typed = [w for w in found if _type(w.name) == label]
            if typed or found:
                return typed or found
    return []


def _unlisted(word: UnitWord, surface_word: str, name: str, parent: Place | None) -> Place:
    """A unit named with a unit word that the mapping lacks: its id hangs from its parent's path.

    Only a province may come without a parent (a province abolished before the mapping: "tỉnh Hà Tây").
    """
    level = "hamlet" if word.kind == "hamlet" else ("district" if word.kind == "city" else word.kind)
    full = f"{word.label or surface_word.capitalize()} {name}"
    if parent is None:
        uid = f"u-p-{place_slug(full)}"
        return Place(uid, full, "province", PRE, name, "", uid, "", listed=False)
    letter = _LETTER[level] + ("2025" if parent.era == POST and level == "ward" else "")
    path = parent.unit_id.split("-", 2)[2]
    return Place(f"u-{letter}-{path}-{place_slug(full)}", full, level, parent.era, parent.province,
                 parent.new_province, parent.province_id, parent.new_province_id, parent_id=parent.unit_id,
                 successor_id=parent.new_province_id if parent.era == PRE else "", listed=False,
                 parent=None if parent.listed else parent)


def _choose(cands: list[Place], parent: Place | None, scope: Place | None,
            bare: bool) -> tuple[Place | None, list[Place]]:
    """The one candidate that fits, or None and the candidates left."""
    if parent:
        narrowed = [c for c in cands if _within(c, parent)]
        cands = narrowed or cands
    if scope:
        local = [c for c in cands if _in_scope(c, scope)]
        if len(local) == 1:
            return local[0], local
        if len(local) > 1:
            return None, local
    if len(cands) == 1:
        return cands[0], cands
    provinces = [c for c in cands if c.level == "province"]
    if bare and len(provinces) == 1:  # a bare name outside the article's province: most likely a province
        return provinces[0], provinces
    return None, cands


_RANK = {"province": 0, "city": 1, "district": 2, "ward": 3, "hamlet": 4}


def find_places(text: str, ctx: Context) -> list[Resolved]:
    """Every unit named with a unit word in `text` ("trụ sở UBND huyện Ý Yên" -> huyện Ý Yên).

    Bigger units are resolved first, so that a smaller one named with them is looked up inside them.
    """
    scope = article_scope(ctx)
    text = nfc(text)
    found = []
    for m in vocab().mention.finditer(text):
        word = unit_word(m["word"])
        if word and m["name"]:
            found.append((m, word))
    resolved: dict[int, Resolved] = {}
    parent: Place | None = None
    for m, word in sorted(found, key=lambda f: (_RANK.get(f[1].kind, 9), f[0].start())):
        r = _resolve_named(m, word, ctx.era, parent, scope)
        resolved[m.start()] = r
        deeper = r.place and r.place.level in ("province", "district")
        if deeper and (parent is None or _RANK[r.place.level] > _RANK[parent.level]):
            parent = r.place
    return [resolved[k] for k in sorted(resolved)]


def _resolve_named(m: re.Match[str], word: UnitWord, era: str, parent: Place | None, scope: Place | None) -> Resolved:
    """A unit word and the capitalized run after it: the longest prefix of the run that is a known unit."""
    syllables = m["name"].split()
    start = m.start()
    for n in range(len(syllables), 0, -1):
        name = " ".join(syllables[:n])
        cands = _candidates(word, name, era)
        if cands:
            end = m.start("name") + _prefix_end(m["name"], n)
            surface = m.string[start:end]
            place, left = _choose(cands, parent, scope, bare=False)
            if place:
                return Resolved(surface, place, False, (), start, end)
            return Resolved(surface, None, True, tuple(sorted(c.unit_id for c in left)), start, end)
    # Not in the mapping: a hamlet, a unit merged before mid-2025, or a misspelling. Vietnamese place
    # names rarely pass three syllables, so a longer capitalized run keeps only its first two.
    n = len(syllables) if len(syllables) <= 3 else 2
    end = m.start("name") + _prefix_end(m["name"], n)
    owner = parent if word.kind in ("ward", "hamlet") and parent else scope
    if word.kind == "province":
        owner = None
    elif owner is None:  # no province to hang it from: an id here would merge namesakes of every province
        return Resolved(m.string[start:end], None, True, (), start, end)
    place = _unlisted(word, m["word"], " ".join(syllables[:n]), owner)
    return Resolved(m.string[start:end], place, False, (), start, end)


def _prefix_end(name: str, n: int) -> int:
    """Offset in `name` after its first n whitespace-separated syllables."""
    pos = 0
    for i, part in enumerate(re.finditer(r"\S+", name)):
        pos = part.end()
        if i + 1 == n:
            break
    return pos


def resolve_province(name: str, ctx: Context) -> Resolved:
    """The article's province field ("Nam Định") as the province unit of the article's era."""
    place = province_place(name, ctx.era)
    return Resolved(name, place, False, (), 0, len(name))


def resolve_bare(name: str, ctx: Context) -> Resolved | None:
    """A whole string that is a place name without a unit word ("Vụ Bản", "Bà Rịa - Vũng Tàu")."""
    cands = _candidates(None, nfc(name), ctx.era)
    if not cands:
        return None
    place, left = _choose(cands, None, article_scope(ctx), bare=True)
    if place:
        return Resolved(name, place, False, (), 0, len(name))
    return Resolved(name, None, True, tuple(sorted(c.unit_id for c in left)), 0, len(name))


def is_person(surface: str, kind: str | None, official_keys: set[str]) -> bool:
    """A recipient that is a person: by the extractor's kind, a named official, or the shape of a name."""
    if kind in ("person", "unit"):
        return kind == "person"
    text = squash(nfc(surface))
    if match_key(text) in official_keys or _HONORIFIC.match(text):
        return True
    v = vocab()
    if v.agency_head.match(text) or v.locality.match(text) or v.mention.match(text):
        return False
    words = text.split()
    return _PERSON_WORDS[0] <= len(words) <= _PERSON_WORDS[1] and all(
        is_capitalized(w) and not any(c.isdigit() for c in w) for w in words)


def resolve_unit(surface: str, ctx: Context) -> Resolved:
    """A cluster member, leader or award recipient: a place, the locality of a government body, or an agency.

    >>> ctx = Context("Nam Định", "2023-03-30")
    >>> resolve_unit("huyện Vụ Bản", ctx).place.unit_id
    'u-d-tinhnamdinh-huyenvuban'
    >>> resolve_unit("UBND H. Vụ Bản", ctx).place.unit_id
    'u-d-tinhnamdinh-huyenvuban'
    >>> resolve_unit("Sở Nội vụ", ctx).place.unit_id
    'u-a-p-tinhnamdinh-so-noi-vu'
    """
    text = squash(strip_quotes(nfc(surface)))
    scope = article_scope(ctx)
    body = vocab().locality.match(text)
    rest = text[body.end():] if body else text
    mentions = find_places(rest, ctx)
    if mentions and mentions[0].start == 0 and rest[mentions[0].end:].strip(_EDGE) == "":
        r = mentions[0]  # the whole string is a place, maybe after "UBND" or "Nhân dân và cán bộ"
        return Resolved(surface, r.place, r.ambiguous, r.candidates, 0, len(surface))
    bare = resolve_bare(text, ctx)
    if bare:
        return Resolved(surface, bare.place, bare.ambiguous, bare.candidates, 0, len(surface))
    return Resolved(surface, *_agency(text, ctx, scope), 0, len(surface))


def _agency(text: str, ctx: Context, scope: Place | None) -> tuple[Place | None, bool, tuple[str, ...]]:
    """An organisation: its head (the name without the place it belongs to) under that place.

    With no place to hang it from (no province in the article or the name) it gets no id and is
    flagged: "Sở Nội vụ" alone could be any province's.
    """
    head, parent, ambiguous, candidates = text, scope, False, ()
    mentions = find_places(text, ctx)
    last = mentions[-1] if mentions else None
    tail = _bare_unit_word_tail(text)
    if last and text[last.end:].strip(_EDGE) == "":
        head = text[: last.start]
        if last.place:
            parent = last.place
        else:
            ambiguous, candidates = True, last.candidates
    elif tail is not None:
        head = text[:tail]
    else:
        m = _trailing_province(text, ctx.era)
        if m:
            head, parent = text[: m[0]], m[1]
    head = head.strip(_EDGE) or text
    if parent is None:
        return None, True, candidates
    place = Place(f"u-a-{parent.unit_id[2:]}-{dash_slug(expand(head))}", text, "agency", parent.era,
                  parent.province, parent.new_province, parent.province_id, parent.new_province_id,
                  parent_id=parent.unit_id, listed=False, parent=None if parent.listed else parent)
    return place, ambiguous, candidates


def _bare_unit_word_tail(text: str) -> int | None:
    """Where a trailing 'tỉnh' (a unit word with no name: the article's province) starts.
    "Tỉnh ủy" stays in the name: "Văn phòng Tỉnh ủy" is not "Văn phòng" of the province."""
    for m in vocab().mention.finditer(text):
        word = unit_word(m["word"])
        last = text[m.end():].strip(_EDGE) == ""
        if not m["name"] and word and word.kind == "province" and not word.committee and last:
            return m.start()
    return None


def _trailing_province(text: str, era: str) -> tuple[int, Place] | None:
    """A province name ending an organisation's name: "Công ty Điện lực Hải Dương"."""
    for m in _province_names().finditer(text):
        if text[m.end():].strip(_EDGE) == "" and m.start() > 0:
            place = province_place(m.group(), era)
            if place:
                return m.start(), place
    return None


def with_references(units: dict[str, Place], also: set[str] = frozenset()) -> dict[str, Place]:
    """`units` and every unit they refer to (parents and successors, up to the province), plus the ids in
    `also` (candidates of ambiguous mentions): the rows of units.csv, so that every unit id written
    anywhere joins a row.

    >>> ward = by_id("u-w-tinhnamdinh-huyenvuban-xaminhtan")
    >>> sorted(with_references({ward.unit_id: ward}))  # doctest: +NORMALIZE_WHITESPACE
    ['u-d-tinhnamdinh-huyenvuban', 'u-p-tinhnamdinh', 'u-p2025-tinhninhbinh',
     'u-w-tinhnamdinh-huyenvuban-xaminhtan', 'u-w2025-tinhninhbinh-xaminhtan']
    """
    found = dict(units)
    todo = [*units.values(), *(p for p in map(by_id, sorted(also)) if p is not None)]
    while todo:
        place = todo.pop()
        found.setdefault(place.unit_id, place)
        refs = [(place.parent or by_id(place.parent_id)) if place.parent_id else None,
                *(by_id(s) for s in place.successor_ids)]
        todo += [r for r in refs if r is not None and r.unit_id not in found]
    return found


def level_of(word: UnitWord, place: Place | None, scope: Place | None) -> str:
    """The title level a unit word gives: 'thành phố' is a province in Hà Nội, a district in Nam Định."""
    if word.kind == "city":
        if place:
            return "tỉnh" if place.level == "province" else "huyện"
        return "tỉnh" if is_province_city(scope) else "huyện"
    return word.level
