"""An HTML page's own metadata: headline, publication date, author, lead paragraph (sapo).

Each field tries the most reliable source first, as the best extractors do:

- date: a site profile's date element; JSON-LD `datePublished`; `article:published_time` and
  `itemprop=datePublished`; the date line printed next to the headline; other meta tags; a
  `<time>` or date element inside the article; htmldate on the page's head. Never a date
  inside a link, a ticker, a related box or the site clock in the page header: the date line is
  looked for only beside the headline, outside links and link lists.
- author: a site profile's element and JSON-LD vouch for it; meta tags and author elements only
  suggest it (a byline printed after the prose wins over them). Each only when it is a person's
  pen name, not the site's own name ("VnExpress", "Báo Sơn La", "VCCorp.vn") or a CMS account.
- headline: the heading that the page's title tags name, without the site name they add.

Selectors live in `patterns/html.yaml`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from bs4 import BeautifulSoup, Tag

from pipeline.clean.css import select_in_order
from pipeline.clean.furniture import furniture_rule, is_outlet_name, is_tail_header
from pipeline.clean.headline import is_caption, is_lead
from pipeline.clean.metadata import parse_byline, parse_dateline
from pipeline.core import patterns
from pipeline.core.text import collapse_spaces, nfc

# Vietnam's clock: a time given in another zone is printed in this one on the page.
_VIETNAM = timezone(timedelta(hours=7))
# The date line stands beside the headline: look this far after it (characters of text, past
# the sapo) and this far before it (a date line above the headline, not the site clock).
_AFTER_HEADLINE_CHARS = 700
_BEFORE_HEADLINE_CHARS = 250
# An element with more text than this is not a date line.
_DATELINE_MAX_CHARS = 160
# A block whose text is at least this share of link text, with two links or more, lists other pages.
_LINK_LIST_SHARE = 0.5
_LINK_LIST_BLOCKS = ["div", "ul", "ol", "section", "aside", "nav", "table", "marquee", "dl", "footer", "header"]
# Wrappers this long hold the article, even when they also hold link lists; a block with this much
# text outside its links holds prose.
_LINK_LIST_MAX_CHARS = 3000
_LINK_LIST_MAX_PROSE = 250
# A headline has a few words; most have five or more (section names in headings have fewer).
_HEADLINE_MIN_WORDS = 3
_HEADLINE_WORDS = 5
# A title tag shortened or lengthened still names its heading when they share this much text.
_TITLE_OVERLAP_CHARS = 20
# The lead paragraph is a sentence or three; it comes within this much text after the headline.
_LEAD_MIN_WORDS = 12
_LEAD_MAX_WORDS = 150
_LEAD_SEARCH_CHARS = 1500
_TEXT_BLOCKS = ["p", "div", "h1", "h2", "h3", "h4", "li", "table", "section", "article", "blockquote", "ul", "ol"]
_JSONLD_ARTICLE_TYPES = {"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
                         "Report", "WebPage", "LiveBlogPosting"}
_ISO = re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2}(?:\.\d+)?)?"
                  r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?")
_SITE_SEPARATORS = re.compile(r"\s+(?:[-–|:»]|::)\s+")


@dataclass(frozen=True)
class PageMeta:
    title: str | None
    published: str | None  # "YYYY-MM-DDTHH:MM" or "YYYY-MM-DD"
    author: str | None  # from a site profile's selector or JSON-LD: the page vouches for it
    author_guess: str | None  # from a meta tag or an author element: a byline after the prose wins over it
    sapo: str | None
    headline: Tag | None  # the headline element, for the body's reader
    link_lists: frozenset[int]  # ids of the blocks that list other pages


@lru_cache(maxsize=1)
def _selectors() -> dict[str, dict[str, list[str]]]:
    """{field: {entry id: selectors}} from patterns/html.yaml."""
    file = patterns.load("html")
    return {name: {e.id: list(e.terms) for e in file.section(name)}
            for name in ("title", "published", "author", "sapo", "site_name")}


@lru_cache(maxsize=1)
def _cms_accounts() -> re.Pattern[str]:
    return patterns.load("furniture").any_of("cms_accounts")


def read_page_meta(soup: BeautifulSoup, site: dict[str, list[str]] | None = None) -> PageMeta:
    """The page's metadata, read before its furniture is dropped. `site`: a profile's own selectors."""
    site = site or {}
    structured = _json_ld(soup)
    names = _site_names(soup, structured)
    lists = link_lists(soup)
    headline = _headline(soup, site.get("title", []), structured, names, lists)
    title = _clean(headline.get_text(" ", strip=True)) if headline is not None else _title_from_tags(soup, structured, names)
    return PageMeta(
        title=title,
        published=_published(soup, site.get("published", []), structured, headline, lists),
        author=_author([*_texts(soup, site.get("author", [])),
                        *(n for node in structured for n in _json_ld_names(node.get("author")))], names),
        author_guess=_author([*_texts(soup, _selectors()["author"]["meta_author"]),
                              *_texts(_article_area(headline) or soup, _selectors()["author"]["visible_author"])], names),
        sapo=_sapo(soup, headline, lists),
        headline=headline,
        link_lists=frozenset(lists),
    )


def link_lists(soup: BeautifulSoup) -> set[int]:
    """Ids of the blocks that list other pages (related articles, tickers, "most read", menus)."""
    return {id(block) for block in soup.find_all(_LINK_LIST_BLOCKS) if is_link_list(block)}


def _in_link_list(node: Tag, lists: set[int]) -> bool:
    return any(id(block) in lists for block in (node, *node.parents))


def _clean(text: str | None) -> str | None:
    text = collapse_spaces(nfc(text or "")).strip()
    return text or None


# -- structured data ----------------------------------------------------------------------------

def _json_ld(soup: BeautifulSoup) -> list[dict]:
    """The article objects of the page's JSON-LD, in order (graphs and lists flattened)."""
    found: list[dict] = []

    def walk(node) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            kinds = node.get("@type")
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if kinds & _JSONLD_ARTICLE_TYPES:
                found.append(node)
            walk(node.get("@graph"))

    for script in soup.find_all("script", attrs={"type": re.compile(r"ld\+json", re.I)}):
        try:
            walk(json.loads(script.string or script.get_text() or "null"))
        except (ValueError, TypeError):
            continue  # a broken JSON-LD block is common; the other sources still answer
    # NewsArticle before a page-level WebPage.
    return sorted(found, key=lambda n: "WebPage" in str(n.get("@type")))


