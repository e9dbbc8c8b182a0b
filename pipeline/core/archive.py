"""The crawl archive format, in one place: the folder layout, the WARC conventions and the ledger.

Both the crawler (pipeline/fetch, which writes archives) and the reader (pipeline/read, which
turns them into documents) use this module. It lives in pipeline/core because imports go one way,
down the stages: read sits below fetch and must not import it, and core is the stage-neutral
base every stage may import. Nothing here fetches or parses HTML; it is names and SQLite.

    archives/hungha/
      ledger.sqlite3                                  the ledger below
      warc/thidua-20240118090500-00001-00000.warc.gz  WARC 1.1, one gzip member per record

The ledger: one SQLite file per archive recording every URL, its state and where it is stored.
It is the frontier too (URLs in state "queued"), so a killed crawl resumes from it. Each page is
committed in one transaction after its WARC records are on disk; the `warc_files` table keeps
how far each WARC file is committed, so a resumed crawl can cut off a half-written tail.

States: queued -> done | duplicate (same article as `duplicate_of`) | alias (a URL known to be
another page: redirect target or canonical) | skipped (by choice: robots, out_of_range, ...) |
failed (errors after retries).

Kinds: listing, feed, sitemap, article, and candidate (a link that looks like an article only by
the page structure around it; it becomes an article once its page reads as one).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

LEDGER_NAME = "ledger.sqlite3"
# Kinds of page fetched as articles: a candidate is fetched like one and becomes one if it reads as one.
ARTICLE_KINDS = ("article", "candidate")
WARC_DIR = "warc"
WARC_GLOB = "*.warc*"
# Our own WARC header naming what the crawler took the page for, so a WARC file alone can be read.
KIND_HEADER = "Thidua-Page-Kind"
# Ledger meta keys: the profile the pages were read with, whether the crawler recognised it from
# the site itself (rather than being told), and its selectors as JSON for the cleaner, recorded
# at crawl time so that reading an archive never needs the crawler's profile machinery.
META_PROFILE, META_RECOGNISED, META_SELECTORS = "profile", "recognised", "selectors"
SCHEMA_VERSION = "1"
STATES = ("queued", "done", "duplicate", "alias", "skipped", "failed")
_PAGE_FIELDS = {
    "kind", "depth", "state", "run", "is_start", "found_on", "hint_date", "fetched", "status", "final_url",
    "canonical", "content_hash", "payload_digest", "etag", "last_modified", "published", "warc_file",
    "warc_offset", "warc_length", "duplicate_of", "reason", "detail", "attempts",
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, outcome TEXT, mode TEXT, settings TEXT);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    kind TEXT NOT NULL,              -- listing | feed | sitemap | article | candidate
    depth INTEGER NOT NULL,          -- link hops from a start page
    state TEXT NOT NULL,
    run INTEGER NOT NULL,            -- the run that last queued or handled it
    is_start INTEGER NOT NULL DEFAULT 0,
    found_on TEXT,                   -- the page that linked it first
    hint_date TEXT,                  -- date shown next to the link, or a feed/sitemap date
    discovered TEXT NOT NULL,
    fetched TEXT,
    status INTEGER,
    final_url TEXT,
    canonical TEXT,
    content_hash TEXT,               -- sha1 of the article's main text, or of the body
    payload_digest TEXT,             -- WARC-Payload-Digest of the stored response
    etag TEXT,
    last_modified TEXT,
    published TEXT,
    warc_file TEXT,
    warc_offset INTEGER,
    warc_length INTEGER,
    duplicate_of TEXT,
    reason TEXT,
    detail TEXT,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS pages_queue ON pages(state, depth);
CREATE INDEX IF NOT EXISTS pages_canonical ON pages(canonical);
CREATE INDEX IF NOT EXISTS pages_hash ON pages(content_hash);
CREATE TABLE IF NOT EXISTS warc_files (name TEXT PRIMARY KEY, committed INTEGER NOT NULL);
"""


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class LedgerError(ValueError):
    """A ledger that cannot be used: wrong schema, or a crawl of another site."""


