"""Politeness in time: one request at a time per host, a pause between them, longer after trouble."""

from __future__ import annotations

import time
from collections.abc import Callable


class Pacer:
    """When each host may next be asked; `wait` sleeps until then.

    The crawl is sequential, so a host never sees more than one connection from us at a time;
    the pacer adds the pause between requests (the larger of our delay and robots.txt
    Crawl-delay) and the longer pauses that 429/503 responses and errors ask for.
    """

    def __init__(self, delay: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.delay = delay
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def set_host_delay(self, host: str, seconds: float) -> None:
        """A host-specific pause (robots.txt Crawl-delay) if it is longer than the default."""
        self._delays[host] = max(self.delay, seconds)

    def host_delay(self, host: str) -> float:
        return self._delays.get(host, self.delay)

    def wait(self, host: str) -> float:
        """Sleep until `host` may be asked again; returns the seconds slept."""
        pause = self._next.get(host, 0.0) - self._clock()
        if pause > 0:
            self._sleep(pause)
            return pause
        return 0.0

    def done(self, host: str) -> None:
        """A request to `host` finished: the next one waits the host's delay."""
        self._next[host] = max(self._next.get(host, 0.0), self._clock() + self.host_delay(host))

    def defer(self, host: str, seconds: float) -> None:
        """The host asked us to come back later (Retry-After) or is failing (backoff)."""
        self._next[host] = max(self._next.get(host, 0.0), self._clock() + seconds)
