"""Read crawl archives: the articles of an archive folder (ledger + WARC files), or of .warc(.gz) files.

In an archive folder the ledger says which records are articles and which are the same article
under another URL, so each article is read once, from its latest stored copy. A WARC file on
its own is read record by record: HTML responses with status 200 (only those the crawler marked
as articles, when it was thidua's crawler), each payload and each URL once.

Damage costs only what is damaged. Each record of a .warc.gz is its own gzip member, so a record
that does not decompress or parse is skipped with a readable reason (`corrupt_warc_record`, a
row of errors.csv) and reading goes on at the next member; a file cut short gives what it holds
and says so (`truncated_warc`).

The archive format itself (layout, ledger, the page-kind header) is `pipeline.core.archive`,
shared with the crawler; this stage never imports the crawler.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urldefrag, urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from pipeline.core.archive import (KIND_HEADER, LEDGER_NAME, META_PROFILE, META_SELECTORS, Ledger, LedgerError,
                                   archive_root, is_archive, warc_files)
from pipeline.core.types import RawDocument, Skipped

__all__ = ["MAX_BYTES", "archive_root", "doc_id", "is_archive", "is_warc", "iter_archive", "iter_archive_file",
           "iter_warc_file"]

# Same bound as for files on disk: a stored page larger than this is not an article.
MAX_BYTES = 20 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SLUG = re.compile(r"[^a-z0-9]+")
# Readable part of an article id; the hash after it keeps ids unique.
_SLUG_CHARS = 60
# What warcio raises on bytes that are not a record (and zlib/IO errors it lets through).
_READ_ERRORS = (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError)
_GZIP_MEMBER = b"\x1f\x8b\x08"  # gzip magic and the deflate method: where a member may start
_RECORD_START = b"WARC/1."
# Blocks read while looking for the next record after damage; a record header fits in the first.
_SCAN_BLOCK = 1024 * 1024
_PROBE_BYTES = 64 * 1024
_TARGET = re.compile(rb"WARC-Target-URI:\s*<?([^\r\n>]+)", re.IGNORECASE)
# A stored page with its WARC and HTTP headers: a gzip member unzipping to more is not an article.
_MEMBER_LIMIT = MAX_BYTES + 1024 * 1024


class _Damaged(Exception):
    """A gzip member that does not unzip whole, its checksum included."""


class _TooLarge(Exception):
    pass


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz"))


def doc_id(url: str) -> str:
    """A stable article id from its URL: readable slug plus a short hash.

    >>> doc_id("https://baonamdinh.vn/channel/5085/202303/cum-thi-dua-ky-ket-2618591/")
    'cum-thi-dua-ky-ket-2618591_bbdd31c4d1'
    """
    parts = urlsplit(url)
    tail = [s for s in unquote(parts.path).split("/") if s]
    words = (tail[-1] if tail else parts.netloc).rsplit(".", 1)[0]
    if parts.query:
        words += "-" + parts.query
    slug = _SLUG.sub("-", words.lower()).strip("-")[-_SLUG_CHARS:].strip("-") or "page"
    return f"{slug}_{hashlib.sha1(url.encode('utf-8')).hexdigest()[:10]}"


def _charset(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _payload(record) -> bytes | None:
    """The page bytes (content-encoding undone), or None when larger than MAX_BYTES."""
    data = record.content_stream().read(MAX_BYTES + 1)
    return None if len(data) > MAX_BYTES else data


def _document(url: str, record, source: str, extra: dict[str, str]) -> RawDocument | Skipped:
    content = _payload(record)
    if content is None:
        return Skipped("too_large", f"{source}: stored page over {MAX_BYTES} bytes", stage="read", source=url)
    headers = dict(extra)
    charset = _charset(record.http_headers.get_header("Content-Type") if record.http_headers else None)
    if charset:
        headers["charset"] = charset
    return RawDocument(doc_id=doc_id(url), source=url, content=content, media_type="html", url=url,
                       headers=headers)


def _cut_short(record) -> bool:
    """warcio reads a cut-off gzip member without complaint; the record's unread length tells."""
    return getattr(record.raw_stream, "limit", 0) > 0


# --- damage: say what it is, find the next record ---------------------------------------------

def _printable(data: bytes, limit: int = 60) -> str:
    text = data.decode("ascii", errors="replace")
    return "".join(ch if ch.isprintable() and ch != "\ufffd" else "?" for ch in text[:limit])


