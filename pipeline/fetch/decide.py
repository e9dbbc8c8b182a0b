"""What a fetched page is, decided before anything is written: article, duplicate, listing, feed, skip, failure.

The decision is a `Plan`: the ledger columns of the page, how its final response goes into
the archive (full response, or a revisit record pointing to the copy already stored), and what
to read links from. Nothing here writes; the crawler carries the plan out.
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from pipeline.clean.decode import decode
from pipeline.core.archive import ARTICLE_KINDS, Ledger, now
from pipeline.core.types import Skipped
from pipeline.fetch.client import XML_TYPES, BodyError, Exchange, FetchResult
from pipeline.fetch.frontier import Frontier
from pipeline.fetch.pages import inspect
from pipeline.fetch.profiles import SiteProfile
from pipeline.fetch.structure import why_not_article

# Outcomes that are choices (the page is not wanted or not allowed), not failures.
SKIP_REASONS = frozenset({"robots", "offsite_redirect", "excluded", "file_link", "not_html", "too_large",
                          "out_of_range", "too_deep", "url_too_long", "repeated_path", "offsite",
                          "empty", "binary", "undecodable", "unsupported_encoding", "not_article"})


def payload_digest(body: bytes) -> str:
    """WARC-Payload-Digest as warcio writes it: "sha1:" + base32."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


@dataclass
class Plan:
    """What to do with one fetched page."""

    fields: dict = field(default_factory=dict)  # ledger columns of the page's row
    final_write: str = "response"  # response | revisit | not_modified | none
    refers_to: sqlite3.Row | None = None  # the stored page a revisit record points to
    html: BeautifulSoup | None = None  # a page to read links from
    xml: bytes | None = None  # a feed or sitemap body to read links from
    aliases: list[str] = field(default_factory=list)  # other URLs known to be this page
    count: str = ""  # summary counter to bump: articles, changed, unchanged, duplicates, listings, not_modified
    page_html: str | None = None  # the decoded page, for recognising the site's platform
    confirmed: bool = False  # a candidate link whose page read as an article

    @property
    def kind(self) -> str | None:
        """What the page turned out to be, when the crawl learnt it here (a confirmed candidate)."""
        return self.fields.get("kind")


@dataclass
class Judge:
    ledger: Ledger
    frontier: Frontier
    profile: SiteProfile
    max_bytes: int

    def plan(self, row: sqlite3.Row, result: FetchResult) -> Plan:
        url, final = row["url"], result.final
        base = {"fetched": now(), "final_url": result.final_url if result.final_url != url else None,
                "status": final.status if final else None, "reason": None, "detail": None}
        if result.error == "known_target":
            # A redirect to a page the archive holds: this URL is that page, fetched once.
            target = self.ledger.page(result.final_url)
            owner = (target["duplicate_of"] or target["url"]) if target is not None else result.final_url
            return Plan({**base, "state": "duplicate", "duplicate_of": owner}, final_write="none", count="duplicates")
        if result.error:
            state = "skipped" if result.error in SKIP_REASONS else "failed"
            return Plan({**base, "state": state, "reason": result.error, "detail": result.detail}, final_write="none")
        assert final is not None
        if final.status == 304:
            # Unchanged since the stored copy, which stays the page's record (and keeps its date).
            del base["fetched"], base["status"]
            return Plan({**base, "state": "done"}, final_write="not_modified", count="not_modified")
        if final.status != 200:
            return Plan({**base, "state": "failed", "reason": f"http_{final.status}",
                         "detail": f"HTTP {final.status} {final.reason}"})
        try:
            body = final.content(self.max_bytes)
        except BodyError as err:
            return Plan({**base, "state": "skipped", "reason": err.reason, "detail": str(err)})
        page = {**base, "etag": final.header("ETag"), "last_modified": final.header("Last-Modified"),
                "payload_digest": payload_digest(final.body)}
        if row["kind"] not in ARTICLE_KINDS and looks_like_xml(final, body):
            return Plan({**page, "state": "done"}, xml=body, count="listings")
        try:
            html = decode(body, result.final_url, declared=final.charset, detect=True)
        except Skipped as skip:
            return Plan({**page, "state": "skipped", "reason": skip.reason, "detail": skip.detail})
        soup = BeautifulSoup(html, "lxml")
        if row["kind"] in ARTICLE_KINDS:
            plan = self._article(row, result, soup, page)
            plan.page_html = html
            return plan
        plan = Plan({**page, "state": "done"}, count="listings", page_html=html)
        if row["payload_digest"] == page["payload_digest"] and row["warc_file"] is not None:
            # Byte for byte the listing stored before: nothing new behind it.
            del plan.fields["fetched"]
            plan.final_write, plan.refers_to = "revisit", row
        else:
            plan.html = soup
        return plan

    def _article(self, row: sqlite3.Row, result: FetchResult, soup: BeautifulSoup, page: dict) -> Plan:
        url = row["url"]
        facts = inspect(soup, result.final_url, self.profile)
        confirmed = False
        if row["kind"] == "candidate":
            # Found by the page structure alone: an article only if the page reads as one.
            why = why_not_article(soup, self.profile, facts.published)
            if why:
                return Plan({**page, "state": "skipped", "reason": "not_article", "detail": why})
            page, confirmed = {**page, "kind": "article"}, True
        canonical = facts.canonical if facts.canonical and not self.frontier.scope_reason(facts.canonical) else None
        canon = canonical or result.final_url
        fields = {**page, "canonical": canon, "content_hash": facts.text_hash, "published": facts.published}
        plan = Plan(fields, html=soup if self.profile.from_articles else None, confirmed=confirmed)
        first = self.ledger.find_article(canonical=canon, content_hash=facts.text_hash, other_than=url)
        if first is not None:
            # The same article under another URL: linked to the first copy, stored once.
            fields.update(state="duplicate", duplicate_of=first["url"])
            if first["payload_digest"] == fields["payload_digest"]:
                plan.final_write, plan.refers_to = "revisit", first
            plan.count = "duplicates"
            return plan
        plan.aliases = [u for u in dict.fromkeys([result.final_url, canon]) if u != url]
        if not self.frontier.in_window(facts.published):
            fields.update(state="skipped", reason="out_of_range", detail=f"published {facts.published}")
            return plan
        fields["state"] = "done"
        if row["content_hash"] is None:
            plan.count = "articles"
        elif row["content_hash"] == facts.text_hash:
            plan.count = "unchanged"
            if row["payload_digest"] == fields["payload_digest"] and row["warc_file"] is not None:
                del fields["fetched"]
                plan.final_write, plan.refers_to = "revisit", row
        else:
            plan.count = "changed"
        return plan


def looks_like_xml(final: Exchange, body: bytes) -> bool:
    if final.media_type in XML_TYPES:
        return True
    head = body[:512].lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<urlset", b"<sitemapindex", b"<feed", b"\x1f\x8b"))
