"""robots.txt: fetched once per host and run, obeyed for every request (RFC 9309).

A missing robots.txt (4xx) allows everything; a server error or no answer disallows the
whole host for this run, since the owner's wishes are unknown.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from urllib.robotparser import RobotFileParser

from pipeline.fetch.client import TEXT_TYPES, BodyError, FetchResult, HttpClient
from pipeline.fetch.settings import ROBOTS_AGENT
from pipeline.fetch.urls import host_of, normalize, robots_url, same_site

log = logging.getLogger("thidua.fetch")
# Robots files are small; a bigger one is a misconfigured server answering with a page.
_MAX_ROBOTS_BYTES = 512 * 1024


@dataclass
class HostRules:
    parser: RobotFileParser | None  # None: everything allowed
    disallow_all: bool = False
    crawl_delay: float | None = None
    sitemaps: list[str] = field(default_factory=list)

    def allowed(self, url: str) -> bool:
        if self.disallow_all:
            return False
        return self.parser is None or self.parser.can_fetch(ROBOTS_AGENT, url)


def parse(text: str, base: str) -> HostRules:
    """Rules from robots.txt text for our agent.

    >>> rules = parse("User-agent: *\\nDisallow: /noi-bo/\\nCrawl-delay: 5\\nSitemap: /sitemap.xml", "http://a.vn/")
    >>> rules.allowed("http://a.vn/noi-bo/x"), rules.allowed("http://a.vn/tin-tuc/"), rules.crawl_delay, rules.sitemaps
    (False, True, 5.0, ['http://a.vn/sitemap.xml'])
    """
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    delay = parser.crawl_delay(ROBOTS_AGENT)
    sitemaps = [u for u in (normalize(s, base) for s in parser.site_maps() or []) if u]
    return HostRules(parser, crawl_delay=float(delay) if delay is not None else None, sitemaps=sitemaps)


class Robots:
    """robots.txt of every host the crawl touches; each response goes to `on_fetch` for the archive."""

    def __init__(self, client: HttpClient, on_fetch=None):
        self.client = client
        self.on_fetch = on_fetch
        self._hosts: dict[str, HostRules] = {}

    def rules(self, url: str) -> HostRules:
        host = host_of(url)
        if host not in self._hosts:
            self._hosts[host] = self._load(url)
        return self._hosts[host]

    def allowed(self, url: str) -> bool:
        return self.rules(url).allowed(url)

    def _load(self, url: str) -> HostRules:
        target = robots_url(url)
        home = {host_of(url)}
        result: FetchResult = self.client.fetch(
            target, accept=TEXT_TYPES | {"text/html"},
            permit=lambda t: None if same_site(host_of(t), home) else "offsite_redirect")
        if self.on_fetch:
            self.on_fetch(result)
        final = result.final
        if final is None or final.status >= 500:
            # RFC 9309 2.3.1.3: unreachable robots.txt means "assume complete disallow".
            log.warning("%s: robots.txt unavailable (%s); not crawling this host", target, result.error)
            return HostRules(None, disallow_all=True)
        if final.status >= 400:
            return HostRules(None)  # 2.3.1.3: no robots.txt, no restrictions
        try:
            text = final.content(_MAX_ROBOTS_BYTES).decode("utf-8", errors="replace")
        except BodyError:  # an unreadable robots.txt is treated like a missing one
            return HostRules(None)
        rules = parse(text, target)
        if rules.crawl_delay is not None:
            capped = min(rules.crawl_delay, self.client.settings.max_crawl_delay)
            if capped < rules.crawl_delay:
                log.warning("%s: Crawl-delay %.0f s capped at %.0f s", target, rules.crawl_delay, capped)
            self.client.pacer.set_host_delay(host_of(url), capped)
        return rules
