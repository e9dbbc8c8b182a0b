"""HTML page -> Article: body and metadata from the markup, trafilatura for unknown layouts.

Each field tries the most reliable source first: meta tags, then known elements, then the
text heuristics shared with plain-text articles. Selectors live in `patterns/html.yaml`.
"""

from __future__ import annotations

from functools import lru_cache

from bs4 import BeautifulSoup, Tag

from pipeline.clean.article import Hints, build_article
from pipeline.clean.metadata import parse_dateline
from pipeline.core import patterns
from pipeline.core.types import Article, Skipped

_BLOCKS = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "figcaption", "blockquote", "td"]
# A container with less text than this is a teaser or a menu, not the article body.
_MIN_CONTAINER_CHARS = 200


@lru_cache(maxsize=1)
def _selectors() -> dict[str, list[str]]:
    file = patterns.load("html")
    return {name: file.terms(name) for name in ("title", "published", "author", "body", "drop")}


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


def _published(soup: BeautifulSoup) -> str | None:
    raw = _first(soup, _selectors()["published"])
    if not raw:
        return None
    if len(raw) >= 10 and raw[4] == "-" and raw[7] == "-":  # ISO 8601 from a meta tag
        return raw[:16] if len(raw) >= 16 and raw[10] == "T" else raw[:10]
    found = parse_dateline(raw)
    return found.published if found else None


def html_to_article(doc_id: str, source: str, html: str, url: str | None = None) -> Article:
    soup = BeautifulSoup(html, "lxml")
    if soup.body is None:
        raise Skipped("no_body", f"{source}: HTML without a <body>", stage="clean", source=source)
    hints = Hints(title=_first(soup, _selectors()["title"]), published=_published(soup),
                  author=_first(soup, _selectors()["author"]), url=url)
    for selector in _selectors()["drop"]:
        for node in soup.select(selector):
            node.decompose()
    body = None
    for selector in _selectors()["body"]:
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
