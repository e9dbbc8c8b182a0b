"""Which lines of a page are furniture (menus, counters, mastheads, ads), from `patterns/furniture.yaml`."""

from __future__ import annotations

from functools import lru_cache

from pipeline.core import patterns


@lru_cache(maxsize=1)
def _rules():
    file = patterns.load("furniture")
    return file.section("lines"), file.section("tail_headers")


def furniture_rule(line: str) -> str | None:
    """The id of the furniture rule a whole line matches, or None."""
    lines, tails = _rules()
    for entry in (*tails, *lines):
        if entry.compiled.fullmatch(line):
            return entry.id
    return None


def is_tail_header(line: str) -> bool:
    """A block header after which the rest of the page is not the article ("TIN LIÊN QUAN")."""
    return any(entry.compiled.fullmatch(line) for entry in _rules()[1])
