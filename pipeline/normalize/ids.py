"""How every id written by the normalize stage is formed. docs/ids.md explains them for readers.

Record ids repeat the form of `pipeline.export.tables` (the stage reads the export's files, it does
not import it), so a row here joins the row there:

>>> official_id("001_cd6882ff96a3fb17", 2), movement_row_id("a", 1), award_id("a", 3), cluster_id("a", 1)
('001_cd6882ff96a3fb17:o2', 'a:m1', 'a:a3', 'a:c1')

Entity ids are derived from normalized keys, never from the order of a run alone:

>>> place_slug("Huyện Vụ Bản"), place_slug("huyện  VỤ BẢN")
('huyenvuban', 'huyenvuban')
>>> dash_slug("Sở Lao động - Thương binh và Xã hội")
'so-lao-dong-thuong-binh-va-xa-hoi'
>>> short_hash("ngô gia tự|u-p-tinhnamdinh|0")
'75bb83c014'
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pipeline.core.text import fold_diacritics, match_key

# Lists inside a cell, as pipeline.export.tables.LIST_SEPARATOR writes them (a test checks they agree).
LIST_SEPARATOR = " | "
# Ten hex digits (40 bits): a collision among a million entities has odds of about 1 in 2,000.
_HASH_CHARS = 10
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def official_id(article_id: str, n: int) -> str:
    """The n-th (1-based) official of an article, as officials.csv names it."""
    return f"{article_id}:o{n}"


def movement_row_id(article_id: str, n: int) -> str:
    return f"{article_id}:m{n}"


def award_id(article_id: str, n: int) -> str:
    return f"{article_id}:a{n}"


def cluster_id(article_id: str, n: int) -> str:
    return f"{article_id}:c{n}"


def event_id(article_id: str) -> str:
    return f"{article_id}:e1"


def short_hash(key: str) -> str:
    """First hex digits of the SHA-1 of a normalized key: stable across runs and machines."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:_HASH_CHARS]


@lru_cache(maxsize=65536)  # the gazetteer repeats each province and district name across thousands of rows
def place_slug(name: str) -> str:
    """A place's full name folded to ASCII letters and digits, the way underthesea keys its units."""
    return _NOT_ALNUM.sub("", fold_diacritics(match_key(name)).lower())


def dash_slug(name: str) -> str:
    """An organisation's name folded to ASCII words joined by dashes."""
    return _NOT_ALNUM.sub("-", fold_diacritics(match_key(name)).lower()).strip("-")
