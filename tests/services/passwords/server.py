"""A local HTTP server playing Pwned Passwords and Have I Been Pwned, recording every request."""

from __future__ import annotations

import http.server
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from hygiene_app.services.passwords.breach import sha1_hex


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    raw_request_line: str


@dataclass
class Behaviour:
    #: Full upper-case SHA-1 -> count of the "breached" passwords this server knows.
    hashes: dict[str, int] = field(default_factory=dict)
    #: Answer every request with this status (and `body`) instead.
    status: int | None = None
    body: str = ""
    content_type: str = "text/plain"
    #: Sleep this long before answering (to provoke timeouts).
    delay: float = 0.0
    #: Padding lines (count 0) added to each range answer, as the real service does.
    padding: int = 30
    #: path prefix -> handler(path, headers) -> (status, body, content type)
    routes: dict[str, Callable[[str, dict[str, str]], tuple[int, str, str]]] = field(
        default_factory=dict
    )


class RecordingServer:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.behaviour = Behaviour()
        self._lock = threading.Lock()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass  # nothing on stderr, nothing on disk

            def send_response(self, code: int, message: str | None = None) -> None:
                # No `Date` header: the checks judge by a server's date when the clock is days
                # off it, and a test's clock stays put while the real date moves on.
                self.log_request(code)
                self.send_response_only(code, message)

            def do_GET(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with server._lock:
                    server.requests.append(
                        Recorded(
                            "GET",
                            self.path,
                            {k: v for k, v in self.headers.items()},
                            body,
                            self.requestline,
                        )
                    )
                behaviour = server.behaviour
                if behaviour.delay:
                    time.sleep(behaviour.delay)
                status, text, ctype = server.answer(self.path, dict(self.headers.items()))
                data = text.encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_POST = do_GET

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def add_password(self, password: str, count: int) -> None:
        self.behaviour.hashes[sha1_hex(password)] = count

    def answer(self, path: str, headers: dict[str, str]) -> tuple[int, str, str]:
        b = self.behaviour
        for prefix, route in b.routes.items():
            if path.startswith(prefix):
                return route(path, headers)
        if b.status is not None:
            return b.status, b.body, b.content_type
        if not path.startswith("/range/"):
            return 404, "not found", "text/plain"
        prefix = path[len("/range/") :].upper()
        lines = [f"{h[5:]}:{c}" for h, c in b.hashes.items() if h.startswith(prefix)]
        lines += [f"{secrets.token_hex(18)[:35].upper()}:0" for _ in range(b.padding)]
        # Some real suffixes of other passwords, so the bucket is never trivially empty.
        lines += [f"{secrets.token_hex(18)[:35].upper()}:{i + 1}" for i in range(5)]
        return 200, "\r\n".join(lines), "text/plain"

    def start(self) -> RecordingServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@contextmanager
def recording_server() -> Iterator[RecordingServer]:
    server = RecordingServer().start()
    try:
        yield server
    finally:
        server.stop()


#: What requests sends on its own, plus our padding header: no cookie, no identifier.
_ALLOWED_HEADERS = {"host", "user-agent", "accept-encoding", "accept", "connection", "add-padding"}


def assert_k_anonymous(server: RecordingServer, *passwords: str) -> None:
    """Each request: GET /range/ + 5 upper hex, Add-Padding: true, and nothing else about it."""
    assert server.requests
    for request in server.requests:
        assert request.method == "GET"
        assert re.fullmatch(r"/range/[0-9A-F]{5}", request.path), request.path
        assert request.headers.get("Add-Padding") == "true"
        assert request.body == b""
        assert "?" not in request.raw_request_line.split()[1]
        names = {k.lower() for k in request.headers}
        assert names <= _ALLOWED_HEADERS, names - _ALLOWED_HEADERS
        everything = "\n".join(
            [
                request.raw_request_line,
                request.path,
                *(f"{k}: {v}" for k, v in request.headers.items()),
            ]
        ).upper()
        for password in passwords:
            digest = sha1_hex(password)
            assert password.upper() not in everything
            assert digest not in everything
            assert digest[5:] not in everything
            assert digest[5:15] not in everything  # not even a part of the suffix
