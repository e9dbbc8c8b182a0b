"""Links out of fetched pages: article and listing links from HTML listings, entries from feeds and sitemaps.

Only links the profile recognises are returned: article links, listing links and pagination.
Everything else on a page (menus, calendars, outbound links) is never followed, which is what
keeps a crawl from wandering. Pagination is found four ways, together: the profile's pager
selectors, links whose whole text says "next" ("Trang sau", "Tiếp", "»"), page-number links to
a numbered page URL ("?page=3", "_cur=3"), and links paging through the same path. When asked
to guess (a crawl without a profile rule for the site's articles), links in repeated blocks of
headlines are returned as article candidates (see structure.py).
"""

from __future__ import annotations

import email.utils
import gzip
import unicodedata
import zlib
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag
from lxml import etree

from pipeline.core.text import squash
from pipeline.fetch.profiles import SiteProfile
from pipeline.fetch.structure import headline_blocks
from pipeline.fetch.urls import host_of, is_file_link, normalize, same_site

# A listing item (title, date, teaser) is short; a longer ancestor is the whole list.
_ITEM_TEXT_MAX = 400
_ITEM_LEVELS = 4
# Sitemaps may be gzipped; 50 MB is the sitemap protocol's own limit for the unzipped file.
_MAX_SITEMAP_BYTES = 50 * 1024 * 1024
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)


@dataclass(frozen=True)
class Link:
    url: str
    date: str | None = None  # the date printed next to the link, or the feed/sitemap date (ISO)


@dataclass
class PageLinks:
    articles: list[Link] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)  # category pages the profile follows
    pagination: list[str] = field(default_factory=list)
    candidates: list[Link] = field(default_factory=list)  # article-like by the page's structure alone


def _unique(items):
    seen, out = set(), []
    for item in items:
        key = item.url if isinstance(item, Link) else item
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _base(soup: BeautifulSoup, page_url: str) -> str:
    tag = soup.find("base", href=True)
    if isinstance(tag, Tag):
        return normalize(str(tag["href"]), page_url) or page_url
    return page_url


def _item_date(anchor: Tag, profile: SiteProfile) -> str | None:
    """The date printed in the listing item around a link ("30/03/2023" under the headline)."""
    node = anchor
    for _ in range(_ITEM_LEVELS):
        node = node.parent
        if not isinstance(node, Tag):
            return None
        text = node.get_text(" ", strip=True)
        if len(text) > _ITEM_TEXT_MAX:
            return None
        found = profile.parse_date(text)
        if found:
            return found
    return None


def _same_path(a: str, b: str) -> bool:
    return urlsplit(a)[:3] == urlsplit(b)[:3]


def _pages(soup: BeautifulSoup, base: str, page_url: str, profile: SiteProfile) -> list[str]:
    """Pagination links: pager selectors, "next" texts, page numbers, numbered pages of this path."""
    found = []
    for selector in profile.pagination:
        for node in soup.select(selector):
            href = node.get("href")
            url = normalize(href, base) if isinstance(href, str) else None
            if url:
                found.append(url)
    for anchor in soup.select("a[href]"):
        url = normalize(str(anchor["href"]), base)
        if not url:
            continue
        text = unicodedata.normalize("NFC", squash(anchor.get_text(" ")))
        numbered = profile.is_page_url(url)
        if (profile.is_next_text(text) or numbered and (text.isdigit() and len(text) <= 4 or _same_path(url, page_url))):
            found.append(url)
    return [u for u in found if u != page_url and not profile.is_article(u) and not profile.is_excluded(u)]