def describe_damage(fh: BinaryIO, start: int, end: int, gz: bool) -> str:
    """A readable account of bytes start..end that are not a readable record: what broke, and whose record it was.

    >>> import gzip, io
    >>> good = gzip.compress(b"WARC/1.1\\r\\nWARC-Target-URI: http://a.vn/tin-1\\r\\n" + b"x" * 4000)
    >>> bad = good[:40] + bytes(b ^ 0x5A for b in good[40:80]) + good[80:]
    >>> describe_damage(io.BytesIO(bad), 0, len(bad), gz=True)  # doctest: +ELLIPSIS
    'bytes 0-... do not decompress (gzip: ...)'
    """
    fh.seek(start)
    raw = fh.read(min(end - start, _SCAN_BLOCK))
    text, problem = raw, ""
    if gz:
        inflater, parts = zlib.decompressobj(31), []
        try:
            # Small steps, so that what decompressed before the damage is kept for the record's URL.
            for at in range(0, len(raw), 64):
                parts.append(inflater.decompress(raw[at:at + 64]))
                if inflater.eof:
                    break
        except zlib.error as exc:
            problem = f"do not decompress (gzip: {exc})"
        text = b"".join(parts)
        if not problem and not inflater.eof:
            problem = "hold a gzip member cut short"
    if not problem:
        problem = f"are not a WARC record (it begins {_printable(text.lstrip())!r})"
    target = _TARGET.search(text[:_PROBE_BYTES])
    whose = f", the record of {_printable(target.group(1).strip(), 200)}" if target else ""
    return f"bytes {start}-{end} {problem}{whose}"


def read_member(fh: BinaryIO, offset: int, length: int | None, gz: bool) -> bytes:
    """The record stored at `offset`, unzipped and checked (gzip's CRC catches any damaged byte).

    warcio alone can read a damaged member as a short record without complaint, so articles are
    unzipped here and parsed from the result. Raises _Damaged, or _TooLarge past _MEMBER_LIMIT.
    """
    fh.seek(offset)
    raw = fh.read(length if length else _MEMBER_LIMIT)
    if length and len(raw) < length:
        raise _Damaged(f"the file ends {length - len(raw)} bytes into the record")
    if not gz:
        return raw
    inflater = zlib.decompressobj(31)
    try:
        out = inflater.decompress(raw, _MEMBER_LIMIT)
    except zlib.error as exc:
        raise _Damaged(f"gzip: {exc}") from None
    if inflater.unconsumed_tail:
        raise _TooLarge(f"record over {_MEMBER_LIMIT} bytes unzipped")
    if not inflater.eof:
        raise _Damaged("gzip member cut short")
    return out


def _starts_record(fh: BinaryIO, offset: int, gz: bool) -> bool:
    fh.seek(offset)
    head = fh.read(_PROBE_BYTES)
    if not gz:
        return head.startswith(_RECORD_START)
    try:
        return zlib.decompressobj(31).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False


def next_record_start(fh: BinaryIO, offset: int, gz: bool) -> int | None:
    """The first offset at or after `offset` where a readable record begins, or None."""
    needle = _GZIP_MEMBER if gz else b"\n" + _RECORD_START
    where = offset
    while True:
        fh.seek(where)
        block = fh.read(_SCAN_BLOCK)
        if len(block) < len(needle):
            return None
        at = block.find(needle)
        while at != -1:
            found = where + at + (0 if gz else 1)
            if _starts_record(fh, found, gz):
                return found
            at = block.find(needle, at + 1)
        # Overlap the blocks by the needle's length, so a needle across the boundary is seen.
        where += len(block) - len(needle) + 1


# --- an archive folder: the ledger says which records are articles ------------------------------

def iter_archive_file(folder: Path, file: Path) -> Iterator[RawDocument | Skipped]:
    """The articles whose current copy the crawl ledger of `folder` keeps in WARC `file`, each once."""
    try:
        ledger = Ledger(folder / LEDGER_NAME, readonly=True)
    except (LedgerError, sqlite3.Error) as exc:
        yield Skipped("bad_archive", f"{folder}: ledger unreadable: {exc}", stage="read", source=str(file))
        return
    try:
        profile = ledger.meta(META_PROFILE) or ""
        # The site's selectors as the crawl recorded them: the site's markup before the generic guesses.
        selectors = ledger.meta(META_SELECTORS) or ""
        rows = [r for r in ledger.articles() if r["warc_file"] == file.name]
    finally:
        ledger.close()
    if not rows:
        return
    try:
        fh = file.open("rb")
    except OSError as exc:
        yield Skipped("archive_record_missing", f"{file}: {exc}", stage="read", source=str(file))
        return
    gz = file.name.lower().endswith(".gz")
    with fh:
        for row in rows:
            offset, length = row["warc_offset"], row["warc_length"]
            where = f"{file}#{offset}"
            try:
                record = next(iter(ArchiveIterator(BytesIO(read_member(fh, offset, length, gz)))), None)
                if record is None or record.rec_type != "response":
                    yield Skipped("archive_record_missing", f"{where}: no response record", stage="read",
                                  source=row["url"])
                    continue
                doc = _document(row["url"], record, where, {"profile": profile, "selectors": selectors,
                                                             "warc": where, "fetched": row["fetched"] or ""})
            except _TooLarge as exc:
                yield Skipped("too_large", f"{where}: {exc}", stage="read", source=row["url"])
                continue
            except (_Damaged, *_READ_ERRORS):
                damage = describe_damage(fh, offset, offset + (length or _PROBE_BYTES), gz)
                yield Skipped("corrupt_warc_record", f"{file}: {damage}; crawl the page again to replace it",
                              stage="read", source=row["url"])
                continue
            if isinstance(doc, RawDocument) and _cut_short(record):
                doc = Skipped("archive_record_missing", f"{where}: record cut short", stage="read", source=row["url"])
            yield doc


