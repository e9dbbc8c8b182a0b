"""Lists of recipients and members, the way real articles write them.

    inline, commas:     "gồm: Trường Mầm non A, huyện B, thành phố C và Trường Tiểu học D, huyện E"
                        -> Trường Mầm non A, Trường Tiểu học D (a place after a unit says where it is)
    inline, semicolons: "gồm: bà A, Phó Giám đốc Sở X; ông B, Trưởng phòng Y và ông C, Chánh Văn phòng"
                        -> A, B, C (each chunk is one recipient, or several joined by "và")
    one per line:       "cho 04 tập thể, gồm:" then "1. Văn phòng HĐND và UBND huyện A; đã có ..."
                        -> one unit per line, up to its ";" (what follows a comma qualifies it)

Every list reads items with `units.scan`; this module decides where a list is and which of the
items it reads are recipients rather than the places, parent bodies and titles that qualify them.
Offsets are into the sentence text, as in `units`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.core.text import first_stop, squash
from pipeline.extract import units
from pipeline.extract.units import Scan, UnitItem

# What opens a list after a counted phrase or an award: "gồm:", ", bao gồm", "là:", "là", ":".
_INTRO = re.compile(
    r"[^\S\n]*(?:,[^\S\n]*)?(?:(?:bao[^\S\n]+)?gồm(?:[^\S\n]+có)?|(?:cụ[^\S\n]+thể[^\S\n]+)?là|cụ[^\S\n]+thể(?:[^\S\n]+như[^\S\n]+sau)?"
    r"|như[^\S\n]+sau)[^\S\n]*:?[^\S\n]*(?![^\W_])|[^\S\n]*:[^\S\n]*",
    re.IGNORECASE,
)
_SEMICOLON = re.compile(r";")
_SENTENCE_END = re.compile(r"\.(?=\s|$)")
# An item joined to the one before by "và" (titles of a person may stand between):
# "ông A, Phó Giám đốc Sở X và ông B".
_JOINED = re.compile(r"(?<![^\W_])và[^\S\n]+(?:(?:hai|ba|bốn|năm|\d{1,3})[^\S\n]+(?:cá[^\S\n]+nhân|tập[^\S\n]+thể|đơn[^\S\n]+vị)"
                     r"[^\S\n]+(?:là|gồm)[^\S\n]*:?[^\S\n]+)?(?:[^\W\d_]+[^\S\n]+){0,2}$", re.IGNORECASE)
_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")
_BRACKETED = re.compile(r"[^\S\n]*\([^()\n]{1,60}\)[^\S\n]*,")
_DIGITS = re.compile(r"\d{1,3}(?!\d)")
# Place words by level: a place after a unit, or after a place of a lower level, says where it is.
_LEVELS = (
    (re.compile(r"(?i:xã|phường|thị\s+trấn|đặc\s+khu)(?![^\W_])"), 1),
    (re.compile(r"(?i:huyện|quận|thị\s+xã|TX\.?)(?![^\W_])"), 2),
    (re.compile(r"(?i:thành\s+phố|TP\.?)(?![^\W_])"), 3),
    (re.compile(r"(?i:tỉnh)(?![^\W_])"), 4),
)
# Lines of a list below a sentence: a list this long is a table, not a list of recipients.
MAX_LINES = 60
# An unmarked line is a list item only when it is this short (a unit and its qualifiers).
_ITEM_LINE_WORDS = 30


@dataclass(frozen=True)
class Listed:
    """An item read from a sentence other than the one that opened the list."""

    sentence: int  # Analysis sentence index
    item: UnitItem


def place_level(item: UnitItem) -> int:
    """1 commune, 2 district, 3 city, 4 province; 0 for anything that is not a place."""
    for pattern, level in _LEVELS:
        if pattern.match(item.text):
            return level
    return 0


def intro_at(text: str, pos: int, end: int | None = None) -> re.Match[str] | None:
    """A list intro ("gồm:", "là", ":") at pos."""
    m = _INTRO.match(text, pos)
    return m if m and (end is None or m.end() <= end) else None


def find_intro(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first list intro between start and end: "cho 04 tập thể, đã có thành tích ..., gồm:"."""
    for m in _INTRO.finditer(text, start, end):
        if m.group().strip():
            return m
    return None


