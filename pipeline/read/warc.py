"""Read crawl archives: the articles of an archive folder (ledger + WARC files), or of .warc(.gz) files.

In an archive folder the ledger says which records are articles and which are the same article
under another URL, so each article is read once, from its latest stored copy. A WARC file on
its own is read record by record: HTML responses with status 200 (only those the crawler marked
as articles, when it was thidua's crawler), each payload and each URL once.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from pipeline.core.types import RawDocument, Skipped
from pipeline.fetch.archive import KIND_HEADER, WARC_DIR
from pipeline.fetch.ledger import LEDGER_NAME, Ledger, LedgerError
from pipeline.fetch.profiles import ProfileError, load_profile
from pipeline.fetch.urls import normalize

# Same bound as for files on disk: a stored page larger than this is not an article.
MAX_BYTES = 20 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SLUG = re.compile(r"[^a-z0-9]+")
# Readable part of an article id; the hash after it keeps ids unique.
_SLUG_CHARS = 60


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz"))


def is_archive(folder: Path) -> bool:
    return (folder / LEDGER_NAME).is_file()


def archive_root(file: Path) -> Path | None:
    """The archive folder a file belongs to (ledger, WARC files, SQLite side files), or None."""
    for parent in file.parents:
        if is_archive(parent):
            return parent
    return None


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


def iter_archive_file(folder: Path, file: Path) -> Iterator[RawDocument | Skipped]:
    """The articles whose current copy the crawl ledger of `folder` keeps in WARC `file`, each once."""
    try:
        ledger = Ledger(folder / LEDGER_NAME, readonly=True)
    except (LedgerError, sqlite3.Error) as exc:
        yield Skipped("bad_archive", f"{folder}: ledger unreadable: {exc}", stage="read", source=str(file))
        return
    try:
        profile = ledger.meta("profile") or ""
        rows = [r for r in ledger.articles() if r["warc_file"] == file.name]
    finally:
        ledger.close()
    selectors = _selectors(profile)
    if not rows:
        return
    try:
        fh = file.open("rb")
    except OSError as exc:
        yield Skipped("archive_record_missing", f"{file}: {exc}", stage="read", source=str(file))
        return
    with fh:
        for row in rows:
            where = f"{file}#{row['warc_offset']}"
            try:
                fh.seek(row["warc_offset"])
                record = next(iter(ArchiveIterator(fh)), None)
            except (OSError, ArchiveLoadFailed, EOFError, zlib.error) as exc:
                yield Skipped("archive_record_missing", f"{where}: {exc}", stage="read", source=row["url"])
                continue
            if record is None or record.rec_type != "response":
                yield Skipped("archive_record_missing", f"{where}: no response record", stage="read",
                              source=row["url"])
                continue
            doc = _document(row["url"], record, where,
                            {"profile": profile, "selectors": selectors, "warc": where, "fetched": row["fetched"] or ""})
            if isinstance(doc, RawDocument) and _cut_short(record):
                doc = Skipped("archive_record_missing", f"{where}: record cut short", stage="read", source=row["url"])
            yield doc


def iter_archive(folder: Path) -> Iterator[RawDocument | Skipped]:
    """Every article of a crawl archive once, file by file."""
    for file in sorted((folder / WARC_DIR).glob("*.warc*")):
        yield from iter_archive_file(folder, file)


@lru_cache(maxsize=None)
def _selectors(profile: str) -> str:
    """The crawled site's selectors, as JSON for the cleaner: the site's markup before the generic guesses."""
    if not profile:
        return ""
    try:
        chosen = load_profile(profile)
    except ProfileError:  # an archive made with a profile this installation no longer has
        return ""
    return json.dumps({name: list(values) for name, values in chosen.selectors.items() if values})


def _cut_short(record) -> bool:
    """warcio reads a cut-off gzip member without complaint; the record's unread length tells."""
    return getattr(record.raw_stream, "limit", 0) > 0


def iter_warc_file(path: Path) -> Iterator[RawDocument | Skipped]:
    """The article responses of one WARC file, each URL and each payload once."""
    seen_urls: set[str] = set()
    seen_payloads: set[str] = set()
    end = 0
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                doc = _article_of(record, path, seen_urls, seen_payloads)
                records.read_to_end(record)
                if _cut_short(record):
                    break
                end = records.get_record_offset() + records.get_record_length()
                if doc is not None:
                    yield doc
        size = path.stat().st_size
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error) as exc:
        yield Skipped("truncated_warc", f"{path}: {exc}", stage="read", source=str(path))
        return
    if end < size:
        # A file cut short (copied during a crawl, or left by a killed crawler of another tool).
        yield Skipped("truncated_warc", f"{path}: ends with an incomplete record after byte {end}",
                      stage="read", source=str(path))


def _article_of(record, path: Path, seen_urls: set[str], seen_payloads: set[str]) -> RawDocument | Skipped | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    kind = record.rec_headers.get_header(KIND_HEADER)
    if kind is not None and kind != "article":
        return None  # a listing, feed or robots.txt the crawler stored alongside
    if record.http_headers.get_statuscode() != "200":
        return None
    media = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media and media not in _HTML_TYPES:
        return None
    target = record.rec_headers.get_header("WARC-Target-URI") or ""
    url = normalize(target) or target
    digest = record.rec_headers.get_header("WARC-Payload-Digest") or ""
    if url in seen_urls or (digest and digest in seen_payloads):
        return None
    seen_urls.add(url)
    if digest:
        seen_payloads.add(digest)
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    return _document(url, record, f"{path} {record_id}", {"warc": str(path)})
