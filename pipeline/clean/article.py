"""Assemble an `Article` from the lines of a page: title, date line, body, byline; furniture dropped."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.clean.furniture import furniture_rule, is_tail_header
from pipeline.clean.headline import is_caption, is_lead
from pipeline.clean.metadata import (
    Byline,
    Dateline,
    has_byline_prefix,
    is_source_credit,
    parse_byline,
    parse_byline_dateline,
    parse_dateline,
)
from pipeline.core.text import collapse_spaces, nfc, split_glued_caps
from pipeline.core.types import Article, Skipped, Span

# Lines longer than this are prose; glued-caps splitting is for short furniture lines.
_SHORT_LINE = 120
# The date line sits near the top: within this many content lines of the start or of the headline.
_DATELINE_WINDOW = 4
# A headline has at least this many words; shorter lines at the top of a page are menu items.
_HEADLINE_MIN_WORDS = 5
# A line of this many words is article prose, not a caption, byline or furniture.
_PROSE_WORDS = 8
# The byline follows the last prose line within this many lines (a caption may come between).
_BYLINE_WINDOW = 3
# News articles run to a few thousand words; a page with more text than this is a dump or a listing,
# and segmenting it would hold a worker for minutes.
_MAX_ARTICLE_CHARS = 300_000
# An article needs at least this much body text to be worth extracting.
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


def _lines(text: str) -> list[str]:
    out: list[str] = []
    for raw in nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = collapse_spaces(raw).strip()
        if not line:
            continue
        out.extend(split_glued_caps(line) if len(line) <= _SHORT_LINE else [line])
    return out


def build_article(doc_id: str, source: str, text: str, hints: Hints | None = None) -> Article:
    """Clean page text into an Article. Raises Skipped("no_body") when nothing is left."""
    hints = hints or Hints()
    lines = _lines(text)
    keep = [furniture_rule(line) is None for line in lines]
    content = [i for i, k in enumerate(keep) if k]

    title_i = _find_title(lines, content, hints)
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
    first = title_i if title_i is not None else -1  # lines above the headline are the page's top
    body_is = [i for i in content
               if i not in (title_i, dateline_i, byline_i) and first < i < end and lines[i] != title_line]

    parts: list[tuple[str, str]] = []
    if title_i is not None:
        parts.append(("title", lines[title_i]))
    elif hints.title:
        parts.append(("title", collapse_spaces(nfc(hints.title)).strip()))
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
    if sum(s.end - s.start for s in body) < _MIN_BODY_CHARS:
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
        byline=byline_span, published=published, author=author, url=hints.url, dropped_lines=dropped,
    )


def _find_title(lines: list[str], content: list[int], hints: Hints) -> int | None:
    """The headline: the first line of headline length above the lead.

    A page or archive that starts with its lead paragraph, a date line or a photo caption has no
    headline in its text: lines from the lead on are never the title.
    """
    if hints.title:
        want = collapse_spaces(nfc(hints.title)).strip()
        return next((i for i in content if lines[i] == want), None)
    candidates = []
    for i in content:
        line = lines[i]
        if parse_dateline(line) is not None or parse_byline_dateline(line) is not None or is_caption(line):
            continue
        if is_lead(line):
            break
        candidates.append(i)
    # Saved pages often open with a menu ("Trang chủ", "Chính trị", "Kinh tế"): a headline has more words.
    headline = next((i for i in candidates if _word_count(lines[i]) >= _HEADLINE_MIN_WORDS), None)
    return headline if headline is not None else next(iter(candidates), None)


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
        if found:
            return i, found, None
        both = parse_byline_dateline(lines[i])
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
        if is_source_credit(lines[i]):
            break  # "Theo Báo ...": the article ends with its source; what follows is the page's
        found = parse_byline(lines[i])
        if found:
            return i, found, False
    for i in [i for i in lines_in if i < prose[0]]:
        found = parse_byline(lines[i], top=True)
        if found:
            return i, found, True
    return None, None, False


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= _PROSE_WORDS and (len(words) >= 2 * _PROSE_WORDS or line.rstrip()[-1] in ".!?…:;”\"'")


def _word_count(line: str) -> int:
    return sum(1 for w in line.split() if any(c.isalpha() for c in w))
