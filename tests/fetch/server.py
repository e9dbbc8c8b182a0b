"""A small web server on 127.0.0.1 for crawl tests: static pages plus scripted faults.

Each route answers one path (with its query) or a regex of paths. Behaviours a route can have:
fail the first N requests with a status (503, 429 with Retry-After), answer slowly, redirect
(also to another host name of the loopback, which the crawler must refuse), stream a huge body,
serve a non-HTML type, and answer conditional requests with 304. Every request is logged.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HTML = "text/html; charset=utf-8"


@dataclass
class Route:
    body: bytes | Callable[[str], bytes] = b""
    content_type: str = HTML
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    fail_first: int = 0  # answer this many requests with fail_status first
    fail_status: int = 503
    retry_after: str | None = None
    delay: float = 0.0  # seconds before answering
    redirect: str | Callable[[str], str] | None = None  # Location; "{base}" / "{other}" filled in
    stream_bytes: int = 0  # send this many bytes of filler HTML, without Content-Length
    drip: float = 0.0  # send the whole answer one byte at a time, this many seconds apart
    drip_from: str = "status"  # "status": drip from the first byte; "body": headers at once, then the body
    etag: bool = True  # answer If-None-Match with 304
    hits: int = 0


@dataclass
class Logged:
    path: str
    headers: dict[str, str]
    status: int
    at: float = field(default_factory=time.monotonic)


class FixtureServer:
    def __init__(self, routes: dict[str, Route] | None = None, patterns: list[tuple[str, Route]] | None = None,
                 delay: float = 0.0):
        self.routes = dict(routes or {})
        self.patterns = [(re.compile(p), r) for p, r in (patterns or [])]
        self.delay = delay  # added to every answer (the kill-and-resume test slows the site down)
        self.log: list[Logged] = []
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"fixture": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.other = f"http://localhost:{self.port}"  # same machine, another host name: out of scope
        # A short poll interval: shutdown() waits for it, and tests start many servers.
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def __enter__(self) -> FixtureServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def route(self, path: str) -> Route | None:
        if path in self.routes:
            return self.routes[path]
        return next((r for p, r in self.patterns if p.fullmatch(path)), None)

    def paths(self) -> list[str]:
        return [entry.path for entry in self.log]

    def record(self, entry: Logged) -> None:
        with self._lock:
            self.log.append(entry)


class _Handler(BaseHTTPRequestHandler):
    fixture: FixtureServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        fx = self.fixture
        route = fx.route(self.path)
        headers = {k: v for k, v in self.headers.items()}
        if fx.delay:
            time.sleep(fx.delay)
        if route is None:
            return self._send(404, b"<html><body><h1>404</h1><p>Trang kh\xc3\xb4ng t\xe1\xbb\x93n t\xe1\xba\xa1i</p></body></html>",
                              HTML, headers)
        with fx._lock:
            route.hits += 1
            hit = route.hits
        if route.delay:
            time.sleep(route.delay)
        if hit <= route.fail_first:
            extra = {"Retry-After": route.retry_after} if route.retry_after else {}
            return self._send(route.fail_status, b"<html><body>Server busy</body></html>", HTML, headers, extra)
        if route.redirect is not None:
            target = route.redirect(self.path) if callable(route.redirect) else route.redirect
            target = target.replace("{base}", fx.base).replace("{other}", fx.other)
            return self._send(302, b"", HTML, headers, {"Location": target})
        if route.stream_bytes:
            return self._stream(route, headers)
        if route.drip:
            return self._drip(route, headers)
        body = route.body(self.path) if callable(route.body) else route.body
        body = body.replace(b"{base}", fx.base.encode()).replace(b"{other}", fx.other.encode())
        extra = dict(route.headers)
        if route.etag and route.status == 200:
            tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            extra["ETag"] = tag
            if self.headers.get("If-None-Match") == tag:
                return self._send(304, b"", route.content_type, headers, extra)
        self._send(route.status, body, route.content_type, headers, extra)

    def _send(self, status: int, body: bytes, content_type: str, logged: dict, extra: dict | None = None) -> None:
        self.fixture.record(Logged(self.path, logged, status))
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if status != 304:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler hung up (timeout test): fine

    def _drip(self, route: Route, logged: dict) -> None:
        """A server that never stops sending, but never sends enough: one byte, a pause, one byte."""
        self.fixture.record(Logged(self.path, logged, 200))
        body = route.body(self.path) if callable(route.body) else route.body
        head = (f"HTTP/1.1 200 OK\r\nContent-Type: {route.content_type}\r\nContent-Length: {len(body)}\r\n"
                "Connection: close\r\n\r\n").encode()
        data = head + body
        at = len(head) if route.drip_from == "body" else 0
        self.close_connection = True
        try:
            self.wfile.write(data[:at])
            for k in range(at, len(data)):
                self.wfile.write(data[k:k + 1])
                self.wfile.flush()
                time.sleep(route.drip)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the crawler hung up: what the test wants

    def _stream(self, route: Route, logged: dict) -> None:
        self.fixture.record(Logged(self.path, logged, 200))
        chunk = b"<p>" + "Báo cáo tổng kết công tác thi đua, khen thưởng. ".encode() * 40 + b"</p>\n"
        try:
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"<html><body>")
            sent = 0
            while sent < route.stream_bytes:
                self.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # expected: the crawler stops reading at its size limit
        self.close_connection = True
