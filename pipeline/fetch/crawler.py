"""The crawl loop: take the next URL from the ledger, fetch it politely, archive it, record it, queue its links.

One page at a time, in this order, so a killed process loses nothing it had committed:
1. fetch (with retries, redirects checked against scope and robots.txt);
2. decide what the page is: article, duplicate, listing, feed or sitemap, skipped, failed;
3. write its WARC records and fsync them;
4. commit the page's ledger row, its new links and the WARC offset in one transaction.

A crawl told no profile (a bare URL) is a *guessing* crawl: it recognises the site's platform
from the pages it reads and goes on with that platform's profile, and where no profile rule
matches a listing's article links it takes the links of repeated headline blocks as candidates,
kept only if their pages read as articles. A crawl that ends with no article in the archive
says why (pipeline/fetch/diagnose.py).
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

from bs4 import BeautifulSoup

from pipeline.core.archive import (ARTICLE_KINDS, LEDGER_NAME, META_PROFILE, META_RECOGNISED, META_SELECTORS, Ledger,
                                   LedgerError, now)
from pipeline.fetch.archive import Archive, Stored
from pipeline.fetch.client import HTML_TYPES, XML_TYPES, Exchange, FetchResult, HttpClient
from pipeline.fetch.decide import Judge, Plan
from pipeline.fetch.diagnose import StartPage, no_article_cause
from pipeline.fetch.frontier import QUEUED, RECORDED, Frontier
from pipeline.fetch.links import html_links, xml_links
from pipeline.fetch.lock import ArchiveLock
from pipeline.fetch.pacing import Pacer
from pipeline.fetch.platforms import recognise
from pipeline.fetch.profiles import GENERIC, SiteProfile, load_profile
from pipeline.fetch.robots import Robots
from pipeline.fetch.settings import CrawlSettings
from pipeline.fetch.summary import CrawlSummary

log = logging.getLogger("thidua.fetch")
# Failures worth another try in a later run; a page is given up after this many attempts in all.
TRANSIENT = ("timeout", "connection", "http_429", "http_500", "http_502", "http_503", "http_504",
             "retry_after_too_long")
MAX_ATTEMPTS = 3


class Crawler:
    def __init__(self, profile: SiteProfile, folder: Path, settings: CrawlSettings, session=None,
                 guess: bool = False):
        self.profile = profile
        self.folder = Path(folder)
        self.settings = settings
        self._session = session
        # No profile was named: recognise the platform, and find articles by page structure meanwhile.
        self.guess = guess
        self.summary = CrawlSummary(profile=profile.name, archive=str(folder))
        self._start_page: StartPage | None = None

    # --- the run -------------------------------------------------------------------------

    def run(self) -> CrawlSummary:
        started = time.perf_counter()
        self.folder.mkdir(parents=True, exist_ok=True)
        with ArchiveLock(self.folder):
            self.ledger = Ledger(self.folder / LEDGER_NAME)
            try:
                self._run()
            finally:
                self.ledger.close()
        self.summary.seconds = time.perf_counter() - started
        return self.summary

    def _run(self) -> None:
        s, ledger = self.settings, self.ledger
        known = ledger.meta(META_PROFILE)
        if known and known != self.profile.name:
            if not (self.guess and ledger.meta(META_RECOGNISED)):
                raise LedgerError(f"{self.folder} holds a crawl with profile {known!r}, not {self.profile.name!r}")
            self._adopt(load_profile(known))  # recognised by an earlier run of this guessing crawl
        ledger.set_meta(META_PROFILE, self.profile.name)
        ledger.set_meta(META_SELECTORS, self.profile.selectors_json())
        self.archive = Archive(self.folder, ledger)
        self.summary.rolled_back = self.archive.rollback_uncommitted()
        mode = "resume" if ledger.queued() else ("recrawl" if ledger.runs() else "first")
        settings = {k: v for k, v in asdict(s).items() if k != "progress"}
        self.run_id = ledger.begin_run(mode, {**settings, "start": [p.url for p in self.profile.start]})
        self.summary.run, self.summary.mode = self.run_id, mode
        self.frontier = Frontier(ledger, self.profile, s, self.run_id)
        self.judge = Judge(ledger, self.frontier, self.profile, s.max_bytes)
        self.client = HttpClient(s, Pacer(s.delay), self._session)
        self.robots = Robots(self.client, on_fetch=self._archive_robots)
        self.archive.open(self.run_id, {"isPartOf": self.profile.name, "description": self.profile.description,
                                        "http-header-user-agent": s.user_agent})
        outcome = "interrupted"
        bar = self._progress()
        try:
            self._seed(mode)
            while True:
                if s.max_pages and self.summary.fetched >= s.max_pages:
                    outcome = "page_limit"
                    break
                row = self.frontier.next()
                if row is None:
                    outcome = "complete"
                    break
                fetched_before = self.summary.fetched
                self._handle(row)
                if bar is not None and self.summary.fetched > fetched_before:
                    bar.update(1)
                    bar.set_postfix(articles=self.summary.articles, errors=self.summary.problems, refresh=False)
        except KeyboardInterrupt:
            log.warning("interrupted: run the same command again to resume")
        finally:
            if bar is not None:
                bar.close()
            self.summary.outcome = outcome
            self.summary.queued = ledger.queued()
            self.summary.robots_unavailable = self.robots.unavailable()
            ledger.end_run(self.run_id, outcome)
            self.archive.close()
        if outcome != "interrupted" and not ledger.count("kind = 'article' AND state = 'done'"):
            self.summary.no_article = no_article_cause(
                ledger, profile=self.profile.name, guessed=self.guess, outcome=outcome, max_pages=s.max_pages,
                robots_unavailable=self.summary.robots_unavailable, start=self._start_page)
            log.warning("no article found: %s", self.summary.no_article)

    def _progress(self):
        if not self.settings.progress:
            return None
        from tqdm import tqdm

        return tqdm(total=self.settings.max_pages, unit="page", desc=f"crawl {self.profile.name}",
                    file=sys.stderr, dynamic_ncols=True)

    def _seed(self, mode: str) -> None:
        """Queue the start pages (again, for a re-crawl) and the sitemaps robots.txt names."""
        with self.ledger.transaction():
            for page in self.profile.start:
                if not self.ledger.add(page.url, page.kind, 0, self.run_id, is_start=True) and mode != "resume":
                    self.ledger.update(page.url, state="queued", run=self.run_id, is_start=1)
            if mode == "recrawl":
                marks = ", ".join("?" * len(TRANSIENT))
                self.ledger.requeue(f"state = 'failed' AND reason IN ({marks}) AND attempts < ?",
                                    self.run_id, (*TRANSIENT, MAX_ATTEMPTS))
        if self.profile.robots_sitemaps:
            for host_url in {p.url for p in self.profile.start}:
                rules = self.robots.rules(host_url)
                with self.ledger.transaction():
                    for sitemap in rules.sitemaps:
                        self.frontier.offer(sitemap, "sitemap", 0, found_on="robots.txt")

    # --- one page --------------------------------------------------------------------------

    def _permit(self, url: str) -> str | None:
        """May a redirect lead here? Same checks as for a link, plus robots.txt; a page we hold is not fetched again."""
        reason = self.frontier.scope_reason(url)
        if reason == "offsite":
            return "offsite_redirect"
        if reason:
            return reason
        known = self.ledger.page(url)
        if known is not None and known["state"] in ("done", "duplicate", "alias"):
            return "known_target"
        return None if self.robots.allowed(url) else "robots"

    def _handle(self, row: sqlite3.Row) -> None:
        url, kind = row["url"], row["kind"]
        reason = self.frontier.scope_reason(url) or (None if self.robots.allowed(url) else "robots")
        if reason:
            with self.ledger.transaction():
                self.ledger.update(url, state="skipped", run=self.run_id, reason=reason, detail="")
            self.summary.skipped[reason] += 1
            return
        accept = HTML_TYPES if kind in ARTICLE_KINDS else HTML_TYPES | XML_TYPES
        result = self.client.fetch(url, accept=accept, etag=row["etag"], last_modified=row["last_modified"],
                                   permit=self._permit)
        self.summary.fetched += 1
        try:
            plan = self.judge.plan(row, result)
        except Exception as exc:  # a page that breaks a parser is counted, not fatal to the crawl
            log.exception("%s: cannot process the page", url)
            plan = Plan({"fetched": now(), "state": "failed", "reason": "page_error",
                         "detail": f"{type(exc).__name__}: {exc}"})
        stored = self._write(row, result, plan)
        name, end = self.archive.sync()
        if plan.page_html is not None and kind not in ARTICLE_KINDS:
            self._note_start_page(url, plan)
        with self.ledger.transaction():
            if plan.page_html is not None and self.guess and self.profile.name == GENERIC and result.final:
                self._recognise(result.final, plan.page_html)
            fields = {**plan.fields, "run": self.run_id, "attempts": row["attempts"] + 1}
            if stored:
                fields.update(warc_file=stored.file, warc_offset=stored.offset, warc_length=stored.length,
                              payload_digest=stored.payload_digest or fields.get("payload_digest"))
            self.ledger.update(url, **fields)
            for alias in plan.aliases:
                self._alias(alias, url, row["depth"])
            try:
                if plan.xml is not None:
                    self._queue_xml(url, plan.xml, row["depth"])
                elif plan.html is not None:
                    self._queue_html(row, result.final_url or url, plan.html)
            except Exception as exc:  # the page stays stored; only its links are lost, and counted
                log.exception("%s: cannot read its links", url)
                self.summary.errors["links_error"] += 1
                self.ledger.update(url, detail=f"links: {type(exc).__name__}: {exc}")
            self.ledger.set_committed(name, end)
        self._count(plan, fields)

    def _count(self, plan: Plan, fields: dict) -> None:
        state, reason = fields.get("state"), fields.get("reason")
        if state == "skipped":
            self.summary.skipped[reason] += 1
            log.info("skipped %s: %s", reason, fields.get("detail", ""))
        elif state == "failed":
            self.summary.errors[reason] += 1
            log.info("failed %s: %s", reason, fields.get("detail", ""))
        if plan.count:
            setattr(self.summary, plan.count, getattr(self.summary, plan.count) + 1)
        if plan.confirmed and plan.count == "articles":
            self.summary.by_structure += 1

    def _write(self, row: sqlite3.Row, result: FetchResult, plan: Plan) -> Stored | None:
        """Every exchange to the archive; returns where the page's record is, if the ledger should point there."""
        kind = plan.kind or row["kind"]
        stored = None
        self.archive.rotate_if_full()
        for ex in result.exchanges:
            if ex.unread:
                continue  # a body we chose not to read (too large, not HTML) is not archived
            if ex is not result.final:
                self.archive.write_exchange(ex)  # retried errors and redirect hops, as received
                continue
            ref = plan.refers_to
            if plan.final_write == "not_modified" and row["payload_digest"]:
                # 304: a revisit record; the ledger keeps pointing at the full copy.
                self.archive.write_revisit(ex, row["url"], row["fetched"] or now(), row["payload_digest"],
                                           not_modified=True, kind=kind)
            elif plan.final_write == "revisit" and ref is not None and ref["payload_digest"]:
                record = self.archive.write_revisit(ex, ref["url"], ref["fetched"] or now(),
                                                    ref["payload_digest"], kind=kind)
                stored = None if ref["url"] == row["url"] else record
            else:
                stored = self.archive.write_exchange(ex, kind)
        return stored

    def _alias(self, alias: str, owner: str, depth: int) -> None:
        """Another URL of this page (redirect target, canonical): never fetched separately."""
        row = self.ledger.page(alias)
        if row is None:
            self.ledger.add(alias, "article", depth, self.run_id, state="alias", duplicate_of=owner)
        elif row["state"] == "queued":
            self.ledger.update(alias, state="alias", duplicate_of=owner, run=self.run_id)

    # --- guessing: the platform, and what the crawl learnt of the start page --------------------

    def _adopt(self, chosen: SiteProfile) -> None:
        """Go on with `chosen`, keeping this crawl's start pages and hosts."""
        self.profile = replace(chosen, start=self.profile.start, hosts=self.profile.hosts | chosen.hosts)
        self.summary.profile = chosen.name
        for part in ("frontier", "judge"):
            if hasattr(self, part):
                getattr(self, part).profile = self.profile

    def _recognise(self, final: Exchange, html: str) -> None:
        found = recognise(html, final.headers)
        if found is None:
            return
        self._adopt(load_profile(found.profile))
        self.summary.platform = found.describe()
        self.ledger.set_meta(META_PROFILE, found.profile)
        self.ledger.set_meta(META_RECOGNISED, found.describe())
        self.ledger.set_meta(META_SELECTORS, self.profile.selectors_json())
        log.info("platform recognised: %s; crawling with its profile", found.describe())

    def _note_start_page(self, url: str, plan: Plan) -> None:
        if self._start_page is None and plan.html is not None:
            body = plan.html.body or plan.html
            self._start_page = StartPage(url, len(plan.html.select("a[href]")), len(body.get_text(" ", strip=True)))

    # --- links -----------------------------------------------------------------------------

    def _queue_html(self, row: sqlite3.Row, page_url: str, soup: BeautifulSoup) -> None:
        guess = self.guess and row["kind"] not in ARTICLE_KINDS
        links = html_links(soup, page_url, self.profile, guess=guess)
        depth = row["depth"] + 1
        fresh = 0
        dated_old = dated = 0
        offers = [(link, "article") for link in links.articles] + [(link, "candidate") for link in links.candidates]
        for link, kind in offers:
            outcome = self.frontier.offer(link.url, kind, depth, found_on=row["url"], hint_date=link.date)
            if outcome in QUEUED or outcome == "out_of_range":
                fresh += 1
            if outcome in RECORDED:
                self.summary.skipped[outcome] += 1
            if link.date:
                dated += 1
                dated_old += self.frontier.older_than_window(link.date)
        if row["kind"] in ARTICLE_KINDS:
            return  # from an article page (profile from_articles): its article links only
        for url in links.listings:
            self.frontier.offer(url, "listing", depth, found_on=row["url"])
        # Pagination goes on only while pages bring new articles and are not all older than --since:
        # this is what stops pagination traps and endless "next" links.
        if fresh and not (dated and dated_old == dated):
            for url in links.pagination:
                self.frontier.offer(url, "listing", depth, found_on=row["url"])

    def _queue_xml(self, url: str, body: bytes, depth: int) -> None:
        found = xml_links(body, url)
        for sitemap in found.sitemaps:
            self.frontier.offer(sitemap, "sitemap", depth + 1, found_on=url)
        for entry in found.entries:
            # Feed items are articles; sitemap entries only when the profile says so by their URL.
            if found.kind == "feed" or self.profile.is_article(entry.url):
                outcome = self.frontier.offer(entry.url, "article", depth + 1, found_on=url, hint_date=entry.date)
                if outcome in RECORDED:
                    self.summary.skipped[outcome] += 1

    def _archive_robots(self, result: FetchResult) -> None:
        self.archive.rotate_if_full()
        for ex in result.exchanges:
            if ex.complete:
                self.archive.write_exchange(ex, "robots")
        self.archive.commit_point()
