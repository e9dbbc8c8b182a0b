"""HTML page -> Article: body and metadata from the markup, trafilatura for unknown layouts.

Each field tries the most reliable source first: meta tags, then known elements, then the
text heuristics shared with plain-text articles. Selectors live in `patterns/html.yaml`;
a site profile (`patterns/sites/*.yaml`) may add its own, which are tried first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from bs4 import BeautifulSoup, Tag

from pipeline.clean.article import Hints, build_article
from pipeline.clean.metadata import parse_byline, parse_dateline
from pipeline.core import patterns
from pipeline.core.types import Article, Skipped

_BLOCKS = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "figcaption", "blockquote", "td"]
# A container with less text than this is a teaser or a menu, not the article body.
_MIN_CONTAINER_CHARS = 200
FIELDS = ("title", "published", "author", "body", "drop")


@lru_cache(maxsize=1)
def _generic() -> dict[str, list[str]]:
    file = patterns.load("html")
    return {name: file.terms(name) for name in FIELDS}


def merge_selectors(site: Mapping[str, Sequence[str]] | None) -> dict[str, list[str]]:
    """A site's selectors first, then the generic ones; unknown field names are an error.

    >>> merge_selectors({"body": [".itemFullText"]})["body"][:2]
    ['.itemFullText', '.journal-content-article']
    """
    generic = _generic()
    if not site:
        return {name: list(values) for name, values in generic.items()}
    unknown = set(site) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown selector fields {sorted(unknown)}; known: {', '.join(FIELDS)}")
    return {name: list(dict.fromkeys([*site.get(name, ()), *generic[name]])) for name in FIELDS}


def _text_of(node: Tag) -> str:
    """Text with one line per block element, so paragraphs stay apart."""
    for br in node.find_all("br"):
        br.replace_with("\n")
    for block in node.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    return node.get_text()


def _first(soup: BeautifulSoup, selectors: list[str]) -> str | None:
    for selector in selectors:
        for node in soup.select(selector):
            value = node.get("content") or node.get("datetime") or node.get_text(" ", strip=True)
            if value and value.strip():
                return value.strip()
    return None


def _published(soup: BeautifulSoup, selectors: list[str]) -> str | None:
    raw = _first(soup, selectors)
    if not raw:
        return None
    if len(raw) >= 10 and raw[4] == "-" and raw[7] == "-":  # ISO 8601 from a meta tag
        return raw[:16] if len(raw) >= 16 and raw[10] == "T" else raw[:10]
    found = parse_dateline(raw)
    return found.published if found else None


def _author(soup: BeautifulSoup, selectors: list[str]) -> str | None:
    """The author element's name: "Tin, ảnh: Minh Tân" in a byline element gives "Minh Tân"."""
    raw = _first(soup, selectors)
    found = parse_byline(raw) if raw else None
    return found.author if found else raw


def html_to_article(doc_id: str, source: str, html: str, url: str | None = None,
                    selectors: Mapping[str, Sequence[str]] | None = None) -> Article:
    """Clean one HTML page. `selectors` are a site profile's, by field; the generic ones follow them."""
    sel = merge_selectors(selectors)
    soup = BeautifulSoup(html, "lxml")
    if soup.body is None:
        raise Skipped("no_body", f"{source}: HTML without a <body>", stage="clean", source=source)
    hints = Hints(title=_first(soup, sel["title"]), published=_published(soup, sel["published"]),
                  author=_author(soup, sel["author"]), url=url)
    for selector in sel["drop"]:
        for node in soup.select(selector):
            node.decompose()
    body = None
    for selector in sel["body"]:
        candidates = [n for n in soup.select(selector) if len(n.get_text(strip=True)) >= _MIN_CONTAINER_CHARS]
        if candidates:
            body = _text_of(max(candidates, key=lambda n: len(n.get_text(strip=True))))
            break
    if body is None:
        body = _trafilatura_text(html) or _text_of(soup.body)
    text = "\n".join(part for part in (hints.title, body) if part)
    return build_article(doc_id, source, text, hints)


def _trafilatura_text(html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