def iter_archive(folder: Path) -> Iterator[RawDocument | Skipped]:
    """Every article of a crawl archive once, file by file."""
    for file in warc_files(folder):
        yield from iter_archive_file(folder, file)


# --- a WARC file on its own ------------------------------------------------------------------------

@dataclass
class _Pass:
    """One run of warcio's iterator from `start`: how far it read cleanly, and why it stopped early."""

    start: int
    end: int
    failure: str | None = None


def iter_warc_file(path: Path) -> Iterator[RawDocument | Skipped]:
    """The article responses of one WARC file, each URL and each payload once; damaged records skipped and counted."""
    seen_urls: set[str] = set()
    seen_payloads: set[str] = set()
    gz = path.name.lower().endswith(".gz")
    try:
        size = path.stat().st_size
        fh = path.open("rb")
    except OSError as exc:
        yield Skipped("unreadable", f"{path}: {exc.strerror or exc}", stage="read", source=str(path))
        return
    with fh:
        position = 0
        while position < size:
            run = _Pass(position, position)
            yield from _read_from(fh, path, run, seen_urls, seen_payloads)
            if run.failure is None and run.end >= size:
                break
            resume = next_record_start(fh, run.end + 1, gz)
            if resume is None:
                # A file cut short (copied during a crawl, or left by a killed crawler of another tool).
                yield Skipped("truncated_warc", f"{path}: ends with an incomplete record after byte {run.end}",
                              stage="read", source=str(path))
                break
            damage = describe_damage(fh, run.end, resume, gz)
            yield Skipped("corrupt_warc_record", f"{path}: {damage}; skipped, the records after it were read",
                          stage="read", source=str(path))
            position = resume


def _read_from(fh: BinaryIO, path: Path, run: _Pass, seen_urls: set[str],
               seen_payloads: set[str]) -> Iterator[RawDocument | Skipped]:
    gz = path.name.lower().endswith(".gz")
    fh.seek(run.start)
    records = ArchiveIterator(fh)
    try:
        for record in records:
            doc = _article_of(record, path, seen_urls, seen_payloads)
            records.read_to_end(record)
            if _cut_short(record):
                run.failure = "record cut short"
                return
            offset = records.get_record_offset()  # warcio's offsets are the file's (it asks fh.tell())
            length = records.get_record_length()
            if doc is not None and gz:
                # An article is checked against gzip's CRC: a damaged member can parse as a short record.
                resume = fh.tell()
                try:
                    read_member(fh, offset, length, gz)
                except _Damaged as exc:
                    run.failure = str(exc)
                    return
                except _TooLarge:
                    pass  # _document has already made it a too_large skip
                finally:
                    fh.seek(resume)
            run.end = offset + length
            if doc is not None:
                yield doc
    except _READ_ERRORS as exc:
        run.failure = f"{type(exc).__name__}"


def _target(record) -> str:
    """The record's URL as written (WARC 1.0 writers may wrap it in <>), without a fragment."""
    target = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    return urldefrag(target)[0]


def _article_of(record, path: Path, seen_urls: set[str], seen_payloads: set[str]) -> RawDocument | Skipped | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    kind = record.rec_headers.get_header(KIND_HEADER)
    if kind is not None and kind != "article":
        return None  # a listing, feed, robots.txt or unconfirmed link the crawler stored alongside
    if record.http_headers.get_statuscode() != "200":
        return None
    media = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media and media not in _HTML_TYPES:
        return None
    url = _target(record)
    digest = record.rec_headers.get_header("WARC-Payload-Digest") or ""
    if url in seen_urls or (digest and digest in seen_payloads):
        return None
    seen_urls.add(url)
    if digest:
        seen_payloads.add(digest)
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    return _document(url, record, f"{path} {record_id}", {"warc": str(path)})
