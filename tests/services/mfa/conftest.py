from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "mfa"
EXPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "exports"
SAMPLE = FIXTURES / "directory-v4-sample.json"


@dataclass
class Answer:
    status: int = 200
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)


class DirectoryServer:
    """A local 2FA Directory: answers with `answer` and records every request's headers."""

    def __init__(self) -> None:
        self.requests: list[dict[str, str]] = []
        self.answer = Answer(body=SAMPLE.read_text(encoding="utf-8"))
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append({k.lower(): v for k, v in self.headers.items()})
                answer = server.answer
                data = answer.body.encode("utf-8")
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if answer.status != 304:
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if answer.status != 304:
                    self.wfile.write(data)

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v4/all.json"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def directory_server() -> Iterator[DirectoryServer]:
    server = DirectoryServer()
    try:
        yield server
    finally:
        server.stop()
