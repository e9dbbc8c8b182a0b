"""Articles on a layout nobody described: repeated blocks of headline links, and pages that read as articles.

A news listing shows its articles as a run of alike blocks (headline link, perhaps a date and a
teaser), so the links that sit at the same place in at least three alike blocks, most of them as
long as a headline, are taken as *candidates*. Menus fail the length test and boxes of links to
other portals the scope test. A candidate becomes an article only once its page is fetched and
reads as one: a headline, a date near it, and prose (`why_not_article`). Neither test needs to
know the site; both are used only when no profile rule recognises the site's article links.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator

from bs4 import BeautifulSoup, NavigableString, Tag

from pipeline.clean.html import merge_selectors
from pipeline.core.text import squash
from pipeline.fetch.profiles import SiteProfile
from pipeline.fetch.urls import normalize

# Fewer alike blocks than this is a coincidence of markup, not a list of articles.
MIN_BLOCKS = 3
# Headline length in words: Vietnamese headlines run 8-25 syllables; menu items 1-4; past 40 it is a teaser.
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 6, 40
# Share of a block's links that must look like headlines: a menu with one long item is still a menu.
HEADLINE_SHARE = 0.6
# A link's position: the link and three ancestors (heading, item, list) by tag and class.
_LEVELS = 4
# An article page's own headline has at least this many words; a section title ("Tin tức") fewer.
MIN_TITLE_WORDS = 5
# Prose: at least this many characters in one run of paragraphs, a listing's teasers being apart.
MIN_PROSE_CHARS = 500
_PARAGRAPH_CHARS = 40  # a shorter paragraph is a caption, a date line or a button
# Dates are looked for this far around the headline in the page text (date lines sit above or below it).
_DATE_BEFORE, _DATE_AFTER = 300, 600
_INLINE = frozenset({"a", "b", "strong", "i", "em", "u", "span", "font", "br", "sup", "sub", "small"})


def words(text: str) -> list[str]:
    """The words of a link or heading text (tokens with a letter), NFC."""
    return [w for w in unicodedata.normalize("NFC", text).split() if any(ch.isalpha() for ch in w)]


def is_headline(text: str) -> bool:
    """As long as a news headline.

    >>> is_headline("Cụm thi đua số 3 ký kết giao ước thi đua năm 2024"), is_headline("Thi đua - Khen thưởng")
    (True, False)
    """
    return MIN_HEADLINE_WORDS <= len(words(text)) <= MAX_HEADLINE_WORDS


def _position(anchor: Tag) -> tuple:
    """Where a link sits, by tag and class of it and its ancestors; digits dropped ("item-3" is any item)."""
    parts = []
    node: Tag | None = anchor
    for _ in range(_LEVELS):
        if not isinstance(node, Tag):
            break
        classes = tuple(sorted(c for c in node.get("class") or [] if not any(ch.isdigit() for ch in c)))
        parts.append((node.name, classes))
        node = node.parent
    return tuple(parts)


def _link_text(anchor: Tag) -> str:
    return squash(anchor.get_text(" ")) or squash(str(anchor.get("title") or ""))


def headline_blocks(root: Tag, base: str, page_url: str,
                    wanted: Callable[[str], bool]) -> Iterator[tuple[str, Tag]]:
    """(URL, anchor) of every link in a repeated block of headline links under `root`, in page order.

    `wanted(url)` says whether a URL may be a candidate at all (in scope, not excluded, not a
    page of the listing itself).
    """
    groups: dict[tuple, dict[str, tuple[str, Tag]]] = defaultdict(dict)
    order: dict[str, int] = {}
    for n, anchor in enumerate(root.select("a[href]")):
        url = normalize(str(anchor["href"]), base)
        if not url or url == page_url or not wanted(url):
            continue
        text = _link_text(anchor)
        group = groups[_position(anchor)]
        if url not in group or len(text) > len(group[url][0]):
            group[url] = (text, anchor)  # an image link and a headline link to one article: the headline counts
        order.setdefault(url, n)
    chosen: dict[str, Tag] = {}
    for group in groups.values():
        headlines = {url: a for url, (text, a) in group.items() if is_headline(text)}
        if len(headlines) >= MIN_BLOCKS and len(headlines) >= HEADLINE_SHARE * len(group):
            for url, anchor in headlines.items():
                chosen.setdefault(url, anchor)
    for url in sorted(chosen, key=order.__getitem__):
        yield url, chosen[url]


# --- does a fetched page read as an article? -------------------------------------------------------

def _headline(soup: BeautifulSoup, selectors: list[str]) -> str:
    # The <title> last: home-grown CMSs often style the headline with a bare <div>, but title the page with it.
    for selector in ("h1", *selectors, "title"):
        for node in soup.select(selector):
            text = squash(str(node.get("content") or "")) if node.name == "meta" else squash(node.get_text(" "))
            if len(words(text)) >= MIN_TITLE_WORDS:
                return text
    return ""


def _direct_text(node: Tag) -> str:
    """The text a block holds itself (strings and inline elements), not its child blocks'."""
    parts = []
    for child in node.children:
        if isinstance(child, NavigableString):
            parts.append(str(child))
        elif isinstance(child, Tag) and child.name in _INLINE:
            parts.append(child.get_text(" "))
    return squash(" ".join(parts))


def _is_listing_block(node: Tag) -> bool:
    return sum(is_headline(_link_text(a)) for a in node.select("a[href]")) >= MIN_BLOCKS


def prose_chars(soup: BeautifulSoup, body_selectors: list[str]) -> int:
    """Characters in the longest run of prose: sibling paragraphs, a body container, or a block of text with <br>s."""
    best = 0
    seen: set[int] = set()
    for p in soup.find_all("p"):
        parent = p.parent
        if not isinstance(parent, Tag) or id(parent) in seen:
            continue
        seen.add(id(parent))
        paragraphs = [squash(c.get_text(" ")) for c in parent.find_all("p", recursive=False)]
        run = sum(len(t) for t in paragraphs if len(t) >= _PARAGRAPH_CHARS)
        if run > best and not _is_listing_block(parent):
            best = run
    for selector in body_selectors:
        for node in soup.select(selector):
            size = len(squash(node.get_text(" ")))
            if size > best and not _is_listing_block(node):
                best = size
    for node in soup.find_all(("div", "td")):
        size = len(_direct_text(node))
        if size > best and not _is_listing_block(node):
            best = size
    return best


def _date_near(soup: BeautifulSoup, headline: str, published: str | None, profile: SiteProfile) -> str | None:
    if published:
        return published
    body = soup.body or soup
    text = squash(body.get_text(" "))
    at = text.find(headline)
    window = text[max(0, at - _DATE_BEFORE): at + len(headline) + _DATE_AFTER] if at >= 0 else text[:4000]
    return profile.parse_date(window)


def why_not_article(soup: BeautifulSoup, profile: SiteProfile, published: str | None = None) -> str | None:
    """None when the page reads as an article (a headline, prose, a date near the headline), else what is missing."""
    selectors = merge_selectors(profile.selectors)
    headline = _headline(soup, selectors["title"])
    if not headline:
        return f"no headline (no h1 or title of {MIN_TITLE_WORDS} words or more)"
    prose = prose_chars(soup, selectors["body"])
    if prose < MIN_PROSE_CHARS:
        return f"no prose (the longest run of text has {prose} characters, fewer than {MIN_PROSE_CHARS})"
    if not _date_near(soup, headline, published, profile):
        return "no date near the headline"
    return None
