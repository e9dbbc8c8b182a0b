"""How a crawl behaves: politeness and limits, each with the reason for its default."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Honest and reachable: names the tool and where to read what it does and whom to contact.
USER_AGENT = "thidua/0.1 (+research crawler; contact in README)"
# The token matched against robots.txt groups ("User-agent: thidua").
ROBOTS_AGENT = "thidua"


def user_agent(contact: str | None = None) -> str:
    """The User-Agent, naming whoever runs the crawl when they say how to reach them.

    >>> user_agent("nhom-nghien-cuu@example.edu.vn")
    'thidua/0.1 (+research crawler; contact: nhom-nghien-cuu@example.edu.vn)'
    """
    if not contact:
        return USER_AGENT
    return f"thidua/0.1 (+research crawler; contact: {contact.strip()})"


@dataclass(frozen=True)
class CrawlSettings:
    """Settings of one crawl; the CLI fills them from its options."""

    # Seconds between two requests to one host: provincial portals are small servers.
    delay: float = 1.0
    # Pages to fetch in this run (None: until the frontier is empty); a later run continues.
    max_pages: int | None = None
    since: date | None = None  # keep articles published on or after this day
    until: date | None = None  # ... and on or before this day
    # Seconds to wait for a server to answer or send the next bytes; slow portals answer in a few.
    timeout: float = 20.0
    connect_timeout: float = 10.0
    # Seconds of transfer one page may take in all (every try and redirect hop together), held by a
    # watchdog that cuts the connection, so a server dripping bytes cannot hold the crawl.
    page_deadline: float = 120.0
    # Extra attempts for 429, 5xx, timeouts and dropped connections, with exponential backoff.
    retries: int = 3
    backoff: float = 2.0  # first wait after an error; doubled on each further attempt
    max_backoff: float = 300.0
    # Retry-After waits for one page longer than this in all mean "come back another day": the page
    # fails, the crawl goes on.
    max_retry_after: float = 900.0
    # A news page is a few hundred kB; 5 MB is a broken page, a file dump or a trap.
    max_bytes: int = 5 * 1024 * 1024
    # Portals chain two or three redirects (http -> https -> www); more is a loop or a trap.
    max_redirects: int = 5
    # Link hops from a start page, pagination included; deeper is a trap or years of archive.
    max_depth: int = 30
    # A robots.txt Crawl-delay above this is capped (and logged), so one line cannot stall a crawl for hours.
    max_crawl_delay: float = 60.0
    user_agent: str = USER_AGENT
    progress: bool = True  # a progress bar on stderr

    def __post_init__(self) -> None:
        problems = []
        if self.delay < 0:
            problems.append("delay must be >= 0")
        if self.max_pages is not None and self.max_pages < 1:
            problems.append("max_pages must be >= 1")
        if self.since and self.until and self.since > self.until:
            problems.append("since is after until")
        if self.timeout <= 0 or self.connect_timeout <= 0 or self.page_deadline <= 0:
            problems.append("timeouts must be > 0")
        if self.retries < 0 or self.max_redirects < 0 or self.max_depth < 0:
            problems.append("retries, max_redirects and max_depth must be >= 0")
        if self.max_bytes < 1024:
            problems.append("max_bytes must be at least 1024")
        if problems:
            raise ValueError("bad crawl settings: " + "; ".join(problems))