def drop_qualifiers(text: str, items: list[UnitItem], count: int | None = None) -> list[UnitItem]:
    """Leave out the places that qualify the unit before them: "Trường A, huyện B, thành phố C"
    gives "Trường A". A place after a comma qualifies when the item before is a unit that is not a
    place (or a qualifying place of a lower level) and what follows is a higher place, a unit, or
    nothing; sibling places ("Công an huyện, xã A và xã B") are recipients."""
    if len(items) < 2:
        return items
    out: list[UnitItem] = [items[0]]
    qualifying = False  # the last item dropped was a qualifier
    for i in range(1, len(items)):
        it, prev = items[i], items[i - 1]
        level = place_level(it)
        after_comma = bool(_COMMA.fullmatch(text[prev.end : it.start]))
        prev_level = place_level(prev)
        anchored = prev.kind == "unit" and (prev_level == 0 or (qualifying and prev_level < level))
        nxt = items[i + 1] if i + 1 < len(items) else None
        nxt_level = place_level(nxt) if nxt else 0
        if level and after_comma and anchored:
            if nxt is None or nxt.kind == "person" or nxt_level == 0 or nxt_level > level:
                qualifying = True
                continue
        # "xã Phước Ninh, huyện Dương Minh Châu, tỉnh Tây Ninh": the places a place is in
        if level and after_comma and prev_level and level > prev_level and (level == 4 or nxt_level > level):
            qualifying = True
            continue
        qualifying = False
        out.append(it)
    if count and len(out) < count <= len(items):
        return items  # the count says the places were recipients after all
    return out


def chunk_items(text: str, start: int, end: int, shared: str | None = None,
                shared_place: bool = True, bare: bool = True, peers: bool = False) -> list[UnitItem]:
    """The recipients of one list line or ";"-chunk: its first unit or person and those joined to it
    by "và"; what a comma adds (a parent body, a place, a person's titles) qualifies them. `bare`
    keeps a first item with no known head ("Thuế tỉnh"), where the line is known to be an item."""
    items = units.scan(text, start, end, list_mode=bare, shared=shared, shared_place=shared_place).items
    if items and not (units.opens_with(text, start, items[0]) or _shares_head(text, items[0])):
        return []  # the chunk does not start with an item: a new clause, not a list item
    level = place_level(items[0]) if items else 0
    if items and (peers or _BRACKETED.match(text, items[0].end)):
        # "A (Bộ Quốc phòng), B (Bộ Quốc phòng); C": each with its body in brackets, all peers (known heads:
        # a page cut in mid-word leaves a stub)
        return items[:1] + [it for it in items[1:] if not it.bare]
    # kept: items joined by "và", items that took a shared head, and places of the first one's level
    # ("Phường Tây Thạnh, phường Tân Phú, ..." inside one ";"-chunk)
    kept = items[:1]
    for prev, it in zip(items, items[1:]):
        # joined by "và" to a kept item: "ông A và bà B"; not "..., có hai con là C và D" (D joins C, a qualifier)
        joined = _JOINED.search(text, prev.end, it.start)
        if joined and joined.start() > prev.end and units.ends_with_name(text, prev.end, joined.start()):
            joined = None  # "..., có hai con liệt sĩ là Lương Văn C và D": "và" joins the name before it
        if joined and it.kind == "unit" and prev.kind == "person" and "," in text[prev.end : joined.start()]:
            joined = None  # "ông A, Giám đốc Trung tâm X và Trung tâm Y": the unit goes on with his title
        if (joined and prev is kept[-1]) or _shares_head(text, it) \
                or (level and place_level(it) == level):
            kept.append(it)
    return kept


def _shares_head(text: str, item: UnitItem) -> bool:
    """An item that took a head shared by the list ("LĐLĐ các huyện A, B và C") is one of several
    recipients, not a qualifier: its text is more than its span."""
    return squash(text[item.start : item.end]) != item.text


def _list_chunk(text: str, start: int, end: int, shared: str | None, shared_place: bool) -> bool:
    """Whether a chunk after ";" is a list item: a unit of known head or a person, given no role."""
    items = chunk_items(text, start, end, shared=shared, shared_place=shared_place, bare=False)
    if not items and units.org_at(text, units.skip_space(text, start)):
        # "...; Cục cứu hộ, cứu nạn (Bộ Tổng Tham mưu); ...": a known head, its name in lower case
        items = [it for it in chunk_items(text, start, end, shared=shared, shared_place=shared_place, bare=True)
                 if " " in it.text]  # a head word alone ("Cục" of "Cục tổ chức cán bộ") names nothing
    return bool(items) and not _ROLE_VERB.match(text, units.skip_space(text, items[0].end))


def _top_level_semicolons(text: str, start: int, end: int) -> list[int]:
    """Positions of ";" outside brackets."""
    out, depth = [], 0
    for i in range(start, end):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            out.append(i)
    return out


