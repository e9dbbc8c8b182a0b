"""The output folder of a run: created with a clear error, used by one run at a time, and cleared of the
temporary files a killed run left behind.

Two runs writing into one folder would interleave their ledgers and rename each other's files; the
second one stops at once with one line instead. The lock is an advisory lock on OUT/.thidua.lock that
the kernel drops when the process ends, so a killed run never leaves the folder locked.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt

log = logging.getLogger("thidua")

LOCK_NAME = ".thidua.lock"
# Temporary files of the writers: ".articles.csv.12345.tmp" (AtomicFiles), ".awards.parquet.tmp" (Parquet).
_TEMPORARY = re.compile(r"^\.[^/]+?(?:\.\d+)?\.tmp$")
# Folders of an output where writers put temporaries.
_TEMP_FOLDERS = (".", "parquet")


class OutputError(Exception):
    """An output folder that cannot be used: a file, not writable, or in use by another run."""


class OutputBusy(OutputError):
    """Another run holds the output folder."""


def make_output_folder(out: str | Path) -> Path:
    """Create `out` (and its parents) or say in one line why it cannot be."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} is a file; the output must be a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder {out}: {exc.strerror or exc}") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write into the output folder {out}: permission denied")
    return out


# Folder -> [file descriptor, depth]: the Python API claims a folder and the batch inside it claims it
# again; within one process that is the same run.
_HELD: dict[str, list[int]] = {}


class OutputLock:
    """`with OutputLock(out):` holds the folder for this process; raises OutputBusy if another holds it."""

    def __init__(self, out: str | Path):
        self.out = make_output_folder(out)
        self.key = str(self.out.resolve())
        self._held = False

    def acquire(self) -> OutputLock:
        if self.key in _HELD:
            _HELD[self.key][1] += 1
            self._held = True
            return self
        path = self.out / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot write into the output folder {self.out}: {exc.strerror or exc}") from None
        try:
            _lock(fd)
        except OSError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f" (process {holder})" if holder else ""
            raise OutputBusy(f"{self.out} is in use by another thidua run{who}; wait for it to finish "
                             f"or choose another --out") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        _HELD[self.key] = [fd, 1]
        self._held = True
        removed = remove_stale_temporaries(self.out)
        if removed:
            log.info("removed %d temporary files of an interrupted run from %s", removed, self.out)
        return self

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        entry = _HELD[self.key]
        entry[1] -= 1
        if entry[1] == 0:
            del _HELD[self.key]
            _unlock(entry[0])
            os.close(entry[0])

    def __enter__(self) -> OutputLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _lock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)


def _unlock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
    else:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _read_pid(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""


def remove_stale_temporaries(out: Path) -> int:
    """Delete the writers' temporary files in `out`. Only safe while holding the folder's lock: then no
    other run is writing them, so any that exist belong to a run that was killed."""
    removed = 0
    for sub in _TEMP_FOLDERS:
        folder = out / sub
        if not folder.is_dir():
            continue
        for entry in os.scandir(folder):
            if entry.is_file(follow_symlinks=False) and _TEMPORARY.match(entry.name):
                try:
                    os.unlink(entry.path)
                    removed += 1
                except OSError as exc:
                    log.warning("cannot remove %s: %s", entry.path, exc.strerror or exc)
    return removed
