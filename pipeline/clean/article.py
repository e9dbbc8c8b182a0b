"""Assemble an `Article` from the lines of a page: title, date line, body, byline; furniture dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.clean.furniture import furniture_rule, is_tail_header
from pipeline.clean.headline import is_caption, is_lead
from pipeline.clean.metadata import (
    Byline,
    Dateline,
    has_byline_prefix,
    is_source_credit,
    is_syllable,
    parse_byline,
    parse_byline_dateline,
    parse_dateline,
)
from pipeline.core import gazetteer
from pipeline.core.dates import find_time
from pipeline.core.text import collapse_spaces, nfc, repair_lookalikes, split_glued_caps, split_glued_words
from pipeline.core.types import Article, Skipped, Span

# Lines longer than this are prose; glued-caps splitting is for short furniture lines.
_SHORT_LINE = 120
# The date line sits near the top: within this many content lines of the start or of the headline.
_DATELINE_WINDOW = 4
# A headline has at least this many words; shorter lines at the top of a page are menu items.
_HEADLINE_MIN_WORDS = 5
# An agency's header or a section label in capitals above the headline runs to this many words
# ("CỤM THI ĐUA SỐ 8 – BỘ CÔNG AN:"); a headline in capitals runs longer.
_HEADER_MAX_WORDS = 8
# A line of this many words is article prose, not a caption, byline or furniture.
_PROSE_WORDS = 8
# The byline follows the last prose line within this many lines (a caption may come between).
_BYLINE_WINDOW = 3
# News articles run to a few thousand words; a page with more text than this is a dump or a listing,
# and segmenting it would hold a worker for minutes.
_MAX_ARTICLE_CHARS = 300_000
# A page's time stamp at the end of a line: an optional bracket, a clock time and a date with its year.
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
_STAMP = re.compile(rf"\s*[-–|]?\s*(\(?\s*(?:{_CLOCK}\s*[-,|]?\s*)?\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d{{2}}"
                    rf"(?:\s*[-,|]?\s*{_CLOCK})?\s*\)?)\s*$")
# A stamped line longer than this is prose, not a headline or a breadcrumb.
_STAMPED_MAX_WORDS = 40
# A line that ends with one of these ends its sentence; a line wrapped mid-sentence does not.
_STOPS = ".!?:;…"
# A line of a paragraph wrapped at a fixed width is at least this long.
_WRAPPED_MIN_CHARS = 50
# An article needs at least this much body text to be worth extracting, unless it is a short item: a
# headline with one sentence, or a stored copy cut to a headline of sentence length (`_short_item`).
_MIN_BODY_CHARS = 80


@dataclass
class Hints:
    """Metadata already known from markup (HTML) that overrides text heuristics."""

    title: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    # An author the markup suggests without vouching for it (a meta tag, an author element that may
    # hold a CMS account): a byline printed after the prose wins over it, a name above the prose does not.
    author_guess: str | None = None


def _normal(text: str) -> str:
    """The form the article text takes: NFC, look-alike letters repaired ("QÐ-UBND" -> "QĐ-UBND"),
    function words glued to a name split from it ("choTrường" -> "cho Trường")."""
    return split_glued_words(repair_lookalikes(nfc(text)))


def _lines(text: str) -> list[str]:
    out: list[str] = []
    block: list[str] = []  # lines with no blank line between them
    for raw in _normal(text).replace("\r\n", "\n").replace("\r", "\n").split("\n") + [""]:
        line = collapse_spaces(raw).strip()
        if line:
            block.append(line)
            continue
        hard_wrapped = _hard_wrapped(block)
        joinable = False  # the last line came right before this one
        for line in block:
            if joinable and (_continues(out[-1], line) or (hard_wrapped and _wraps_into(out[-1], line))):
                out[-1] = f"{out[-1]} {line}"
                continue
            for part in split_glued_caps(line) if len(line) <= _SHORT_LINE else [line]:
                out.extend(_split_stamp(part))
            joinable = True
        block = []
    return out


def _hard_wrapped(block: list[str]) -> bool:
    """A paragraph broken at a fixed width (a copy from a PDF or an old page): some line goes on
    in lower case, and most long lines end without a stop."""
    long = [line for line in block[:-1] if len(line) >= _WRAPPED_MIN_CHARS]
    if len(long) < 2 or not any(_continues(a, b) for a, b in zip(block, block[1:])):
        return False
    return sum(line[-1] not in _STOPS for line in long) * 3 >= len(long) * 2


def _wraps_into(previous: str, line: str) -> bool:
    """In a hard-wrapped paragraph a long line without a stop goes on on the next line, capital or
    not ("... Ủy ban MTTQ Việt" / "Nam các huyện: ...")."""
    caption = previous.startswith("(") and previous.endswith(")")  # "(Quang cảnh hội nghị ...)"
    return (previous[-1] not in _STOPS and len(previous) >= _WRAPPED_MIN_CHARS and not caption
            and furniture_rule(previous) is None and furniture_rule(line) is None)


def _split_stamp(line: str) -> list[str]:
    """A headline or a breadcrumb with the page's time stamp at its end, as two lines:
    "Kiện toàn các cụm thi đua (05:25 23/01/2019)" -> the headline, and "(05:25 23/01/2019)" for the date line.
    A stamp has a clock time; a sentence that ends with a date ends with a full stop."""
    tail = line.rstrip()
    if not tail or not (tail[-1] == ")" or tail[-1].isdecimal()):
        return [line]  # a stamp ends with a year, a clock time or a bracket; most lines end otherwise
    m = _STAMP.search(line)
    if not m or m.start() == 0 or find_time(m.group(1)) is None:
        return [line]
    head = line[: m.start()].rstrip(" -–|")
    if (not head or len(head.split()) > _STAMPED_MAX_WORDS or parse_dateline(line) is not None
            or parse_byline_dateline(line) is not None or parse_dateline(m.group(1)) is None):
        return [line]
    return [head, m.group(1)]


def _continues(previous: str, line: str) -> bool:
    """A line wrapped in the middle of a sentence ("Tham dự hội" / "nghị có Ban Thường trực ...",
    "Hoài Thương - Ủy" / "ban MTTQ huyện"): the line before ends without a stop and this one opens with
    a Vietnamese word in lower case. A file name, a script's word or an ad in plain letters is furniture."""
    first = line.split()[0].strip(",;:”\"')")
    return (previous[-1] not in _STOPS and line[0].islower() and is_syllable(first)
            and furniture_rule(previous) is None and furniture_rule(line) is None)


