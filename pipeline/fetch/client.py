"""HTTP for the crawl: one GET with retries, backoff, Retry-After, checked redirects and bounded bodies.

Time is bounded three ways: `timeout` for each wait on the server (connecting, the next bytes);
`page_deadline` for the transfers of one page in all (every try and redirect hop together), held
by a watchdog that cuts the connection, so a server dripping bytes cannot stretch it; and
`max_retry_after` for the pauses the server asks for between tries of one page, in all.

Every response received is kept as an `Exchange` (retried 503s and redirect hops included) so the
archive stores what the server sent; the page's outcome is the last one, or an error code:
timeout, connection, http_<status>, retry_after_too_long, redirect_loop, too_many_redirects,
bad_redirect, too_large, not_html, or whatever `permit` says about a redirect target.
"""

from __future__ import annotations

import email.utils
import logging
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

import requests
import urllib3

from pipeline.fetch.pacing import Pacer
from pipeline.fetch.settings import CrawlSettings
from pipeline.fetch.urls import host_of, normalize
from pipeline.fetch.watchdog import WatchedAdapter, Watchdog

log = logging.getLogger("thidua.fetch")

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES = frozenset({"application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
                       "application/x-gzip", "application/gzip", "application/octet-stream"})
TEXT_TYPES = frozenset({"text/plain"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Error pages are kept for the record, but only their start: nobody needs a 2 MB 404 page.
_ERROR_BODY_LIMIT = 64 * 1024
# Bodies are read 64 kB at a time and the size limit checked per chunk (the watchdog holds the deadline).
_CHUNK = 64 * 1024


class BodyError(Exception):
    """A body that cannot be turned into bytes of the page (reason: too_large, unsupported_encoding)."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason


@dataclass
class Exchange:
    """One request and the response to it, as sent and received."""

    url: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    protocol: str
    headers: list[tuple[str, str]]
    body: bytes  # as transferred: content-encoding kept, transfer chunking removed
    fetched_at: datetime
    complete: bool = True  # False when the body was not read whole
    unread: str | None = None  # why the body of a success was not read: too_large, not_html

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

    @property
    def media_type(self) -> str:
        return (self.header("Content-Type") or "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for param in (self.header("Content-Type") or "").split(";")[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None

    def content(self, limit: int) -> bytes:
        """The body with gzip/deflate content-encoding undone, at most `limit` bytes."""
        encoding = (self.header("Content-Encoding") or "identity").strip().lower()
        if encoding in ("identity", ""):
            return self.body
        if encoding in ("gzip", "x-gzip", "deflate"):
            # wbits 47 reads gzip or zlib headers; bare deflate streams need -15.
            for wbits in (47, -15):
                try:
                    inflater = zlib.decompressobj(wbits)
                    out = inflater.decompress(self.body, limit + 1)
                except zlib.error:
                    continue
                if len(out) > limit or inflater.unconsumed_tail:
                    raise BodyError("too_large", f"more than {limit} bytes once decompressed")
                return out
            raise BodyError("unsupported_encoding", f"{encoding} body does not decompress")
        raise BodyError("unsupported_encoding", f"content-encoding {encoding!r}")


@dataclass
class FetchResult:
    url: str  # as requested
    exchanges: list[Exchange] = field(default_factory=list)
    final: Exchange | None = None  # the response the page resolved to
    final_url: str = ""
    error: str | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None and self.final is not None and self.final.status == 200


class _Transient(Exception):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (delta seconds or an HTTP date).

    >>> retry_after_seconds("120")
    120.0
    >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", datetime(2015, 10, 21, 7, 27, tzinfo=timezone.utc))
    60.0
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def make_session(settings: CrawlSettings) -> requests.Session:
    session = requests.Session()
    # One connection per host is all a sequential crawl uses; retries are ours, not urllib3's.
    adapter = WatchedAdapter(pool_connections=8, pool_maxsize=1, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update({
        "User-Agent": settings.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        "Accept-Language": "vi,en;q=0.5",
        "Accept-Encoding": "gzip, deflate",  # no brotli: the archive must be readable without extras
    })
    return session


class HttpClient:
    def __init__(self, settings: CrawlSettings, pacer: Pacer, session: requests.Session | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.settings = settings
        self.pacer = pacer
        self.session = session or make_session(settings)
        self._clock = clock

    def _backoff(self, attempt: int) -> float:
        return min(self.settings.max_backoff, self.settings.backoff * 2 ** max(attempt - 1, 0))

    def fetch(self, url: str, *, accept: frozenset[str] = HTML_TYPES, etag: str | None = None,
              last_modified: str | None = None,
              permit: Callable[[str], str | None] | None = None) -> FetchResult:
        """GET `url` politely. `permit(target)` vets each redirect target (scope, robots)."""
        s = self.settings
        result = FetchResult(url=url, final_url=url)
        current, seen, attempt, hops = url, {url}, 0, 0
        spent = asked = 0.0  # seconds of transfer, and of waits the server asked for, on this page so far
        while True:
            host = host_of(current)
            if spent >= s.page_deadline:
                result.error, result.detail = "timeout", _deadline_detail(s.page_deadline)
                return result
            self.pacer.wait(host)
            conditional = {}
            if current == url and etag:
                conditional["If-None-Match"] = etag
            if current == url and last_modified:
                conditional["If-Modified-Since"] = last_modified
            started = self._clock()
            try:
                exchange = self._get(current, conditional, accept, s.page_deadline - spent)
            except _Transient as err:
                log.info("%s: %s (attempt %d)", current, err, attempt + 1)
                if attempt < s.retries:
                    attempt += 1
                    self.pacer.defer(host, self._backoff(attempt))
                    continue
                result.error, result.detail = err.reason, str(err)
                return result
            except (requests.RequestException, ValueError) as exc:  # invalid URL, too many headers, ...
                result.error, result.detail = "bad_request", f"{type(exc).__name__}: {exc}"
                return result
            finally:
                spent += self._clock() - started
                self.pacer.done(host)
            result.exchanges.append(exchange)
            status = exchange.status

            if status == 429 or status >= 500:
                told = retry_after_seconds(exchange.header("Retry-After")) if status in (429, 503) else None
                wait = told if told is not None else self._backoff(attempt + 1)
                if told is not None and asked + told > s.max_retry_after:
                    # Over all tries of the page: a server cannot hold one page for hours by asking again.
                    result.error, result.detail = "retry_after_too_long", f"server asks for {asked + told:.0f} s"
                    return result
                asked += told or 0.0
                if attempt < s.retries:
                    attempt += 1
                    log.info("%s: HTTP %d, retrying in %.1f s", current, status, wait)
                    self.pacer.defer(host, wait)
                    continue
                result.error, result.detail = f"http_{status}", f"HTTP {status} after {attempt + 1} attempts"
                return result

            if status in REDIRECTS and exchange.header("Location"):
                target = normalize(exchange.header("Location") or "", base=current)
                problem = None
                if not target:
                    problem = ("bad_redirect", f"unusable Location {exchange.header('Location')!r}")
                elif target in seen:
                    problem = ("redirect_loop", f"{current} -> {target} was visited before")
                elif hops >= s.max_redirects:
                    problem = ("too_many_redirects", f"more than {s.max_redirects} redirects")
                elif permit and (reason := permit(target)):
                    problem = (reason, f"redirect to {target}")
                if problem:
                    result.error, result.detail = problem
                    result.final_url = target or current
                    return result
                seen.add(target)
                hops += 1
                current, attempt = target, 0
                continue

            result.final, result.final_url = exchange, current
            if exchange.unread:
                result.error = exchange.unread
                result.detail = (f"{exchange.media_type or 'no content type'}, "
                                 f"{exchange.header('Content-Length') or 'unknown'} bytes")
            return result

    def _get(self, url: str, conditional: dict[str, str], accept: frozenset[str], seconds: float) -> Exchange:
        """One request and its response, within `seconds` of wall-clock time in all."""
        with Watchdog(seconds) as watchdog:
            try:
                return self._exchange(url, conditional, accept, seconds)
            except (_Transient, requests.RequestException, urllib3.exceptions.HTTPError, OSError):
                if watchdog.fired:  # the connection was cut because the page's time was up
                    raise _Transient("timeout", _deadline_detail(self.settings.page_deadline)) from None
                raise

    def _exchange(self, url: str, conditional: dict[str, str], accept: frozenset[str], seconds: float) -> Exchange:
        s = self.settings
        started = self._clock()
        try:
            resp = self.session.get(url, headers=conditional, stream=True, allow_redirects=False,
                                    timeout=(min(s.connect_timeout, seconds), min(s.timeout, seconds)))
        except requests.Timeout as exc:
            raise _Transient("timeout", f"no answer within {s.timeout:g} s") from exc
        except requests.ConnectionError as exc:
            raise _Transient("connection", f"connection failed: {type(exc).__name__}") from exc
        with resp:
            exchange = Exchange(
                url=url,
                request_headers=list(resp.request.headers.items()),
                status=resp.status_code,
                reason=resp.reason or "",
                protocol="HTTP/1.0" if getattr(resp.raw, "version", 11) == 10 else "HTTP/1.1",
                # The body is stored de-chunked, so the chunking header would mislead a reader.
                headers=[(k, v) for k, v in resp.raw.headers.items() if k.lower() != "transfer-encoding"],
                body=b"",
                fetched_at=datetime.now(timezone.utc),
            )
            success = 200 <= resp.status_code < 300
            if success and exchange.media_type and exchange.media_type not in accept:
                exchange.complete, exchange.unread = False, "not_html"  # a PDF or an image: not read at all
                return exchange
            length = exchange.header("Content-Length")
            if success and length and length.isdigit() and int(length) > s.max_bytes:
                exchange.complete, exchange.unread = False, "too_large"
                return exchange
            limit = s.max_bytes if success else _ERROR_BODY_LIMIT
            body, whole = self._read(resp, limit, started + seconds)
            if success and not whole:
                exchange.complete, exchange.unread = False, "too_large"
                return exchange
            exchange.body = body
            exchange.complete = whole
            return exchange

    def _read(self, resp: requests.Response, limit: int, deadline: float) -> tuple[bytes, bool]:
        chunks, size = [], 0
        try:
            for chunk in resp.raw.stream(_CHUNK, decode_content=False):
                size += len(chunk)
                if size > limit:
                    return b"".join(chunks), False
                chunks.append(chunk)
                if self._clock() > deadline:  # also without the watchdog (a session passed in by a caller)
                    raise _Transient("timeout", _deadline_detail(self.settings.page_deadline))
        except (urllib3.exceptions.HTTPError, requests.RequestException, OSError) as exc:
            # urllib3 read timeouts and resets surface here as several exception types.
            raise _Transient("timeout" if "timed out" in str(exc).lower() else "connection",
                             f"body read failed: {type(exc).__name__}") from exc
        return b"".join(chunks), True


def _deadline_detail(seconds: float) -> str:
    return f"the page took more than {seconds:g} s in all (the server answers too slowly)"
