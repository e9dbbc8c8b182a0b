"""Memos for linking: a title or a unit name resolves the same way in every article of one province and era.

"Chủ tịch UBND tỉnh", "UBND huyện Vụ Bản", "Sở Nội vụ" come back in article after article. The
resolvers read the article's Context only through its province and its era (`article_scope`,
`ctx.era`), never the exact date, so one answer per (string, province, era) serves every article.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from pipeline.normalize.places import Context

T = TypeVar("T")
# Distinct strings a run keeps answers for; past it the memo starts again, so memory stays flat
# however many articles a run links (a few hundred bytes an answer: a few MB at most).
MAX_ENTRIES = 20_000


class ByProvinceAndEra(Generic[T]):
    """`fn(text, ctx)` remembered per (text, ctx.province, ctx.era); `fn` must read ctx no further.

    >>> calls = []
    >>> upper = ByProvinceAndEra(lambda text, ctx: calls.append(text) or text.upper())
    >>> upper("sở nội vụ", Context("Nam Định", "2023-03-30")), upper("sở nội vụ", Context("Nam Định", "2024-01-02"))
    ('SỞ NỘI VỤ', 'SỞ NỘI VỤ')
    >>> upper("sở nội vụ", Context("Huế", "2023-03-30")) and len(calls)
    2
    """

    def __init__(self, fn: Callable[[str, Context], T]):
        self._fn = fn
        self._answers: dict[tuple[str, str | None, str], T] = {}

    def __call__(self, text: str, ctx: Context) -> T:
        key = (text, ctx.province, ctx.era)
        try:
            return self._answers[key]
        except KeyError:
            pass
        if len(self._answers) >= MAX_ENTRIES:
            self._answers.clear()
        answer = self._answers[key] = self._fn(text, ctx)
        return answer
