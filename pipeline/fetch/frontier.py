"""Which URLs enter the crawl: in scope, not a trap, not too deep, inside the date window.

The queue itself lives in the ledger (state "queued"), so it survives a killed process.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from pipeline.core.archive import ARTICLE_KINDS, Ledger
from pipeline.fetch.profiles import SiteProfile
from pipeline.fetch.settings import CrawlSettings
from pipeline.fetch.urls import host_of, is_file_link, same_site, trap_reason

# Offer outcomes that put a URL in the queue.
QUEUED = ("new", "revisit")
# Refusals of an article link that are recorded (once per URL) and counted as skips. Links off the
# site or excluded by the profile are not pages of the crawl and are neither.
RECORDED = ("out_of_range", "too_deep", "file_link", "url_too_long", "repeated_path")


@dataclass
class Frontier:
    ledger: Ledger
    profile: SiteProfile
    settings: CrawlSettings
    run: int

    def scope_reason(self, url: str) -> str | None:
        """Why `url` is outside the crawl, or None."""
        if not same_site(host_of(url), self.profile.hosts):
            return "offsite"
        if self.profile.is_excluded(url):
            return "excluded"
        if is_file_link(url):
            return "file_link"
        return trap_reason(url)

    def in_window(self, iso: str | None) -> bool:
        """An unknown date is inside: only a known date can put a page out of --since/--until."""
        if not iso:
            return True
        day = iso[:10]
        s = self.settings
        return not (s.since and day < s.since.isoformat() or s.until and day > s.until.isoformat())

    def older_than_window(self, iso: str | None) -> bool:
        return bool(iso and self.settings.since and iso[:10] < self.settings.since.isoformat())

    def offer(self, url: str, kind: str, depth: int, found_on: str, hint_date: str | None = None) -> str:
        """Queue a discovered link. Returns "new", "revisit", "known", or the reason it was refused.

        Article links refused for a RECORDED reason are recorded as skipped (once per URL) so the
        summary can count them; refused listings are not, as menus link to many pages nobody wants.
        """
        reason = self.scope_reason(url)
        if reason is None and depth > self.settings.max_depth:
            reason = "too_deep"
        if reason is None and kind in ARTICLE_KINDS and not self.in_window(hint_date):
            reason = "out_of_range"
        row = self.ledger.page(url)
        if reason:
            if kind in ARTICLE_KINDS and row is None and reason in RECORDED:
                self.ledger.add(url, kind, depth, self.run, state="skipped", found_on=found_on,
                                hint_date=hint_date, reason=reason)
                return reason
            return "known" if row is not None else reason
        if row is None:
            self.ledger.add(url, kind, depth, self.run, found_on=found_on, hint_date=hint_date)
            return "new"
        if row["run"] < self.run and row["state"] == "done" and self._worth_revisit(row, kind, hint_date):
            self.ledger.update(url, state="queued", run=self.run, hint_date=hint_date or row["hint_date"])
            return "revisit"
        return "known"

    @staticmethod
    def _worth_revisit(row, kind: str, hint_date: str | None) -> bool:
        """Listings change as news arrives; an article only when a feed or sitemap says it did."""
        if kind not in ARTICLE_KINDS:
            return True
        fetched = (row["fetched"] or "")[:10]
        return bool(hint_date and fetched and hint_date[:10] > fetched)

    def next(self) -> sqlite3.Row | None:
        """The next URL to fetch: breadth first (see Ledger.next_queued)."""
        return self.ledger.next_queued()