def build_article(doc_id: str, source: str, text: str, hints: Hints | None = None) -> Article:
    """Clean page text into an Article. Raises Skipped("no_body") when nothing is left."""
    hints = hints or Hints()
    lines = _lines(text)
    keep = [furniture_rule(line) is None for line in lines]
    content = [i for i, k in enumerate(keep) if k]

    title_i, top = _find_title(lines, content, hints)
    end = _tail_start(lines, content, title_i)
    prose = [i for i in content if title_i != i < end and _is_prose(lines[i])]
    dateline_i, dateline, signed = _find_dateline(lines, content, title_i, prose)
    byline_i, byline, above = _find_byline(lines, content, title_i, end, dateline_i, prose, signed)
    credit = next((i for i in content if prose and prose[-1] < i < end and is_source_credit(lines[i])), None)
    for stop in (byline_i, credit):
        if stop is not None and prose and stop > prose[-1]:
            end = min(end, stop)  # after the byline or the source credit comes page furniture
    title_line = lines[title_i] if title_i is not None else None
    # The headline repeated inside the body (HTML containers often hold the <h1>) is not body text.
    # lines above the headline, or above the lead of a page without one, are the page's top
    first = title_i if title_i is not None else top
    body_is = [i for i in content
               if i not in (title_i, dateline_i, byline_i) and first < i < end and lines[i] != title_line]

    parts: list[tuple[str, str]] = []
    if title_i is not None:
        parts.append(("title", lines[title_i]))
    elif hints.title:
        parts.append(("title", collapse_spaces(_normal(hints.title)).strip()))
    if dateline_i is not None:
        parts.append(("dateline", lines[dateline_i]))
    parts.extend(("body", lines[i]) for i in body_is)
    if byline_i is not None and byline_i != dateline_i:
        parts.append(("byline", lines[byline_i]))

    cleaned, spans = "", []
    for kind, line in parts:
        if cleaned:
            cleaned += "\n"
        spans.append((kind, Span(len(cleaned), len(cleaned) + len(line))))
        cleaned += line
    body = [s for k, s in spans if k == "body"]
    if sum(s.end - s.start for s in body) < _MIN_BODY_CHARS and not _short_item(lines, title_i, body_is, content,
                                                                              (dateline_i, byline_i)):
        raise Skipped("no_body", f"{source}: no article body found", stage="clean", source=source)
    if len(cleaned) > _MAX_ARTICLE_CHARS:
        raise Skipped("too_long", f"{source}: {len(cleaned)} characters of text, more than one article",
                      stage="clean", source=source)

    def one(kind: str) -> Span | None:
        return next((s for k, s in spans if k == kind), None)

    dropped = len(lines) - len(parts)
    # A byline printed on the date line ("QUANG VIỆT (báo lao động) 09/11/2025 16:07") lies inside it.
    byline_span = one("dateline") if byline_i is not None and byline_i == dateline_i else one("byline")
    author = hints.author
    if not author and hints.author_guess and (byline is None or above):
        author = hints.author_guess
    if byline_span and byline and not author:
        author = byline.author
        byline_span = Span(byline_span.start + byline.start, byline_span.start + byline.end)
    published = hints.published or (dateline.published if dateline else None)
    return Article(
        id=doc_id, source=source, text=cleaned, title=one("title"), body=body, dateline=one("dateline"),
        byline=byline_span, published=published, author=_normal(author) if author else None, url=hints.url, dropped_lines=dropped,
    )


