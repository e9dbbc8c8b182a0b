"""Movements: named emulation campaigns, who launched them and when.

A movement is quoted text that a cue introduces, or that continues a quoted list a cue opened:

    phong trào thi đua “Dạy tốt, học tốt”                       cue, then the name
    các phong trào thi đua: “A”, “B” và “C”                      one cue, a list of names
    phong trào thi đua trong lĩnh vực y tế như: “A”, “B”         a short bridge ending in "như"
    phát động phong trào thi đua với chủ đề “...”                a theme names a movement only when launched
    Đề án “...”, khẩu hiệu “...”, cho biết: “...”                not movements: the nearest cue decides
    phong trào Thi đua Quyết thắng                               a known nationwide name, unquoted

Who and when:

    “A” do Thủ tướng Chính phủ phát động                         passive: launched_by
    “A” đã được UBND tỉnh phát động ngày 04/6/2019               passive with a date: launched_on
    Tỉnh ủy, HĐND, UBND tỉnh đã phát động phong trào “A”         active: the subject of the launch verb
    Ngày 19/5/2016, Ban Thường vụ Tỉnh ủy tổ chức lễ phát động   a date opening the sentence
    Tại buổi lễ, UBND tỉnh phát động phong trào thi đua “A”      launched at the event: the event's date
    “A” giai đoạn 2021-2025                                      period

A name stops at the first closing quote, curly or straight; a stray closing quote outside
a name is ignored. The same movement spelled twice is recorded once, first spelling kept.
Vocabulary lives in `patterns/movements.yaml`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.dates import find_dates, iso
from pipeline.core.patterns import boundary_regex
from pipeline.core.text import match_key, squash
from pipeline.core.types import Evidence, Movement
from pipeline.extract.authorities import Authority, alternation, authority
from pipeline.extract.lead import event_date, published_date
from pipeline.nlp import Analysis

_OPENING = "“«‘"
_CLOSING = "”»’"
_STRAIGHT = "\"'"
_ANY_MARK = re.compile("[" + re.escape(_OPENING + _CLOSING + _STRAIGHT) + "]")
# A quoted name longer than this is an unclosed quote swallowing prose, not a name.
_MAX_NAME_CHARS = 300
# A movement name has at least two words ("Dạy tốt, học tốt"); one quoted word is emphasis.
_MIN_NAME_WORDS = 2
# How far back from a quote its cue, launch verb and launcher may stand.
_LEAD_CHARS = 220
# How far after a name a passive launch or a period may stand.
_AFTER_CHARS = 200
# Two spellings at least this similar are one movement (the scorer's threshold too).
_SAME_NAME_RATIO = 0.9
# A date that opens its sentence ("Ngày 19/5/2016, ...", "Chiều ngày 11/01/2020, ...") starts this early.
_OPENING_DATE_CHARS = 15
# A quote that itself opens with the cue: “Tổ chức phong trào X”, “Phát động phong trào thi đua X”.
_INNER_CUE = re.compile(r"(?:(?:Tổ\s+chức|Phát\s+động|Triển\s+khai|Đẩy\s+mạnh)\s+)?(?:phong\s+trào|cuộc\s+vận\s+động)"
                        r"(?:\s+thi\s+đua)?\s+", re.IGNORECASE)
_ABOUT = re.compile(r"(?<![^\W_])về(?:\s+việc)?\s*$", re.IGNORECASE)  # "Chỉ thị ... về việc “...”"
# Where a passive launch may start inside a quote that was never closed.
_UNCLOSED_CUT = re.compile(r"\s+(?=(?:do|được|đã\s+được)\s)")
# A motto lists at least this many watchwords, each of at most this many words ("vì nhân dân phục vụ").
_SLOGAN_ITEMS, _WATCHWORD_WORDS = 4, 5
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_CLAUSE_END = re.compile(r"[.;!?…](?=\s|$)|[.;!?](?=[“\"«])")


@dataclass(frozen=True)
class _Vocab:
    cues: list[tuple[str, str, re.Pattern[str]]]  # (entry id, kind, pattern)
    negatives: list[tuple[str, re.Pattern[str]]]
    gap: re.Pattern[str]  # only modifiers between a direct cue and the quote
    bridge: re.Pattern[str]  # "trong lĩnh vực y tế như:" between a list cue and the quote
    separators: re.Pattern[str]
    known: re.Pattern[str]
    tasks: frozenset[str]  # keys of programme names that, unquoted, name a task (patterns/national_movements.yaml)
    national_keys: tuple[str, ...]  # keys of the nationwide names, longest first
    launch_of_movement: re.Pattern[str]
    launch: re.Pattern[str]
    active_link: re.Pattern[str]  # "phát động các phong trào thi đua yêu nước với chủ đề " ending a lead
    adverbs_tail: re.Pattern[str]
    passive: re.Pattern[str]  # at the start of the text after a name
    date_after: re.Pattern[str]
    at_event: re.Pattern[str]
    past: re.Pattern[str]
    period: re.Pattern[str]
    authority: Authority


def _national_terms() -> list[str]:
    """The nationwide movements' names: one list (patterns/national_movements.yaml) for extraction and linking."""
    return patterns.load("national_movements").terms("national")


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    file = patterns.load("movements")
    flags = re.IGNORECASE
    cues = alternation(file.section("cues"))
    mods = alternation(file.section("modifiers"))
    theme = boundary_regex([t for e in file.section("not_movement") if e.id == "theme" for t in e.terms])
    bridge = rf"[^;.:“”\"«»]{{0,100}}?(?<![^\W_])(?:{alternation(file.section('list_bridges'))})\s*:?\s*"
    launch = alternation(file.section("launch_verbs"))
    fillers = alternation(file.section("launch_fillers"))
    adverbs = alternation(file.section("launcher_adverbs"))
    markers = alternation(file.section("passive_markers"))
    period = file.section("period")[0].compiled
    return _Vocab(
        cues=[(e.id, e.kind or "direct", e.compiled) for e in file.section("cues")],
        negatives=[(e.id, e.compiled) for e in file.section("not_movement")],
        gap=re.compile(rf"(?:\s|:|{mods})*$", flags),
        bridge=re.compile(rf"{bridge}$", flags),
        separators=file.section("list_separators")[0].compiled,
        known=re.compile(boundary_regex(_national_terms()), flags),
        tasks=frozenset(match_key(t) for t in patterns.load("national_movements").terms("unquoted_tasks")),
        national_keys=tuple(sorted({match_key(t) for t in _national_terms()}, key=len, reverse=True)),
        launch_of_movement=file.section("launch_of_movement")[0].compiled,
        launch=re.compile(launch, flags),
        active_link=re.compile(
            rf"(?:{launch})\s+(?:(?:{fillers})\s+)*(?:{cues})(?:(?:\s|:|{mods}|{theme})*|{bridge})$", flags
        ),
        adverbs_tail=re.compile(rf"(?:\s+(?:{adverbs}))+\s*$", flags),
        passive=re.compile(
            rf"^\s*(?:(?:{period.pattern}|năm\s+(?:19|20)\d{{2}})\s*)?,?\s*(?:{markers})\s+(?:(?P<x>[^;.:“”\"«»]{{1,100}}?)\s+)?"
            rf"(?:(?:{adverbs})\s+)*(?:{launch})(?![^\W_])",
            flags,
        ),
        date_after=re.compile(r"^\s*(?:(?:từ|vào|hôm)\s+)?(?=ngày)", flags),
        at_event=file.regex("at_the_event"),
        past=file.regex("past_markers"),
        period=period,
        authority=authority(),
    )


