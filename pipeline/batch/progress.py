"""Progress of a batch: a bar on a terminal, a log line every so many files everywhere else.

A bar redraws itself with carriage returns, which turn a redirected log (`make demo > log 2>&1`)
into one long line of frames; tqdm's `disable=None` draws it only when stderr is a terminal.
The log lines (INFO, so `-v` or `--log-file`) say the same in a form a log file can keep; the
command line writes log lines to a terminal through tqdm, above the bar.
"""

from __future__ import annotations

import logging
import time

log = logging.getLogger("thidua")

# A line per this many files: a few lines for a demo, a few hundred for a million-file run.
EVERY_FILES = 100
# ... and at least one a minute, so a slow run (big WARC files) still shows it is alive.
EVERY_SECONDS = 60.0


class Progress:
    """`update()` once per finished file; `close()` at the end. Silent when `enabled` is False."""

    def __init__(self, total: int, enabled: bool, desc: str = "extract", unit: str = "file"):
        from tqdm import tqdm

        self.total, self.enabled, self.desc, self.unit = total, enabled and total > 0, desc, unit
        self.done = 0
        self.started = self.last = time.monotonic()
        self.bar = tqdm(total=total, unit=unit, desc=desc, smoothing=0.1, disable=None if self.enabled else True)

    def update(self, n: int = 1) -> None:
        self.done += n
        self.bar.update(n)
        now = time.monotonic()
        if self.enabled and (self.done % EVERY_FILES == 0 or self.done == self.total
                             or now - self.last >= EVERY_SECONDS):
            self.last = now
            rate = self.done / (now - self.started) if now > self.started else 0.0
            log.info("%s: %d/%d %ss (%.0f%%), %.1f %ss/s", self.desc, self.done, self.total, self.unit,
                     100 * self.done / self.total, rate, self.unit)

    def close(self) -> None:
        self.bar.close()
