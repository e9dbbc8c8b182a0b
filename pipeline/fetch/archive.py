"""The WARC side of an archive folder: every response as fetched, in gzipped WARC files (warcio).

Each record is its own gzip member, so a record can be read from its offset alone. A page's
records are flushed and fsynced before the ledger commits the page; on the next run any tail
beyond the ledger's committed offset (a page the killed process never committed) is cut off,
so the archive holds exactly what the ledger knows about.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.core.archive import KIND_HEADER, WARC_DIR, Ledger
from pipeline.fetch.client import Exchange
from pipeline.fetch.settings import USER_AGENT

# Rotate files at 1 GB, the usual WARC size: big enough to be few, small enough to copy.
MAX_WARC_BYTES = 1024 ** 3
_NOT_MODIFIED = "http://netpreserve.org/warc/1.0/revisit/server-not-modified"


@dataclass(frozen=True)
class Stored:
    file: str  # name inside warc/
    offset: int
    length: int
    payload_digest: str | None


def warc_date(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Archive:
    def __init__(self, folder: Path, ledger: Ledger):
        self.dir = folder / WARC_DIR
        self.dir.mkdir(parents=True, exist_ok=True)
        self.ledger = ledger
        self._fh = None
        self._writer: WARCWriter | None = None
        self.name = ""
        self._run = 0
        self._info: dict[str, str] = {}

    def rollback_uncommitted(self) -> int:
        """Cut every WARC file back to what the ledger committed; returns the bytes removed.

        A file the ledger never heard of was started by a crawl killed before its first commit.
        """
        committed = self.ledger.warc_files()
        removed = 0
        for path in sorted(self.dir.glob("thidua-*.warc.gz")):
            keep = committed.get(path.name, 0)
            size = path.stat().st_size
            if size > keep:
                removed += size - keep
                with path.open("r+b") as fh:
                    fh.truncate(keep)
            if keep == 0:
                path.unlink()
        return removed

    def open(self, run: int, info: dict[str, str]) -> None:
        """Start this run's WARC file with a warcinfo record describing the crawl."""
        self._run, self._info = run, info
        self._new_file()

    def _new_file(self) -> None:
        if self._fh:
            self._fh.close()
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
        serial = len(list(self.dir.glob("*.warc.gz")))
        self.name = f"thidua-{stamp}-{self._run:05d}-{serial:05d}.warc.gz"
        self._fh = (self.dir / self.name).open("ab")
        self._writer = WARCWriter(self._fh, gzip=True, warc_version="1.1")
        info = {"software": USER_AGENT.split(" (")[0], "format": "WARC File Format 1.1",
                "robots": "obey", "http-header-user-agent": USER_AGENT, **self._info}
        self._writer.write_record(self._writer.create_warcinfo_record(self.name, info))
        self.commit_point()

    def rotate_if_full(self) -> None:
        """Go on in a new file once this one is full; called between pages, so a page's records stay together."""
        if self._fh and self._fh.tell() >= MAX_WARC_BYTES:
            self._new_file()

    def write_exchange(self, ex: Exchange, kind: str | None = None) -> Stored:
        """The request and the response of one exchange; returns where the response is."""
        assert self._writer and self._fh, "archive not opened"
        parts = urlsplit(ex.url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        date = warc_date(ex.fetched_at)
        extra = {KIND_HEADER: kind} if kind else {}
        response = self._writer.create_warc_record(
            ex.url, "response", payload=BytesIO(ex.body), length=len(ex.body),
            http_headers=StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), ex.headers, protocol=ex.protocol),
            warc_headers_dict={"WARC-Date": date, **extra})
        request = self._writer.create_warc_record(
            ex.url, "request",
            http_headers=StatusAndHeaders(f"GET {target or '/'} HTTP/1.1", ex.request_headers,
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": date})
        return self._write_pair(request, response)

    def write_revisit(self, ex: Exchange, refers_to_uri: str, refers_to_date: str, digest: str,
                      not_modified: bool = False, kind: str | None = None) -> Stored:
        """A response whose payload the archive already holds: headers only, pointing to the first copy."""
        assert self._writer and self._fh, "archive not opened"
        extra = {KIND_HEADER: kind} if kind else {}
        record = self._writer.create_revisit_record(
            ex.url, digest, refers_to_uri, refers_to_date,
            http_headers=StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), ex.headers, protocol=ex.protocol),
            warc_headers_dict={"WARC-Date": warc_date(ex.fetched_at), **extra})
        if not_modified:
            record.rec_headers.replace_header("WARC-Profile", _NOT_MODIFIED)
        offset = self._fh.tell()
        self._writer.write_record(record)
        return Stored(self.name, offset, self._fh.tell() - offset, digest)

    def _write_pair(self, request, response) -> Stored:
        """Response, then request pointing to it (warcio's order), each its own gzip member."""
        response_id = response.rec_headers.get_header("WARC-Record-ID")
        request.rec_headers.replace_header("WARC-Concurrent-To", response_id)
        request.rec_headers.replace_header("WARC-Date", response.rec_headers.get_header("WARC-Date"))
        start = self._fh.tell()
        self._writer.write_record(response)
        end = self._fh.tell()
        self._writer.write_record(request)
        return Stored(self.name, start, end - start, response.rec_headers.get_header("WARC-Payload-Digest"))

    def sync(self) -> tuple[str, int]:
        """Make everything written so far durable; returns (file, end offset) for the ledger."""
        assert self._fh
        self._fh.flush()
        os.fsync(self._fh.fileno())
        return self.name, self._fh.tell()

    def commit_point(self) -> None:
        """Sync and record the end of the file as committed (for writes outside a page transaction)."""
        name, end = self.sync()
        self.ledger.set_committed(name, end)

    def close(self) -> None:
        if self._fh:
            self._fh.close()
            self._fh = None
