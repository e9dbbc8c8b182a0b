"""HTML page -> Article: body and metadata from the markup, trafilatura for unknown layouts.

Metadata comes from `page_meta` (structured data, meta tags, the date line beside the headline);
what it cannot tell is left to the text heuristics shared with plain-text articles. Selectors
live in `patterns/html.yaml`; a site profile (`patterns/sites/*.yaml`) may add its own, which are
tried first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from bs4 import BeautifulSoup, Tag

from pipeline.clean.article import Hints, build_article
from pipeline.clean.css import select_grouped, select_in_order
from pipeline.clean.page_meta import PageMeta, read_page_meta
from pipeline.core import patterns
from pipeline.core.text import squash
from pipeline.core.types import Article, Skipped

_BLOCKS = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "figcaption", "blockquote", "td"]
# A container with less text than this is a teaser or a menu, not the article body.
_MIN_CONTAINER_CHARS = 200
FIELDS = ("title", "published", "author", "body", "drop", "sapo")


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


def html_to_article(doc_id: str, source: str, html: str, url: str | None = None,
                    selectors: Mapping[str, Sequence[str]] | None = None) -> Article:
    """Clean one HTML page. `selectors` are a site profile's, by field; the generic ones follow them."""
    sel = merge_selectors(selectors)
    soup = BeautifulSoup(html, "lxml")
    if soup.body is None:
        raise Skipped("no_body", f"{source}: HTML without a <body>", stage="clean", source=source)
    meta = read_page_meta(soup, {name: list(values) for name, values in (selectors or {}).items() if values})
    hints = Hints(title=meta.title, published=meta.published, author=meta.author, url=url,
                  author_guess=meta.author_guess)
    _drop_furniture(soup, sel["drop"], meta)
    body = None
    for group in select_grouped(soup, sel["body"]):
        candidates = [n for n in group if len(n.get_text(strip=True)) >= _MIN_CONTAINER_CHARS]
        if candidates:
            body = _text_of(max(candidates, key=lambda n: len(n.get_text(strip=True))))
            break
    if body is None:
        body = _trafilatura_text(html) or _text_of(soup.body)
    if meta.sapo and squash(meta.sapo) not in squash(body):
        body = f"{meta.sapo}\n{body}"  # the lead printed apart from the body container is the article's start
    text = "\n".join(part for part in (hints.title, body) if part)
    return build_article(doc_id, source, text, hints)


def _drop_furniture(soup: BeautifulSoup, selectors: list[str], meta: PageMeta) -> None:
    """Menus, sidebars, related boxes and tickers: by selector, and any block that lists other pages."""
    for node in select_in_order(soup, selectors):
        node.decompose()
    keep = {id(a) for a in meta.headline.parents} if meta.headline is not None else set()
    targets = [b for b in soup.find_all(True) if id(b) in meta.link_lists and id(b) not in keep]
    chosen = {id(b) for b in targets}
    for block in targets:
        if not any(id(p) in chosen for p in block.parents):  # a list inside a dropped list goes with it
            block.decompose()


def _trafilatura_text(html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
