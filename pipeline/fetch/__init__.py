"""Stage 0: crawl provincial news sites politely into a resumable archive (WARC files + SQLite ledger).

    from pipeline.fetch import crawl, CrawlSettings
    summary = crawl("joomla_k2", "archive/hungha", start=["https://example.gov.vn/index.php/tin-tuc"],
                    settings=CrawlSettings(max_pages=200))
    print("\\n".join(summary.lines()))

The archive is then read like any other input: `thidua extract archive/hungha --out out/`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.core.archive import LEDGER_NAME, LedgerError
from pipeline.fetch.lock import ArchiveBusy
from pipeline.fetch.profiles import ProfileError, SiteProfile, available, is_url, load_profile, resolve
from pipeline.fetch.settings import USER_AGENT, CrawlSettings, user_agent
from pipeline.fetch.summary import CrawlSummary

__all__ = ["crawl", "CrawlSettings", "CrawlSummary", "SiteProfile", "ProfileError", "LedgerError", "ArchiveBusy",
           "load_profile", "available", "resolve", "parse_day", "user_agent", "LEDGER_NAME", "USER_AGENT"]


def crawl(target: str, archive: str | Path, *, profile: str | None = None, start: list[str] | None = None,
          settings: CrawlSettings | None = None, session=None) -> CrawlSummary:
    """Crawl `target` (a profile name, or a URL for the generic or given `profile`) into `archive`.

    A URL without `profile` is crawled guessing: the platform is recognised from the pages (and
    its profile used), and articles are found by the page structure where no rule knows them.
    Running it again on the same archive resumes an interrupted crawl, or re-crawls: start pages
    and listings are fetched again (conditionally), known articles are not.
    """
    from pipeline.fetch.crawler import Crawler  # the crawl machinery (HTML parsing, cleaning) only when crawling

    chosen = resolve(target, profile, start)
    guess = is_url(target) and profile is None
    return Crawler(chosen, Path(archive), settings or CrawlSettings(), session=session, guess=guess).run()


def parse_day(text: str) -> date:
    """A --since/--until value: YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"not a date (YYYY-MM-DD): {text!r}") from exc
