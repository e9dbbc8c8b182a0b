"""CSS selector lists matched in one pass over the page, results kept in the lists' order of priority.

A page of a few hundred kilobytes has tens of thousands of elements; matching a list of fifty
selectors one by one walks it fifty times. One compiled selector list walks it once.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import soupsieve
from bs4 import Tag


@lru_cache(maxsize=256)
def _compiled(selectors: tuple[str, ...]):
    return soupsieve.compile(", ".join(selectors)), tuple(soupsieve.compile(s) for s in selectors)


def select_in_order(root: Tag, selectors: Sequence[str]) -> list[Tag]:
    """Elements matching any selector, those of the first selector first, each in document order.

    >>> from bs4 import BeautifulSoup
    >>> page = BeautifulSoup('<p class="b">1</p><p class="a">2</p><p class="b">3</p>', "lxml")
    >>> [p.get_text() for p in select_in_order(page, [".a", ".b"])]
    ['2', '1', '3']
    """
    seen: set[int] = set()  # by identity: a Tag hashes and compares by its whole markup
    out = []
    for group in select_grouped(root, selectors):
        for node in group:
            if id(node) not in seen:
                seen.add(id(node))
                out.append(node)
    return out


def select_grouped(root: Tag, selectors: Sequence[str]) -> list[list[Tag]]:
    """For each selector, in order, the elements it matches (in document order)."""
    if not selectors:
        return []
    combined, each = _compiled(tuple(selectors))
    found = combined.select(root)
    if len(each) == 1:
        return [found]
    return [[node for node in found if pattern.match(node)] for pattern in each]
