"""A deadline for a whole HTTP request, which `requests` alone does not have.

`requests`' timeout bounds one connect and each single read from the socket: a server that
sends one byte every few seconds (in the TLS handshake, the headers or the body) keeps a request
alive for ever. Here a watchdog shuts the request's sockets down when its time is up; the read
blocked on them returns at once and the caller reports a timeout.

The watch knows those sockets because the session's connections are made by classes that
report to the watch of the calling thread whenever they connect or send a request (a kept-alive
connection carries many requests). This module imports `requests`: import it on first use.

Not covered: resolving the host name (the system resolver has its own timeouts) and SOCKS
proxies (their connections are urllib3's own; each read is still bounded).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from types import TracebackType
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

#: After the deadline, the watch shuts the request's sockets again at this interval until the
#: request gives up: a connection may get its socket just after the first pass.
_RESHUT_SECONDS = 0.05

_local = threading.local()


class RequestWatch:
    """`with RequestWatch(seconds) as watch:` around one request (all its redirects) on this
    thread; after the block, `expired` says whether the deadline cut it short."""

    def __init__(self, seconds: float) -> None:
        self._deadline = time.monotonic() + max(0.0, seconds)
        self._lock = threading.Lock()
        self._connections: list[Any] = []
        self._finished = threading.Event()
        self._previous: RequestWatch | None = None
        self.expired = False

    def remaining(self) -> float:
        return self._deadline - time.monotonic()

    def __enter__(self) -> RequestWatch:
        self._previous = getattr(_local, "watch", None)
        _local.watch = self
        threading.Thread(target=self._watch, name="http-deadline", daemon=True).start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        _local.watch = self._previous
        # Under the lock: once the block is left, `expired` no longer changes.
        with self._lock:
            self._finished.set()
            self._connections.clear()

    def add(self, connection: Any) -> None:
        """The calling thread's request uses `connection`."""
        with self._lock:
            if self._finished.is_set():
                return
            if all(c is not connection for c in self._connections):
                self._connections.append(connection)
            late = self.expired
        if late:
            _shut(connection)

    def _watch(self) -> None:
        if self._finished.wait(max(0.0, self.remaining())):
            return
        while True:
            with self._lock:
                if self._finished.is_set():
                    return
                self.expired = True
                connections = list(self._connections)
            for connection in connections:
                _shut(connection)
            if self._finished.wait(_RESHUT_SECONDS):
                return


def _shut(connection: Any) -> None:
    sock = getattr(connection, "sock", None)
    if isinstance(sock, socket.socket):
        # socket.socket's own shutdown, also for an SSLSocket: it only ends the transport (a
        # blocked read returns), where SSLSocket.shutdown would also drop the TLS state under
        # the reading thread's feet.
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _report(connection: Any) -> None:
    watch: RequestWatch | None = getattr(_local, "watch", None)
    if watch is not None:
        watch.add(connection)


class _WatchedHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        _report(self)
        super().connect()

    def request(self, *args: Any, **kwargs: Any) -> None:
        _report(self)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        _report(self)
        super().connect()

    def request(self, *args: Any, **kwargs: Any) -> None:
        _report(self)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


def _use_watched_pools(manager: Any) -> None:
    """Give a pool manager our connection classes, unless it has its own (SOCKS)."""
    classes = getattr(manager, "pool_classes_by_scheme", None)
    if (
        isinstance(classes, dict)
        and classes.get("http") in (HTTPConnectionPool, _WatchedHTTPPool)
        and classes.get("https") in (HTTPSConnectionPool, _WatchedHTTPSPool)
    ):
        manager.pool_classes_by_scheme = dict(_WATCHED_POOLS)


class WatchedAdapter(HTTPAdapter):
    """An adapter whose connections report to the calling thread's RequestWatch."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        _use_watched_pools(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        _use_watched_pools(manager)
        return manager