class Ledger:
    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        if readonly:
            self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            # WAL: readers (extract) never block the crawl; NORMAL sync survives a killed process.
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
            if self.meta("schema") is None:
                self.set_meta("schema", SCHEMA_VERSION)
        self.db.row_factory = sqlite3.Row
        version = self.meta("schema")
        if version != SCHEMA_VERSION:
            raise LedgerError(f"{self.path}: ledger schema {version!r}, this version reads {SCHEMA_VERSION!r}")

    def close(self) -> None:
        if not self.readonly:
            try:
                # Back to a single file when the crawl ends, so readers leave no -wal/-shm files behind.
                self.db.execute("PRAGMA journal_mode=DELETE")
            except sqlite3.OperationalError:
                pass  # another connection is open: it stays in WAL mode, which is harmless
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # --- meta and runs ---------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def begin_run(self, mode: str, settings: dict[str, Any]) -> int:
        cur = self.db.execute("INSERT INTO runs (started, mode, settings) VALUES (?, ?, ?)",
                              (now(), mode, json.dumps(settings, default=str, ensure_ascii=False)))
        return int(cur.lastrowid)

    def end_run(self, run: int, outcome: str) -> None:
        self.db.execute("UPDATE runs SET finished = ?, outcome = ? WHERE id = ?", (now(), outcome, run))

    def runs(self) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM runs ORDER BY id").fetchall()

    # --- pages -------------------------------------------------------------------------

    def page(self, url: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM pages WHERE url = ?", (url,)).fetchone()

    def add(self, url: str, kind: str, depth: int, run: int, *, state: str = "queued", is_start: bool = False,
            found_on: str | None = None, hint_date: str | None = None, reason: str | None = None,
            duplicate_of: str | None = None) -> bool:
        """Record a newly seen URL; False (and nothing changed) when the ledger knows it already."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO pages (url, kind, depth, state, run, is_start, found_on, hint_date, discovered,"
            " reason, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (url, kind, depth, state, run, int(is_start), found_on, hint_date, now(), reason, duplicate_of))
        return cur.rowcount == 1

    def update(self, url: str, **fields: Any) -> None:
        unknown = set(fields) - _PAGE_FIELDS
        if unknown:
            raise KeyError(f"unknown ledger fields {sorted(unknown)}")
        assignments = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE pages SET {assignments} WHERE url = ?", (*fields.values(), url))

    def next_queued(self) -> sqlite3.Row | None:
        """Breadth first; within a depth, start pages, then articles, then listings, in discovery order."""
        return self.db.execute(
            "SELECT * FROM pages WHERE state = 'queued' "
            "ORDER BY depth, is_start DESC, kind IN ('article', 'candidate') DESC, rowid LIMIT 1").fetchone()

    def queued(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM pages WHERE state = 'queued'").fetchone()[0]

    def find_article(self, *, canonical: str | None = None, content_hash: str | None = None,
                     other_than: str = "") -> sqlite3.Row | None:
        """A stored article with this canonical URL or main-text hash (the first one stored)."""
        for column, value in (("canonical", canonical), ("content_hash", content_hash)):
            if not value:
                continue
            row = self.db.execute(
                f"SELECT * FROM pages WHERE {column} = ? AND state = 'done' AND kind = 'article' AND url != ? "
                "ORDER BY rowid LIMIT 1", (value, other_than)).fetchone()
            if row:
                return row
        return None

    def requeue(self, where: str, run: int, params: tuple[Any, ...] = ()) -> int:
        """Put rows matching the SQL condition `where` back in the queue for run `run`."""
        cur = self.db.execute(f"UPDATE pages SET state = 'queued', run = ? WHERE {where}", (run, *params))
        return cur.rowcount

    def counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT state, COUNT(*) FROM pages GROUP BY state").fetchall())

    def articles(self) -> Iterator[sqlite3.Row]:
        """Stored articles, each once (duplicates and aliases excluded), in discovery order."""
        yield from self.db.execute(
            "SELECT * FROM pages WHERE kind = 'article' AND state = 'done' AND duplicate_of IS NULL "
            "AND warc_file IS NOT NULL ORDER BY rowid")

    def count(self, where: str, params: tuple[Any, ...] = ()) -> int:
        """Rows matching the SQL condition `where`."""
        return self.db.execute(f"SELECT COUNT(*) FROM pages WHERE {where}", params).fetchone()[0]

    # --- WARC files ------------------------------------------------------------------------

    def warc_files(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT name, committed FROM warc_files").fetchall())

    def set_committed(self, name: str, offset: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO warc_files (name, committed) VALUES (?, ?)", (name, offset))


# --- the folder ----------------------------------------------------------------------------

def is_archive(folder: Path) -> bool:
    return (folder / LEDGER_NAME).is_file()


def archive_root(file: Path) -> Path | None:
    """The archive folder a file belongs to (ledger, WARC files, SQLite side files), or None."""
    for parent in file.parents:
        if is_archive(parent):
            return parent
    return None


def warc_files(folder: Path) -> list[Path]:
    """The WARC files of an archive folder, oldest first (their names start with the crawl time)."""
    return sorted((folder / WARC_DIR).glob(WARC_GLOB))