def _site_names(soup: BeautifulSoup, structured: list[dict]) -> set[str]:
    """The site's own names: og:site_name, application-name, the JSON-LD publisher."""
    names = set()
    for node in select_in_order(soup, _selectors()["site_name"]["site_name_tags"]):
        if node.get("content"):
            names.add(_key(node["content"]))
    for node in structured:
        publisher = node.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.add(_key(publisher["name"]))
    return {n for n in names if n}


def _key(text: str) -> str:
    return collapse_spaces(nfc(text)).strip().casefold()


# -- headline -----------------------------------------------------------------------------------

def _title_tags(soup: BeautifulSoup, structured: list[dict], names: set[str], page_title: bool = True) -> list[str]:
    """Titles the page gives in its head, the site name cut off: og:title, JSON-LD headline, and
    (`page_title`) <title>, which portals fill with the section's name."""
    found = []
    for entry_id, selectors in _selectors()["title"].items():
        if entry_id == "headings":
            continue
        for node in select_in_order(soup, selectors):
            if node.get("content"):
                found.append(node["content"])
    found += [n["headline"] for n in structured if isinstance(n.get("headline"), str)]
    if page_title and soup.title and soup.title.string:
        found.append(soup.title.string)
    out = []
    for raw in found:
        text = _without_site_name(_clean(raw) or "", names)
        if text and text not in out and not furniture_rule(text):  # "In bài viết": a print page's label
            out.append(text)
    return out


def _without_site_name(text: str, names: set[str]) -> str | None:
    """"Ba đơn vị nhận Cờ thi đua - VnExpress" -> "Ba đơn vị nhận Cờ thi đua"; a title that is only
    the site's name gives None."""
    parts = _SITE_SEPARATORS.split(text)
    while len(parts) > 1 and (is_outlet_name(parts[-1]) or _key(parts[-1]) in names):
        parts.pop()
    while len(parts) > 1 and (is_outlet_name(parts[0]) or _key(parts[0]) in names):
        parts.pop(0)
    if len(parts) == 1 and (is_outlet_name(parts[0]) or _key(parts[0]) in names):
        return None
    kept = " - ".join(parts)
    return kept if kept in text else _rejoin(text, parts)


def _rejoin(text: str, parts: list[str]) -> str:
    """The span of `text` from the first kept part to the last, with its own separators."""
    start = text.find(parts[0])
    end = text.rfind(parts[-1]) + len(parts[-1])
    return text[start:end] if 0 <= start < end else parts[0]


