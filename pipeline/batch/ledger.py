"""The run ledger: which inputs are done, by which pipeline version, and their results.

An SQLite file in the output folder. A file's results are committed together with its
done mark, so a run killed at any moment (SIGKILL included) resumes without losing or
repeating anything: done files are skipped, the rest are processed, and the outputs are
written from the ledger in input order, identical to an uninterrupted run.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from pipeline.batch.outdir import OutputError, OutputLock
from pipeline.batch.work import Result
from pipeline.core.archive import LEDGER_NAME as CRAWL_LEDGER
from pipeline.core.archive import archive_root

LEDGER_NAME = "run-ledger.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    file_key TEXT PRIMARY KEY,      -- path | size | mtime: an input as it was when processed
    path TEXT NOT NULL,
    version TEXT NOT NULL,          -- pipeline version that produced the results
    n_records INTEGER NOT NULL,
    finished REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
    file_key TEXT NOT NULL,
    rec_no INTEGER NOT NULL,
    article_id TEXT,
    source TEXT,
    status TEXT NOT NULL,           -- ok | skipped | failed
    content_hash TEXT,
    jsonl TEXT,
    rows TEXT,                      -- JSON list of [table, row]
    error TEXT,                     -- JSON errors.csv row
    PRIMARY KEY (file_key, rec_no)
);
"""


def file_key(path: str | Path) -> str:
    """An input as it is now: path, size and modification time. A WARC file of a crawl archive
    also depends on the crawl ledger, which says which of its records are the latest copies.
    A link that leads nowhere (or back to itself) is keyed by the link itself."""
    try:
        stat = os.stat(path)
    except OSError:
        stat = os.lstat(path)
    key = f"{Path(path).resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    root = archive_root(Path(path))
    if root is not None:
        crawl = os.stat(root / CRAWL_LEDGER)
        key += f"|{crawl.st_size}|{crawl.st_mtime_ns}"
    return key


class Ledger:
    """The ledger of the output folder `out_dir`, which it holds (OutputLock) until `close()`."""

    def __init__(self, out_dir: Path, version: str):
        self.version = version
        self.lock = OutputLock(out_dir).acquire()  # raises OutputBusy while another run writes there
        path = Path(out_dir) / LEDGER_NAME
        try:
            self.db = sqlite3.connect(path)
            self.db.execute("PRAGMA journal_mode=WAL")
            # In WAL mode a commit survives the process being killed without waiting for the disk
            # (fsync at checkpoints only): a resumed run loses nothing; a power cut may cost redoing
            # the last files, never a damaged ledger. Syncing every file's commit cost milliseconds.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            self.lock.release()
            raise OutputError(f"{path} is not a usable run ledger ({exc}); delete it to start the run over") from None

    def is_done(self, key: str) -> bool:
        row = self.db.execute("SELECT version FROM files WHERE file_key = ?", (key,)).fetchone()
        return row is not None and row[0] == self.version

    def forget(self, key: str) -> None:
        self.db.execute("DELETE FROM results WHERE file_key = ?", (key,))
        self.db.execute("DELETE FROM files WHERE file_key = ?", (key,))

    def record(self, key: str, path: str, results: list[Result], finished: float) -> None:
        """Store one file's results and mark it done, in one transaction."""
        with self.db:
            self.forget(key)
            self.db.executemany(
                "INSERT INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(key, r.rec_no, r.article_id, r.source, r.status, r.content_hash, r.jsonl,
                  json.dumps(r.rows, ensure_ascii=False), json.dumps(r.error, ensure_ascii=False) if r.error else None)
                 for r in results])
            self.db.execute("INSERT INTO files VALUES (?, ?, ?, ?, ?)", (key, path, self.version, len(results), finished))

    def results(self, key: str) -> Iterator[tuple[str, str, list, dict | None]]:
        """(status, jsonl, rows, error) of one input's articles, in order; streamed, not loaded."""
        cursor = self.db.execute("SELECT status, jsonl, rows, error FROM results WHERE file_key = ? ORDER BY rec_no",
                                 (key,))
        for status, jsonl, rows, error in cursor:
            yield status, jsonl, json.loads(rows), json.loads(error) if error else None

    def close(self) -> None:
        try:
            self.db.commit()
            self.db.close()
        finally:
            self.lock.release()
