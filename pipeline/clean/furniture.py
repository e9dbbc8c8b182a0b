"""Which lines of a page are furniture (menus, counters, mastheads, ads), from `patterns/furniture.yaml`."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.core import patterns

# An outlet's name is a few words; a longer line that starts like one is a sentence about it.
_OUTLET_MAX_CHARS = 60


@lru_cache(maxsize=1)
def _rules():
    file = patterns.load("furniture")
    return file.section("lines"), file.section("tail_headers"), file.any_of("outlet_names")


def furniture_rule(line: str) -> str | None:
    """The id of the furniture rule a whole line matches, or None.

    >>> furniture_rule("Báo Đồng Nai điện tử")
    'outlet_names'
    >>> furniture_rule("Báo Nghệ An nhận Cờ thi đua của Chính phủ") is None
    True
    """
    lines, tails, _ = _rules()
    for entry in (*tails, *lines):
        if entry.compiled.fullmatch(line):
            return entry.id
    if is_outlet_name(line):
        return "outlet_names"
    return None


def is_tail_header(line: str) -> bool:
    """A block header after which the rest of the page is not the article ("TIN LIÊN QUAN")."""
    return any(entry.compiled.fullmatch(line) for entry in _rules()[1])


def is_outlet_name(text: str) -> bool:
    """An outlet's name, brand or web address: "Báo Sơn La", "VnExpress", "baonghean.vn".

    Such a line is a masthead or a credit to the outlet, never the headline or the author.
    """
    text = text.strip()
    return len(text) <= _OUTLET_MAX_CHARS and bool(_rules()[2].fullmatch(text))


def strip_outlet_tail(text: str) -> str:
    """A site title without the outlet's name at its end.

    >>> strip_outlet_tail("Phát động phong trào thi đua năm 2024 - Báo Sơn La")
    'Phát động phong trào thi đua năm 2024'
    """
    while True:
        seps = list(re.finditer(r"\s+[-–|]\s+", text))
        if not seps or not is_outlet_name(text[seps[-1].end():]):
            return text
        text = text[: seps[-1].start()]