@dataclass
class _Quote:
    open: int  # paragraph-local offset of the opening mark (or of an unquoted name)
    close: int  # offset of the closing mark (or the last character of an unquoted name)
    start: int  # the name, without edge spaces
    end: int


def _quotes(text: str) -> list[_Quote]:
    """Quoted spans; a name ends at the first closing mark of either kind.

    >>> text = 'phong trào “Thi đua quyết thắng”, “Vì an ninh Tổ quốc", “ Dạy tốt, học tốt ”, ‘Xanh - Sạch’ của H’Mông.'
    >>> [text[q.start : q.end] for q in _quotes(text)]
    ['Thi đua quyết thắng', 'Vì an ninh Tổ quốc', 'Dạy tốt, học tốt', 'Xanh - Sạch']
    """
    found: list[_Quote] = []
    opened: int | None = None
    width = 1  # a doubled apostrophe ('') is one quotation mark of two characters
    i = 0
    # Only quotation marks change the state (an open quote older than _MAX_NAME_CHARS is dropped at
    # the next mark as surely as at every character), so the scan jumps from mark to mark.
    while (next_mark := _ANY_MARK.search(text, i)) is not None:
        i = next_mark.start()
        ch = text[i]
        mark = 2 if text.startswith("''", i) else 1
        if opened is not None and i - opened > _MAX_NAME_CHARS:
            opened = None
        if ch in "'’" and mark == 1 and _inside_word(text, i):
            i += 1
            continue  # an apostrophe in a name ("H'Nga", "K’Ho"), not a quote
        reopens = ch in _STRAIGHT and opened is not None and _opens(text, i, mark) and not text[i - 1 : i].isalnum()
        if ch in _OPENING or reopens or (ch in _CLOSING and opened is None and _opens(text, i, mark)):
            # A second opening mark: the first one was never closed - unless a launch clause shows
            # where its name ended ("“Đoàn kết, sáng tạo do Thủ tướng phát động ... “Cả nước ...”").
            if opened is not None and (cut := _unclosed_end(text, opened + width, i)):
                found.append(cut)
            opened, width = i, mark  # a closing mark opening a name ("về ” Học tập ...”") opens too
        elif ch in _CLOSING or (ch in _STRAIGHT and opened is not None):
            if opened is not None:
                inner = text[opened + width : i]
                lead = len(inner) - len(inner.lstrip())
                found.append(_Quote(opened, i + mark - 1, opened + width + lead, opened + width + len(inner.rstrip())))
            opened = None
        elif ch in _STRAIGHT and _opens(text, i, mark):
            opened, width = i, mark
        i += mark
    return found