def inline(text: str, start: int, end: int | None = None, count: int | None = None,
           shared: str | None = None, shared_place: bool = True, bare: bool = True) -> Scan:
    """A list written in the sentence from start: ";"-separated chunks, else a comma list.

    >>> [i.text for i in inline("gồm: Trường Mầm non Sao Mai, huyện An Lão, thành phố Hải Phòng và "
    ...                         "Trường Tiểu học Hòa Bình, huyện Tiên Lãng.", 5).items]
    ['Trường Mầm non Sao Mai', 'Trường Tiểu học Hòa Bình']
    """
    end = len(text) if end is None else end
    start = units.skip_group_opener(text, start)
    stop = first_stop(_SENTENCE_END, text, start, end)
    limit = stop.start() if stop else end
    # ";" separates the items while what follows each ";" starts with an item; a ";" followed by a
    # new clause ("...; Chủ tịch UBND huyện tặng Giấy khen ...") ends a comma list instead.
    cuts = _top_level_semicolons(text, start, limit)
    chunks: list[list[UnitItem]] = []
    bounds = [start] + [c + 1 for c in cuts] + [limit]
    for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
        # A chunk after a ";" continues the list only when it starts with a unit of known head or a
        # person that no verb follows ("; phường A là Cụm trưởng" is a new clause).
        if k and not _list_chunk(text, a, b, shared, shared_place):
            limit = a - 1
            break
        chunks.append(chunk_items(text, a, b, shared=shared, shared_place=shared_place, bare=bare))
    if len(chunks) > 1:
        items = [it for chunk in chunks for it in chunk]
        if count and len(items) < count:
            # "...; Ban Dân tộc tỉnh, Văn phòng UBND tỉnh và Thanh tra tỉnh." - the count says the units
            # after the commas are recipients too, not the bodies they belong to
            every = [it for a, b in zip(bounds, bounds[1 : len(chunks) + 1])
                     for it in chunk_items(text, a, b, shared=shared, shared_place=shared_place, bare=bare, peers=True)]
            items = every if len(every) == count else items
        return Scan(items, items[-1].end if items else start)
    if not bare:  # recipients after "cho" are read as running text: no unknown heads
        found = units.scan(text, start, limit, shared=shared, shared_place=shared_place)
        return Scan(drop_qualifiers(text, list(found.items), count), found.end, found.counted)
    found = units.scan_list(text, start, limit, count=None, shared=shared, shared_place=shared_place)
    items = drop_qualifiers(text, list(found.items), count)
    if count:
        found = units.scan_list(text, start, limit, count=count, shared=shared, shared_place=shared_place)
        if len(found.items) == count and len(items) != count:
            items = drop_qualifiers(text, list(found.items), count)
    return Scan(items, found.end, found.counted)


