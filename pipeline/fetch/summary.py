"""What a crawl did, counted: the end-of-crawl summary and the progress bar's numbers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class CrawlSummary:
    profile: str = ""
    archive: str = ""
    run: int = 0
    mode: str = ""  # first | resume | recrawl
    outcome: str = ""  # complete | page_limit | interrupted
    fetched: int = 0  # pages requested in this run (robots.txt not counted)
    articles: int = 0  # new articles stored
    changed: int = 0  # articles fetched again whose text changed
    unchanged: int = 0  # articles fetched again with the same text
    not_modified: int = 0  # conditional requests answered 304
    duplicates: int = 0  # the same article under another URL, linked to the first
    listings: int = 0  # listing, feed and sitemap pages read
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> URLs passed over by choice
    errors: Counter[str] = field(default_factory=Counter)  # reason -> URLs that failed after retries
    queued: int = 0  # left in the frontier for the next run
    rolled_back: int = 0  # bytes of an interrupted run's uncommitted WARC tail removed
    seconds: float = 0.0
    platform: str = ""  # the platform recognised from the site's pages, and by which signatures
    by_structure: int = 0  # of the new articles, those found by the page structure (no profile rule)
    robots_unavailable: dict[str, str] = field(default_factory=dict)  # host -> why its robots.txt was unreadable
    no_article: str = ""  # when the archive holds no article after the run: the likely cause

    @property
    def problems(self) -> int:
        return sum(self.errors.values())

    def lines(self) -> list[str]:
        out = [f"crawl of {self.profile} into {self.archive} (run {self.run}, {self.mode}): {self.outcome}, "
               f"{self.fetched} pages fetched in {self.seconds:.1f} s"]
        if self.platform:
            out.append(f"  platform recognised: {self.platform}")
        out.append(f"  articles found    {self.articles:6}")
        if self.by_structure:
            out.append(f"    by page structure {self.by_structure:4}")
        for label, n in (("articles changed", self.changed), ("articles same", self.unchanged),
                         ("not modified", self.not_modified), ("duplicates", self.duplicates),
                         ("listings read", self.listings)):
            if n:
                out.append(f"  {label:17} {n:6}")
        for reason, n in sorted(self.skipped.items()):
            out.append(f"  skipped ({reason}): {n}")
        for reason, n in sorted(self.errors.items()):
            out.append(f"  error ({reason}): {n}")
        if self.rolled_back:
            out.append(f"  resumed: {self.rolled_back} bytes of an unfinished page removed from the archive")
        if self.queued:
            out.append(f"  {self.queued} URLs still queued: run the same command again to continue")
        for host, why in sorted(self.robots_unavailable.items()):
            out.append(f"  WARNING: robots.txt of {host} unavailable ({why}): treated as disallowing everything "
                       f"(RFC 9309), nothing fetched from {host}")
        if self.no_article:
            out.append(f"  NO ARTICLE FOUND: {self.no_article}")
        return out
