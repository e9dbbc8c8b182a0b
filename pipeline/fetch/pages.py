"""What a fetched HTML page says about itself: canonical URL, publication date, main-text fingerprint.

The crawler uses these to keep one copy of an article published under two URLs and to apply
--since/--until; the article itself is cleaned later, from the archive, by `pipeline.clean`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from bs4 import BeautifulSoup

from pipeline.clean.html import merge_selectors
from pipeline.core.text import squash
from pipeline.fetch.profiles import SiteProfile
from pipeline.fetch.urls import normalize

# Same threshold as the cleaner's: less text than this is a teaser or a menu, not a body.
_MIN_BODY_CHARS = 200
_META_DATES = ('meta[property="article:published_time"]', 'meta[itemprop="datePublished"]',
               'meta[name="pubdate"]', 'meta[name="publishdate"]', "time[datetime]")


@dataclass(frozen=True)
class PageFacts:
    canonical: str | None  # <link rel=canonical>, normalized
    published: str | None  # ISO date (and time) of publication
    text_hash: str | None  # sha1 of the main text, spaces squashed; None when no body container


def _canonical(soup: BeautifulSoup, url: str) -> str | None:
    for link in soup.select('link[rel~="canonical"][href]'):
        found = normalize(str(link["href"]), url)
        if found:
            return found
    return None


def _published(soup: BeautifulSoup, profile: SiteProfile, selectors: list[str]) -> str | None:
    for selector in (*_META_DATES, *selectors):
        for node in soup.select(selector):
            raw = node.get("content") or node.get("datetime") or node.get_text(" ", strip=True)
            found = profile.parse_date(str(raw)) if raw else None
            if found:
                return found
    return None


def _text_hash(soup: BeautifulSoup, selectors: list[str]) -> str | None:
    for selector in selectors:
        texts = [squash(n.get_text(" ")) for n in soup.select(selector)]
        texts = [t for t in texts if len(t) >= _MIN_BODY_CHARS]
        if texts:
            return hashlib.sha1(max(texts, key=len).encode("utf-8")).hexdigest()
    return None


def inspect(soup: BeautifulSoup, url: str, profile: SiteProfile) -> PageFacts:
    selectors = merge_selectors(profile.selectors)
    return PageFacts(_canonical(soup, url), _published(soup, profile, selectors["published"]),
                     _text_hash(soup, selectors["body"]))