def _headline(soup: BeautifulSoup, site: list[str], structured: list[dict], names: set[str],
              lists: set[int]) -> Tag | None:
    """The headline element: the heading the title tags name; else the first heading that looks like one."""
    wanted = {_key(t) for t in _title_tags(soup, structured, names)}
    candidates = [n for n in _headings(soup, [*site, *_selectors()["title"]["headings"]], names)
                  if not _in_link_list(n, lists)]
    if not candidates:  # print pages and bare layouts set their headline in a plain h2 or h3
        candidates = [n for n in _headings(soup, ["h2", "h3"], names)
                      if not is_lead(n.get_text(" ", strip=True)) and not _in_link_list(n, lists)]
    for node in candidates:
        if _key(node.get_text(" ", strip=True)) in wanted:
            return node
    for node in candidates:  # the title tags may shorten or lengthen the headline
        text = _key(node.get_text(" ", strip=True))
        if any(text in w or w in text for w in wanted if len(w) > _TITLE_OVERLAP_CHARS):
            return node
    # A section's name in a heading ("Tin tức - Sự kiện") is shorter than a headline.
    long = [n for n in candidates if _words(n.get_text(" ", strip=True)) >= _HEADLINE_WORDS]
    return (long or candidates or [None])[0]


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalpha() for c in w))


def _headings(soup: BeautifulSoup, selectors: list[str], names: set[str]) -> list[Tag]:
    found: list[Tag] = []
    for node in select_in_order(soup, selectors):
        if node.name == "meta" or node.find_parent("a") is not None:
            continue
        text = _clean(node.get_text(" ", strip=True))
        if not text or _words(text) < _HEADLINE_MIN_WORDS or is_outlet_name(text) or _key(text) in names \
                or furniture_rule(text):
            continue
        found.append(node)
    return found


def _title_from_tags(soup: BeautifulSoup, structured: list[dict], names: set[str]) -> str | None:
    """Without a headline element, the article's own title tags; <title> alone is too often the
    section's name ("Thi đua - Khen thưởng - Cổng thông tin điện tử tỉnh"), the text decides then."""
    tags = _title_tags(soup, structured, names, page_title=False)
    return tags[0] if tags else None


# -- publication date ---------------------------------------------------------------------------

def _published(soup: BeautifulSoup, site: list[str], structured: list[dict], headline: Tag | None,
               lists: set[int]) -> str | None:
    groups = _selectors()["published"]
    sources = (
        lambda: _first_date(soup, site, lists),
        lambda: next((d for d in (_iso(n.get("datePublished")) for n in structured) if d), None),
        lambda: _first_date(soup, groups["article_meta"], lists),
        lambda: _dateline_near(headline, lists) if headline is not None else None,
        lambda: _first_date(soup, groups["other_meta"], lists),
        lambda: _first_date(_article_area(headline) or soup, groups["visible_date"], lists),
        lambda: _htmldate(soup),
    )
    for source in sources:
        found = source()
        if found:
            return found
    return None


def _first_date(root: Tag, selectors: list[str], lists: set[int]) -> str | None:
    for node in select_in_order(root, selectors):
        if node.name != "meta" and (node.find_parent("a") is not None or _in_link_list(node, lists)):
            continue
        for value in (node.get("content"), node.get("datetime"), node.get("title")):
            found = _iso(value)
            if found:
                return found
        if node.name != "meta":
            text = node.get_text(" ", strip=True)
            found = parse_dateline(text) if text and len(text) <= _DATELINE_MAX_CHARS else None
            if found and found.published:
                return found.published
    return None


def _iso(value: object) -> str | None:
    """An ISO 8601 time as the page's reader sees it: "2023-06-22T07:05:00+00:00" -> "2023-06-22T14:05"."""
    if not isinstance(value, str):
        return None
    m = _ISO.match(value.strip())
    if not m:
        return None
    try:
        day = datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0))
    except ValueError:
        return None
    if m["H"] is None:
        return day.strftime("%Y-%m-%d")
    if m["tz"]:
        zone = timezone.utc if m["tz"] == "Z" else timezone(
            timedelta(hours=int(m["tz"][:3]), minutes=int(m["tz"][0] + m["tz"][-2:])))
        day = day.replace(tzinfo=zone).astimezone(_VIETNAM)
    return day.strftime("%Y-%m-%dT%H:%M")


def _dateline_near(headline: Tag, lists: set[int]) -> str | None:
    """The date line printed right under the headline (past the sapo), else right above it."""
    return (_scan(headline.find_all_next(True), _AFTER_HEADLINE_CHARS, lists)
            or _scan(headline.find_all_previous(True), _BEFORE_HEADLINE_CHARS, lists))


def _scan(nodes: Iterator[Tag], budget: int, lists: set[int]) -> str | None:
    """The first date line among `nodes` before `budget` characters of other text have passed."""
    for node in nodes:
        if node.name in ("script", "style", "noscript", "a") or node.find_parent("a") is not None:
            continue
        if _in_link_list(node, lists):
            continue
        stamped = _iso(node.get("datetime"))  # <time datetime="..."> carries the time its text may leave out
        if stamped:
            return stamped
        text = node.get_text(" ", strip=True)
        if not text:
            continue
        if len(text) <= _DATELINE_MAX_CHARS:
            found = parse_dateline(text)
            if found and found.published:
                return found.published
        budget -= len("".join(s for s in node.find_all(string=True, recursive=False)).strip())
        if budget <= 0:
            return None
    return None