def _unclosed_end(text: str, start: int, limit: int) -> _Quote | None:
    """The name of a quote never closed, when a passive launch after it shows where it ends:
    '"Đoàn kết, sáng tạo do Thủ tướng Chính phủ phát động tại ...' -> 'Đoàn kết, sáng tạo'."""
    for m in _UNCLOSED_CUT.finditer(text, start, limit):
        if _vocab().passive.match(text[m.start() : limit]):
            inner = text[start : m.start()]
            lead = len(inner) - len(inner.lstrip())
            return _Quote(start - 1, m.start(), start + lead, start + len(inner.rstrip()))
    return None


def _inside_word(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _opens(text: str, i: int, width: int = 1) -> bool:
    """A straight quote opens after a space or an opening punctuation mark, before a word."""
    before_ok = i == 0 or text[i - 1].isspace() or text[i - 1] in "(:;,–-["
    return before_ok and text[i + width : i + width + 2].strip()[:1].isalnum()


@dataclass
class _Found:
    quote: _Quote
    rule: str
    launched_by: str | None = None
    launched_on: str | None = None
    period: str | None = None

    def launch(self, by: str | None, on: str | None) -> None:
        """Take a launcher and date, unless the name already has its own."""
        if self.launched_by is None and self.launched_on is None:
            self.launched_by, self.launched_on = by, on


@dataclass(frozen=True)
class _Context:
    """What every paragraph needs from the article."""

    reference: date | None  # publication date, for dates without a year
    event_date: str | None
    launch_event: bool  # the headline or lead reports a launch


def _clause_start(text: str, limit: int, floor: int) -> int:
    """Start of the clause that ends at `limit`: after the last '.', ';' (never before `floor`)."""
    start = max(floor, limit - _LEAD_CHARS)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, start, limit)]
    return ends[-1] if ends else start


def _sentence_start(text: str, limit: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, limit)]
    return ends[-1] if ends else 0


def _nearest_cue(lead: str) -> tuple[str, str, re.Match[str]] | None:
    """The cue that reaches the end of the lead, nearest first: ("cue"|"negative", id, match)."""
    v = _vocab()
    best: tuple[int, int, str, str, re.Match[str]] | None = None
    candidates = [("cue", cid, kind, rx) for cid, kind, rx in v.cues]
    candidates += [("negative", nid, "direct", rx) for nid, rx in v.negatives]
    for polarity, cid, kind, rx in candidates:
        for m in rx.finditer(lead):
            rest = lead[m.end() :]
            reaches = v.gap.match(rest) or (kind == "list" and v.bridge.match(rest))
            if reaches and (best is None or (m.end(), -m.start()) > (best[0], best[1])):
                best = (m.end(), -m.start(), polarity, cid, m)
    return (best[2], best[3], best[4]) if best else None


def _resolve(text: str, reference: date | None) -> str | None:
    """The date at the start of `text` ("ngày 04/6/2019"), as ISO."""
    found = find_dates(text)
    if not found or text[: found[0].start].strip() not in ("", "ngày", "Ngày"):
        return None
    return iso(found[0].resolve(reference.year if reference else None, reference))


def _passive(after: str, reference: date | None) -> tuple[str | None, str | None] | None:
    """“...” do X phát động / đã được X phát động ngày D: (launcher, date), or None."""
    v = _vocab()
    m = v.passive.match(after)
    if not m:
        return None
    # "do đồng chí Chủ tịch UBND tỉnh phát động": the authority ends the agent phrase
    found = v.authority.suffix(m["x"], _LEAD_CHARS) if m["x"] else None
    who = found[1] if found else None
    rest = after[m.end() :]
    cue = v.date_after.match(rest)
    return who, (_resolve(rest[cue.end() :], reference) if cue else None)