def line_starts(lines: Sequence[str], stop: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """The list items written one per line, as (line, start of the item): marked lines ("- A",
    "1. B", "2)" then "C") and, when no line is marked, short lines that end like list items
    ("Sở Y tế;"). Stops at the first line that is no item or that `stop` rejects."""
    marked = units.list_lines(list(lines))
    out: list[tuple[int, int]] = []
    for k, pos in marked:
        if stop and stop(lines[k]):
            break
        out.append((k, pos))
    if out:
        return out
    for k, line in enumerate(lines):
        words = len(line.split())
        if words > _ITEM_LINE_WORDS or not line.rstrip().endswith((";", ",", ".")) or (stop and stop(line)):
            break
        out.append((k, len(line) - len(line.lstrip())))
    return out


def below(sentences: Sequence, first: int, count: int | None = None, shared: str | None = None,
          shared_place: bool = True, stop: Callable[[str], bool] | None = None) -> list[Listed]:
    """Items written one per line in the sentences from index `first` on (each `Sentence` has
    `.index` and `.text`); with a count, no more lines than it. Lines headed by a group ("12 tập
    thể: A; B; C." then "Cá nhân:" and its lines) are read group by group."""
    if _GROUP_LINE.match(sentences[first].text if first < len(sentences) else ""):
        return _groups_below(sentences, first, stop)
    following = list(sentences[first : first + MAX_LINES])
    texts = [s.text for s in following]
    marked = bool(units.list_lines(texts))
    out: list[Listed] = []
    for k, start in line_starts(texts, stop):
        line = following[k]
        end = len(line.text)
        if cuts := _top_level_semicolons(line.text, start, end):
            end = cuts[0]
        items = chunk_items(line.text, start, end, shared=shared, shared_place=shared_place, bare=marked)
        if not items and not marked:
            break
        out += [Listed(line.index, it) for it in items]
        if count and len(out) >= count:
            break
    return out


def _groups_below(sentences: Sequence, first: int, stop: Callable[[str], bool] | None) -> list[Listed]:
    """The recipients of the groups below a sentence, each group headed by its kind: the items on
    its own line after the colon, or on the lines under it up to the next group."""
    out: list[Listed] = []
    k = first
    while k < min(len(sentences), first + MAX_LINES) and (head := _GROUP_LINE.match(sentences[k].text)):
        line = sentences[k]
        if line.text[head.end() :].strip(" ."):
            out += [Listed(line.index, it) for it in inline(line.text, head.end()).items]
            k += 1
            continue
        under = below(sentences, k + 1, stop=lambda t: bool(_GROUP_LINE.match(t)) or (stop is not None and stop(t)))
        out += under
        k = max([k + 1] + [x.sentence + 1 for x in under])
    return out


# A line that heads one group of recipients: "20 tập thể:", "- Cá nhân:", "b) 15 cá nhân gồm:".
_GROUP_LINE = re.compile(r"[^\S\n]*(?:[-+•*]|[a-zđ]\)|\d{1,2}[.)])?[^\S\n]*(?:\d{1,4}[^\S\n]+)?"
                         r"(?:tập[^\S\n]+thể|cá[^\S\n]+nhân|đơn[^\S\n]+vị|hộ[^\S\n]+gia[^\S\n]+đình)"
                         r"(?:[^\S\n]+gồm)?[^\S\n]*:[^\S\n]*", re.IGNORECASE)


# Another count between a count and a list intro owns the list: "cho 12 cá nhân ... với 02 loại hình: A, B".
_OTHER_COUNT = re.compile(r"(?<![^\W_])(?<!năm )(?<!năm học )\d{1,3}[^\S\n]+(?!năm|tháng|ngày)[^\W\d_]", re.IGNORECASE)


def count_in(phrase: str) -> int | None:
    """The one count of a counted phrase: "04 tập thể" -> 4; "3 tập thể và 2 cá nhân" -> None."""
    numbers = _DIGITS.findall(phrase)
    return int(numbers[0]) if len(numbers) == 1 else None


# Named recipients among counted ones: "cho 5 tập thể và 7 cá nhân, trong đó có ấp A và chị B".
_AMONG = re.compile(r"(?<![^\W_])trong\s+đó\s+(?:có|gồm)\s*:?\s*")


def named_among(text: str, start: int, end: int) -> Scan | None:
    """The ones named among counted receivers after start: "cho 5 tập thể và 7 cá nhân, trong đó có ấp
    A và chị B", "... 30 người, trong đó có 3 Trung tướng gồm A, ...; B, ...". None when nothing is."""
    if not (among := _AMONG.search(text, start, end)):
        return None
    at = units.skip_group_opener(text, among.end())
    named = inline(text, at, end, bare=False) if at > among.end() else units.scan(text, among.end(), end)
    return named if named.items else None
_SPACE = re.compile(r"[^\S\n]*")
# A number and the noun it counts, a list intro or the clause end after it: "3 Sở GD&ĐT gồm:", "10 bệnh viện."
_COUNTED_NOUN = re.compile(r"(?P<phrase>\d{1,3}[^\S\n]+[^\W\d_][^\s:,;.]*(?:[^\S\n]+[^\W\d_][^\s:,;.]*){0,4}?)"
                           r"(?=[^\S\n]*(?:,[^\S\n]*)?(?:gồm|là|:)|[^\S\n]*(?:[.;]|$)|[^\S\n]+(?:vì|đã|có|thuộc))")
# After the first unit of a ";"-chunk, a verb giving it a role makes the chunk a clause of its own
# ("; phường A là Cụm trưởng"); the sentence's own verb after the last item does not ("; phường B đã họp").
_ROLE_VERB = re.compile(r"(?:là|làm|giữ|được|tặng|trao|đề\s+nghị)(?![^\W_])", re.IGNORECASE)
_NUMBER = re.compile(r"\d|(?<![^\W_])(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![^\W_])", re.IGNORECASE)


@dataclass(frozen=True)
class After:
    """Recipients read after "cho": the items, whether a count was read, the count, and whether the
    sentence ends by opening a list written on the lines below it."""

    scan: Scan
    counted: bool = False
    count: int | None = None
    opens_below: bool = False
    numbered: bool = False  # the count has a number ("cho 23 tập thể"), not only "các tập thể"


def recipients_after(text: str, start: int, end: int | None = None) -> After:
    """Recipients from start: an enumeration, or counted collectives that a list follows, in the
    sentence ("cho 2 tập thể gồm: A, B") or below it ("cho 04 tập thể, đã có thành tích ..., gồm:").

    >>> [i.text for i in recipients_after("cho 2 tập thể gồm: UBND xã Tà Xùa, Trường THCS Bắc Yên.", 4).scan.items]
    ['UBND xã Tà Xùa', 'Trường THCS Bắc Yên']
    >>> after = recipients_after("cho 04 tập thể có thành tích xuất sắc năm 2023, gồm:", 4)
    >>> after.scan.items, after.count, after.opens_below
    ([], 4, True)
    """
    end = len(text) if end is None else end
    at = _SPACE.match(text, start).end()
    counted = units.counted_at(text, at)
    if counted is None and (head := _COUNTED_NOUN.match(text, at, end)):
        # "cho 3 Sở GD&ĐT gồm: A, B, C", "cho 10 bệnh viện." - a counted noun; its head goes to bare names
        count = count_in(head.group("phrase"))
        shared = units.counted_head(head.group("phrase"))
        word, place = shared if shared else (None, True)
        if intro := intro_at(text, head.end(), end):
            if not text[intro.end() : end].strip(" ."):
                return After(Scan([], intro.end(), True), True, count, True, True)
            listed = inline(text, intro.end(), end, count=count, shared=word, shared_place=place)
            return After(Scan(listed.items, listed.end, True), True, count, numbered=True)
        # "cho 3 đoàn viên thanh niên." - receivers counted, not named
        noun_at = _SPACE.match(text, head.start("phrase") + len(head.group("phrase").split()[0])).end()
        if not units.scan(text, head.end(), end).items and (
                shared or head.group("phrase").split()[1].islower() or units.honorific_at(text, noun_at)):
            return After(Scan([], head.end(), True), True, count, numbered=True)
    if counted is None and text[at : at + 1].isdigit() and (named := named_among(text, at, end)) \
            and not _SENTENCE_END.search(text, at, named.items[0].start):
        # "cho 30 người, trong đó có 3 Trung tướng gồm A, ...; B, ...": the ones named among them
        return After(Scan(named.items, named.end, True), True, count_in(text[at : at + 4]), numbered=True)
    if counted is None:
        found = units.scan(text, start, end)
        if found.items and (intro := intro_at(text, found.end, end)) and not text[intro.end() : end].strip(" ."):
            return After(Scan([], start), True, None, True)  # "cho các đơn vị sau:" has no items yet
        # "cho A; B; C và D": items separated by ";" as long as each chunk starts with one
        found = inline(text, start, end, bare=False)
        return After(Scan(found.items, found.end, found.counted))
    count = count_in(counted.group())
    numbered = bool(_NUMBER.search(counted.group()))
    if text.startswith("(", at := units.skip_space(text, counted.end())) and (close := text.find(")", at, end)) > at:
        # "cho 02 tập thể (Sở Giáo dục và Đào tạo, Sở Nội vụ)": the count, then its names in brackets
        listed = inline(text, at + 1, close, count=count, bare=False)
        if len(listed.items) > 1 or (listed.items and count == 1):
            return After(Scan(listed.items, close + 1, True), True, count, numbered=numbered)
    limit = stop.start() if (stop := first_stop(_SENTENCE_END, text, counted.end(), end)) else end
    if (intro := find_intro(text, counted.end(), limit)) and not _OTHER_COUNT.search(text, counted.end(), intro.start()):
        if not text[intro.end() : end].strip(" ."):
            return After(Scan([], intro.end(), True), True, count, True, numbered)
        # "cho 03 đơn vị Ủy ban MTTQ các huyện: A, B, C": the organisation before the colon heads the names
        at = units.skip_space(text, counted.end())
        listed = inline(text, at if units.org_at(text, at) else intro.end(), end, count=count)
        return After(Scan(listed.items, listed.end, True), True, count, numbered=numbered)
    at = units.skip_space(text, counted.end())
    if units.org_at(text, at) and (named := units.scan(text, at, end)).items:
        return After(Scan(named.items, named.end, True), True, count, numbered=numbered)  # "cho 3 đơn vị Sở Y tế, ..."
    if named := named_among(text, counted.end(), end):
        return After(Scan(named.items, named.end, True), True, count, numbered=numbered)
    return After(Scan([], counted.end(), True), True, count, numbered=numbered)