def is_link_list(block: Tag) -> bool:
    """A block of links to other pages: mostly link text with two links or more, or a link under a
    "Tin liên quan" header. Headline links and bylines are single links; the article is long text."""
    text = block.get_text(" ", strip=True)
    if not text or len(text) > _LINK_LIST_MAX_CHARS:
        return False
    links = [a for a in block.find_all("a") if a.get_text(strip=True)]
    if not links:
        return False
    linked = sum(len(a.get_text(" ", strip=True)) for a in links)
    if len(text) - linked > _LINK_LIST_MAX_PROSE:
        return False
    share = linked / len(text)
    if len(links) >= 2 and share >= _LINK_LIST_SHARE:
        return True
    first = block.find(string=lambda s: s and s.strip())
    return bool(first) and is_tail_header(first.strip().rstrip(":").strip()) and share >= _LINK_LIST_SHARE / 2


def _article_area(headline: Tag | None) -> Tag | None:
    """The smallest ancestor of the headline that also holds the article's text."""
    if headline is None:
        return None
    for parent in headline.parents:
        if isinstance(parent, Tag) and len(parent.get_text(" ", strip=True)) >= 3 * len(headline.get_text(" ", strip=True)) + 300:
            return parent
    return None


def _htmldate(soup: BeautifulSoup) -> str | None:
    """htmldate on the page's head: the many meta-tag names it knows. Not on the body, where it
    takes archive calendars, links and the site clock for the publication date."""
    from htmldate import find_date

    if soup.head is None:
        return None
    try:
        found = find_date(f"<html>{soup.head}<body></body></html>", extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%dT%H:%M")
    except (ValueError, TypeError):
        return None
    if not found:
        return None
    return found[:10] if found.endswith("T00:00") else found


# -- author -------------------------------------------------------------------------------------

def _author(candidates: list[str], names: set[str]) -> str | None:
    """The first candidate that is a person's pen name."""
    for raw in candidates:
        author = _vetted(raw, names)
        if author:
            return author
    return None


def _texts(root: Tag, selectors: list[str]) -> list[str]:
    out = []
    for node in select_in_order(root, selectors):
        value = node.get("content") if node.name == "meta" else node.get_text(" ", strip=True)
        if value and value.strip():
            out.append(value.strip())
    return out


def _json_ld_names(author) -> list[str]:
    if isinstance(author, str):
        return [author]
    if isinstance(author, dict) and author.get("@type") != "Organization" and isinstance(author.get("name"), str):
        return [author["name"]]
    if isinstance(author, list):
        return [n for a in author for n in _json_ld_names(a)]
    return []


def _vetted(raw: str, names: set[str]) -> str | None:
    """A person's pen name from an author field; None for the site's name, an outlet, a URL, a CMS account."""
    text = _clean(raw)
    if not text or "://" in text or _key(text) in names or is_outlet_name(text) or _cms_accounts().fullmatch(text):
        return None
    found = parse_byline(text)
    if not found or _key(found.author) in names or is_outlet_name(found.author):
        return None
    return found.author


# -- sapo ---------------------------------------------------------------------------------------

def _sapo(soup: BeautifulSoup, headline: Tag | None, lists: set[int]) -> str | None:
    """The lead paragraph (sapo): a sapo element near the headline, else the first paragraph of
    prose after the headline. When the body container leaves it out, the reader puts it back."""
    root = _article_area(headline) or soup
    for selectors in _selectors()["sapo"].values():
        for node in select_in_order(root, selectors):
            if node.name == "meta" or _in_link_list(node, lists):
                continue
            text = _clean(node.get_text(" ", strip=True))
            if text and len(text.split()) >= _LEAD_MIN_WORDS:
                return text
    return _first_paragraph(headline, lists) if headline is not None else None


def _first_paragraph(headline: Tag, lists: set[int]) -> str | None:
    budget = _LEAD_SEARCH_CHARS
    for node in headline.find_all_next(True):
        if node.name in ("script", "style", "noscript", "a") or node.find_parent("a") is not None \
                or _in_link_list(node, lists):
            continue
        if node.find(_TEXT_BLOCKS) is not None:
            continue  # a wrapper: its paragraphs come next
        text = _clean(node.get_text(" ", strip=True))
        if not text:
            continue
        words = len(text.split())
        if _LEAD_MIN_WORDS <= words <= _LEAD_MAX_WORDS and not is_caption(text) and parse_dateline(text) is None:
            return text
        budget -= len(text)
        if budget <= 0:
            return None
    return None