def html_links(soup: BeautifulSoup, page_url: str, profile: SiteProfile, guess: bool = False) -> PageLinks:
    """Article links (with their listing dates), listing links and pagination of one HTML page.

    With `guess`, a page where no link matches the profile's article rules also gives the links
    of its repeated headline blocks as candidates.
    """
    base = _base(soup, page_url)
    areas = [n for sel in profile.listing_area for n in soup.select(sel)] or [soup]
    out = PageLinks()
    for area in areas:
        for anchor in area.select("a[href]"):
            url = normalize(anchor["href"], base)
            if not url or url == page_url:
                continue
            if profile.is_article(url):
                out.articles.append(Link(url, _item_date(anchor, profile)))
            elif profile.is_listing(url):
                out.listings.append(url)
    out.pagination = _unique(_pages(soup, base, page_url, profile))
    out.articles = _unique(out.articles)
    out.listings = [u for u in _unique(out.listings) if u not in out.pagination]
    if guess and not out.articles:
        taken = {*out.pagination, *out.listings}

        def wanted(url: str) -> bool:
            return (url not in taken and same_site(host_of(url), profile.hosts) and not is_file_link(url)
                    and not profile.is_excluded(url) and not profile.is_listing(url))

        for area in areas:
            for url, anchor in headline_blocks(area, base, page_url, wanted):
                out.candidates.append(Link(url, _item_date(anchor, profile)))
        out.candidates = _unique(out.candidates)
    return out


@dataclass
class XmlLinks:
    kind: str  # "feed" | "sitemap" | "sitemapindex" | "" (not a feed or sitemap)
    entries: list[Link] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)


def _local(el) -> str:
    return etree.QName(el).localname.lower() if isinstance(el.tag, str) else ""


def _child_text(el, *names: str) -> str | None:
    for child in el:
        if _local(child) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def _feed_date(value: str | None) -> str | None:
    """ISO date of an RSS (RFC 822) or Atom/sitemap (ISO 8601) date."""
    if not value:
        return None
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None


def gunzip(content: bytes) -> bytes:
    """Unzip a .xml.gz sitemap, bounded."""
    if not content.startswith(b"\x1f\x8b"):
        return content
    inflater = zlib.decompressobj(47)
    out = inflater.decompress(content, _MAX_SITEMAP_BYTES)
    if inflater.unconsumed_tail:
        raise gzip.BadGzipFile("sitemap larger than 50 MB unzipped")
    return out


def xml_links(content: bytes, page_url: str) -> XmlLinks:
    """Entries of an RSS/Atom feed, a sitemap or a sitemap index."""
    try:
        root = etree.fromstring(gunzip(content), _XML_PARSER)
    except (etree.XMLSyntaxError, ValueError, OSError, zlib.error):
        return XmlLinks("")
    if root is None:
        return XmlLinks("")
    kind = _local(root)
    out = XmlLinks("")
    if kind == "sitemapindex":
        out.kind = "sitemapindex"
        for sm in root:
            loc = _child_text(sm, "loc")
            url = normalize(loc, page_url) if loc else None
            if url:
                out.sitemaps.append(url)
    elif kind == "urlset":
        out.kind = "sitemap"
        for item in root:
            loc = _child_text(item, "loc")
            url = normalize(loc, page_url) if loc else None
            if url:
                news = next((c for c in item if _local(c) == "news"), None)
                when = _child_text(news, "publication_date") if news is not None else None
                out.entries.append(Link(url, _feed_date(when or _child_text(item, "lastmod"))))
    elif kind in ("rss", "rdf", "feed"):
        out.kind = "feed"
        for item in root.iter():
            name = _local(item)
            if name == "item":
                link = _child_text(item, "link") or _child_text(item, "guid")
                when = _child_text(item, "pubdate", "date")
            elif name == "entry":
                link = next((c.get("href") for c in item if _local(c) == "link"
                             and c.get("rel", "alternate") == "alternate"), None)
                when = _child_text(item, "published", "updated")
            else:
                continue
            url = normalize(link, page_url) if link else None
            if url:
                out.entries.append(Link(url, _feed_date(when)))
    out.entries = _unique(out.entries)
    out.sitemaps = _unique(out.sitemaps)
    return out
