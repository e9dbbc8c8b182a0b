"""Why a crawl found no article: the likely cause, in a sentence the user can act on.

Read from the ledger after the run, most specific cause first: robots.txt, a start page that
failed, the date window, article pages that failed, links that looked like headlines but led
to no article, and last, pages on which nothing looked like an article link at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.core.archive import ARTICLE_KINDS, Ledger

_ARTICLES = "kind IN ('article', 'candidate')"
# A listing page with fewer links or less text than this is an empty frame that JavaScript fills.
_FEW_LINKS, _LITTLE_TEXT = 10, 500
_GUIDE = "docs/crawling.md"


@dataclass
class StartPage:
    """What the first listing page read held: a page built by JavaScript holds almost nothing."""

    url: str
    links: int
    chars: int


def _first(ledger: Ledger, where: str) -> dict | None:
    row = ledger.db.execute(f"SELECT * FROM pages WHERE {where} ORDER BY rowid LIMIT 1").fetchone()
    return dict(row) if row else None


def no_article_cause(ledger: Ledger, *, profile: str, guessed: bool, outcome: str, max_pages: int | None,
                     robots_unavailable: dict[str, str], start: StartPage | None) -> str:
    """The likely cause of an archive without articles (call only when it has none)."""
    for host, why in sorted(robots_unavailable.items()):
        return (f"robots.txt of {host} could not be read ({why}); RFC 9309 says to take that as "
                f"'disallow everything', so nothing was fetched from {host}: try again later")
    starts = [dict(r) for r in ledger.db.execute("SELECT * FROM pages WHERE is_start = 1 ORDER BY rowid")]
    if starts and all(r["state"] == "skipped" and r["reason"] == "robots" for r in starts):
        return "robots.txt forbids the start page" + ("s" if len(starts) > 1 else "") + "; the crawler never fetches it"
    if starts and all(r["state"] in ("failed", "skipped") for r in starts):
        first = starts[0]
        verb = "could not be fetched" if first["state"] == "failed" else "was passed over"
        return f"the start page {verb} ({first['reason']}: {first['detail'] or 'no detail'})"
    queued = ledger.count(f"{_ARTICLES} AND state = 'queued'")
    if outcome == "page_limit" and queued:
        return (f"the page limit (--max-pages {max_pages}) was reached before any article was fetched; "
                f"{queued} article links are queued: run the same command again to go on")
    dated_out = ledger.count(f"{_ARTICLES} AND reason = 'out_of_range'")
    if dated_out:
        return f"the {dated_out} articles found were all published outside --since/--until"
    blocked = ledger.count(f"{_ARTICLES} AND reason = 'robots'")
    failed = _first(ledger, f"{_ARTICLES} AND state = 'failed'")
    if failed is not None:
        n = ledger.count(f"{_ARTICLES} AND state = 'failed'")
        return f"the {n} article pages found could not be fetched (first: {failed['reason']}: {failed['detail']})"
    if blocked:
        return f"robots.txt disallows all {blocked} article links found"
    refused = _first(ledger, "kind = 'candidate' AND reason = 'not_article'")
    if refused is not None:
        n = ledger.count("kind = 'candidate' AND reason = 'not_article'")
        return (f"{n} links looked like headlines, but none of their pages reads as an article (a headline, prose "
                f"and a date; first: {refused['url']}: {refused['detail']}); if the site builds its pages with "
                f"JavaScript, start from its RSS feed or sitemap, or write a profile ({_GUIDE})")
    listings = ledger.count(f"kind NOT IN {ARTICLE_KINDS!r} AND state = 'done'")
    if start is not None and (start.links < _FEW_LINKS or start.chars < _LITTLE_TEXT):
        return (f"the start page holds only {start.links} links and {start.chars} characters of text, as pages "
                f"built by JavaScript do: start from the site's RSS feed or sitemap (--start)")
    if guessed:
        return (f"no known platform was recognised and no repeated block of headline links was found on the "
                f"{listings} page(s) read: start from a news category page, an RSS feed or a sitemap, or write a "
                f"profile with a links.article rule ({_GUIDE})")
    return (f"no link on the {listings} page(s) read matches the article rules of profile {profile}: this site's "
            f"article URLs look different; add a links.article rule ({_GUIDE}), or crawl the bare URL without "
            f"--profile so that the crawler looks for articles by the page structure")