def _period(text: str) -> str | None:
    m = _vocab().period.search(text)
    return f"{m['a']}-{m['b']}" if m else None


def _active(text: str, clause: int, q: _Quote, ctx: _Context) -> tuple[str | None, str | None]:
    """X phát động phong trào ... “name”: the launcher before the verb, and when."""
    v = _vocab()
    lead = text[clause : q.open]
    link = v.active_link.search(lead)
    if not link:
        return None, None
    before = lead[: link.start()]
    subject = v.authority.suffix(v.adverbs_tail.sub("", before).rstrip(" ,"), _LEAD_CHARS)
    if not subject:
        return None, None
    sentence = _sentence_start(text, clause + subject[0])
    opening = [d for d in find_dates(text[sentence : clause + subject[0]]) if d.start <= _OPENING_DATE_CHARS]
    if opening:
        reference = ctx.reference
        return subject[1], iso(opening[0].resolve(reference.year if reference else None, reference))
    at_event = v.at_event.search(text[sentence : q.open])
    present = ctx.launch_event and not v.past.search(before[subject[0] :])
    return subject[1], (ctx.event_date if at_event or present else None)


def _classify(text: str, q: _Quote, floor: int) -> str | None:
    """Why the quote is a movement (the rule), or None."""
    v = _vocab()
    lead = text[_clause_start(text, q.open, floor) : q.open]
    cue = _nearest_cue(lead)
    if cue is not None:
        polarity, cid, m = cue
        if polarity == "cue":
            return cid
        if cid == "theme" and not _slogan(text[q.start : q.end]):
            launched = v.launch_of_movement.search(lead[: m.start()])
            if launched or v.passive.match(text[q.close + 1 : q.close + 1 + _AFTER_CHARS]):
                return "theme"
    if _national(text[q.start : q.end]):  # a nationwide movement quoted in any context
        return "national"
    # a quoted name that something is said to launch ("“Ngày thứ Bảy tình nguyện” được phát động
    # nhằm ..."), with no project, slogan or speech word before it
    if cue is None and not _slogan(text[q.start : q.end]) and v.passive.match(text[q.close + 1 : q.close + 1 + _AFTER_CHARS]):
        return "launched"
    return None


def _national(name: str) -> bool:
    """Whether a name is, or starts with, a nationwide movement's ("Một triệu sáng kiến - Nỗ lực ...")."""
    key = match_key(name)
    return any(key == k or (key.startswith(k) and not key[len(k) : len(k) + 1].isalnum())
               for k in _vocab().national_keys if len(k.split()) >= _MIN_NAME_WORDS + 1)


def _slogan(name: str) -> bool:
    """A motto rather than a campaign: a list of short watchwords ("Đoàn kết, kỷ cương, sáng tạo,
    quyết thắng"), most of them one or two words."""
    plain = re.sub(r"\([^()]*\)", "", name)
    items = [i.split() for i in re.split(r"\s*[,;]\s*|\s+[-–]\s+", plain) if i.strip()]
    return len(items) >= _SLOGAN_ITEMS and all(len(words) <= _WATCHWORD_WORDS for words in items)


def _after_launch(rest: str) -> str:
    """What follows a launch verb and its date."""
    cue = _vocab().date_after.match(rest)
    if cue:
        found = find_dates(rest[cue.end() :])
        if found:
            return rest[cue.end() + found[0].end :]
    return rest


def _continues(text: str, prev: _Quote, q: _Quote) -> bool:
    """Only list separators (or a passive launch clause, then one) between two quotes."""
    v = _vocab()
    between = text[prev.close + 1 : q.open]
    if not between.strip() or v.separators.fullmatch(between):
        return True
    m = v.passive.match(between)
    if not m:
        return False
    rest = _after_launch(between[m.end() :])
    return not rest.strip() or bool(v.separators.fullmatch(rest))


