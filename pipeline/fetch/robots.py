"""robots.txt: fetched once per host and run, obeyed for every request, read by RFC 9309.

Parsed with Protego (Scrapy's parser), which implements what the standard says and Python's
urllib.robotparser does not: `*` wildcards and `$` ends in paths, the longest matching rule
decides, and Allow wins over Disallow when they are equally long. The group for our token
("thidua") replaces the `*` group when there is one.

A missing robots.txt (4xx) allows everything (RFC 9309 2.3.1.3); a server error or no answer
disallows the whole host for this run (2.3.1.4), since the owner's wishes are unknown. That is
said as a warning, and in the crawl's summary, because it silently empties a crawl otherwise.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from protego import Protego

from pipeline.fetch.client import TEXT_TYPES, BodyError, FetchResult, HttpClient
from pipeline.fetch.settings import ROBOTS_AGENT
from pipeline.fetch.urls import host_of, normalize, robots_url, same_site

log = logging.getLogger("thidua.fetch")
# RFC 9309 2.5: crawlers must read at least 500 KiB; a bigger file is a server answering with a page.
_MAX_ROBOTS_BYTES = 512 * 1024


@dataclass
class HostRules:
    parser: Protego | None  # None: everything allowed
    disallow_all: bool = False
    crawl_delay: float | None = None
    sitemaps: list[str] = field(default_factory=list)
    unavailable: str = ""  # why robots.txt could not be read (then disallow_all)

    def allowed(self, url: str) -> bool:
        if self.disallow_all:
            return False
        return self.parser is None or self.parser.can_fetch(url, ROBOTS_AGENT)


def parse(text: str, base: str) -> HostRules:
    """Rules from robots.txt text for our agent.

    >>> rules = parse("User-agent: *\\nDisallow: /*?in=\\nDisallow: /noi-bo/\\nAllow: /noi-bo/cong-khai\\n"
    ...               "Disallow: /*/print$\\nCrawl-delay: 5\\nSitemap: /sitemap.xml", "http://a.vn/robots.txt")
    >>> [rules.allowed("http://a.vn" + p) for p in ("/tin?in=1", "/noi-bo/x", "/noi-bo/cong-khai/y", "/tin/print",
    ...                                              "/tin/print?trang=2")]
    [False, False, True, False, True]
    >>> rules.crawl_delay, rules.sitemaps
    (5.0, ['http://a.vn/sitemap.xml'])
    """
    parser = Protego.parse(text)
    delay = parser.crawl_delay(ROBOTS_AGENT)
    sitemaps = [u for u in (normalize(s, base) for s in parser.sitemaps) if u]
    return HostRules(parser, crawl_delay=float(delay) if delay is not None else None,
                     sitemaps=list(dict.fromkeys(sitemaps)))


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

    def unavailable(self) -> dict[str, str]:
        """Hosts whose robots.txt could not be read, and why: nothing was fetched from them."""
        return {host: rules.unavailable for host, rules in self._hosts.items() if rules.unavailable}

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
            why = f"HTTP {final.status}" if final is not None else (result.detail or result.error or "no answer")
            log.warning("%s is unavailable (%s): RFC 9309 says to assume everything is disallowed, "
                        "so nothing is fetched from %s in this run; try again later", target, why, host_of(url))
            return HostRules(None, disallow_all=True, unavailable=why)
        if final.status >= 400:
            return HostRules(None)  # 2.3.1.3: no robots.txt, no restrictions
        try:
            body = final.content(self.client.settings.max_bytes)
        except BodyError:  # an unreadable robots.txt is treated like a missing one
            return HostRules(None)
        if len(body) > _MAX_ROBOTS_BYTES:  # the first 500 KiB, up to a whole line, is what 2.5 asks to read
            body = body[:_MAX_ROBOTS_BYTES].rsplit(b"\n", 1)[0]
        text = body.decode("utf-8", errors="replace")
        rules = parse(text, target)
        if rules.crawl_delay is not None:
            capped = min(rules.crawl_delay, self.client.settings.max_crawl_delay)
            if capped < rules.crawl_delay:
                log.warning("%s: Crawl-delay %.0f s capped at %.0f s", target, rules.crawl_delay, capped)
            self.client.pacer.set_host_delay(host_of(url), capped)
        return rules