def _short_item(lines: list[str], title_i: int | None, body_is: list[int], content: list[int],
                meta: tuple[int | None, int | None]) -> bool:
    """A news item shorter than a body: a headline and one sentence ("UBND tỉnh tặng Bằng khen cho
    32 tập thể."), or a stored copy cut to its headline, with nothing but a date line or a byline
    beside it. A page of menus and labels is no article."""
    if title_i is None:
        return False
    if any(_is_prose(lines[i]) for i in body_is):
        return True
    alone = all(i == title_i or i in meta for i in content)
    return alone and _word_count(lines[title_i]) >= _PROSE_WORDS


def _find_title(lines: list[str], content: list[int], hints: Hints) -> tuple[int | None, int]:
    """The headline: the first line of headline length above the lead; and, for a page without one,
    the last of the short lines above the lead (menu items, section labels), which are not body.

    A page or archive that starts with its lead paragraph, a date line or a photo caption has no
    headline in its text: lines from the lead on are never the title.
    """
    if hints.title:
        want = collapse_spaces(_normal(hints.title)).strip()
        return next((i for i in content if lines[i] == want), None), -1
    candidates = []
    for i in content:
        line = lines[i]
        if parse_dateline(line) is not None or parse_byline_dateline(line) is not None or is_caption(line):
            continue
        if is_lead(line):
            break
        candidates.append(i)
    # Saved pages often open with a menu ("Trang chủ", "Chính trị", "Kinh tế") or a section label
    # ("Trong tỉnh", "x" of a close button): a headline has more words, and a page without one has no title.
    long = [i for i in candidates if _word_count(lines[i]) >= _HEADLINE_MIN_WORDS]
    # A short line in capitals above a headline in sentence case is the agency's header or a section
    # label ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "ĐẠI HỘI ĐẢNG CÁC CẤP"); a longer one, or one alone, is a
    # headline in capitals.
    headline = next(iter(long), None)
    if headline is not None and _in_capitals(lines[headline]) and _word_count(lines[headline]) <= _HEADER_MAX_WORDS:
        headline = next((i for i in long if not _in_capitals(lines[i])), headline)
    return headline, (candidates[-1] if headline is None and candidates else -1)


