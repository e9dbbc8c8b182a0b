"""One crawl per archive at a time: an exclusive lock on ARCHIVE/.lock, released when the process ends."""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; a second crawl is then the user's responsibility
    fcntl = None


class ArchiveBusy(OSError):
    """Another crawl is writing to this archive."""


class ArchiveLock:
    def __init__(self, folder: Path):
        self.path = Path(folder) / ".lock"
        self._fd: int | None = None

    def __enter__(self) -> ArchiveLock:
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is not None:
            try:
                # The kernel drops the lock when the process dies, so a killed crawl never leaves it stale.
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(self._fd)
                self._fd = None
                raise ArchiveBusy(f"{self.path.parent}: another crawl is using this archive") from exc
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
