"""A wall-clock limit on HTTP exchanges that a slow server cannot stretch.

Socket timeouts bound the wait for the *next* bytes, not the whole answer: a server that sends
one byte every half second never trips a 20 s read timeout and could hold a page for hours,
during the headers as well as the body. So each exchange runs under a `Watchdog`: a timer that,
when the page's time is up, shuts the connection's socket down. The blocked read then returns
at once, and the client reports a timeout.

The watchdog learns which socket to cut from the connection pool: requests' adapter is given pool
classes whose connections hand every socket they open or reuse to the watchdog of the current
thread. (The socket itself, not the connection: http.client lets go of the connection's socket
once a "Connection: close" response starts, while the body is still being read from it.)
"""

from __future__ import annotations

import socket
import threading

from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_current = threading.local()
# While no socket is open yet (connecting), an expired watchdog looks again this often.
_RETRY_CUT = 0.05


class Watchdog:
    """Cuts the connection of the exchange running in this thread once `seconds` have passed."""

    def __init__(self, seconds: float):
        self.seconds = max(seconds, 0.0)
        self.fired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._active = False

    def __enter__(self) -> Watchdog:
        _current.watchdog = self
        self._active = True
        self._arm(self.seconds)
        return self

    def __exit__(self, *exc) -> None:
        with self._lock:
            self._active = False
            if self._timer is not None:
                self._timer.cancel()
        _current.watchdog = None

    def _arm(self, seconds: float) -> None:
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def attach(self, sock: socket.socket | None) -> None:
        """This exchange talks over `sock`."""
        if sock is None:
            return
        with self._lock:
            self._sock = sock

    def _expire(self) -> None:
        with self._lock:
            if not self._active:
                return
            self.fired = True
            sock = self._sock
            if sock is None:
                self._arm(_RETRY_CUT)  # still connecting (bounded by the connect timeout): look again soon
                return
            try:
                # socket.socket.shutdown on the descriptor, not SSLSocket.shutdown, which would
                # tear down TLS state under the reading thread's feet.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass  # already closed: the exchange is over anyway


def _watchdog() -> Watchdog | None:
    return getattr(_current, "watchdog", None)


def _watched(pool_class):
    class WatchedConnection(pool_class.ConnectionCls):
        def connect(self) -> None:
            super().connect()
            if (watchdog := _watchdog()) is not None:
                watchdog.attach(self.sock)

    class WatchedPool(pool_class):
        ConnectionCls = WatchedConnection

        def _make_request(self, conn, *args, **kwargs):
            if (watchdog := _watchdog()) is not None:
                watchdog.attach(conn.sock)  # a kept-alive connection: its socket is open already
            return super()._make_request(conn, *args, **kwargs)

    WatchedPool.__name__ = f"Watched{pool_class.__name__}"
    return WatchedPool


_POOLS = {"http": _watched(HTTPConnectionPool), "https": _watched(HTTPSConnectionPool)}


class WatchedAdapter(HTTPAdapter):
    """requests' adapter whose connections a `Watchdog` can cut."""

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)