def _known_names(text: str, quotes: list[_Quote]) -> list[_Quote]:
    """Unquoted nationwide names right after a cue ("phong trào Thi đua Quyết thắng"), or
    continuing a list of them ("các phong trào như: A; B; C")."""
    v = _vocab()
    found: list[_Quote] = []
    for m in v.known.finditer(text):
        if any(q.open <= m.start() <= q.close for q in quotes) or match_key(m.group()) in v.tasks:
            continue
        # Unquoted, a nationwide name is a movement only right after "phong trào" or "cuộc vận động":
        # "thi đua học tập và làm theo ..." describes a task. A stray quote mark between them does not
        # break the link ('phong trào thi đua" Cả nước chung sức ...".').
        lead = text[_clause_start(text, m.start(), 0) : m.start()].rstrip(_STRAIGHT + _OPENING + _CLOSING + " ")
        cue = _nearest_cue(lead + " ")
        listed = bool(found) and bool(v.separators.fullmatch(text[found[-1].end : m.start()]))
        if listed or (cue and cue[0] == "cue" and cue[1] == "phong_trao"):
            found.append(_Quote(m.start(), m.end() - 1, m.start(), m.end()))
    return found


def _in_paragraph(text: str, ctx: _Context) -> list[_Found]:
    found: list[_Found] = []
    run: list[_Found] = []
    prev: _Quote | None = None
    prev_is_movement = False
    head_launch: tuple[str | None, str | None] = (None, None)  # an active launch before a list holds for all of it

    def close_run() -> None:
        """A passive launch or a period after the last name of a list holds for the whole list."""
        if not run:
            return
        last = run[-1].quote
        after = text[last.close + 1 : last.close + 1 + _AFTER_CHARS]
        passive = _passive(after, ctx.reference)
        period = _period(_CLAUSE_END.split(after, maxsplit=1)[0])
        for item in run:
            if passive:
                item.launch(*passive)
            item.period = item.period or period
        run.clear()

    quotes = _quotes(text)
    for q in quotes:
        floor = prev.close + 1 if prev else 0
        if prev is not None and prev_is_movement and _continues(text, prev, q):
            own = _passive(text[prev.close + 1 : q.open], ctx.reference)
            if own:
                run[-1].launch(*own)
            item = _Found(q, "list", *head_launch)
            run.append(item)
            found.append(item)
            prev = q
            continue
        close_run()
        rule = _classify(text, q, floor)
        if rule is None and _ABOUT.search(text, 0, q.open) and (inner := _INNER_CUE.match(text, q.start, q.end)) \
                and len(text[inner.end() : q.end].split()) > _MIN_NAME_WORDS:
            # The quoted subject of a directive: “Tổ chức phong trào toàn dân tham gia ...”.
            q, rule = _Quote(q.open, q.close, inner.end(), q.end), "inner_cue"
        prev, prev_is_movement = q, rule is not None
        if rule is None:
            continue
        clause = _clause_start(text, q.open, floor)
        head_launch = _active(text, clause, q, ctx)
        item = _Found(q, rule, *head_launch, _period(text[clause : q.open]))
        run.append(item)
        found.append(item)
    close_run()
    found += [_Found(q, "known_name") for q in _known_names(text, quotes)]
    return sorted(found, key=lambda f: f.quote.start)


def _paragraphs(analysis: Analysis) -> list[tuple[int, str]]:
    spans: dict[int, list[int]] = {}
    for s in analysis.sentences:
        span = spans.setdefault(s.paragraph, [s.start, s.end])
        span[1] = s.end
    return [(a, analysis.text[a:b]) for a, b in spans.values()]


def _context(analysis: Analysis) -> _Context:
    body = [s for s in analysis.sentences if s.part == "body"]
    headline = [s.text for s in analysis.sentences if s.part == "title"] + [s.text for s in body[:1]]
    launch_event = any(_vocab().launch.search(t) for t in headline)
    return _Context(published_date(analysis), event_date(analysis)[0], launch_event)


def _same(a: str, b: str) -> bool:
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= _SAME_NAME_RATIO


def extract_movements(analysis: Analysis) -> list[Movement]:
    """Named movements of one article, first mention first, each once."""
    ctx = _context(analysis)
    movements: list[Movement] = []
    keys: list[str] = []
    for base, text in _paragraphs(analysis):
        for f in _in_paragraph(text, ctx):
            name = squash(text[f.quote.start : f.quote.end])
            if len(name.split()) < _MIN_NAME_WORDS:
                continue
            key = match_key(name)
            same = next((i for i, k in enumerate(keys) if _same(k, key)), None)
            if same is not None:
                kept = movements[same]
                if kept.launched_by is None and kept.launched_on is None:
                    kept.launched_by, kept.launched_on = f.launched_by, f.launched_on
                kept.period = kept.period or f.period
                continue
            a, b = base + f.quote.start, base + f.quote.end
            evidence = Evidence(analysis.sentence_at(a), a, b, analysis.text[a:b], f"movement:{f.rule}")
            movements.append(Movement(name, f.launched_by, f.launched_on, evidence, f.period))
            keys.append(key)
    return movements