def _find_dateline(lines, content, title_i, prose) -> tuple[int | None, Dateline | None, Byline | None]:
    """The publication date line, and the byline when both are printed on one line.

    The article's own date line sits right under its headline, or right above it; a date line
    further up may be the site's clock in the page header, so it comes after those and after
    the lines that follow the prose.
    """
    top = [i for i in content[: _DATELINE_WINDOW + 1] if i != title_i]
    near = top
    if title_i is not None:
        at = content.index(title_i)
        near = [*content[at + 1 : at + 1 + _DATELINE_WINDOW], *content[max(at - 1, 0) : at]]
    tail = [i for i in content if prose and i > prose[-1]]
    for i in dict.fromkeys([*near, *tail, *top]):
        if i == title_i:
            continue
        found = parse_dateline(lines[i])
        both = parse_byline_dateline(lines[i])
        if found and not (both and both[0].marked):  # "• HMT • 03/01/2022": a signature, not date-line furniture
            return i, found, None
        if both:
            return i, both[1], both[0]
    return None, None, None


def _tail_start(lines: list[str], content: list[int], title_i: int | None) -> int:
    """Where the page tail starts: the first tail header ("TIN LIÊN QUAN") after the article has begun.

    Headers above the first paragraph of prose are menu items of the page top, not its tail.
    """
    start = title_i if title_i is not None else -1
    start = next((i for i in content if i > start and _is_prose(lines[i])), start)
    for i, line in enumerate(lines):
        if i > start and is_tail_header(line):
            return i
    return len(lines)


def _find_byline(lines, content, title_i, end, dateline_i, prose, signed=None):
    """The author line and whether it stands above the prose: the last prefixed byline ("Tin, ảnh:
    ..."), else the name printed on the date line (`signed`), else a name right after the prose,
    else a name between the headline and the prose.

    Scanning from the prose, not from the page's ends, keeps unknown furniture (share buttons,
    ads, counters) from hiding the byline.
    """
    if not prose:
        return None, None, False
    lines_in = [i for i in content if i < end and i not in (title_i, dateline_i)]
    for i in reversed(lines_in):
        if has_byline_prefix(lines[i]):
            found = parse_byline(lines[i])
            if found:
                return i, found, False
    if signed is not None:
        return dateline_i, signed, False
    for i in [i for i in lines_in if i > prose[-1]][:_BYLINE_WINDOW]:
        found = parse_byline(lines[i])  # "Nguồn: Hoàng Văn Nam": a person credited as the source
        if found:
            return i, found, False
        if is_source_credit(lines[i]):
            break  # "Theo Báo ...": the article ends with its source; what follows is the page's
    for i in [i for i in lines_in if i < prose[0]]:
        found = parse_byline(lines[i], top=True)
        # Above the headline stand the site's header, section labels ("ĐẠI HỘI ĐẢNG CÁC CẤP") and widgets
        # that list cities ("Hà Nội", "Đà Nẵng"): a name in capitals or a province's name there counts
        # only when marked as a byline ("Tin, ảnh: ...", "• HMT •").
        if found is None:
            continue
        above = title_i is not None and i < title_i and not found.marked
        if not (above and (_in_capitals(found.author) or _is_province(found.author))):
            return i, found, True
    return None, None, False


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= _PROSE_WORDS and (len(words) >= 2 * _PROSE_WORDS or line.rstrip()[-1] in ".!?…:;”\"'")


def _is_province(name: str) -> bool:
    return any(u.level == "province" for u in gazetteer.lookup(name))


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _word_count(line: str) -> int:
    return sum(1 for w in line.split() if any(c.isalpha() for c in w))
