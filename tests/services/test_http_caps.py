"""Every service that asks a server bounds the answer: a trickling server or a never-ending body
is "could not check", never a hang or a full memory. Real local servers, outcomes only."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.services.mfa import catalog
from hygiene_app.services.mfa.catalog import DirectoryCache
from hygiene_app.services.passwords.breach import (
    RANGE_MAX_BYTES,
    BreachResult,
    BreachStatus,
    RangeClient,
)
from hygiene_app.services.passwords.hibp import BREACHES_MAX_BYTES, breaches_for
from tests.rawserver import guarded, raw_server, read_request

#: 64 KB blocks a "never-ending" server sends before giving up: beyond every cap tested here.
BLOCKS = 160


def trickle(conn: socket.socket, stop: threading.Event) -> None:
    """Pwned Passwords as the issue found it could hang us: one byte at a time, for ever."""
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 40000\r\n\r\n")
    while not stop.wait(0.3):
        conn.sendall(b"0")


def flood(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n")
    line = b"0" * 35 + b":1\r\n"
    block = line * (65536 // len(line))
    for _ in range(BLOCKS):
        if stop.is_set():
            return
        conn.sendall(block)


def test_a_trickling_breach_server_is_could_not_check():
    with raw_server(trickle) as server:
        client = RangeClient(LiveHttpClient(), server.url, timeout=1.0)
        result = guarded(lambda: client.check("correct horse battery staple"))
    assert isinstance(result, BreachResult)
    assert result.status is BreachStatus.UNKNOWN
    assert "did not answer in time" in result.reason


def test_a_flooding_breach_server_is_could_not_check():
    assert BLOCKS * 65536 > RANGE_MAX_BYTES
    with raw_server(flood) as server:
        client = RangeClient(LiveHttpClient(), server.url, timeout=30.0)
        result = guarded(lambda: client.check("correct horse battery staple"))
    assert isinstance(result, BreachResult)
    assert result.status is BreachStatus.UNKNOWN
    assert "sent far more than a breach answer holds" in result.reason


def test_a_flooding_hibp_server_is_an_error_sentence(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("hygiene_app.services.passwords.hibp.BREACHES_MAX_BYTES", 1 << 20)
    assert BLOCKS * 65536 > 1 << 20 and BREACHES_MAX_BYTES > 1 << 20
    with raw_server(flood) as server:
        answer = guarded(
            lambda: breaches_for("zoe@example.org", "k" * 32, LiveHttpClient(), server.url)
        )
    assert answer == "the answer from Have I Been Pwned was far larger than a list of breaches"


def test_an_oversized_directory_is_unreadable_data_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(catalog, "DIRECTORY_MAX_BYTES", 1 << 20)
    with raw_server(flood) as server:
        cache = DirectoryCache(LiveHttpClient(), tmp_path, url=server.url + "/all.json")
        services, status = guarded(lambda: cache.load())  # type: ignore[misc]
    assert services is None
    assert status == "the directory sent data that could not be read"
    assert not cache.body_path.exists()
